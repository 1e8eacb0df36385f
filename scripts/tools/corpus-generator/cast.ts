/**
 * The invented cast of the synthetic corpus: a few hundred people with first
 * and last names in ru/uk/en and all their case forms, plus the places events
 * happen in. Everything is derived from the seed, so the same seed gives the
 * same people in the same order (the front of the list recurs most: events
 * pick participants with a Zipf bias).
 */
import { declineFirstName, declineSurname, type Forms, type Gender, type NameLang } from './decline.ts';
import type { Rng } from './prng.ts';
import { transliterate } from '../../lang/transliterate.ts';

/** How English-language text spells a Cyrillic name (Дмитрий → Dmitry, Сергій → Serhii). */
const englishSpelling = (name: string, lang: 'ru' | 'uk'): string => transliterate(name, lang, { system: 'english' });

export type Origin = 'ru' | 'ua' | 'west';
export type CorpusLang = 'ru' | 'uk' | 'en';

export interface NameForms {
  first: Forms;
  last: Forms;
}

export interface Person {
  id: string;
  gender: Gender;
  origin: Origin;
  names: Record<CorpusLang, NameForms>;
  role: Record<CorpusLang, string>;
}

export interface Place {
  id: string;
  /** Nominative. */
  nom: Record<CorpusLang, string>;
  /** "in X" with the preposition (в Женеве / у Женеві / in Geneva). */
  loc: Record<CorpusLang, string>;
  /** "to X" with the preposition (в Женеву / до Женеви / to Geneva). */
  to: Record<CorpusLang, string>;
}

/* ------------------------------------------------------------ name data */

/** [ru, uk, gender] for people of Russian origin. */
const RU_FIRST: Array<[string, string, Gender]> = [
  ['Сергей', 'Сергій', 'm'], ['Алексей', 'Олексій', 'm'], ['Андрей', 'Андрій', 'm'], ['Дмитрий', 'Дмитро', 'm'],
  ['Николай', 'Микола', 'm'], ['Михаил', 'Михайло', 'm'], ['Павел', 'Павло', 'm'], ['Олег', 'Олег', 'm'],
  ['Борис', 'Борис', 'm'], ['Юрий', 'Юрій', 'm'], ['Виктор', 'Віктор', 'm'], ['Иван', 'Іван', 'm'],
  ['Геннадий', 'Геннадій', 'm'], ['Евгений', 'Євген', 'm'], ['Константин', 'Костянтин', 'm'], ['Максим', 'Максим', 'm'],
  ['Роман', 'Роман', 'm'], ['Артем', 'Артем', 'm'], ['Вадим', 'Вадим', 'm'], ['Григорий', 'Григорій', 'm'],
  ['Станислав', 'Станіслав', 'm'], ['Никита', 'Микита', 'm'], ['Антон', 'Антон', 'm'], ['Кирилл', 'Кирило', 'm'],
  ['Анна', 'Анна', 'f'], ['Елена', 'Олена', 'f'], ['Ольга', 'Ольга', 'f'], ['Мария', 'Марія', 'f'],
  ['Ирина', 'Ірина', 'f'], ['Татьяна', 'Тетяна', 'f'], ['Екатерина', 'Катерина', 'f'], ['Светлана', 'Світлана', 'f'],
  ['Юлия', 'Юлія', 'f'], ['Вера', 'Віра', 'f'], ['Галина', 'Галина', 'f'], ['Дарья', 'Дарія', 'f'], ['Ксения', 'Ксенія', 'f'],
];

