/**
 * What az (OpenCorpora) says about a word as a possible part of a person's
 * name: first-name / surname / patronymic readings with nominative lemma,
 * gender and possible cases, plus how much it reads as a place, organisation
 * or ordinary word.
 *
 * Loading is shared with the other stages: `initMorphology()` from
 * ./morphology.ts loads the dictionaries once per process; the pipeline awaits
 * it at start. After that `wordInfo()` is synchronous and memoised per word
 * form, so the per-token cost is one Map lookup.
 *
 * az is case-sensitive about proper nouns («Путина» is a surname, «путина» a
 * fishing season), so words are always looked up in Capitalised form.
 *
 * In a Ukrainian article (`inArticleLanguage`) the Ukrainian lexicon, loaded
 * with az by `prepareAnalysis()`, corrects what az makes of Ukrainian words
 * (uk-word-info.ts).
 */
import { azMorph, morphologyReady } from '../../lang/morphology.ts';
import { ukLexiconIfLoaded, type Lexicon as UkLexicon } from '../../lang/uk-lexicon.ts';
import { listedFirstReadings } from './listed-given-names.ts';
import { ukrainianWordInfo } from './uk-word-info.ts';
import type { Gender, NameReading, WordInfo } from './word-info.ts';

import { ALL_CASES, CASE } from '../../lang/grammatical-case.ts';
import { isListedGivenNameAnySpelling } from '../../lang/given-names.ts';
import type { Lang } from '../../model/model.ts';
import { guessNominative } from './normalise-name.ts';

export { ALL_CASES, CASE } from '../../lang/grammatical-case.ts';
const CASE_ALIASES: Record<string, number> = {
  nomn: CASE.nomn, voct: CASE.nomn,
  gent: CASE.gent, gen1: CASE.gent, gen2: CASE.gent,
  datv: CASE.datv,
  accs: CASE.accs, acc2: CASE.accs,
  ablt: CASE.ablt,
  loct: CASE.loct, loc1: CASE.loct, loc2: CASE.loct,
};

export type { NameReading, WordInfo } from './word-info.ts';

interface AzTag {
  [grammeme: string]: unknown;
  POS?: string;
  GNdr?: string;
  CAse?: string;
  NMbr?: string;
}
interface AzParse {
  word: string;
  tag: AzTag;
  score: number;
  parser: string;
  inflect(target: Record<string, string | boolean>): AzParse | false;
}
/** az's parses (no typo or stutter guessing), shared with the place/org finder's. */
const morph = (word: string): readonly AzParse[] => azMorph(word) as readonly AzParse[];

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 300_000;
const EMPTY: WordInfo = Object.freeze({
  first: [], last: [], patronymic: [], geo: 0, org: 0, common: 0,
  adjective: false, functionWord: false, known: false, adjectival: [], nounCases: 0, plural: false, preposition: false, ukCommon: false,
}) as WordInfo;

const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ', 'PRED', 'NUMR']);

const genderOf = (tag: AzTag): Gender => (tag.GNdr === 'masc' ? 'm' : tag.GNdr === 'femn' ? 'f' : null);
const caseOf = (tag: AzTag): number => (tag.CAse ? (CASE_ALIASES[tag.CAse] ?? 0) : 0);

/** Capitalise: «путіна» / «ПУТИНА» → «Путина» (az keys proper nouns by capital). */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function addReading(list: NameReading[], lemma: string, gender: Gender, cases: number, score: number): void {
  const same = list.find((r) => r.lemma === lemma && r.gender === gender);
  if (same) {
    same.cases |= cases;
    same.score += score;
  } else list.push({ lemma, gender, cases, score });
}

