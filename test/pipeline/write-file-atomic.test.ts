import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../scripts/runtime/files/write-file-atomic.ts';
import { tempRoot } from '../helpers/paths.ts';

describe('atomic file writes', () => {
  const roots: string[] = [];
  afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

  it('replace a file whole, flushed or not, and leave no temporary file behind', async () => {
    const root = await tempRoot('atomic-');
    roots.push(root);
    const file = path.join(root, 'kb.json');
    await writeFileAtomic(file, 'первый');
    await writeFileAtomic(file, new TextEncoder().encode('второй'));
    expect(await readFile(file, 'utf8')).toBe('второй');
    writeFileAtomicSync(file, 'третий');
    expect(await readFile(file, 'utf8')).toBe('третий');
    writeFileAtomicSync(file, 'x'.repeat(3 * 2 ** 20), { durable: false });
    expect((await readFile(file, 'utf8')).length).toBe(3 * 2 ** 20);
    expect(await readdir(root)).toEqual(['kb.json']);
  });

  it('leave the old file and no temporary file when the write fails', async () => {
    const root = await tempRoot('atomic-');
    roots.push(root);
    const file = path.join(root, 'missing-folder', 'kb.json');
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow();
    expect(() => writeFileAtomicSync(file, 'x')).toThrow();
    expect(await readdir(root)).toEqual([]);
  });
});