/** [uk, ru, gender] for people of Ukrainian origin. */
const UA_FIRST: Array<[string, string, Gender]> = [
  ['Олександр', 'Александр', 'm'], ['Володимир', 'Владимир', 'm'], ['Богдан', 'Богдан', 'm'], ['Тарас', 'Тарас', 'm'],
  ['Остап', 'Остап', 'm'], ['Ярослав', 'Ярослав', 'm'], ['Петро', 'Петр', 'm'], ['Микола', 'Николай', 'm'],
  ['Дмитро', 'Дмитрий', 'm'], ['Андрій', 'Андрей', 'm'], ['Юрій', 'Юрий', 'm'], ['Олег', 'Олег', 'm'],
  ['Сергій', 'Сергей', 'm'], ['Віталій', 'Виталий', 'm'], ['Степан', 'Степан', 'm'], ['Роман', 'Роман', 'm'],
  ['Максим', 'Максим', 'm'], ['Назар', 'Назар', 'm'], ['Тимофій', 'Тимофей', 'm'], ['Денис', 'Денис', 'm'],
  ['Олена', 'Елена', 'f'], ['Оксана', 'Оксана', 'f'], ['Ірина', 'Ирина', 'f'], ['Наталія', 'Наталья', 'f'],
  ['Тетяна', 'Татьяна', 'f'], ['Юлія', 'Юлия', 'f'], ['Ганна', 'Анна', 'f'], ['Катерина', 'Екатерина', 'f'],
  ['Світлана', 'Светлана', 'f'], ['Людмила', 'Людмила', 'f'], ['Соломія', 'Соломия', 'f'], ['Олеся', 'Олеся', 'f'],
  ['Христина', 'Кристина', 'f'], ['Марина', 'Марина', 'f'], ['Дарина', 'Дарина', 'f'],
];

/** [en, ru, uk, gender]. */
const WEST_FIRST: Array<[string, string, string, Gender]> = [
  ['John', 'Джон', 'Джон', 'm'], ['Michael', 'Майкл', 'Майкл', 'm'], ['David', 'Дэвид', 'Девід', 'm'],
  ['Robert', 'Роберт', 'Роберт', 'm'], ['James', 'Джеймс', 'Джеймс', 'm'], ['Thomas', 'Томас', 'Томас', 'm'],
  ['Richard', 'Ричард', 'Річард', 'm'], ['Peter', 'Питер', 'Пітер', 'm'], ['Mark', 'Марк', 'Марк', 'm'],
  ['Daniel', 'Дэниел', 'Деніел', 'm'], ['Sarah', 'Сара', 'Сара', 'f'], ['Emily', 'Эмили', 'Емілі', 'f'],
  ['Laura', 'Лора', 'Лора', 'f'], ['Helen', 'Хелен', 'Гелен', 'f'], ['Claire', 'Клэр', 'Клер', 'f'],
  ['Rachel', 'Рейчел', 'Рейчел', 'f'], ['Karen', 'Карен', 'Карен', 'f'], ['Julia', 'Джулия', 'Джулія', 'f'],
];

/** Masculine nominatives; feminine forms are derived (-ов → -ова, -ский → -ская). */
const RU_LAST = [
  'Смирнов', 'Волков', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Орлов', 'Зайцев', 'Белов',
  'Тарасов', 'Беляев', 'Комаров', 'Киселев', 'Макаров', 'Андреев', 'Ковалев', 'Ильин', 'Гусев', 'Титов',
  'Кудрявцев', 'Баранов', 'Куликов', 'Алексеев', 'Степанов', 'Яковлев', 'Сорокин', 'Захаров', 'Борисов',
  'Герасимов', 'Григорьев', 'Калинин', 'Фомин', 'Носов', 'Голубев', 'Виноградов', 'Богданов', 'Воробьев',
  'Завадский', 'Островский', 'Покровский', 'Жуковский', 'Садовский', 'Никольский', 'Белецкий', 'Крутицкий',
];

const UA_LAST = [
  'Бондаренко', 'Ткаченко', 'Кравченко', 'Коваленко', 'Шевчук', 'Ковальчук', 'Мельничук', 'Литвиненко',
  'Савченко', 'Руденко', 'Марченко', 'Петренко', 'Клименко', 'Павленко', 'Левченко', 'Гончаренко', 'Гнатюк',
  'Данилюк', 'Федорук', 'Мартинюк', 'Семенюк', 'Романюк', 'Яковенко', 'Олійник', 'Мельник', 'Поліщук',
  'Лисенко', 'Зінченко', 'Остапчук', 'Вишневський', 'Кравецький', 'Левицький', 'Яворський', 'Ковалевський',
];

