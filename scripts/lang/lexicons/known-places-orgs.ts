/**
 * Gazetteer of well-known places and organisations in ru/uk/en.
 *
 * Countries come from the `i18n-iso-countries` locale files; the short hand
 * list below adds what news about Russia/Ukraine/the US keeps naming (cities,
 * regions, blocs, ministries, media). Each entry has a language-independent
 * `concept` id so «Україна», «Украина» and «Ukraine» resolve to one entity.
 */
import { createRequire } from 'node:module';
import type { EntityType, Lang } from '../../model/model.ts';
import { WORLD_ORGS } from './world-orgs.data.ts';

export interface KnownEntry {
  concept: string;
  type: EntityType;
  /** Canonical nominative name per language. */
  names: Partial<Record<Lang, string>>;
  /** Every spelling (any language) that names it, nominative; abbreviations in caps. */
  forms: string[];
  /** Matches even when written all lowercase (росія, путинская «россия»). */
  lowercase?: boolean;
}

interface CountryLocale {
  countries: Record<string, string | string[]>;
}

const require = createRequire(import.meta.url);
const locales: Record<'ru' | 'uk' | 'en', CountryLocale> = {
  ru: require('i18n-iso-countries/langs/ru.json') as CountryLocale,
  uk: require('i18n-iso-countries/langs/uk.json') as CountryLocale,
  en: require('i18n-iso-countries/langs/en.json') as CountryLocale,
};

/** The rows of a table written one entry a line, fields separated by « | ». */
function rows(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('|').map((field) => field.trim()));
}

/** Short names the locale files lack or spell officially. */
const COUNTRY_EXTRA: Record<string, string[]> = {
  RU: ['Россия', 'Росія', 'Russia', 'РФ', 'Российская Федерация', 'Російська Федерація', 'Russian Federation', 'Россиюшка'],
  US: ['США', 'United States', 'Соединённые Штаты', 'Соединенные Штаты', 'Соединённые Штаты Америки', 'Соединенные Штаты Америки', 'Сполучені Штати', 'Сполучені Штати Америки', 'Америка', 'United States', 'USA', 'US', 'America', 'U.S.'],
  GB: ['Великобритания', 'Великобританія', 'Велика Британія', 'Британия', 'Британія', 'Англия', 'Англія', 'United Kingdom', 'Britain', 'Great Britain', 'UK', 'England'],
  UA: ['Украина', 'Україна', 'Ukraine'],
  BY: ['Белоруссия', 'Беларусь', 'Білорусь', 'Belarus'],
  MD: ['Молдавия', 'Молдова', 'Moldova'],
  CN: ['Китай', 'КНР', 'China', 'PRC'],
  KP: ['КНДР', 'Северная Корея', 'Північна Корея', 'North Korea', 'DPRK'],
  KR: ['Южная Корея', 'Південна Корея', 'South Korea'],
  IR: ['Иран', 'Іран', 'Iran'],
  SY: ['Сирия', 'Сирія', 'Syria'],
  TR: ['Турция', 'Туреччина', 'Turkey', 'Türkiye'],
  CZ: ['Чехия', 'Чехія', 'Czech Republic', 'Czechia'],
  MK: ['Македония', 'Северная Македония', 'Македонія', 'North Macedonia'],
  VA: ['Ватикан', 'Vatican'],
  PS: ['Палестина', 'Palestine'],
  NL: ['Нидерланды', 'Голландия', 'Нідерланди', 'Netherlands', 'Holland'],
  AE: ['ОАЭ', 'ОАЕ', 'UAE'],
  CD: ['ДР Конго'],
  GE: ['Грузия', 'Грузія', 'Georgia'],
};

/** Places that are not countries: concept | ru | uk | en | other forms…, one a line. */
const PLACES = rows(`
moscow | Москва | Москва | Moscow
kyiv | Киев | Київ | Kyiv | Kiev
washington | Вашингтон | Вашингтон | Washington
alaska | Аляска | Аляска | Alaska
anchorage | Анкоридж | Анкоридж | Anchorage
london | Лондон | Лондон | London
paris | Париж | Париж | Paris
berlin | Берлин | Берлін | Berlin
brussels | Брюссель | Брюссель | Brussels
minsk | Минск | Мінськ | Minsk
saint-petersburg | Санкт-Петербург | Санкт-Петербург | Saint Petersburg | St Petersburg | Петербург
kharkiv | Харьков | Харків | Kharkiv | Kharkov
odesa | Одесса | Одеса | Odesa | Odessa
lviv | Львов | Львів | Lviv
dnipro | Днепр | Дніпро | Dnipro
zaporizhzhia | Запорожье | Запоріжжя | Zaporizhzhia
kherson | Херсон | Херсон | Kherson
donetsk | Донецк | Донецьк | Donetsk
luhansk | Луганск | Луганськ | Luhansk
donbas | Донбасс | Донбас | Donbas | Donbass
crimea | Крым | Крим | Crimea
kursk | Курск | Курськ | Kursk
belgorod | Белгород | Бєлгород | Belgorod
pokrovsk | Покровск | Покровськ | Pokrovsk
bakhmut | Бахмут | Бахмут | Bakhmut
mariupol | Мариуполь | Маріуполь | Mariupol
sumy | Сумы | Суми | Sumy
helsinki | Хельсинки | Гельсінкі | Helsinki
istanbul | Стамбул | Стамбул | Istanbul
geneva | Женева | Женева | Geneva
new-york | Нью-Йорк | Нью-Йорк | New York
europe | Европа | Європа | Europe
asia | Азия | Азія | Asia
africa | Африка | Африка | Africa
middle-east | Ближний Восток | Близький Схід | Middle East
gaza | Газа | Газа | Gaza | Сектор Газа | Сектор Гази | Gaza Strip
siberia | Сибирь | Сибір | Siberia
baltic | Прибалтика | Прибалтика | Baltics | Балтия
moon | Луна | Місяць | Moon
earth | Земля | Земля | Earth
mars | Марс | Марс | Mars
iss | МКС | МКС | ISS | Международная космическая станция | Міжнародна космічна станція | International Space Station
ussr | СССР | СРСР | USSR | Советский Союз | Радянський Союз | Soviet Union
`);

