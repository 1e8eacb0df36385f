/** The gazetteer of known places and organisations, looked up by word stems so any case form hits. */
import { knownEntries, type KnownEntry } from '../../../lang/lexicons/known-places-orgs.ts';
import { AMBIGUOUS_FORMS } from '../../../lang/lexicons/org-place-words.ts';
import { getOrCreate } from '../../../util/collections.ts';
import { wordsOf, type Word } from './words.ts';

export interface GazetteerHit {
  entry: KnownEntry;
  length: number;
  /** The form is an abbreviation or proper noun that may be lowercase in text. */
  lowercase: boolean;
}

interface Gazetteer {
  byStems: Map<string, GazetteerHit>;
  /** The keys of `byStems` as a trie of stems: a lookup walks the words once instead of joining keys. */
  trie: Map<string, StemNode>;
  maxLength: number;
}

interface StemNode {
  /** The entry whose key ends here. */
  hit: GazetteerHit | null;
  next: Map<string, StemNode> | null;
}

let gazetteer: Gazetteer | null = null;

export function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byStems = new Map<string, GazetteerHit>();
  let maxLength = 1;
  for (const entry of knownEntries()) {
    for (const form of entry.forms) {
      if (AMBIGUOUS_FORMS.has(form.toLowerCase()) && form !== 'US') continue;
      const words = wordsOf(form, 0, form.length);
      if (words.length === 0) continue;
      const key = words.map((w) => w.stem).join(' ');
      // First entry wins: countries come before the hand lists.
      if (!byStems.has(key)) byStems.set(key, { entry, length: words.length, lowercase: entry.lowercase === true });
      maxLength = Math.max(maxLength, words.length);
    }
  }
  const trie = new Map<string, StemNode>();
  for (const [key, hit] of byStems) {
    const stems = key.split(' ');
    let level = trie;
    for (let k = 0; ; k++) {
      const node = getOrCreate(level, stems[k]!, (): StemNode => ({ hit: null, next: null }));
      if (k === stems.length - 1) {
        node.hit = hit;
        break;
      }
      level = node.next ??= new Map();
    }
  }
  gazetteer = { byStems, trie, maxLength };
  return gazetteer;
}

/** The longest gazetteer entry starting at words[i] (capitalised unless the entry may be lowercase). */
export function matchGazetteer(words: Word[], i: number): GazetteerHit | null {
  const g = getGazetteer();
  let node = g.trie.get(words[i]!.stem);
  if (!node) return null;
  const first = words[i]!;
  const limit = Math.min(g.maxLength, words.length - i);
  let best: GazetteerHit | null = null;
  for (let n = 1; ; n++) {
    const hit = node.hit;
    if (hit && hit.length === n && (first.cap || hit.lowercase || /^\d/.test(first.text))) best = hit;
    if (n >= limit || !node.next) break;
    const next: StemNode | undefined = node.next.get(words[i + n]!.stem);
    if (!next) break;
    node = next;
  }
  return best;
}

/** Whether the word alone is a place in the gazetteer. */
export function isPlaceStem(word: Word): boolean {
  const hit = getGazetteer().byStems.get(word.stem);
  return hit !== undefined && hit.entry.type === 'place';
}