function analyse(word: string): WordInfo {
  if (!/^[\p{Script=Cyrillic}-]+$/u.test(word)) return EMPTY;
  const info: WordInfo = { ...EMPTY, first: [], last: [], patronymic: [], adjectival: [] };
  let nouns = 0;
  let pluralNouns = 0;
  for (const p of morph(word)) {
    const tag = p.tag;
    const dict = p.parser === 'Dictionary';
    const cases = caseOf(tag);
    const gender = genderOf(tag);
    if (tag.NOUN && cases) {
      info.nounCases |= cases;
      if (dict) {
        nouns++;
        if (tag.NMbr === 'plur') pluralNouns++;
      }
    }
    if (tag.PREP && dict) info.preposition = true;
    if (!dict) {
      // Predicted adjective in -ский/-цкий/-ской: an adjectival surname (Зеленским → Зеленский).
      if (tag.ADJF && !tag.Poss && tag.NMbr !== 'plur' && gender !== null && /(ск|цк)/.test(word)) {
        const nom = p.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: tag.GNdr ?? 'masc' });
        if (nom && /(ский|цкий|ской|ская|цкая)$/.test(nom.word)) addReading(info.adjectival, nom.word, gender, cases, p.score);
      }
      continue;
    }
    info.known = true;
    if (tag.Name) {
      const nom = tag.NMbr === 'plur' ? false : p.inflect({ CAse: 'nomn', NMbr: 'sing' });
      if (nom) addReading(info.first, nom.word, gender, cases, p.score);
    } else if (tag.Patr) {
      const nom = p.inflect({ CAse: 'nomn', Patr: true, GNdr: tag.GNdr ?? 'masc' });
      if (nom) addReading(info.patronymic, nom.word, gender, cases, p.score);
    } else if (tag.Surn) {
      if (tag.NMbr === 'plur') continue;
      let lemma = word.toLowerCase();
      if (gender) {
        const nom = p.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: tag.GNdr as string });
        if (nom) lemma = nom.word;
      }
      addReading(info.last, lemma, gender, cases, p.score);
    } else if (tag.Geox) info.geo += p.score;
    else if (tag.Orgn) info.org += p.score;
    else {
      if (tag.POS && FUNCTION_POS.has(tag.POS)) info.functionWord = true;
      if (tag.ADJF || tag.PRTF) info.adjective = true;
      info.common += p.score;
    }
  }
  info.plural = nouns > 0 && nouns === pluralNouns;
  // A given name the dictionary does not know at all (Ивета, Реджеп, Эрлинг): the name lexicon's case forms.
  if (!info.known && !info.adjectival.length) info.first = listedFirstReadings(word);
  // Олени, Ганни: whatever the Russian dictionary makes of these, they are Ukrainian given names.
  const uk = UK_NAME_START.test(word) ? ukrainianFirst(word) : [];
  if (uk.length) info.first = uk;
  // Capital І too: «Іваном», «Іриною» are Ukrainian spellings the Russian dictionary cannot see.
  else if (!info.first.length && /[іїєґІЇЄҐ]/u.test(word)) info.first = ukrainianFirst(word);
  if (!info.known && /[іїєґІЇЄҐ]/u.test(word)) {
    const ru = russianInfo(russianSpelling(word));
    // «Римі», «Львові»: a Ukrainian spelling of a place the Russian dictionary knows.
    info.geo = ru.geo;
    info.org = ru.org;
    if (info.first.length) return info;
    // Short words stay open (Віра is a name and «вира» a word; Ігу is not «игу»).
    info.ukCommon = word.length >= 6 && ru.known && ru.common > 0 && !ru.first.length && !ru.last.length && !ru.patronymic.length && ru.geo + ru.org === 0;
  }
  return info;
}

/** Ukrainian given names whose start differs from the Russian one (Олена = Елена, Ганна = Анна, Микола = Николай). */
const UK_NAME_STARTS: [string, string][] = [
  ['Олександр', 'Александр'], ['Олекс', 'Алекс'], ['Олен', 'Елен'], ['Ган', 'Ан'], ['Катерин', 'Екатерин'], ['Тетян', 'Татьян'],
  ['Микол', 'Никол'], ['Микит', 'Никит'], ['Світлан', 'Светлан'], ['Михайл', 'Михаил'], ['Євген', 'Евген'], ['Федор', 'Федор'], ['Яків', 'Яков'], ['Ілл', 'Ил'],
];
const UK_NAME_START = new RegExp(`^(${UK_NAME_STARTS.map(([uk]) => uk).join('|')})`, 'u');

/**
 * The Russian spelling of a Ukrainian given-name form, case for case: start
 * (Олен → Елен), endings (-ою → -ой, -ові → -у, consonant + і → е, hard
 * consonant + и → ы), then letters (і → и, є → е, ґ → г).
 */
