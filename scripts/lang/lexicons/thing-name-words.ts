/**
 * Words that make a capitalised run the name of a company, brand, medium,
 * pipeline, event or street rather than of a person (ru/uk/en). Data only;
 * `name-spans/thing-names.ts` reads it.
 */

/**
 * Heads of company and media names, in any position of the run («Brelton
 * Capital», «Varno Holding B. V.», «Скай Ньюс», «Сопрема Трейдінг»): no
 * person's name holds one of them.
 */
export const COMPANY_HEADS = new Set([
  'capital', 'holding', 'holdings', 'trading', 'plc', 'ltd', 'llc', 'llp', 'gmbh', 'commodities', 'investments', 'invest',
  'ventures', 'partners', 'airlines', 'airways', 'news', 'media', 'pipeline', 'logistics', 'shipping', 'petroleum',
  'кэпитал', 'кепітал', 'кепитал', 'капитал', 'капітал', 'холдинг', 'холдингс', 'трейдинг', 'трейдінг', 'ньюс', 'медиа', 'медіа',
  'инвест', 'інвест', 'инвестментс', 'інвестментс', 'партнерс', 'партнерз', 'эйрлайнс', 'ейрлайнс', 'эйрвейз', 'ейрвейз',
  'пайплайн', 'лимитед', 'лімітед', 'лтд', 'корпорейшн', 'индастриз', 'індастріз', 'логистик', 'логістик', 'груп', 'групп',
  'менеджмент', 'management', 'engineering', 'инжиниринг', 'інжиніринг', 'девелопмент', 'development', 'консалтинг', 'consulting',
]);

/** Legal forms written after a Latin company name: «Acme Ltd», «Lorna Trading S. A.». */
export const LATIN_COMPANY_FORM = /^[\s,]*(LLC|Ltd|LTD|Inc|GmbH|AG|SA|NV|BV|PLC|Plc|LLP|SE|Corp|S\.\s?A\.|B\.\s?V\.|N\.\s?V\.|A\.\s?G\.|S\.\s?p\.\s?A\.|S\.\s?L\.)(?![\p{L}])/u;

/**
 * Legal-form abbreviations before a quoted company name (ТОВ «…», ООО «…»):
 * whatever stands in those quotes is the company's name.
 */
export const COMPANY_FORMS = new Set([
  'тов', 'тзов', 'пат', 'прат', 'ват', 'зат', 'ат', 'дп', 'кп', 'пп', 'нак', 'фг', 'сг', 'ооо', 'оао', 'зао', 'пао', 'ао',
  'гп', 'гуп', 'фгуп', 'муп', 'нко', 'ано', 'llc', 'ltd',
]);

/**
 * Stems of nouns naming a thing, whose name follows them: «компанія
 * Норвест», «лоукостер Флайрон», «газопровод Северный Поток», «телеканал
 * Скай Ньюс», «операція Гроза». Cyrillic stems match from the word's start,
 * English nouns as whole words («app», not «approved»).
 */
export const THING_NOUN = new RegExp(
  '^(компани|компані|фирм|фірм|телеканал|радиостанци|радіостанці|газет|журнал|издани|видання|агентств|бренд|лоукостер|' +
    'авиакомпани|авіакомпані|авиаперевозчик|авіаперевізник|газопровод|газопровід|трубопровод|трубопровід|нефтепровод|' +
    'нафтопровід|холдинг|концерн|корпораци|корпораці|банк|завод|комбинат|комбінат|стартап|сервис|сервіс|платформ|' +
    'мессенджер|месенджер|соцсет|соцмереж|операци|операці|голосовани|голосуванн|саммит|саміт|форум|фестивал|конкурс|' +
    'турнир|турнір|телешоу|шоу|телепрограм|проект|проєкт|ресторан|отел|готел|гостиниц|клуб|ансамбл|групп|гурт|' +
    '(company|brand|airline|carrier|pipeline|operation|newspaper|channel|broadcaster|startup|app|platform)s?$)',
  'u',
);

/**
 * Stems of street, square and airport nouns (full and abbreviated): the
 * words after them name the place, even one that bears a person's name
 * («вулиця Івана Франка», «проспект Сахарова», «аеропорт імені …»).
 */
export const STREET_NOUN =
  /^((вулиц|улиц|проспект|площ|бульвар|провул|переул|набережн|майдан|сквер|аэропорт|аеропорт)\p{L}*|шосе|шоссе|узвіз|узвоз|вул|ул|просп|пр-т|пр-кт|пл|б-р|бульв|пров|пер|наб)$/u;

/** «имени / імені / им. / ім.» between a place noun and the person it is named after. */
export const NAMED_AFTER = new Set(['имени', 'імені', 'им', 'ім']);

/**
 * Awards, grants and memorial events that bear a person's name in the genitive right after
 * the noun («премия …», «стипендію …», «медаллю …»), in their case forms.
 */
export const AWARD_NOUN =
  /^(преми(я|и|ю|ей|ею)|премі(я|ї|ю|єю)|стипенди(я|и|ю|ей|ею)|стипенді(я|ї|ю|єю)|медал(ь|и|ю|ей|ью|лю)|орден(а|у|ом|е|і|ів)?|мемориал(а|у|ом|е)?|меморіал(у|ом|і)?)$/u;

/** «собор Святого …», «площа Святої …», «Св. …»: a saint's name here names a church, a square or an order. */
export const SAINT_WORDS = new Set(['святого', 'святому', 'святым', 'святом', 'святой', 'святий', 'святим', 'святої', 'святій', 'святою', 'святая', 'свята', 'св', 'saint', 'st']);

/**
 * Nouns of natural places in their case forms, capitalised or not, whose name follows
 * them: «острова Уайт», «озеро Зорянське», «мыс Сомова».
 */
export const GEO_NOUN =
  /^(остр[оі]в\p{L}{0,3}|озер\p{L}{0,2}|рек[аиеу]|рекой|річк\p{L}{1,2}|м[ыи]с|м[ыи]с[аеуі]|м[ыи]сом|залив\p{L}{0,2}|заток\p{L}{1,2}|полуостров\p{L}{0,2}|півостр[оі]в\p{L}{0,3}|пролив\p{L}{0,2}|перевал\p{L}{0,2}|вулкан\p{L}{0,2})$/u;

/** Nouns of a person that take a thing in the genitive («господар фестивалю», «автор проекту»): the name after is the person's. */
export const PERSON_OF_THING = /^(господар|хозя|организатор|організатор|ведуч|ведущ|автор|учасни|участни|основател|засновни|владел|власни|директор|глав|голов|керівни|руководител|представител|представни|сотрудни|співробітни|совладел|співвласни)/u;
