/**
 * Cyrillic → Latin: the project's one transliterator, with its tables.
 *
 * Two jobs, kept apart on purpose:
 * - `transliterate` gives a Latin spelling, Russian and Ukrainian each with
 *   their own table (г → g in Russian, h in Ukrainian), in one of two systems:
 *   `plain` (letter for letter; ids, slugs, search forms) or `english` (the
 *   spellings English-language text uses; the synthetic corpus's cast).
 * - `skeleton` / `consonantSkeleton` give lossy phonetic keys that make the same
 *   name written in ru, uk and en compare equal (Путин = Путін = Putin,
 *   Зеленский = Зеленський = Zelenskyy). They are never shown to anyone.
 */

import type { Lang } from '../model/model.ts';
import { memoByString } from '../util/memo.ts';

type Table = Record<string, string>;

/* ------------------------------------------------------------ plain system */

const COMMON: Table = {
  а: 'a', б: 'b', в: 'v', д: 'd', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu',
  я: 'ya', ь: '', ъ: '', "'": '', '’': '', ʼ: '',
};
const PLAIN_RU: Table = { ...COMMON, г: 'g', е: 'e', ё: 'e', и: 'i', й: 'y', ы: 'y', э: 'e', і: 'i', ї: 'yi', є: 'ye', ґ: 'g' };
const PLAIN_UK: Table = { ...COMMON, г: 'h', ґ: 'g', е: 'e', є: 'ye', и: 'y', і: 'i', ї: 'yi', й: 'y', щ: 'shch', ё: 'e', ы: 'y', э: 'e' };

/* ---------------------------------------------------------- english system */

/** A simplified BGN/PCGN table for Russian. */
const ENGLISH_RU: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
/** The Ukrainian national table (Олександр → Oleksandr, Сергій → Serhii). */
const ENGLISH_UK: Table = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '',
};
/** Word-initial forms in the Ukrainian table (Євген → Yevhen, Юлія → Yuliia). */
const ENGLISH_UK_INITIAL: Table = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const VOWELS = 'аеёиоуыэюяіїє';

const UK_LETTERS = /[іїєґ]/i;

export interface TransliterateOptions {
  /** `plain` (the default): letter for letter. `english`: English-language spellings, with their word-position rules. */
  system?: 'plain' | 'english';
  /** Keep diacritics in the result (by default they are removed: é → e). */
  keepMarks?: boolean;
}

/**
 * Latin spelling of Cyrillic text; Latin text passes through. Without `lang`
 * (or for `en`), text with і, ї, є or ґ is read as Ukrainian, the rest as Russian.
 * Capital letters stay capital.
 */
export function transliterate(text: string, lang?: Lang, options: TransliterateOptions = {}): string {
  const uk = lang === 'uk' || (lang !== 'ru' && UK_LETTERS.test(text));
  const out = options.system === 'english' ? englishSpelling(text, uk) : plainSpelling(text, uk ? PLAIN_UK : PLAIN_RU);
  return options.keepMarks ? out : out.normalize('NFD').replace(/\p{M}+/gu, '');
}

function plainSpelling(text: string, table: Table): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) {
      out += ch;
    } else if (lower !== ch && mapped.length > 0) {
      out += mapped[0]!.toUpperCase() + mapped.slice(1);
    } else {
      out += mapped;
    }
  }
  return out;
}

