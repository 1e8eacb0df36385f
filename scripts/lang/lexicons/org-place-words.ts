/** Word lists the organisation and place finder consults (ru/uk/en). */

/** Gazetteer forms that are also everyday words (Того = «того», Мали = «мали» in Ukrainian). */
export const AMBIGUOUS_FORMS = new Set(['того', 'мали', 'гана', 'чад', 'нигер', 'chad', 'jordan', 'georgia', 'guinea', 'us', 'америка']);

/** Nouns that head an organisation name (lemmas, ru and uk). */
export const ORG_HEADS = new Set([
  'министерство', 'институт', 'фонд', 'партия', 'компания', 'агентство', 'служба', 'суд', 'университет', 'канал', 'газета',
  'комитет', 'совет', 'палата', 'академия', 'банк', 'корпорация', 'федерация', 'союз', 'движение', 'театр', 'фронт',
  'управление', 'департамент', 'комиссия', 'ассамблея', 'парламент', 'правительство', 'администрация', 'организация',
  'ассоциация', 'центр', 'отделение', 'отдел', 'объединение', 'холдинг', 'концерн', 'группа', 'сборная', 'церковь',
  'прокуратура', 'мэрия', 'посольство', 'дума', 'собрание', 'биржа', 'телеканал', 'радиостанция', 'издание', 'журнал',
  'еженедельник', 'клуб', 'команда', 'лига', 'штаб', 'бюро', 'инспекция', 'милиция', 'полиция', 'армия', 'флот',
  // Ukrainian
  'міністерство', 'інститут', 'партія', 'компанія', 'агентство', 'служба', 'університет', 'комітет', 'рада', 'палата',
  'академія', 'корпорація', 'федерація', 'спілка', 'рух', 'театр', 'управління', 'департамент', 'комісія', 'уряд',
  'адміністрація', 'організація', 'асоціація', 'центр', 'об\'єднання', 'група', 'збірна', 'церква', 'прокуратура',
  'посольство', 'телеканал', 'видання', 'журнал', 'клуб', 'команда', 'ліга', 'штаб', 'бюро', 'поліція', 'армія',
  'райрада', 'облрада', 'міськрада', 'сільрада', 'залізниця', 'лісгосп', 'інспекція', 'лікарня', 'підприємство',
  'товариство', 'держадміністрація', 'райдержадміністрація', 'облдержадміністрація', 'митниця', 'казначейство',
  'комбінат', 'завод', 'фабрика', 'коледж', 'академія', 'біржа', 'фонд', 'банк', 'суд',
]);

export const TAIL_PREPOSITIONS = new Set(['по', 'против', 'при', 'за']);

/** Heads that form an organisation with a following place: «правительства Китая», «мэрии Москвы». */
export const GOV_HEADS = new Set([
  'правительство', 'мэрия', 'администрация', 'парламент', 'министерство', 'посольство', 'прокуратура', 'минобороны',
  'уряд', 'адміністрація', 'міністерство', 'посольство', 'міноборони', 'мид', 'мзс', 'мвд', 'мчс', 'ввс', 'вмс', 'минфин',
  'минюст', 'минздрав', 'минэкономразвития', 'генпрокуратура', 'генштаб', 'минсвязи',
  'федерация', 'сборная', 'команда', 'армия', 'полиция', 'милиция', 'консульство', 'суд', 'разведка', 'флот', 'парламент',
  'федерація', 'збірна', 'команда', 'армія', 'поліція', 'консульство', 'суд', 'розвідка', 'флот', 'парламент',
]);

