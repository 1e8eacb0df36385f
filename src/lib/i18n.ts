/**
 * Interface strings in ru/uk/en. Pages render all three (ru shown by default,
 * no JS needed); /scripts/init.js switches by setting <html data-ui>.
 */
export type UiLang = 'ru' | 'uk' | 'en';
export const UI_LANGS: UiLang[] = ['ru', 'uk', 'en'];

export const STRINGS = {
  home: { ru: 'Главная', uk: 'Головна', en: 'Home' },
  articles: { ru: 'Статьи', uk: 'Статті', en: 'Articles' },
  people: { ru: 'Люди', uk: 'Люди', en: 'People' },
  events: { ru: 'События', uk: 'Події', en: 'Events' },
  places: { ru: 'Места', uk: 'Місця', en: 'Places' },
  organisations: { ru: 'Организации', uk: 'Організації', en: 'Organisations' },
  graph: { ru: 'Граф', uk: 'Граф', en: 'Graph' },
  search: { ru: 'Поиск', uk: 'Пошук', en: 'Search' },
  latestArticles: { ru: 'Последние статьи', uk: 'Останні статті', en: 'Latest articles' },
  topPeople: { ru: 'Чаще всего упоминаются', uk: 'Найчастіше згадуються', en: 'Most mentioned people' },
  latestEvents: { ru: 'Последние события', uk: 'Останні події', en: 'Latest events' },
  corpus: { ru: 'Корпус', uk: 'Корпус', en: 'Corpus' },
  words: { ru: 'слов', uk: 'слів', en: 'words' },
  languages: { ru: 'Языки', uk: 'Мови', en: 'Languages' },
  period: { ru: 'Период', uk: 'Період', en: 'Period' },
  mentions: { ru: 'упоминаний', uk: 'згадок', en: 'mentions' },
  inArticles: { ru: 'статей', uk: 'статей', en: 'articles' },
  language: { ru: 'Язык', uk: 'Мова', en: 'Language' },
  date: { ru: 'Дата', uk: 'Дата', en: 'Date' },
  source: { ru: 'Источник', uk: 'Джерело', en: 'Source' },
  original: { ru: 'Оригинал', uk: 'Оригінал', en: 'Original' },
  peopleInArticle: { ru: 'Люди в статье', uk: 'Люди у статті', en: 'People in this article' },
  eventsInArticle: { ru: 'События в статье', uk: 'Події у статті', en: 'Events in this article' },
  placesInArticle: { ru: 'Места и организации', uk: 'Місця та організації', en: 'Places and organisations' },
  otherNames: { ru: 'В других языках', uk: 'Іншими мовами', en: 'In other languages' },
  aliases: { ru: 'Написания в текстах', uk: 'Написання в текстах', en: 'Spellings seen' },
  roles: { ru: 'Должности и роли', uk: 'Посади та ролі', en: 'Roles' },
  quotes: { ru: 'Цитаты', uk: 'Цитати', en: 'Quotes' },
  timeline: { ru: 'Упоминания по месяцам', uk: 'Згадки за місяцями', en: 'Mentions by month' },
  eventsTookPart: { ru: 'События с участием', uk: 'Події за участю', en: 'Events' },
  coMentioned: { ru: 'Упоминаются вместе', uk: 'Згадуються разом', en: 'Mentioned together' },
  allArticles: { ru: 'Статьи', uk: 'Статті', en: 'Articles' },
  unlinked: { ru: 'Несвязанные упоминания', uk: 'Непов’язані згадки', en: 'Unlinked mentions' },
  unlinkedNote: {
    ru: 'Фамилия встречается в тексте, но не связана с этим человеком — возможно, это он.',
    uk: 'Прізвище трапляється в тексті, але не пов’язане з цією людиною — можливо, це вона.',
    en: 'The surname appears in these articles but was not linked to this person.',
  },
  localGraph: { ru: 'Связи', uk: 'Зв’язки', en: 'Connections' },
  type: { ru: 'Тип', uk: 'Тип', en: 'Type' },
  place: { ru: 'Место', uk: 'Місце', en: 'Place' },
  status: { ru: 'Статус', uk: 'Статус', en: 'Status' },
  participants: { ru: 'Участники', uk: 'Учасники', en: 'Participants' },
  reports: { ru: 'Сообщения', uk: 'Повідомлення', en: 'Reports' },
  related: { ru: 'Связанные события', uk: 'Пов’язані події', en: 'Related events' },
  more: { ru: 'и ещё', uk: 'і ще', en: 'and more:' },
  byName: { ru: 'По алфавиту', uk: 'За абеткою', en: 'Alphabetical' },
  byCount: { ru: 'По упоминаниям', uk: 'За згадками', en: 'By mentions' },
  filterRole: { ru: 'Роль', uk: 'Роль', en: 'Role' },
  filterPerson: { ru: 'Участник', uk: 'Учасник', en: 'Person' },
  all: { ru: 'все', uk: 'усі', en: 'all' },
  searchPlaceholder: { ru: 'Имя, событие, слово…', uk: 'Ім’я, подія, слово…', en: 'Name, event, word…' },
  moreResults: { ru: 'Ещё результаты', uk: 'Більше результатів', en: 'More results' },
  searchNoJs: { ru: 'Для поиска нужен JavaScript.', uk: 'Для пошуку потрібен JavaScript.', en: 'Search needs JavaScript.' },
  graphNoJs: { ru: 'Для графа нужен JavaScript.', uk: 'Для графа потрібен JavaScript.', en: 'The graph needs JavaScript.' },
  theme: { ru: 'Тема', uk: 'Тема', en: 'Theme' },
  notFound: { ru: 'Страница не найдена', uk: 'Сторінку не знайдено', en: 'Page not found' },
  notFoundText: { ru: 'Такой страницы нет. Попробуйте поиск.', uk: 'Такої сторінки немає. Спробуйте пошук.', en: 'There is no such page. Try searching.' },
  prev: { ru: 'Назад', uk: 'Назад', en: 'Previous' },
  next: { ru: 'Дальше', uk: 'Далі', en: 'Next' },
  none: { ru: 'Нет данных', uk: 'Немає даних', en: 'Nothing yet' },
  skip: { ru: 'К содержанию', uk: 'До змісту', en: 'Skip to content' },
  graphHelp: {
    ru: 'Люди (синие) и события (оранжевые). Колесо — масштаб, клик — открыть страницу.',
    uk: 'Люди (сині) та події (помаранчеві). Колесо — масштаб, клік — відкрити сторінку.',
    en: 'People (blue) and events (orange). Wheel to zoom, click to open.',
  },
} as const satisfies Record<string, Record<UiLang, string>>;

