/**
 * Fuzz property of the whole ingest, shared by test/reliability/fuzz-ingest.test.ts
 * and scripts/fuzz.ts: a generated content folder in, a valid knowledge base out.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { ingest } from '../../pipeline/ingest.ts';
import { corpus } from './arbitraries.ts';
import { checkIds, checkKnowledgeBase } from './invariants.ts';
import { fail } from './reader-properties.ts';

/** Write `files` into a fresh content folder under `root`, ingest it, check the knowledge base. */
export async function ingestAndCheck(root: string, files: Array<{ file: string; bytes: Uint8Array }>, jobs = 0): Promise<string[]> {
  const dir = await mkdtemp(path.join(root, 'case-'));
  try {
    const contentDir = path.join(dir, 'content');
    for (const { file, bytes } of files) {
      await mkdir(path.dirname(path.join(contentDir, file)), { recursive: true });
      await writeFile(path.join(contentDir, file), bytes);
    }
    const { kb } = await ingest({ contentDir, outDir: path.join(dir, 'out'), cacheDir: path.join(dir, 'cache'), jobs });
    const violations = await checkKnowledgeBase({ kb, contentDir, inputs: files.map((item) => item.file) });
    return [...violations, ...checkIds(kb)];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The whole ingest on a generated folder: never throws, output always valid. */
export const ingestProperty = (root: string, maxFiles: number) =>
  fc.asyncProperty(corpus(maxFiles), async (files) => fail(await ingestAndCheck(root, files)));
