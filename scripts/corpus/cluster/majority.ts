/** The most common item, with ties broken the same way whatever the input order. */
import { mostCommon } from '../../util/collections.ts';

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The item whose key occurs most often; on a tie the one `prefer` orders
 * first, then the smallest key — never the one met first, so the result
 * does not depend on the order articles come in.
 */
export function majority<T>(items: readonly T[], key: (t: T) => string, prefer?: (a: T, b: T) => number): T | undefined {
  return mostCommon(items, key, (a, b) => (prefer ? prefer(a, b) : 0) || byKey(key(a), key(b)));
}