/** [en, ru, uk]. */
const WEST_LAST: Array<[string, string, string]> = [
  ['Miller', 'Миллер', 'Міллер'], ['Harris', 'Харрис', 'Гарріс'], ['Walker', 'Уокер', 'Вокер'],
  ['Bennett', 'Беннет', 'Беннет'], ['Carter', 'Картер', 'Картер'], ['Foster', 'Фостер', 'Фостер'],
  ['Palmer', 'Палмер', 'Палмер'], ['Turner', 'Тернер', 'Тернер'], ['Fletcher', 'Флетчер', 'Флетчер'],
  ['Holmes', 'Холмс', 'Голмс'], ['Grant', 'Грант', 'Грант'], ['Sullivan', 'Салливан', 'Салліван'],
  ['Morgan', 'Морган', 'Морган'], ['Parker', 'Паркер', 'Паркер'], ['Collins', 'Коллинз', 'Коллінз'],
  ['Brooks', 'Брукс', 'Брукс'], ['Ward', 'Уорд', 'Ворд'], ['Ellis', 'Эллис', 'Елліс'],
];

/** [ru, uk, en] roles by origin; shown in apposition before the name. */
const ROLES: Record<Origin, Array<[string, string, string]>> = {
  ru: [
    ['министр энергетики России', 'міністр енергетики Росії', 'Russian energy minister'],
    ['депутат Госдумы', 'депутат Держдуми', 'State Duma deputy'],
    ['губернатор Курской области', 'губернатор Курської області', 'governor of the Kursk region'],
    ['замглавы МИД России', 'заступник глави МЗС Росії', 'Russian deputy foreign minister'],
    ['пресс-секретарь правительства России', 'речник уряду Росії', 'Russian government spokesperson'],
    ['глава компании «Северная нефть»', 'голова компанії «Північна нафта»', 'head of the Severnaya Neft company'],
    ['советник президента России', 'радник президента Росії', 'adviser to the Russian president'],
    ['министр финансов России', 'міністр фінансів Росії', 'Russian finance minister'],
    ['политолог', 'політолог', 'political analyst'],
  ],
  ua: [
    ['замминистра иностранных дел Украины', 'заступник міністра закордонних справ України', 'Ukrainian deputy foreign minister'],
    ['народный депутат Украины', 'народний депутат України', 'Ukrainian MP'],
    ['глава Одесской ОВА', 'голова Одеської ОВА', 'head of the Odesa regional military administration'],
    ['мэр Житомира', 'мер Житомира', 'mayor of Zhytomyr'],
    ['советник главы Офиса президента', 'радник керівника Офісу президента', 'adviser to the head of the presidential office'],
    ['глава энергетического комитета Верховной Рады', 'голова енергетичного комітету Верховної Ради', 'chair of the parliamentary energy committee'],
    ['посол Украины в Германии', 'посол України в Німеччині', 'Ukrainian ambassador to Germany'],
    ['эксперт Центра экономической стратегии', 'експерт Центру економічної стратегії', 'analyst at the Centre for Economic Strategy'],
    ['командир бригады', 'командир бригади', 'brigade commander'],
  ],
  west: [
    ['сенатор США', 'сенатор США', 'US senator'],
    ['член палаты представителей США', 'член Палати представників США', 'US congressman'],
    ['британский депутат', 'британський депутат', 'British MP'],
    ['еврокомиссар по торговле', 'єврокомісар з питань торгівлі', 'EU trade commissioner'],
    ['посол США в ЕС', 'посол США в ЄС', 'US ambassador to the EU'],
    ['спецпосланник США', 'спецпосланець США', 'US special envoy'],
    ['аналитик Атлантического совета', 'аналітик Атлантичної ради', 'analyst at the Atlantic Council'],
    ['глава делегации ЕС', 'голова делегації ЄС', 'head of the EU delegation'],
  ],
};

/* ---------------------------------------------------------- derivations */