function englishSpelling(text: string, uk: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    const prev = i > 0 ? text[i - 1]!.toLowerCase() : ' ';
    const initial = !/\p{L}/u.test(prev);
    let latin: string | undefined;
    if (!uk) {
      latin = ENGLISH_RU[lower];
      // Russian е is "ye" at the start of a word and after a vowel (Евгений → Yevgeny).
      if (lower === 'е' && (initial || VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ')) latin = 'ye';
      // Final -ий is spelled -y in English (Дмитрий → Dmitry).
      if (lower === 'и' && text[i + 1]?.toLowerCase() === 'й' && !/\p{L}/u.test(text[i + 2] ?? ' ')) {
        out += ch === lower ? 'y' : 'Y';
        i++;
        continue;
      }
    } else {
      latin = initial && ENGLISH_UK_INITIAL[lower] !== undefined ? ENGLISH_UK_INITIAL[lower] : ENGLISH_UK[lower];
      if (lower === 'г' && prev === 'з') latin = 'gh';
    }
    if (latin === undefined) {
      out += ch;
      continue;
    }
    out += ch !== lower && latin.length > 0 ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/** Names repeat across a corpus and the regex chain below is the cost worth caching: words kept per key kind. */
const SKELETON_CACHE = 100_000;

/**
 * Phonetic Latin skeleton of one word: language-independent, lowercase, letters only.
 * и/і/ы/y → i, е/є/э → e, г/h/g/х → h, й → i, endings -ий/-ій/-yi/-yy → i,
 * doubled letters collapsed.
 */
export const skeleton = memoByString((word: string): string => computeSkeleton(word), SKELETON_CACHE);

const SLAVIC_J_END = /^[a-z]{2,}[aeiou]j$/u;
const CENTRAL_EUROPEAN_LETTER = /[čšžřěůňťďľĺŕśźćłńąęėįųūēāīģķļņđ]/u;

function computeSkeleton(word: string, forPerson = false): string {
  // Ukrainian є after a consonant is Russian е (Пєсков = Песков); in a person's
  // name it is е everywhere (Андреєва = Андреева, Вороб'єва = Воробьёва).
  let lower = word.toLowerCase().replace(forPerson ? /є/g : /(?<=[бвгґджзклмнпрстфхцчшщ])є/g, 'е');
  // Russian feminine adjectival -ая is Ukrainian -а (Завадская = Завадська); English th is т (Thomas = Томас).
  if (forPerson) lower = lower.replace(/(?<=[кц])ая$/u, 'а').replace(/th/g, 't');
  // In Slavic and Baltic Latin spellings (a word with č, š, ł, ė…) j is й and č is ч: Hrubaj = Грубай,
  // Jarosław = Ярослав, Vlček = Влчек.
  // A Latin word ending in a vowel and j (Juraj, Andrej, Matej) is Slavic too: English words do not end so.
  if (forPerson && (CENTRAL_EUROPEAN_LETTER.test(lower) || SLAVIC_J_END.test(lower))) {
    lower = lower.replace(/j/g, 'й').replace(/ł/g, 'l').replace(/[čć]/g, 'ч').replace(/[šś]/g, 'ш').replace(/[žź]/g, 'ж').replace(/ř/g, 'рж');
  }
  let s = transliterate(lower, 'ru').toLowerCase();
  s = s.replace(/[^a-z]/g, '');
  s = s
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/shch|sch|sh/g, 'S')
    .replace(/tch|ch/g, 'C')
    .replace(/ts|tz/g, 'C')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    // Russian renders an initial W as У (Уиткофф = Witkoff, Уолтер = Walter).
    .replace(/^u(?=[aeiouy])/, 'v');
  if (forPerson) {
    // г and h are one sound across the scripts (Богдан = Bohdan, Олег = Oleh), so a
    // silent English h (John, Sarah) is dropped after a vowel only once г has become h too.
    s = s.replace(/c/g, 'k').replace(/g/g, 'h').replace(/(?<=[aeiouy])h(?![aeiouy])/g, '');
  } else {
    s = s
      // English silent h after a vowel or consonant (Johnson, John): drop it.
      .replace(/(?<=.)h/g, (m, offset: number, str: string) => (offset > 0 && /[aeiouy]/.test(str[offset - 1]!) ? '' : m))
      .replace(/c/g, 'k')
      .replace(/g/g, 'h');
  }
  s = s
    .replace(/S/g, 's')
    .replace(/C/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(?<=[a-z])(ii|ei|ai|oi)$/g, (m) => (m === 'oi' ? 'oi' : 'i'));
  // Ukrainian і/и/ї and Russian и/ы/е/й meet in one vowel (Олійник = Олейник,
  // Герасімов = Герасимов), and English final s is often Russian з (Collins = Коллинз).
  if (forPerson) s = s.replace(/e/g, 'i').replace(/z/g, 's');
  return s.replace(/(.)\1+/g, '$1');
}

/**
 * The skeleton for matching a person's name across ru, uk and en: coarser than
 * `skeleton` where Ukrainian and Russian spellings of one name differ only in
 * vowel letters (Андреєва = Андреева, Олійник = Олейник, Кравецька = Кравецкая),
 * г = h (Богдан = Bohdan) and English th = т (Thomas = Томас).
 */
export const personSkeleton = memoByString((word: string): string => computeSkeleton(word, true), SKELETON_CACHE);

/** Consonants of the skeleton only: survives English vowel spellings (Trump = Трамп, Biden = Байден). */
export const consonantSkeleton = memoByString(
  // ф/v: «фон дер Ляйен» = «von der Leyen».
  (word: string): string => skeleton(word).replace(/[aeiou]/g, '').replace(/f/g, 'v'),
  SKELETON_CACHE,
);

/** Whether a word is written in Latin letters (as opposed to Cyrillic). */
export function scriptOf(text: string): 'latin' | 'cyrillic' | 'other' {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  if (/[A-Za-z]/.test(text)) return 'latin';
  return 'other';
}

/** Windows device names (never valid file names) and the site's own route names. */
const RESERVED = new Set([
  'con', 'prn', 'aux', 'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
  'index', 'new', 'edit', 'api', 'assets',
]);
const MAX_SLUG = 80;

/**
 * URL/file-safe id from any text: ASCII, lowercase, hyphen-separated, no `..`,
 * never empty and never a reserved device/route name, at most 80 characters.
 */
/** Dashes off both ends (a loop: /-+$/ backtracks quadratically on long dash runs). */
function trimDashes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === '-') a++;
  while (b > a && s[b - 1] === '-') b--;
  return s.slice(a, b);
}

export function slugify(text: string, lang?: Lang): string {
  let slug = transliterate(text, lang)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-');
  slug = trimDashes(slug);
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
  slug = trimDashes(slug);
  if (slug === '') slug = `x${shortHash(text)}`;
  if (RESERVED.has(slug)) slug = `${slug}-1`;
  return slug;
}

/** Small stable hash (FNV-1a, 32 bit) as 6 base-36 characters, for disambiguators. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(6, '0').slice(-6);
}