function russianSpelling(word: string): string {
  let w = word;
  const start = UK_NAME_STARTS.find(([uk]) => w.startsWith(uk));
  if (start) w = start[1] + w.slice(start[0].length);
  w = w
    .replace(/(ові|еві)$/u, 'у')
    .replace(/ією$/u, 'ией')
    .replace(/ою$/u, 'ой')
    .replace(/ею$/u, 'ей')
    .replace(/(?<=[бвдзлмнпрстфц])і$/u, 'е')
    .replace(/(?<=[бвдзлмнпрстфц])и$/u, 'ы');
  return w
    .replace(/ій$/u, 'ий')
    .replace(/[ії]/gu, 'и')
    .replace(/[ІЇ]/gu, 'И')
    .replace(/є/gu, 'е')
    .replace(/Є/gu, 'Е')
    .replace(/ґ/gu, 'г')
    .replace(/Ґ/gu, 'Г')
    .replace(/['’ʼ]/gu, '');
}

/**
 * Ukrainian given names are mostly Russian ones in Ukrainian spelling
 * (Віталій = Виталий, Віталія = Виталия): read the Russian spelling for case
 * and gender, and keep the Ukrainian form as the nominative lemma.
 */
function ukrainianFirst(word: string): NameReading[] {
  const read = (form: string, written = form): NameReading[] => {
    const ru = russianSpelling(form);
    if (ru === word) return [];
    return russianInfo(ru).first.map((r) => ({
      ...r,
      lemma: (r.cases & CASE.nomn ? written : ukrainianGivenNominative(written, r.cases, r.gender, r.lemma)).toLowerCase(),
    }));
  };
  let readings = read(word);
  // Ukrainian і is often Russian е (Віра = Вера, Тимофій = Тимофей, Тимофієм = Тимофеем).
  if (!readings.length && /і/u.test(word)) readings = read(word.replace(/і/gu, 'е'), word);
  // Dative/locative alternation г/к/х → з/ц/с before -і: Ользі = Ольгі (Ольга), Марічці = Марічкі.
  const alt = /[зцс]і$/u.test(word) && !readings.length ? word.slice(0, -2) + ({ з: 'г', ц: 'к', с: 'х' } as Record<string, string>)[word.at(-2) as string] + 'і' : null;
  return alt ? read(alt) : readings;
}

/** Nominative of a Ukrainian given-name form: Юлії, Юлією → Юлія; Олени, Ганни → Олена, Ганна; else the shared rules. */
function ukrainianGivenNominative(form: string, cases: number, gender: Gender, ruLemma: string): string {
  // -а names of either gender (Микита = Никита, Ірина): Микитою, Микити, Микиті → Микита.
  const aStem = gender === 'f' || /а$/u.test(ruLemma);
  if (aStem && /і(ї|єю|ю)$/u.test(form)) return form.replace(/(ї|єю|ю)$/u, 'я');
  if (aStem && /[бвгджзклмнпрстфхцчшщ]и$/u.test(form) && cases & CASE.gent) return form.replace(/и$/u, 'а');
  if (aStem && /[бвгджзклмнпрстфхцчшщ]ою$/u.test(form)) return form.replace(/ою$/u, 'а');
  return guessNominative(form, cases, gender);
}

const ukGenitives = new Map<string, NameReading[]>();

/**
 * First-name readings of a word in an article of the given language. In
 * Ukrainian, «Марини», «Людмили», «Анни» are the genitive of an -а name
 * (Russian -ы), which az knows not at all or only as an indeclinable name of
 * its own; in Russian text «Кими», «Анни» are foreign names as written.
 */
export function firstReadings(word: string, lang: Lang): NameReading[] {
  const info = wordInfo(word);
  if (lang !== 'uk' || !/[бвдзлмнпрстфц]и$/u.test(word)) return info.first;
  let readings = ukGenitives.get(word);
  if (!readings) {
    const genitives = ukrainianFirst(capitalise(word));
    // A name the dictionary only guesses from its ending (Галини as a form of «Галиня») gives way
    // to the Ukrainian genitive of a listed name (Галина).
    const guessed = !info.first.some((r) => isListedGivenNameAnySpelling(r.lemma)) && genitives.some((r) => isListedGivenNameAnySpelling(r.lemma));
    if (!guessed && !info.first.every((r) => r.cases === ALL_CASES)) return info.first;
    readings = guessed ? genitives : [...info.first, ...genitives];
    if (ukGenitives.size > 50_000) ukGenitives.clear();
    ukGenitives.set(word, readings);
  }
  return readings;
}

/** The Ukrainian lexicon while a Ukrainian article is read (see `inArticleLanguage`), else null. */
let ukrainian: UkLexicon | null = null;
const ukCache = new Map<string, WordInfo>();
const UK_WORD = /^[\p{Script=Cyrillic}'’ʼ-]+$/u;

/**
 * Run `read` with word readings for an article in `lang`: in Ukrainian the
 * Ukrainian lexicon (when loaded) corrects what the Russian dictionary says.
 * The scope is synchronous, so each article's reading sees its own language.
 */
export function inArticleLanguage<T>(lang: Lang, read: () => T): T {
  const previous = ukrainian;
  ukrainian = lang === 'uk' ? ukLexiconIfLoaded() : null;
  try {
    return read();
  } finally {
    ukrainian = previous;
  }
}

/** Morphological facts about a Cyrillic word form (memoised; case-insensitive), in the current article's language. */
export function wordInfo(word: string): WordInfo {
  if (!ukrainian) return russianInfo(word);
  let info = ukCache.get(word);
  if (info) return info;
  let base = russianInfo(word);
  // «Людмили», «Марини»: a Ukrainian genitive of an -а name, which Russian spells -ы and az cannot read.
  if (!base.known && /[бвдзлмнпрстфц]и$/u.test(word)) {
    const genitive = ukrainianFirst(capitalise(word));
    if (genitive.length) base = { ...base, first: genitive };
  }
  // (Ukrainian words with an apostrophe, «Об'єднаних», are Cyrillic words too, though az reads none.)
  info = UK_WORD.test(word) ? ukrainianWordInfo(word, base, ukrainian) : base;
  if (ukCache.size >= CACHE_LIMIT) ukCache.clear();
  ukCache.set(word, info);
  return info;
}

/** What the Russian dictionary (az) says about a word form (memoised; case-insensitive). */
function russianInfo(word: string): WordInfo {
  // Cached under the form as written too, so the common case skips capitalise().
  let info = cache.get(word);
  if (info) return info;
  const key = capitalise(word);
  info = cache.get(key);
  if (info) {
    cache.set(word, info);
    return info;
  }
  {
    if (!morphologyReady()) throw new Error('morphology not loaded: await initMorphology() before findPeople()');
    info = analyse(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, info);
    cache.set(word, info);
  }
  return info;
}

const nominatives = new Map<string, string | null>();

/**
 * Nominative singular of an ordinary noun or adjective («президентом» →
 * «президент», «Российского» → «Российский» agreeing with `gender`), keeping an
 * initial capital; null when the dictionary does not know the word or it
 * already reads as nominative.
 */
export function commonNominative(word: string, pos: 'NOUN' | 'ADJF', gender: 'masc' | 'femn' | 'neut' = 'masc'): string | null {
  if (!morphologyReady() || !/^[\p{Script=Cyrillic}-]+$/u.test(word)) return null;
  const key = `${word}|${pos}|${gender}`;
  if (nominatives.has(key)) return nominatives.get(key) ?? null;
  let out: string | null = null;
  const parses = morph(word.toLowerCase()).filter((p) => p.parser === 'Dictionary' && p.tag[pos] && !p.tag.Name && !p.tag.Surn);
  if (parses.length && !parses.some((p) => p.tag.CAse === 'nomn' && p.tag.NMbr !== 'plur')) {
    const p = parses.find((x) => x.tag.NMbr !== 'plur') ?? parses[0];
    const target: Record<string, string> = pos === 'ADJF' ? { CAse: 'nomn', NMbr: 'sing', GNdr: gender } : { CAse: 'nomn', NMbr: 'sing' };
    const nom = p.inflect(target);
    if (nom) out = /^\p{Lu}/u.test(word) ? nom.word.charAt(0).toUpperCase() + nom.word.slice(1) : nom.word;
  }
  if (nominatives.size > 50_000) nominatives.clear();
  nominatives.set(key, out);
  return out;
}

/** Gender of an ordinary noun («глава» → femn, «президент» → masc), for adjective agreement. */
export function nounGender(word: string): 'masc' | 'femn' | 'neut' {
  const p = morph(word.toLowerCase()).find((x) => x.parser === 'Dictionary' && x.tag.NOUN);
  const g = p?.tag.GNdr;
  return g === 'femn' || g === 'neut' ? g : 'masc';
}
