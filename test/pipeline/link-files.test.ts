/**
 * The links that carry unchanged files into the staging folder: made in this
 * thread for a few, by a worker past a threshold; the same result either way,
 * and a failure surfaces (with its code) when the caller waits for them.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileLinker } from '../../scripts/runtime/output/link-files.ts';
import { tempRoot } from '../helpers/paths.ts';

describe('file linker', () => {
  let root: string;
  const FILES = 1100; // more than two of the worker's batches

  beforeAll(async () => {
    root = await tempRoot('link-files-');
    await mkdir(path.join(root, 'old'), { recursive: true });
    for (let i = 0; i < FILES; i++) await writeFile(path.join(root, 'old', `${i}.json`), `{"n":${i}}`);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each([
    ['in this thread', Infinity],
    ['in a worker', 0],
  ])('links every file %s', async (_, workerFrom) => {
    const target = path.join(root, `new-${workerFrom}`);
    await mkdir(target);
    const linker = openFileLinker(FILES, workerFrom);
    for (let i = 0; i < FILES; i++) linker.link(path.join(root, 'old', `${i}.json`), path.join(target, `${i}.json`));
    await linker.done();
    for (const i of [0, 511, 512, 1099]) {
      expect((await stat(path.join(target, `${i}.json`))).ino).toBe((await stat(path.join(root, 'old', `${i}.json`))).ino);
    }
  });

  it.each([
    ['in this thread', Infinity],
    ['in a worker', 0],
  ])('reports a link that cannot be made %s, with its code', async (_, workerFrom) => {
    const linker = openFileLinker(FILES, workerFrom);
    linker.link(path.join(root, 'old', '1.json'), path.join(root, 'missing-folder', '1.json'));
    await expect(linker.done()).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('stops when cancelled (a failed run), leaving no worker behind', async () => {
    const target = path.join(root, 'cancelled');
    await mkdir(target);
    const linker = openFileLinker(FILES, 0);
    for (let i = 0; i < FILES; i++) linker.link(path.join(root, 'old', `${i}.json`), path.join(target, `${i}.json`));
    await expect(linker.cancel()).resolves.toBeUndefined();
  });
});