/** Descriptors before a quoted or Latin name: «компании „Газпром“», «компании Piedmont Airlines». */
export const NAME_DESCRIPTORS = new Set([
  'компания', 'партия', 'движение', 'газета', 'издание', 'телеканал', 'банк', 'фонд', 'холдинг', 'концерн', 'группа',
  'агентство', 'журнал', 'еженедельник', 'клуб', 'объединение', 'организация', 'корпорация', 'театр', 'завод', 'институт',
  'оао', 'зао', 'ооо', 'пао', 'ао', 'команда', 'радиостанция', 'сайт', 'портал', 'служба', 'общество', 'фирма',
  'федерация', 'профсоюз', 'сеть', 'альянс', 'университет', 'издательство', 'телекомпания', 'авиакомпания',
  'медиакомпания', 'автоконцерн', 'ассоциация', 'блок', 'телерадиокомпания', 'студия', 'киностудия', 'лейбл',
  'компанія', 'партія', 'рух', 'газета', 'видання', 'телеканал', 'банк', 'фонд', 'агентство', 'організація', 'корпорація',
  'company', 'party', 'group', 'agency', 'bank', 'fund', 'newspaper', 'channel', 'magazine',
  // Ukrainian legal forms before a quoted company name: ТОВ «…», ПАТ «…», НАК «…».
  'тов', 'тзов', 'пат', 'прат', 'ват', 'зат', 'ат', 'дп', 'кп', 'пп', 'нак', 'тд', 'нпп', 'нвп', 'вп', 'умг', 'фг', 'сфг',
  'го', 'вго', 'ог', 'дак', 'осбб', 'бф', 'мбф', 'гс', 'спд',
]);

/**
 * Stems of Ukrainian descriptor nouns in any case (no Ukrainian lemmas here):
 * «компанії «…»», «підприємству «…»», «товариства «…»».
 */
export const UK_NAME_DESCRIPTOR =
  /^(компані|парті|фірм|газет|видання|телеканал|банк|фонд|агентств|організаці|корпораці|підприємств|товариств|концерн|холдинг|груп|журнал|радіостанці|сайт|портал|служб|об['’]єднанн|асоціаці|спілк|профспілк|інститут|завод|комбінат|університет|театр|клуб|команд|видавництв|рух)\p{L}{0,3}$/u;

/** Heads of a place name after a capitalised adjective: «Свердловской области». */
export const PLACE_HEADS = new Set([
  'область', 'край', 'район', 'республика', 'округ', 'улица', 'проспект', 'бульвар', 'площадь', 'море', 'океан', 'озеро',
  'остров', 'острова', 'пролив', 'залив', 'полуостров', 'гора', 'горы', 'переулок', 'шоссе', 'набережная', 'губерния',
  'провинция', 'штат', 'империя', 'федерация', 'королевство',
  'області', 'області', 'область', 'край', 'район', 'республіка', 'округ', 'вулиця', 'проспект', 'бульвар', 'площа', 'море',
]);

/** English organisation head words. */
export const EN_ORG_HEADS = new Set([
  'ministry', 'institute', 'university', 'party', 'council', 'committee', 'agency', 'bank', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'llc', 'group', 'service', 'court', 'department', 'office', 'commission', 'foundation', 'fund', 'association',
  'union', 'organisation', 'organization', 'federation', 'times', 'post', 'news', 'telegraph', 'guardian', 'journal',
  'channel', 'army', 'forces', 'navy', 'police', 'parliament', 'senate', 'congress', 'assembly', 'duma', 'kremlin',
  'pentagon', 'network', 'press', 'club', 'airlines', 'airways', 'motors', 'industries', 'holdings', 'board', 'bureau',
]);
/** English place head words: «Élysée Palace», «Red Square». */
export const EN_PLACE_HEADS = new Set(['palace', 'square', 'street', 'avenue', 'airport', 'bridge', 'cathedral', 'island', 'islands', 'river', 'lake', 'sea', 'ocean', 'mountains', 'region', 'oblast', 'province', 'county', 'bay', 'strait', 'peninsula']);
// No «and»: «the Foreign Office and the Bank of England» are two organisations.
export const EN_CONNECTORS = new Set(['of', 'for', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'von', 'van']);
/** Last words of Latin event names in Cyrillic text («… Chess Tournament», «… Film Festival»): events, not organisations. */
export const LATIN_EVENT_HEADS = new Set([
  'tournament', 'championship', 'championships', 'cup', 'open', 'festival', 'awards', 'games', 'summit', 'conference',
  'forum', 'prize', 'expo', 'week', 'marathon', 'rally', 'olympics', 'contest', 'classic', 'series', 'trophy',
]);
/** Inside a Latin name in Cyrillic text «and», «und», «della» join its words too («… and Commercial Bank …», «… della Sera»). */
export const LATIN_RUN_CONNECTORS = new Set([...EN_CONNECTORS, 'and', 'und', 'della', 'del', 'et', 'y', 'e', '&']);
export const EN_PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'outside']);
export const RU_PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'под', 'до', 'близ', 'около', 'возле']);

