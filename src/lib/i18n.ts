/**
 * Interface strings in ru/uk/en. A page is rendered in one language (the
 * configured default, src/lib/config.ts): every string carries its key
 * (`data-t`, see T.astro), and the language switch (src/client/ui.ts) swaps
 * the text by key from this same table, bundled with the script. Counts go
 * through Intl.PluralRules (COUNTS), so «2 упоминания», «5 упоминаний», "1 article".
 */
export type UiLang = 'ru' | 'uk' | 'en';
export const UI_LANGS: readonly UiLang[] = ['ru', 'uk', 'en'];
export const isUiLang = (value: unknown): value is UiLang => typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);

export const STRINGS = {
  home: { ru: 'Главная', uk: 'Головна', en: 'Home' },
  articles: { ru: 'Статьи', uk: 'Статті', en: 'Articles' },
  people: { ru: 'Люди', uk: 'Люди', en: 'People' },
  events: { ru: 'События', uk: 'Події', en: 'Events' },
  places: { ru: 'Места', uk: 'Місця', en: 'Places' },
  organisations: { ru: 'Организации', uk: 'Організації', en: 'Organisations' },
  graph: { ru: 'Граф', uk: 'Граф', en: 'Graph' },
  search: { ru: 'Поиск', uk: 'Пошук', en: 'Search' },
  searchSubmit: { ru: 'Найти', uk: 'Знайти', en: 'Search' },
  menu: { ru: 'Меню', uk: 'Меню', en: 'Menu' },
  sections: { ru: 'Разделы', uk: 'Розділи', en: 'Sections' },
  interfaceLanguage: { ru: 'Язык интерфейса', uk: 'Мова інтерфейсу', en: 'Interface language' },
  latestArticles: { ru: 'Последние статьи', uk: 'Останні статті', en: 'Latest articles' },
  topPeople: { ru: 'Чаще всего упоминаются', uk: 'Найчастіше згадуються', en: 'Most mentioned people' },
  latestEvents: { ru: 'Последние события', uk: 'Останні події', en: 'Latest events' },
  corpus: { ru: 'Корпус', uk: 'Корпус', en: 'Corpus' },
  languages: { ru: 'Языки', uk: 'Мови', en: 'Languages' },
  period: { ru: 'Период', uk: 'Період', en: 'Period' },
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
  tags: { ru: 'Теги', uk: 'Теги', en: 'Tags' },
  unlinked: { ru: 'Несвязанные упоминания', uk: 'Непов’язані згадки', en: 'Unlinked mentions' },
  unlinkedNote: { ru: 'Фамилия встречается в тексте, но не связана с этим человеком — возможно, это он.', uk: 'Прізвище трапляється в тексті, але не пов’язане з цією людиною — можливо, це вона.', en: 'The surname appears in these articles but was not linked to this person.' },
  localGraph: { ru: 'Связи', uk: 'Зв’язки', en: 'Connections' },
  type: { ru: 'Тип', uk: 'Тип', en: 'Type' },
  place: { ru: 'Место', uk: 'Місце', en: 'Place' },
  status: { ru: 'Статус', uk: 'Статус', en: 'Status' },
  participants: { ru: 'Участники', uk: 'Учасники', en: 'Participants' },
  reports: { ru: 'Сообщения', uk: 'Повідомлення', en: 'Reports' },
  related: { ru: 'Связанные события', uk: 'Пов’язані події', en: 'Related events' },
  plans: { ru: 'Планы', uk: 'Плани', en: 'Plans' },
  plansNote: { ru: 'Объявленное, предложенное или отменённое, без даты; статус — по каждой статье.', uk: 'Оголошене, запропоноване або скасоване, без дати; статус — за кожною статтею.', en: 'Announced, proposed or called off, undated; the status as each article tells it.' },
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
  noneMatch: { ru: 'Ничего не подходит под выбранные фильтры.', uk: 'Нічого не відповідає вибраним фільтрам.', en: 'Nothing matches the chosen filters.' },
  skip: { ru: 'К содержанию', uk: 'До змісту', en: 'Skip to content' },
  graphHelp: { ru: 'Люди (синие) и события (оранжевые). Колесо — масштаб, клик — открыть страницу.', uk: 'Люди (сині) та події (помаранчеві). Колесо — масштаб, клік — відкрити сторінку.', en: 'People (blue) and events (orange). Wheel to zoom, click to open.' },
} as const satisfies Record<string, Record<UiLang, string>>;

export type StringKey = keyof typeof STRINGS;

