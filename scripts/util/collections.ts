/** Small helpers over Maps and arrays that every stage needs: one place, one behaviour. */

/** The value under `key`, created by `make` (and stored) when absent. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Append `value` to the list under `key` (a multimap), creating the list when absent. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Add `value` to the set under `key`, creating the set when absent. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Items grouped by `key`, groups in order of first appearance, items in input order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) pushTo(groups, key(item), item);
  return groups;
}

/** How many times each key occurs, keys in order of first appearance. */
export function countBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * The item whose key occurs most often (its first occurrence). On a tie,
 * `tie` orders the candidates (the smaller wins); without it the key seen
 * first wins. `undefined` for no items.
 */
export function mostCommon<T>(items: Iterable<T>, key: (item: T) => string = String, tie?: (a: T, b: T) => number): T | undefined {
  const counts = new Map<string, { item: T; n: number }>();
  for (const item of items) {
    const k = key(item);
    const hit = counts.get(k);
    if (hit) hit.n++;
    else counts.set(k, { item, n: 1 });
  }
  let best: { item: T; n: number } | undefined;
  for (const entry of counts.values()) {
    if (!best || entry.n > best.n || (entry.n === best.n && tie !== undefined && tie(entry.item, best.item) < 0)) best = entry;
  }
  return best?.item;
}
