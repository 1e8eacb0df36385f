/**
 * What the Ukrainian lexicon says about one capitalised word: whether it is
 * an ordinary word (listed only in lowercase), a proper noun, a function
 * word, an adjective, or an organisation name glued from a place or an
 * abbreviation root and an ordinary noun (a city council, a state company).
 *
 * The dictionary lists exact forms without parts of speech, so the word
 * classes come from forms it also lists: an adjective has its masculine
 * nominative and genitive forms in the dictionary; a compound splits into a
 * root and a listed ordinary word. Function words are a closed class and are
 * listed here, since several are also listed capitalised (as names or
 * abbreviations) and the dictionary cannot tell them apart.
 */
import type { Lexicon } from './uk-lexicon.ts';

/** Conjunctions, particles, pronouns, prepositions and sentence adverbs: never part of a name. */
export const UK_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('а але і й та чи або проте однак коли якщо поки тому бо як що хто де куди звідки чому він вона воно вони його її їх їм ' +
    'йому їй ним нею ними нього неї них цей ця це ці той те ті тут там все всі вже ще лише навіть також так ні не ніж аби щоб ' +
    'адже хоч хоча мов немов наче ось от ото же би то я ти ми ви мене тебе нас вас мені тобі нам вам свій своя своє свої мій ' +
    'моя твій наш наша наше наші ваш ваша який яка яке які якого якої котрий чий чия весь вся усе усі кожен кожна інший інша ' +
    'інші сам сама самі саме деякі декілька кілька багато теж зате отже відтак втім утім зокрема нині наразі зараз тепер тоді ' +
    'завжди ніколи іноді часто майже дуже потім спочатку згодом раніше пізніше вчора сьогодні завтра у в з із зі до від для на ' +
    'над під при про через без за між перед після біля серед понад протягом щодо згідно завдяки попри окрім крім замість ' +
    'навколо довкола вздовж поза поміж нагадаємо загалом врешті водночас натомість наприклад').split(' '),
);

/**
 * Roots that open Ukrainian organisation names written as one word (state
 * companies, ministries, councils): «укр-», «держ-», «обл-», «міськ-»…
 */
const ORG_ROOTS = /^(укр|держ|мін|нац|обл|міськ|рай|енерго|нафто|газ|спец|агро|тепло|водо|авто|транс|пром|буд|торг|мед|зем|ліс|хліб|інвест|фін|тех|інформ|теле|радіо|євро)$/u;

/** Roots of state bodies («укр-», «держ-», «обл-», «міськ-», «нац-»), which open no ordinary word that is a name. */
const STATE_ROOTS = /^(укр|держ|обл|міськ|нац)/u;

/** Full-adjective endings, longest first (soft-stem variants included). */
const ADJECTIVE_ENDINGS = ['ього', 'ому', 'ьому', 'ого', 'ими', 'іми', 'ьої', 'ьою', 'ий', 'ій', 'ої', 'ою', 'им', 'ім', 'их', 'іх', 'а', 'я', 'е', 'є', 'у', 'ю', 'і'];

export interface UkWordClass {
  /** The dictionary lists the lowercase form. */
  readonly common: boolean;
  /** The dictionary lists the capitalised form (a name, place, organisation or abbreviation). */
  readonly proper: boolean;
  readonly functionWord: boolean;
  /** A form of a full adjective («житомирської», «головне», «страхова»). */
  readonly adjective: boolean;
  /** An adjective made from a place the dictionary lists («житомирської» from Житомир, «луганського» from Луганськ). */
  readonly placeAdjective: boolean;
  /** A form of a town in -ськ/-цьк («Краматорська», «Луганську»). */
  readonly townForm: boolean;
  /** A one-word organisation name on a place or abbreviation root («Укр…», «…ради»). */
  readonly orgCompound: boolean;
}

/** A form of an adjective whose masculine nominative and genitive forms the dictionary lists. */
export function isUkAdjective(lower: string, lexicon: Lexicon): boolean {
  if (!lexicon.isCommonWord(lower)) return false;
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < 3) continue;
    const hard = lexicon.isCommonWord(`${stem}ий`) && lexicon.isCommonWord(`${stem}ого`);
    const soft = lexicon.isCommonWord(`${stem}ій`) && lexicon.isCommonWord(`${stem}ього`);
    if (hard || soft) return true;
  }
  return false;
}

