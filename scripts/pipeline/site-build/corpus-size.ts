/**
 * How many article files the content folder holds, counted only up to a
 * limit: the site build needs to know whether the corpus is "large", not its
 * size. Names only (no stat, no reading), so counting 100,000 files in 100
 * folders stops after the first ~50 folders and stays cheap at any corpus
 * size. Dot-files and dot-folders are skipped, as the ingest
 * skips them (scripts/lib/read/discover-files.ts); symlinks are not followed,
 * which can only undercount.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const ARTICLE_RE = /\.(?:txt|md|markdown)$/i;

/** Article files under `dir`, or `limit` as soon as that many are found. 0 for a missing folder. */
export async function countArticleFiles(dir: string, limit: number): Promise<number> {
  let count = 0;
  const folders = [dir];
  while (folders.length > 0 && count < limit) {
    const folder = folders.pop() as string;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) folders.push(path.join(folder, entry.name));
      else if (entry.isFile() && ARTICLE_RE.test(entry.name)) count++;
    }
  }
  return Math.min(count, limit);
}
