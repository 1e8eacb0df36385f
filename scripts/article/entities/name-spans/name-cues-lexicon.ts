/** Word lists and word shapes the name-span rules consult (ru/uk/en). */

/** Capitalised particles inside a name: «Ле Пен», «Де Сантис», «Ван Велли», «Абд Эль Фатах». */
export const CAP_PARTICLES = new Set(['ле', 'де', 'ван', 'фон', 'ди', 'дель', 'аль', 'эль', 'абд', 'ибн', 'бен', 'бин', 'ла', 'да', 'дос', 'дю', 'ибн', 'абу']);
/** Unknown one-word names that are organisations by their shape (Росприроднадзор, Газпромбанк, Роснефть, Укрзалізниця, Київрада). */
export const ORG_SHAPE =
  /^(\p{L}{3,}(департамент|надзор|нефт|газ|банк|пром|строй|торг|транс|авиа|информ|связ|энерго|холдинг|инвест|агентств|ком|тех|медиа|телеком|маш|хим|агро|фонд|залізниц|кадастр|інжиніринг|инжиниринг|коміс|комисс)|\p{L}*(міськ|обл|рай|сіль|київ|гор)рад|кабмін|кабмин)\p{L}{0,3}$/u;

/** Month names in any case (ru/uk): a month is never part of a name. */
export const MONTHS =
  /^((январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(ь|я|е|ю)|ма(й|я|е|ю)|март(а|е|у)?|август(а|е|у)?|(січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)(ень|ня|ні|ню|ий|ого|ому)|листопад(а|і|у)?)$/u;

/** English days, months and day words: «will meet Thursday» names no one. */
export const EN_CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|yesterday)$/;
/** English verbs whose object is a person: «Witkoff met Putin», «Stubb welcomed Zelensky». */
export const EN_MEETING_VERBS = new Set(['met', 'meet', 'meets', 'meeting', 'welcomed', 'welcomes', 'thanked', 'thanks', 'phoned', 'congratulated', 'hosted', 'hosts']);

/** Kinship nouns that take the relative in the genitive («вдова Ельцина», «син Кучми»). */
export const KINSHIP = new Set([
  'вдова', 'жена', 'супруга', 'муж', 'супруг', 'сын', 'дочь', 'мать', 'отец', 'брат', 'сестра', 'внук', 'внучка', 'вдовец',
  'дружина', 'чоловік', 'син', 'донька', 'мати', 'батько', 'онук', 'онука',
]);

