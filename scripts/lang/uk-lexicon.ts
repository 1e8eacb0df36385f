/**
 * The Ukrainian lexicon: every word form of the Ukrainian hunspell dictionary
 * (`@cspell/dict-uk-ua`, built from `dictionary-uk`), as two sets of exact
 * forms: common words, written in lowercase (`але`, `житомирської`,
 * `комісії`), and proper nouns and abbreviations, written with a capital
 * (`Петренко`, `Київ`, `ЄІБ`). `az` knows only Russian, so this is what tells
 * a Ukrainian capitalised word at the start of a sentence, an adjective or an
 * institution in the genitive from a name.
 *
 * The package ships its dictionary as a trie that takes a second to decode
 * and holds much memory once decoded. So the forms are decoded once, hashed
 * to 53-bit numbers and kept sorted in a file under the cache folder; every
 * later process (and every analysis worker) reads that file and looks words
 * up by binary search. A collision would need two forms among millions to
 * share 53 bits: negligible.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Lexicon {
  /** The exact form is a common word (the dictionary lists it in lowercase). */
  isCommonWord(lowercase: string): boolean;
  /** The exact capitalised form is a proper noun or abbreviation in the dictionary. */
  isProperNoun(form: string): boolean;
}

const FORMAT = 1;
const DEFAULT_CACHE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.cache', 'letopis');

/** Two independent 32-bit FNV-1a lanes folded into one 53-bit integer (exact in a float64). */
export function formHash(form: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ form.length;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

function contains(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] as number;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

interface DictionaryFile {
  path: string;
  version: string;
}

function dictionaryFile(): DictionaryFile {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@cspell/dict-uk-ua/cspell-ext.json');
  const dir = path.dirname(manifest);
  const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { path: path.join(dir, 'uk_ua.trie'), version };
}

/** Decode the package's trie into the two sorted hash arrays (the slow path, once per dictionary version). */
async function buildSets(trieFile: string): Promise<{ common: Float64Array; proper: Float64Array }> {
  const { decodeTrie } = await import('cspell-trie-lib');
  const trie = decodeTrie(readFileSync(trieFile, 'utf8'));
  const common: number[] = [];
  const proper: number[] = [];
  for (const word of trie.words()) {
    // `~form` entries are cspell's case-folded copies: the exact forms are listed as well.
    if (word.startsWith('~') || word.startsWith('!') || word.startsWith('+')) continue;
    const first = word[0] ?? '';
    (first !== first.toLowerCase() ? proper : common).push(formHash(word));
  }
  const sorted = (values: number[]) => Float64Array.from(new Set(values)).sort();
  return { common: sorted(common), proper: sorted(proper) };
}

function readSets(file: string): { common: Float64Array; proper: Float64Array } | null {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  // A Float64Array view needs an 8-byte aligned offset; a large file's buffer has its own, aligned memory.
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const all = new Float64Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 8);
  const commonLength = all[0] as number;
  return { common: all.subarray(1, 1 + commonLength), proper: all.subarray(1 + commonLength) };
}

function writeSets(file: string, sets: { common: Float64Array; proper: Float64Array }): void {
  const all = new Float64Array(1 + sets.common.length + sets.proper.length);
  all[0] = sets.common.length;
  all.set(sets.common, 1);
  all.set(sets.proper, 1 + sets.common.length);
  mkdirSync(path.dirname(file), { recursive: true });
  // Several workers may build it at once: each writes its own file, the last rename wins with the same bytes.
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, new Uint8Array(all.buffer));
  renameSync(temp, file);
}

let loaded: Promise<Lexicon> | null = null;
let ready: Lexicon | null = null;

/** The lexicon once `loadUkLexicon()` has resolved in this process, else null (for synchronous lookups). */
export function ukLexiconIfLoaded(): Lexicon | null {
  return ready;
}

/** The lexicon, built on first use into `cacheDir` and read from there afterwards. */
export function loadUkLexicon(cacheDir: string = DEFAULT_CACHE): Promise<Lexicon> {
  loaded ??= (async () => {
    const dictionary = dictionaryFile();
    const file = path.join(cacheDir, `uk-lexicon-${FORMAT}-${dictionary.version}.bin`);
    let sets = readSets(file);
    if (!sets) {
      sets = await buildSets(dictionary.path);
      try {
        writeSets(file, sets);
      } catch {
        // A read-only cache folder only costs the decoding again next time.
      }
    }
    const { common, proper } = sets;
    ready = {
      isCommonWord: (lowercase) => contains(common, formHash(lowercase)),
      isProperNoun: (form) => contains(proper, formHash(form)),
    };
    return ready;
  })();
  return loaded;
}