/** A root that is a listed place and forms a place adjective («Київ» → «київський», «Одес(а)» → «одеський»). */
function isPlaceRoot(root: string, lexicon: Lexicon): boolean {
  if (root.length < 4) return false;
  const cap = root.charAt(0).toUpperCase() + root.slice(1);
  const listed = lexicon.isProperNoun(cap) || lexicon.isProperNoun(`${cap}а`);
  return listed && (lexicon.isCommonWord(`${root}ський`) || lexicon.isCommonWord(`${root}ький`));
}

/** A council in any case: the short noun that most one-word council names end in. */
const COUNCIL = /^рад(а|и|і|у|ою)$/u;

/**
 * A root (a place or an abbreviation root) glued to an ordinary word (a
 * council, or a noun of five letters or more: railway, post, police): a body
 * named as one word. Shorter tails («-енко», «-шина») are surname endings.
 */
export function isUkOrgCompound(lower: string, lexicon: Lexicon): boolean {
  if (lower.length < 7) return false;
  // An ordinary word may still be such a name when it opens with a state root (the dictionary lists «держдума»).
  const common = lexicon.isCommonWord(lower);
  const state = STATE_ROOTS.test(lower);
  if (common && !state) return false;
  for (let k = 3; k <= lower.length - 4; k++) {
    const rest = lower.slice(k);
    if ((rest.length < 5 && !COUNCIL.test(rest) && !state) || !lexicon.isCommonWord(rest)) continue;
    const root = lower.slice(0, k);
    // («держгео-»: a state root may run on into a longer abbreviation.)
    if (state || ORG_ROOTS.test(root) || isPlaceRoot(root, lexicon)) return true;
  }
  return false;
}

/** Vowels a place name may end in before its adjective suffix («Рівне» → «рівненський», «Суми» → «сумський», «Одеса» → «одеський»). */
const PLACE_FINALS = ['', 'а', 'е', 'о', 'и', 'і', 'ь', 'са', 'си'];

/** An -ськ-/-цьк-/-зьк- adjective whose root (or the root with its suffix, «Луганськ») is a listed proper noun. */
export function isUkPlaceAdjective(lower: string, lexicon: Lexicon): boolean {
  const m = /^(\p{L}{3,}?)(ен)?([сцз]ьк)\p{L}{1,4}$/u.exec(lower);
  if (!m) return false;
  const root = m[1] as string;
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  if (lexicon.isProperNoun(cap(`${root}${m[2] ?? ''}${m[3] as string}`))) return true;
  return PLACE_FINALS.some((end) => lexicon.isProperNoun(cap(root + end)) || (m[2] !== undefined && lexicon.isProperNoun(cap(`${root}${m[2]}${end}`))));
}

/**
 * A form of a listed town in -ськ/-цьк/-зьк (Луганськ, Донецьк): the town
 * itself in any case, or an ordinary adjective made from it («донецького»).
 * A capitalised-only adjective («Загорський») is a surname, not the town's.
 */
export function isUkTownForm(lower: string, common: boolean, lexicon: Lexicon): boolean {
  const m = /^(\p{L}{3,}[сцз]ьк)(\p{L}{0,4})$/u.exec(lower);
  if (!m) return false;
  const stem = m[1] as string;
  const nounForm = /^(|а|у|ом|и)$/u.test(m[2] as string);
  return (nounForm || common) && lexicon.isProperNoun(stem.charAt(0).toUpperCase() + stem.slice(1));
}

/** The word classes of one word form (pass it as written or capitalised). */
export function ukWordClass(word: string, lexicon: Lexicon): UkWordClass {
  // The dictionary spells the apostrophe as ASCII «'».
  const lower = word.toLowerCase().replace(/[’ʼ]/gu, "'");
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  const common = lexicon.isCommonWord(lower);
  const proper = lexicon.isProperNoun(capitalised) || lexicon.isProperNoun(word.replace(/[’ʼ]/gu, "'"));
  return {
    common,
    proper,
    functionWord: UK_FUNCTION_WORDS.has(lower),
    adjective: common && isUkAdjective(lower, lexicon),
    placeAdjective: common && isUkPlaceAdjective(lower, lexicon),
    townForm: isUkTownForm(lower, common, lexicon),
    orgCompound: isUkOrgCompound(lower, lexicon),
  };
}
