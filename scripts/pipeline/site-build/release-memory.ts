/**
 * Collect garbage now, so the heap's free pages go back to the system before
 * Pagefind writes its index: that is the build's memory peak, and the pages
 * this process relayed to Pagefind are garbage by then. Without `--expose-gc`
 * the collector is reached through V8's
 * flag API.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collect: Collect | null = null;

/**
 * A last-resort collection, as V8 makes before giving up on memory: it also
 * shrinks the young generation and hands the freed pages back at once (after
 * a plain major collection the process still held noticeably more for several
 * seconds into Pagefind's write, the build's peak).
 */
export function releaseMemory(): void {
  if (collect === null) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collect;
  }
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
