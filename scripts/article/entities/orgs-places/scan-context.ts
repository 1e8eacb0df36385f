/** What the organisation and place matchers read and write. */
import type { EntityType, Lang } from '../../../model/model.ts';
import type { SentenceAnnotation } from '../../../lang/annotate.ts';
import type { Word } from './words.ts';

/** One organisation or place mention as found. */
export interface Found {
  type: EntityType;
  concept: string | null;
  name: string;
  start: number;
  end: number;
  sentence: number;
}

/** What every matcher reads: the sentence's words and their annotations, and where to put what it finds. */
export interface Scan {
  text: string;
  words: Word[];
  /** The words' morphology, one annotation per word. */
  ann: SentenceAnnotation;
  sentence: number;
  lang: Lang;
  out: Found[];
}

/** A matcher: how many words it consumed at `i` (after recording its finds), 0 when it does not apply. */
export type Matcher = (s: Scan, i: number) => number;
