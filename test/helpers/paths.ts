import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED = path.resolve(PROJECT_ROOT, '../shared');
export const SEED_DIR = path.join(SHARED, 'seed');
export const HAS_SEED = existsSync(SEED_DIR);
export const FACTRUEVAL = path.join(SHARED, 'data', 'factrueval-dev.jsonl');
export const HAS_FACTRUEVAL = existsSync(FACTRUEVAL);
/** Scratch space for tests, gitignored. */
export const TMP = path.join(PROJECT_ROOT, 'test', '.tmp');

/** A fresh folder under TMP named `<prefix>XXXXXX` (the caller removes it). */
export async function tempRoot(prefix: string): Promise<string> {
  await mkdir(TMP, { recursive: true });
  return mkdtemp(path.join(TMP, prefix));
}
