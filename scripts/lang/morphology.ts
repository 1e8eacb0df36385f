/**
 * Russian morphology (az + OpenCorpora dictionaries), loaded once per process.
 *
 * `initMorphology()` must resolve before `parseWord` is used; `parseWord`
 * memoises per word form because the same capitalised words recur constantly
 * and az's prediction for unknown words is the slow part.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import Az from 'az';

export interface WordParse {
  /** Normal form (lowercase), e.g. «москва» for «Москве». */
  lemma: string;
  /** Grammemes of this parse, e.g. NOUN, Geox, Orgn, Abbr, Name, Surn, nomn, gent, femn. */
  tags: ReadonlySet<string>;
  score: number;
  /** True when the word is in the dictionary (not guessed from its ending). */
  known: boolean;
}

interface AzParse {
  word: string;
  score: number;
  tag: { toString(): string };
  normalize(): { word: string };
  inflect(grammemes: string[]): AzParse | false;
  parser?: string;
}

let ready: Promise<void> | null = null;
let loaded = false;

/** Load the dictionaries (idempotent; safe to call from every stage). */
export function initMorphology(): Promise<void> {
  ready ??= new Promise<void>((resolve, reject) => {
    const require = createRequire(import.meta.url);
    const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
    try {
      Az.Morph.init(dicts, () => {
        loaded = true;
        resolve();
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return ready;
}

export function morphologyReady(): boolean {
  return loaded;
}

const MORPH_CONFIG = { stutter: 0, typos: 0 };
const cache = new Map<string, readonly WordParse[]>();
const CACHE_LIMIT = 200_000;

const rawParses = new Map<string, readonly unknown[]>();

/**
 * az's parses of a word form (no typo or stutter guessing), memoised once the
 * dictionaries are loaded: the place/org finder and the name readings
 * (name-morphology.ts) ask az about the same capitalised words, and az is the
 * slow part. Users only read the parses (inflecting one makes a new one).
 * Throws when az does, caching nothing.
 */
export function azMorph(word: string): readonly unknown[] {
  let parses = rawParses.get(word);
  if (parses !== undefined) return parses;
  parses = Az.Morph(word, MORPH_CONFIG);
  if (loaded) {
    if (rawParses.size >= CACHE_LIMIT) rawParses.clear();
    rawParses.set(word, parses);
  }
  return parses;
}

function toParse(p: AzParse): WordParse {
  const tags = new Set(p.tag.toString().split(/[ ,]/));
  const normal = p.normalize() as { word?: unknown } | undefined;
  const lemma = typeof normal?.word === 'string' ? normal.word : p.word;
  return { lemma: String(lemma).toLowerCase(), tags, score: p.score, known: p.parser === 'Dictionary' };
}

/**
 * All parses of a word form, most likely first ([] before init or for non-words).
 * Pass the word as written: the dictionary knows «Москве» as a toponym but guesses
 * for «москве».
 */
export function parseWord(word: string): readonly WordParse[] {
  let hit = cache.get(word);
  if (hit) return hit;
  if (!loaded) return [];
  let raw: readonly AzParse[];
  try {
    raw = azMorph(word) as readonly AzParse[];
  } catch {
    raw = [];
  }
  hit = raw.map(toParse);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, hit);
  return hit;
}

/**
 * Inflect a word to the given grammemes (e.g. ['nomn'] or ['nomn', 'sing', 'femn'])
 * using its best parse that satisfies `pick`; returns null when az cannot.
 */
export function inflectWord(word: string, grammemes: string[], pick?: (parse: WordParse) => boolean): string | null {
  if (!loaded) return null;
  const raw = azMorph(word) as readonly AzParse[];
  for (const p of raw) {
    if (pick && !pick(toParse(p))) continue;
    const inflected = p.inflect(grammemes);
    if (inflected) return inflected.word;
  }
  return null;
}