export type StringKey = keyof typeof STRINGS;

export const EVENT_TYPES: Record<string, Record<UiLang, string>> = {
  meeting: { ru: 'встреча', uk: 'зустріч', en: 'meeting' },
  talks: { ru: 'переговоры', uk: 'переговори', en: 'talks' },
  summit: { ru: 'саммит', uk: 'саміт', en: 'summit' },
  visit: { ru: 'визит', uk: 'візит', en: 'visit' },
  call: { ru: 'телефонный разговор', uk: 'телефонна розмова', en: 'call' },
  signing: { ru: 'подписание', uk: 'підписання', en: 'signing' },
  election: { ru: 'выборы', uk: 'вибори', en: 'election' },
  statement: { ru: 'заявление', uk: 'заява', en: 'statement' },
  attack: { ru: 'атака', uk: 'атака', en: 'attack' },
  sanctions: { ru: 'санкции', uk: 'санкції', en: 'sanctions' },
  ruling: { ru: 'решение суда', uk: 'рішення суду', en: 'ruling' },
  match: { ru: 'матч', uk: 'матч', en: 'match' },
  other: { ru: 'другое', uk: 'інше', en: 'other' },
};

export const EVENT_STATUSES: Record<string, Record<UiLang, string>> = {
  happened: { ru: 'состоялось', uk: 'відбулася', en: 'happened' },
  planned: { ru: 'запланировано', uk: 'заплановано', en: 'planned' },
  hypothetical: { ru: 'возможно', uk: 'можливо', en: 'hypothetical' },
  cancelled: { ru: 'отменено', uk: 'скасовано', en: 'cancelled' },
};

export const LANG_NAMES: Record<string, string> = { ru: 'русский', uk: 'українська', en: 'English' };