/** Plural forms by Intl.PluralRules category; `{n}` is the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const COUNTS = {
  mentionCount: {
    ru: { one: '{n} упоминание', few: '{n} упоминания', many: '{n} упоминаний', other: '{n} упоминания' },
    uk: { one: '{n} згадка', few: '{n} згадки', many: '{n} згадок', other: '{n} згадки' },
    en: { one: '{n} mention', other: '{n} mentions' },
  },
  articleCount: {
    ru: { one: '{n} статья', few: '{n} статьи', many: '{n} статей', other: '{n} статьи' },
    uk: { one: '{n} стаття', few: '{n} статті', many: '{n} статей', other: '{n} статті' },
    en: { one: '{n} article', other: '{n} articles' },
  },
  moreArticles: {
    ru: { one: 'и ещё {n} статья', few: 'и ещё {n} статьи', many: 'и ещё {n} статей', other: 'и ещё {n} статьи' },
    uk: { one: 'і ще {n} стаття', few: 'і ще {n} статті', many: 'і ще {n} статей', other: 'і ще {n} статті' },
    en: { one: 'and {n} more article', other: 'and {n} more articles' },
  },
  wordCount: {
    ru: { one: '{n} слово', few: '{n} слова', many: '{n} слов', other: '{n} слова' },
    uk: { one: '{n} слово', few: '{n} слова', many: '{n} слів', other: '{n} слова' },
    en: { one: '{n} word', other: '{n} words' },
  },
  resultCount: {
    ru: { one: '{n} результат', few: '{n} результата', many: '{n} результатов', other: '{n} результата' },
    uk: { one: '{n} результат', few: '{n} результати', many: '{n} результатів', other: '{n} результату' },
    en: { one: '{n} result', other: '{n} results' },
  },
} as const satisfies Record<string, Record<UiLang, PluralForms>>;

export type CountKey = keyof typeof COUNTS;

export const EVENT_TYPES: Record<string, Record<UiLang, string>> = {
  meeting: { ru: 'встреча', uk: 'зустріч', en: 'meeting' },
  call: { ru: 'телефонный разговор', uk: 'телефонна розмова', en: 'call' },
  visit: { ru: 'визит', uk: 'візит', en: 'visit' },
  summit: { ru: 'саммит', uk: 'саміт', en: 'summit' },
  signing: { ru: 'подписание', uk: 'підписання', en: 'signing' },
  vote: { ru: 'голосование', uk: 'голосування', en: 'vote' },
  office: { ru: 'назначение или отставка', uk: 'призначення або відставка', en: 'appointment or resignation' },
  legal: { ru: 'суд и право', uk: 'суд і право', en: 'legal' },
  sanctions: { ru: 'санкции', uk: 'санкції', en: 'sanctions' },
  attack: { ru: 'атака', uk: 'атака', en: 'attack' },
  protest: { ru: 'протест', uk: 'протест', en: 'protest' },
  disaster: { ru: 'катастрофа', uk: 'катастрофа', en: 'disaster' },
  award: { ru: 'награда', uk: 'нагорода', en: 'award' },
  sport: { ru: 'спорт', uk: 'спорт', en: 'sport' },
  launch: { ru: 'запуск', uk: 'запуск', en: 'launch' },
  ceremony: { ru: 'церемония', uk: 'церемонія', en: 'ceremony' },
  death: { ru: 'смерть', uk: 'смерть', en: 'death' },
  other: { ru: 'другое', uk: 'інше', en: 'other' },
};

export const EVENT_STATUSES: Record<string, Record<UiLang, string>> = {
  happened: { ru: 'состоялось', uk: 'відбулася', en: 'happened' },
  planned: { ru: 'запланировано', uk: 'заплановано', en: 'planned' },
  hypothetical: { ru: 'возможно', uk: 'можливо', en: 'hypothetical' },
  cancelled: { ru: 'отменено', uk: 'скасовано', en: 'cancelled' },
};

export const DATE_PRECISIONS: Record<string, Record<UiLang, string>> = {
  day: { ru: 'точно до дня', uk: 'з точністю до дня', en: 'exact day' },
  month: { ru: 'с точностью до месяца', uk: 'з точністю до місяця', en: 'month only' },
  year: { ru: 'с точностью до года', uk: 'з точністю до року', en: 'year only' },
};

export const LANG_NAMES: Record<string, string> = { ru: 'русский', uk: 'українська', en: 'English' };

type Entry = Record<UiLang, string | PluralForms>;

/** Every interface text by key: labels, counts, and the event types, statuses and date precisions as `type.<x>`, `status.<x>`, `precision.<x>`. */
export const MESSAGES: ReadonlyMap<string, Entry> = new Map<string, Entry>([
  ...Object.entries(STRINGS),
  ...Object.entries(COUNTS),
  ...Object.entries(EVENT_TYPES).map(([k, v]): [string, Entry] => [`type.${k}`, v]),
  ...Object.entries(EVENT_STATUSES).map(([k, v]): [string, Entry] => [`status.${k}`, v]),
  ...Object.entries(DATE_PRECISIONS).map(([k, v]): [string, Entry] => [`precision.${k}`, v]),
]);

/** The key of a table entry passed around as an object (`EVENT_TYPES.meeting` → `type.meeting`). */
const KEY_OF = new Map<object, string>([...MESSAGES].map(([key, entry]) => [entry, key]));
export const keyOf = (entry: object): string | undefined => KEY_OF.get(entry);

const rules = new Map<UiLang, Intl.PluralRules>();
const numbers = new Map<UiLang, Intl.NumberFormat>();

/** A count in words: the plural form Intl.PluralRules picks, with the number formatted for the language. */
export function plural(forms: PluralForms, lang: UiLang, n: number): string {
  const rule = rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;
  const format = numbers.get(lang) ?? numbers.set(lang, new Intl.NumberFormat(lang)).get(lang)!;
  return (forms[rule.select(n)] ?? forms.other).replaceAll('{n}', format.format(n));
}

/** The text of `key` in `lang` (a count's form for `n`); the key itself when unknown, so a missing string shows. */
export function translate(key: string, lang: UiLang, n?: number): string {
  const text = MESSAGES.get(key)?.[lang];
  if (text === undefined) return key;
  return typeof text === 'string' ? text : plural(text, lang, n ?? 0);
}