function ruToUk(word: string): string {
  const suffix = /[сц]кий$/.exec(word)?.[0];
  if (suffix !== undefined) return ruToUk(word.slice(0, -suffix.length)) + suffix.replace('кий', 'ький');
  return word
    .replace(/ье/g, "'є")
    .replace(/([аеиоуыэюя])е/g, '$1є')
    .replace(/и/g, 'і')
    .replace(/ы/g, 'и')
    .replace(/э/g, 'е')
    .replace(/ё/g, 'ьо')
    .replace(/И/g, 'І');
}

function ukToRu(word: string): string {
  return word
    .replace(/ський$/, 'ский')
    .replace(/цький$/, 'цкий')
    .replace(/ій/g, 'ей')
    .replace(/і/g, 'и')
    .replace(/ї/g, 'йи')
    .replace(/є/g, 'е')
    .replace(/ґ/g, 'г')
    .replace(/['’]/g, '');
}

function feminineSurname(masc: string, lang: NameLang | 'en'): string {
  if (lang === 'en') return masc.replace(/(sky|skyi|skii)$/, 'ska').replace(/(ov|ev|in|yn)$/, '$1a');
  if (/(ов|ев|ёв|єв|ин|ын|ін|їн)$/.test(masc)) return masc + 'а';
  if (/ский$/.test(masc)) return masc.replace(/ский$/, 'ская');
  if (/цкий$/.test(masc)) return masc.replace(/цкий$/, 'цкая');
  if (/ський$/.test(masc)) return masc.replace(/ський$/, 'ська');
  if (/цький$/.test(masc)) return masc.replace(/цький$/, 'цька');
  return masc;
}

function plain(nom: string): Forms {
  return { nom, gen: nom, dat: nom, acc: nom, ins: nom, loc: nom, voc: nom };
}

function nameForms(first: string, last: string, lang: CorpusLang, gender: Gender): NameForms {
  if (lang === 'en') return { first: plain(first), last: plain(last) };
  return { first: declineFirstName(first, lang, gender), last: declineSurname(last, lang, gender) };
}

function makePerson(origin: Origin, gender: Gender, first: Record<CorpusLang, string>, lastMasc: Record<CorpusLang, string>, role: [string, string, string]): Person {
  const last: Record<CorpusLang, string> = gender === 'f'
    ? { ru: feminineSurname(lastMasc.ru, 'ru'), uk: feminineSurname(lastMasc.uk, 'uk'), en: feminineSurname(lastMasc.en, 'en') }
    : lastMasc;
  if (gender === 'f' && origin === 'ru') last.en = englishSpelling(last.ru, 'ru');
  if (gender === 'f' && origin === 'ua') last.en = englishSpelling(last.uk, 'uk');
  const id = `${first.en} ${last.en}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id,
    gender,
    origin,
    names: {
      ru: nameForms(first.ru, last.ru, 'ru', gender),
      uk: nameForms(first.uk, last.uk, 'uk', gender),
      en: nameForms(first.en, last.en, 'en', gender),
    },
    role: { ru: role[0], uk: role[1], en: role[2] },
  };
}

function randomPerson(rng: Rng, origin: Origin): Person {
  const role = rng.pick(ROLES[origin]);
  if (origin === 'ru') {
    const [ru, uk, gender] = rng.pick(RU_FIRST);
    const lastRu = rng.pick(RU_LAST);
    return makePerson(origin, gender, { ru, uk, en: englishSpelling(ru, 'ru') },
      { ru: lastRu, uk: ruToUk(lastRu), en: englishSpelling(lastRu, 'ru') }, role);
  }
  if (origin === 'ua') {
    const [uk, ru, gender] = rng.pick(UA_FIRST);
    const lastUk = rng.pick(UA_LAST);
    return makePerson(origin, gender, { ru, uk, en: englishSpelling(uk, 'uk') },
      { ru: ukToRu(lastUk), uk: lastUk, en: englishSpelling(lastUk, 'uk') }, role);
  }
  const [en, ru, uk, gender] = rng.pick(WEST_FIRST);
  const [lastEn, lastRu, lastUk] = rng.pick(WEST_LAST);
  return makePerson(origin, gender, { ru, uk, en }, { ru: lastRu, uk: lastUk, en: lastEn }, role);
}

/**
 * `size` distinct people (distinct full names; namesakes sharing only a
 * surname are kept on purpose, they are what entity resolution must not merge).
 */
export function buildCast(rng: Rng, size: number): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (people.length < size && attempts < size * 50) {
    attempts++;
    const u = rng.next();
    const origin: Origin = u < 0.4 ? 'ru' : u < 0.8 ? 'ua' : 'west';
    const person = randomPerson(rng, origin);
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    people.push(person);
  }
  return people;
}

/* ---------------------------------------------------------------- places */

const PLACE_ROWS: Array<[string, string, string, string, string, string, string]> = [
  // ru nom, ru loc, ru to, uk nom, uk loc, uk to, en
  ['Женева', 'в Женеве', 'в Женеву', 'Женева', 'у Женеві', 'до Женеви', 'Geneva'],
  ['Брюссель', 'в Брюсселе', 'в Брюссель', 'Брюссель', 'у Брюсселі', 'до Брюсселя', 'Brussels'],
  ['Хельсинки', 'в Хельсинки', 'в Хельсинки', 'Гельсінкі', 'у Гельсінкі', 'до Гельсінкі', 'Helsinki'],
  ['Варшава', 'в Варшаве', 'в Варшаву', 'Варшава', 'у Варшаві', 'до Варшави', 'Warsaw'],
  ['Стамбул', 'в Стамбуле', 'в Стамбул', 'Стамбул', 'у Стамбулі', 'до Стамбула', 'Istanbul'],
  ['Вена', 'в Вене', 'в Вену', 'Відень', 'у Відні', 'до Відня', 'Vienna'],
  ['Берлин', 'в Берлине', 'в Берлин', 'Берлін', 'у Берліні', 'до Берліна', 'Berlin'],
  ['Париж', 'в Париже', 'в Париж', 'Париж', 'у Парижі', 'до Парижа', 'Paris'],
  ['Лондон', 'в Лондоне', 'в Лондон', 'Лондон', 'у Лондоні', 'до Лондона', 'London'],
  ['Вашингтон', 'в Вашингтоне', 'в Вашингтон', 'Вашингтон', 'у Вашингтоні', 'до Вашингтона', 'Washington'],
  ['Киев', 'в Киеве', 'в Киев', 'Київ', 'у Києві', 'до Києва', 'Kyiv'],
  ['Москва', 'в Москве', 'в Москву', 'Москва', 'у Москві', 'до Москви', 'Moscow'],
  ['Рим', 'в Риме', 'в Рим', 'Рим', 'у Римі', 'до Рима', 'Rome'],
  ['Эр-Рияд', 'в Эр-Рияде', 'в Эр-Рияд', 'Ер-Ріяд', 'в Ер-Ріяді', 'до Ер-Ріяда', 'Riyadh'],
  ['Анкара', 'в Анкаре', 'в Анкару', 'Анкара', 'в Анкарі', 'до Анкари', 'Ankara'],
  ['Прага', 'в Праге', 'в Прагу', 'Прага', 'у Празі', 'до Праги', 'Prague'],
  ['Вильнюс', 'в Вильнюсе', 'в Вильнюс', 'Вільнюс', 'у Вільнюсі', 'до Вільнюса', 'Vilnius'],
  ['Одесса', 'в Одессе', 'в Одессу', 'Одеса', 'в Одесі', 'до Одеси', 'Odesa'],
  ['Львов', 'во Львове', 'во Львов', 'Львів', 'у Львові', 'до Львова', 'Lviv'],
  ['Баку', 'в Баку', 'в Баку', 'Баку', 'у Баку', 'до Баку', 'Baku'],
  ['Доха', 'в Дохе', 'в Доху', 'Доха', 'у Досі', 'до Дохи', 'Doha'],
];

export const PLACES: Place[] = PLACE_ROWS.map(([ruNom, ruLoc, ruTo, ukNom, ukLoc, ukTo, en]) => ({
  id: en.toLowerCase(),
  nom: { ru: ruNom, uk: ukNom, en },
  loc: { ru: ruLoc, uk: ukLoc, en: `in ${en}` },
  to: { ru: ruTo, uk: ukTo, en: `to ${en}` },
}));
