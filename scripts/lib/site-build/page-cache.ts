/**
 * Astro's incremental build cache (its `cacheDir`): the previous build's pages
 * with their `cacheKey`s, from which a rebuild copies every page whose key and
 * code are unchanged instead of rendering it again.
 *
 * One cache per destination folder, inside Letopis's cache folder: builds into
 * one destination are serialised by its lock (write/output-dir.ts), while two
 * builds sharing a cache could interleave Astro's writes to it.
 *
 * Astro rewrites a changed page's cached copy while it renders and its
 * manifest (which key each copy has) only at the end, so a build that dies in
 * between leaves copies that do not match the manifest. A marker written before
 * the build and removed after it tells the next build to drop that manifest and
 * render everything (which refills the cache).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Astro's file in its cacheDir (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';
const PENDING = 'letopis-build-pending';

/** The Astro cache folder for builds into `distDir`. */
export function pageCacheDir(cacheRoot: string, distDir: string): string {
  const key = createHash('sha256').update(path.resolve(distDir)).digest('hex').slice(0, 16);
  return path.join(path.resolve(cacheRoot), 'site', key);
}

/** Call before Astro builds with `dir` as its cacheDir; `end()` once it has finished. */
export function beginPageCache(dir: string): { end(): void } {
  mkdirSync(dir, { recursive: true });
  const pending = path.join(dir, PENDING);
  if (existsSync(pending)) rmSync(path.join(dir, ASTRO_MANIFEST), { force: true });
  writeFileSync(pending, `${process.pid}\n`);
  return { end: () => rmSync(pending, { force: true }) };
}
