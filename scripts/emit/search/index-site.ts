/**
 * Build the Pagefind search index for an already built site, in place
 * (`<distDir>/pagefind`, one part), by reading its HTML files back from disk. The site
 * build feeds Pagefind while rendering instead (../site-build/); this
 * is for a site built by plain `astro build`.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_CONFIG, writeShardList } from './search-index.ts';

export async function indexSite(distDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir, glob: '**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind failed to index ${distDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
    await writeShardList(distDir, 1);
  } finally {
    await pagefind.close();
  }
}
