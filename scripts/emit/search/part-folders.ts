/** Files of one index part's folder: trimming what the site never loads, and carrying a reused part into the next build. */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { linkOrCopy } from '../../runtime/output/link-files.ts';

/**
 * Pagefind writes its ready-made interfaces and its worker into every
 * bundle; the search page uses neither (it runs Pagefind in its own thread),
 * and with one bundle per part they would be most of the index's files.
 */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;

/** Drop the files the search page never fetches; `wasm.unknown` only when the part's language has its own runtime. */
export async function trimPartFolder(folder: string): Promise<void> {
  const names = await readdir(folder);
  const ownWasm = names.some((n) => n.startsWith('wasm.') && n !== 'wasm.unknown.pagefind');
  await Promise.all(
    names.filter((n) => UNUSED.test(n) || (ownWasm && n === 'wasm.unknown.pagefind')).map((n) => rm(path.join(folder, n), { force: true })),
  );
}

/** Hard-link (or copy) every file under `from` to the same place under `to`. */
export async function linkFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await linkFolder(source, target);
    else if (entry.isFile()) linkOrCopy(source, target);
  }
}