/** All-caps words that are not organisations or places. */
export const NOT_ENTITY_CAPS = new Set([
  'ВВП', 'СМИ', 'ДТП', 'НДС', 'ЧП', 'ИИ', 'АЭС', 'ТЭЦ', 'ПВО', 'БПЛА', 'ВПК', 'ЖКХ', 'ЕГЭ', 'ОГЭ', 'ВИЧ', 'СПИД', 'ОК',
  'ТВ', 'ЗМІ', 'ВВП', 'ППО', 'БПЛА', 'IT', 'PR', 'CEO', 'GDP', 'USD', 'EUR', 'OK', 'TV', 'AI', 'DNA', 'LGBT', 'COVID',
  'PDF', 'HTML', 'SMS', 'GPS', 'VIP', 'DJ', 'PhD', 'MP', 'PM', 'AM', 'I', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX',
  'XI', 'XII', 'XX', 'XXI', 'XIX', 'XVIII', 'UTC', 'GMT', 'ID', 'CO', 'SUV', 'FAQ', 'TNT', 'ТНТ', 'ЕЩЕ', 'ЕЩЁ',
  // Common nouns written as abbreviations: full name, VAT, sole trader, housing, a mall, a tax number.
  'ПІБ', 'ФИО', 'ПДВ', 'ФОП', 'ЖКГ', 'ЖК', 'ТРЦ', 'ТЦ', 'ЄДРПОУ', 'ІПН', 'ИНН', 'СМС', 'ХХ', 'ХХІ', 'ХІХ',
  // Legal forms: the organisation is the quoted name after them.
  'ОАО', 'ЗАО', 'ООО', 'ПАО', 'АО', 'ТОВ', 'ПАТ', 'LLC', 'LTD', 'INC', 'PLC',
]);

/** Words naming a kind of place before its proper name: «реки Славянки», «города Феникс». */
export const PLACE_DESCRIPTORS = new Set(['река', 'озеро', 'город', 'село', 'деревня', 'посёлок', 'поселок', 'остров', 'полуостров', 'гора', 'залив', 'пролив', 'порт', 'аэропорт', 'штат', 'провинция', 'регион', 'станица']);

/** Capitalised by convention but not places: «в Интернете». */
export const NOT_PLACES = new Set(['интернет', 'рунет', 'бог', 'господь', 'твиттер', 'фейсбук', 'телеграм', 'ютуб']);

/** Web media: «Лента.ру», «NEWSru.com». */
export const DOMAIN_NAME = /\.(ру|рф|ru|com|net|org|ua|уа|info|io)$/iu;

/** English words that start sentences capitalised but are never names. */
export const EN_STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'but', 'and', 'or', 'as', 'for',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'president',
]);

/** Ukrainian region nouns in any case, by their nominative. */
export const UK_REGION_NOUNS: Record<string, string> = {
  область: 'область', області: 'область', областю: 'область',
  район: 'район', району: 'район', районі: 'район', районом: 'район',
  край: 'край', краю: 'край', краї: 'край',
};