/** Russian and Ukrainian surname shapes in any case: -ов/-ін, -ський/-цкий, -енко, -чук/-юк. */
export const SLAVIC_SURNAME_SHAPE =
  /^\p{Ll}[\p{Ll}'’ʼ]+(?:(?:ов|ев|єв|ёв|ин|ін|їн)(?:а|у|им|ым|ом|ою|ої|ой|ій|і|е)?|(?:ськ|цьк|ск|цк)(?:ий|ого|ому|им|ім|ій|ая|ою|ої|ой|ую|у|а)|енк(?:о|а|у|ом|ові)|[чю]к(?:а|у|ом|ові|і)?)$/u;

/** Adverbs that may stand between a name and its speech verb. */
export const ADVERBS = new Set(['также', 'уже', 'вновь', 'снова', 'тогда', 'ранее', 'позже', 'затем', 'же', 'не', 'тоже', 'также,', 'теж', 'також', 'вже', 'знову', 'ще', 'also', 'then', 'later']);
/** Plural verb forms («сообщили», «считают») cannot have one person as subject. */
export const PLURAL_VERB = /(ли|лись|ют|ут|ят|ать|ить|уть|ись)$/u;
/** Prepositions that govern the next word (a word they govern is no list member). */
export const PREPOSITIONS = new Set(['в', 'у', 'на', 'до', 'з', 'із', 'зі', 'за', 'про', 'від', 'для', 'щодо', 'к', 'о', 'об', 'через', 'між']);

/**
 * Surnames some Ukrainian outlets write in lowercase on purpose («путін»,
 * «пєсков»), in the Ukrainian spelling only: the Russian lowercase forms are
 * ordinary words («путина», «лавров»).
 */
export const LOWERCASE_SURNAMES = new Map([
  ['путін', 'Путін'], ['пєсков', 'Пєсков'], ['медведєв', 'Медведєв'], ['шойг', 'Шойгу'], ['кадиров', 'Кадиров'], ['лукашенк', 'Лукашенко'],
]);

/** Ukrainian surname endings (no -ов/-ев: «Харкова», «Львова», «Києва» are cities). */
export const UK_SURNAME = /(енк[оаиуі]|чук[аиуі]?|юк[аиуі]?|ськ(ий|ого|ому|им)|цьк(ий|ого|ому|им)|[іи]н(а|у|им|ові)?|[ое]вич(а|у|ем)?)$/u;
/** Ukrainian/Russian adjective and abstract-noun endings a given name never has («Великої», «Незалежності»). */
export const NOT_GIVEN_SHAPE = /^\p{L}{3,}(ої|ого|ому|ою|ій|ії|ія|ини|ими|ських|ості|ость|ення|ання|іння|ство|ства)$/u;
/**
 * Ukrainian feminine-noun genitives («Франції», «Фінляндії», «Єврокомісії»):
 * the Russian dictionary cannot read them, and no name part has this shape.
 */
export const UK_GENITIVE_SHAPE = /^\p{L}{3,}(ії|ції)$/u;
/**
 * Sentence adverbs and connectives that open a Ukrainian clause before a name
 * («Також Зеленський», «Водночас Пєсков», «Офіційно Єврокомісія»); the Russian
 * dictionary knows its own, not these.
 */
export const CLAUSE_OPENERS = new Set([
  'також', 'водночас', 'натомість', 'згодом', 'проте', 'однак', 'зокрема', 'нині', 'наразі', 'раніше', 'пізніше', 'відтак',
  'тож', 'адже', 'навіть', 'лише', 'утім', 'втім', 'окрім', 'крім', 'вчора', 'сьогодні', 'завтра', 'тоді', 'нарешті',
  'спочатку', 'потім', 'відтепер', 'тепер', 'саме', 'зрештою', 'щоправда', 'отже', 'відповідно', 'наприклад', 'ймовірно',
  'очевидно', 'можливо', 'згідно', 'серед', 'після', 'перед', 'поки', 'коли', 'якщо', 'хоча', 'бо', 'тому', 'раптом',
  'напередодні', 'учора', 'нещодавно', 'незабаром', 'невдовзі', 'днями', 'згодом', 'тим', 'відтоді',
]);
/** Nouns that head a body and take it in the genitive («глава Кремля»): a name after them is the body's. */
export const BODY_HEADS = /^(глав|голов|лидер|лідер|руководител|керівник|председател|голов|директор|представител|сотрудник|співробітник|основател|засновник|владел|власник|член|очільник|речник|спикер|секретар|пресс-секретар|советник|радник|помощник|заместител|заступник|head|leader|director|chairman|spokesman|spokeswoman|representative|founder|member)/u;
/** Adjective endings of -ский/-цкий words in any case. */
export const ADJECTIVE_SHAPE = /(ськ|цьк|ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими|а|ій|ої|у|ою|ім)$/u;

/** English nouns for a person that head an apposition after a name («X Y, a local shop owner»), besides the role nouns. */
export const EN_PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'teenager', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister',
  'grandfather', 'grandmother', 'widow', 'widower', 'guard', 'poet', 'writer', 'author', 'novelist', 'artist', 'painter', 'singer',
  'musician', 'actor', 'actress', 'dancer', 'director', 'producer', 'player', 'footballer', 'athlete', 'boxer', 'driver', 'pilot',
  'soldier', 'veteran', 'officer', 'sergeant', 'student', 'teacher', 'doctor', 'surgeon', 'nurse', 'engineer', 'worker', 'farmer',
  'resident', 'citizen', 'native', 'pensioner', 'retiree', 'volunteer', 'firefighter', 'priest', 'bishop', 'cardinal', 'monk', 'nun',
  'rabbi', 'imam', 'survivor', 'victim', 'witness', 'suspect', 'spectator', 'banker', 'entrepreneur', 'investor', 'tycoon', 'oligarch',
  'philanthropist', 'blogger', 'influencer', 'comedian', 'presenter', 'host', 'historian', 'physician', 'lecturer', 'dissident',
]);

/** English plurals of party and group members («Democrats», «Republicans», «Socialists», «Jacobites»): members of a party or a group, no one person. */
export const EN_GROUP_PLURAL = /^\p{L}{3,}(crats|icans|ists|ians|ites)$/u;

/** English head nouns of things named after people or places. */
export const EN_THING_HEADS = new Set([
  'foundation', 'palace', 'memorial', 'institute', 'university', 'college', 'school', 'center', 'centre', 'hospital',
  'street', 'avenue', 'road', 'square', 'bridge', 'airport', 'station', 'stadium', 'arena', 'hall', 'park', 'museum',
  'library', 'prize', 'award', 'cup', 'trophy', 'company', 'corporation', 'corp', 'inc', 'group', 'bank', 'fund',
  'council', 'committee', 'commission', 'party', 'doctrine', 'act', 'plan', 'administration', 'house', 'building',
  'tower', 'theatre', 'theater', 'festival', 'motors', 'motor', 'tunnel', 'canal', 'dam', 'lake', 'river', 'island',
  'mountain', 'county', 'city', 'town', 'boulevard', 'lane', 'drive', 'church', 'cathedral', 'mosque', 'gallery',
]);

/**
 * Patronymics by their shape in any case (ru/uk), for spellings the Russian
 * dictionary cannot read («Миколайович», «В'ячеславович», «Михайлівні»).
 */
export const PATRONYMIC_SHAPE = /^\p{Lu}[\p{Ll}'’ʼ]+(ович|евич|йович|ьович|ич)(а|у|ем|еві|ові)?$|^\p{Lu}[\p{Ll}'’ʼ]+(івн|ївн|овн|евн|ичн)(а|и|і|у|ою|ой|е)$/u;

/** Bullets that open the items of a list. */
export const BULLET_BEFORE = /[•·▪●]\s*$/u;