/** Organisations: concept | ru | uk | en | other forms…, one a line. */
const ORGS = rows(`
nato | НАТО | НАТО | NATO | Североатлантический альянс | Північноатлантичний альянс
eu | ЕС | ЄС | EU | Евросоюз | Євросоюз | Европейский союз | Європейський союз | European Union
un | ООН | ООН | UN | Организация Объединённых Наций | Организация Объединенных Наций | Організація Об'єднаних Націй | United Nations
un-security-council | Совбез ООН | Радбез ООН | UN Security Council | Совет Безопасности ООН | Рада Безпеки ООН
eu-commission | Еврокомиссия | Єврокомісія | European Commission | Европейская комиссия | Європейська комісія
kremlin | Кремль | Кремль | Kremlin
white-house | Белый дом | Білий дім | White House | Білого дому | Білому домі | Білим домом
pentagon | Пентагон | Пентагон | Pentagon
state-duma | Госдума | Держдума | State Duma | Государственная дума | Державна дума | Дума
verkhovna-rada | Верховная Рада | Верховна Рада | Verkhovna Rada
sbu | СБУ | СБУ | SBU | Служба безопасности Украины | Служба безпеки України
fsb | ФСБ | ФСБ | FSB
cia | ЦРУ | ЦРУ | CIA
fbi | ФБР | ФБР | FBI
afu | ВСУ | ЗСУ | AFU | Вооружённые силы Украины | Вооруженные силы Украины | Збройні сили України
gur | ГУР | ГУР | HUR
nabu | НАБУ | НАБУ | NABU
osce | ОБСЕ | ОБСЄ | OSCE
iaea | МАГАТЭ | МАГАТЕ | IAEA
imf | МВФ | МВФ | IMF
who | ВОЗ | ВООЗ | WHO
pace | ПАСЕ | ПАРЄ | PACE
gazprom | Газпром | Газпром | Gazprom
isw | Институт изучения войны | Інститут вивчення війни | Institute for the Study of War | ISW
state-department | Госдеп | Держдеп | State Department | Госдепартамент | Держдепартамент | Госдепартамент США | Держдеп США
congress | Конгресс | Конгрес | Congress
ua-cabinet | Кабмин | Кабмін | Cabinet of Ministers of Ukraine | Кабинет министров | Кабінет міністрів | Кабінет Міністрів України | Кабинет министров Украины
ukrzaliznytsia | Укрзализныця | Укрзалізниця | Ukrzaliznytsia | Укрзализница
prozorro | Прозорро | Прозорро | ProZorro | Prozorro
amcu | Антимонопольный комитет | Антимонопольний комітет | Antimonopoly Committee of Ukraine | АМКУ | Антимонопольный комитет Украины | Антимонопольний комітет України
ua-national-police | Нацполиция | Нацполіція | National Police of Ukraine | Национальная полиция | Національна поліція
ua-national-guard | Нацгвардия | Нацгвардія | National Guard of Ukraine | Национальная гвардия | Національна гвардія
ukravtodor | Укравтодор | Укравтодор | Ukravtodor
naftogaz | Нафтогаз | Нафтогаз | Naftogaz | Нафтогаз Украины | Нафтогаз України
kyiv-city-council | Киевсовет | Київрада | Kyiv City Council | Киеврада | Київська міська рада
senate | Сенат | Сенат | Senate
russian-mfa | МИД России | МЗС Росії | Russian Foreign Ministry | МИД РФ | МЗС РФ
ukrainian-mfa | МИД Украины | МЗС України | Ukrainian Foreign Ministry
russian-mod | Минобороны России | Міноборони Росії | Russian Defence Ministry | Минобороны РФ | Міноборони РФ
ukrainian-mod | Минобороны Украины | Міноборони України | Ukrainian Defence Ministry
24-kanal | 24 Канал | 24 Канал | 24 Kanal
telegraph | The Telegraph | The Telegraph | The Telegraph | Telegraph
reuters | Reuters | Reuters | Reuters | Рейтер | Рейтерс
bloomberg | Bloomberg | Bloomberg | Bloomberg | Блумберг
cnn | CNN | CNN | CNN
bbc | BBC | BBC | BBC | Би-би-си
tass | ТАСС | ТАСС | TASS
ria | РИА Новости | РІА Новини | RIA Novosti
interfax | Интерфакс | Інтерфакс | Interfax
facebook | Facebook | Facebook | Facebook | Фейсбук
google | Google | Google | Google | Гугл
microsoft | Microsoft | Microsoft | Microsoft | Майкрософт
nasa | НАСА | НАСА | NASA
fifa | ФИФА | ФІФА | FIFA
uefa | УЕФА | УЄФА | UEFA
voice-of-america | Голос Америки | Голос Америки | Voice of America
radio-liberty | Радио Свобода | Радіо Свобода | Radio Liberty | Радио Свободная Европа
echo-moskvy | Эхо Москвы | Ехо Москви | Echo of Moscow
al-jazeera | Аль-Джазира | Аль-Джазіра | Al Jazeera
euronews | Euronews | Euronews | Euronews | Евроньюс
g7 | G7 | G7 | G7 | Большая семёрка | Большая семерка | Велика сімка
g20 | G20 | G20 | G20 | G-20 | Большая двадцатка | Велика двадцятка
`);

