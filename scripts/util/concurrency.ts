/** Bounded concurrency: the one helper every stage that fans out async work uses. */

/** Run `task` over `items` with at most `limit` in flight; resolves when all are done, rejects on the first failure. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
}
