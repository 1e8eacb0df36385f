/**
 * Memoise a pure function of one string in a bounded Map (emptied when full).
 * Worth it for regex tests asked of the same words many times: the words'
 * strings are shared per spelling (see tokens-to-words.ts), so a lookup reuses
 * their cached hash, while a Unicode-class regex re-scans the word every time.
 * `compute` must never return undefined.
 */
export function memoByString<T>(compute: (key: string) => T, limit = 200_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