function countryEntries(): KnownEntry[] {
  const codes = Object.keys(locales.en.countries);
  return codes.map((code) => {
    const names: Partial<Record<Lang, string>> = {};
    const forms = new Set<string>(COUNTRY_EXTRA[code] ?? []);
    for (const lang of ['ru', 'uk', 'en'] as const) {
      const value = locales[lang].countries[code];
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      const first = list[0];
      if (first) names[lang] = first;
      for (const form of list) forms.add(form);
    }
    // Prefer the short everyday name where we have one (Россия over Российская Федерация).
    const extra = COUNTRY_EXTRA[code];
    if (extra) {
      const cyr = extra.filter((f) => /\p{Script=Cyrillic}/u.test(f));
      const ru = cyr.find((f) => !/[іїєґ]/i.test(f));
      const uk = cyr.find((f) => /[іїєґ]/i.test(f));
      const en = extra.find((f) => /^[A-Z][a-z]/.test(f));
      if (ru) names.ru = ru;
      if (uk) names.uk = uk;
      if (ru === ru?.toUpperCase()) names.uk = ru; // abbreviations are shared: США
      if (en) names.en = en;
    }
    return {
      concept: `iso:${code}`,
      type: 'place',
      names,
      forms: [...forms],
      lowercase: code === 'RU' || code === 'UA' || code === 'US',
    };
  });
}

/**
 * Ukrainian nouns in -ів/-їв alternate the vowel in other cases (Харків → Харкова,
 * Київ → Києві), which the stemmer cannot undo: list those forms explicitly.
 */
function ukrainianObliqueForms(form: string): string[] {
  const m = /^(.*[^\s])(і|ї)([вн])$/u.exec(form);
  if (!m || form.includes(' ')) return [];
  const stem = m[1]! + (m[2] === 'ї' ? 'є' : 'о') + m[3]!;
  return [`${stem}а`, `${stem}і`, `${stem}ом`, `${stem}у`];
}

function listEntries(rows: string[][], type: EntityType): KnownEntry[] {
  return rows.map(([concept, ru, uk, en, ...rest]) => ({
    concept: `${type}:${concept!}`,
    type,
    names: { ru: ru!, uk: uk!, en: en! },
    forms: [ru!, uk!, en!, ...rest, ...ukrainianObliqueForms(uk!)],
  }));
}

let entries: KnownEntry[] | null = null;

/** All gazetteer entries (built once). */
export function knownEntries(): readonly KnownEntry[] {
  entries ??= [...countryEntries(), ...listEntries(PLACES, 'place'), ...listEntries(ORGS, 'org'), ...listEntries(rows(WORLD_ORGS), 'org')];
  return entries;
}

let conceptIds: Map<string, string> | null = null;

/**
 * Language-independent id of a gazetteer concept («iso:UA» → «ukraine»,
 * «org:nato» → «nato»), so an entity keeps its id whichever languages the
 * corpus happens to name it in. Null for keys that are not concepts.
 */
export function conceptId(key: string): string | null {
  if (!conceptIds) {
    conceptIds = new Map();
    for (const entry of knownEntries()) {
      const id = entry.concept.startsWith('iso:') ? (entry.names.en ?? entry.concept.slice(4)) : entry.concept.slice(entry.concept.indexOf(':') + 1);
      conceptIds.set(entry.concept, id);
    }
  }
  return conceptIds.get(key) ?? null;
}
