/** Word lists for the edges of organisation mentions (ru), beside org-place-words.ts. */

/**
 * Evaluative adjectives (lemmas): they describe an organisation, they do not
 * name it, so they stay out of its mention («влиятельная газета „…“»,
 * «крупнейшей компании …»). OpenCorpora tags many relational adjectives
 * (шахматный, социальный) as qualitative too, so its Qual tag cannot decide.
 */
export const EVALUATIVE_ADJECTIVES = new Set([
  'влиятельный', 'крупный', 'крупнейший', 'известный', 'популярный', 'новый', 'старый', 'главный', 'ведущий', 'знаменитый',
  'большой', 'малый', 'небольшой', 'маленький', 'мощный', 'богатый', 'бывший', 'нынешний', 'престижный', 'скандальный',
  'авторитетный', 'солидный', 'уважаемый', 'любимый', 'успешный', 'прибыльный', 'убыточный', 'молодой',
  'старейший', 'известнейший', 'огромный', 'гигантский', 'могущественный', 'легендарный', 'родной',
  'этот', 'тот', 'весь', 'каждый', 'любой', 'другой', 'один', 'свой', 'наш', 'ваш', 'его', 'её', 'сам', 'самый',
  'называемый', 'очередной', 'первый', 'второй', 'последний', 'следующий', 'прежний', 'будущий',
  'правящий', 'частный', 'официальный', 'хороший', 'плохой', 'лучший', 'худший',
  'сильный', 'слабый', 'надёжный', 'надежный', 'крошечный', 'стремительный', 'быстрорастущий',
]);

/** Descriptors that name what an organisation runs, not the organisation: «сайте РТС» is the site of РТС. */
export const NOT_ORG_DESCRIPTORS = new Set(['сайт', 'портал']);

/**
 * Nouns of a unit inside an organisation (lemmas): before an organisation in
 * the genitive they name a body of their own («комиссия ЕС», «пресс-служба
 * МЧС»), unlike kind nouns («клуб», «компания»), which only describe the name.
 */
export const SUB_BODY_HEADS = new Set([
  'комитет', 'комиссия', 'администрация', 'палата', 'бюро', 'политбюро', 'отдел', 'отделение', 'служба', 'пресс-служба',
  'управление', 'департамент', 'канцелярия', 'совет', 'президиум', 'секретариат', 'штаб', 'правление', 'представительство',
  'филиал', 'обком', 'горком', 'райком', 'крайком', 'цк', 'фракция', 'подразделение', 'дирекция', 'руководство', 'аппарат',
  'делегация', 'миссия', 'пресс-центр', 'секция', 'лаборатория', 'кафедра', 'факультет', 'инспекция', 'главк', 'трибунал',
]);

/**
 * Heads of bodies a country (or city) has one of (lemmas): with a lowercase
 * adjective of the country they name that body («израильское правительство»).
 */
export const STATE_BODY_HEADS = new Set([
  'правительство', 'министерство', 'ведомство', 'сборная', 'парламент', 'армия', 'флот', 'посольство', 'консульство',
  'прокуратура', 'генпрокуратура', 'разведка', 'спецслужба', 'казначейство', 'минфин', 'минобороны', 'мид', 'сенат',
  'кабмин', 'генштаб', 'федерация', 'дипломатия', 'минюст', 'минздрав',
]);

/**
 * Stems of nouns naming a kind of product, work or event before its name
 * («операционной системы …», «на платформе …», «конкурс …», «под девизом …»):
 * a name the article puts after one of them is that thing, not an
 * organisation, wherever it recurs (ru/uk).
 */
export const PRODUCT_DESCRIPTOR = /^(?:систем|платформ|программ|браузер|смартфон|телефон|планшет|приложени|застосунк|застосун|верси|прошивк|консол|процессор|чип|модел|автомобил|автомобіл|самолёт|самолет|літак|ракет|корабл|гаджет|игр|конкурс|девиз|лозунг|гасл|фильм|фільм|песн|пісн|альбом|сериал|серіал|шоу|турнир|турнір|фестивал|страниц|сторінк)\p{L}{0,4}$|^(?:ос|субд)$/u;

/** Gazetteer bodies named by their building: after a locative preposition they are the place («в Белом доме»). */
export const BUILDING_BODIES = new Set(['org:white-house', 'org:kremlin', 'org:pentagon']);

/** Prepositions of being in or at a place (ru/uk/en). */
export const LOCATIVE_PREPOSITIONS = new Set(['в', 'во', 'у', 'возле', 'около', 'из', 'із', 'з', 'біля', 'in', 'at', 'inside', 'outside']);

/**
 * Words after which a quoted name is the medium that reports («сообщает
 * „Вечерний курьер“», «в интервью „Утру“», «передає „Ранок“»): an organisation.
 */
export const SOURCE_WORDS = new Set([
  'сообщает', 'сообщил', 'сообщила', 'сообщили', 'пишет', 'писал', 'писала', 'передает', 'передаёт', 'передал', 'передала',
  'цитирует', 'интервью', 'сообщает', 'публикует', 'опубликовал', 'опубликовала', 'напоминает', 'утверждает',
  'повідомляє', 'повідомив', 'повідомила', 'пише', 'передає', 'інтерв\'ю', 'інтерв’ю', 'цитує', 'публікує', 'нагадує',
]);
