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
 */
import Az from 'az';
import { morphologyReady } from './morphology.ts';

type Gender = 'm' | 'f' | null;

/** Grammatical cases as a bitmask, so agreement is one `&`. */
export const CASE = { nomn: 1, gent: 2, datv: 4, accs: 8, ablt: 16, loct: 32 } as const;
export const ALL_CASES = 63;
const CASE_ALIASES: Record<string, number> = {
  nomn: CASE.nomn, voct: CASE.nomn,
  gent: CASE.gent, gen1: CASE.gent, gen2: CASE.gent,
  datv: CASE.datv,
  accs: CASE.accs, acc2: CASE.accs,
  ablt: CASE.ablt,
  loct: CASE.loct, loc1: CASE.loct, loc2: CASE.loct,
};

/** One reading of a word as part of a name: nominative lemma (lowercase), gender, possible cases. */
export interface NameReading {
  lemma: string;
  gender: Gender;
  cases: number;
  score: number;
}

export interface WordInfo {
  first: NameReading[];
  last: NameReading[];
  patronymic: NameReading[];
  /** Summed dictionary score of readings as a geographic / organisation name. */
  geo: number;
  org: number;
  /** Summed dictionary score of ordinary-word readings (not proper names). */
  common: number;
  /** Dictionary knows the word as an adjective (Российский, Соединенных). */
  adjective: boolean;
  /** Preposition, conjunction, pronoun, particle… */
  functionWord: boolean;
  /** Any reading straight from the dictionary (not predicted). */
  known: boolean;
  /** Predicted adjectival surname reading (Зеленским → зеленский), when the word is unknown. */
  adjectival: NameReading[];
  /** Possible cases of any noun reading (for agreement of unknown words). */
  nounCases: number;
  /** Every noun reading is plural («представители»): not an apposition to one person. */
  plural: boolean;
  /** The dictionary reads it as a preposition (в, у, для…). */
  preposition: boolean;
}

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
const morph = (Az as unknown as { Morph: (word: string, config?: object) => AzParse[] }).Morph;
const MORPH_CONFIG = { stutter: 0, typos: 0 };

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 300_000;
const EMPTY: WordInfo = Object.freeze({
  first: [], last: [], patronymic: [], geo: 0, org: 0, common: 0,
  adjective: false, functionWord: false, known: false, adjectival: [], nounCases: 0, plural: false, preposition: false,
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
  for (const p of morph(word, MORPH_CONFIG)) {
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
  return info;
}

/** Morphological facts about a Cyrillic word form (memoised; case-insensitive). */
export function wordInfo(word: string): WordInfo {
  const key = capitalise(word);
  let info = cache.get(key);
  if (!info) {
    if (!morphologyReady()) throw new Error('morphology not loaded: await initMorphology() before findPeople()');
    info = analyse(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, info);
  }
  return info;
}
