/**
 * Build the Pagefind search index for a built site, in place (`<distDir>/pagefind`).
 *
 * One index for the whole corpus (`forceLanguage`): Pagefind otherwise splits
 * indexes by `<html lang>` and a Russian query would never reach Ukrainian
 * pages. Entity pages carry their own name forms (cases, transliteration,
 * ё→е) with a high weight, which is how `Путін`/`putin` find the Russian page.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(distDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru', excludeSelectors: ['[data-pagefind-ignore]'] });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir, glob: '**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${distDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
