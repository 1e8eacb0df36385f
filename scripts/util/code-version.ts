/**
 * Hashes of Letopis's own source code (and the locked dependency versions),
 * so that caches and outputs made by other code are never taken for current
 * ones without anyone remembering to bump a number.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** scripts/: the folder `entries` are relative to. */
export const SCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(SCRIPTS, '..');

function filesUnder(entry: string): string[] {
  const full = path.join(SCRIPTS, entry);
  if (entry.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(full, name));
}

/**
 * Hash of the `.ts` files of `entries` (files or folders under scripts/),
 * less those of `skipped` (files or folders), and of package-lock.json. Synchronous: it runs once, at
 * import time, over a few hundred KB.
 */
export function hashSources(entries: readonly string[], skipped: readonly string[] = []): string {
  const hash = createHash('sha256');
  const skip = skipped.map((entry) => path.join(SCRIPTS, entry));
  const kept = (file: string) => !skip.some((entry) => file === entry || file.startsWith(`${entry}${path.sep}`));
  const files = [...new Set(entries.flatMap(filesUnder))].filter(kept).sort();
  for (const file of files) hash.update(path.relative(SCRIPTS, file)).update('\0').update(readFileSync(file)).update('\0');
  try {
    hash.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  } catch {
    // Installed without a lockfile: the code hash alone has to do.
  }
  return hash.digest('hex').slice(0, 16);
}
