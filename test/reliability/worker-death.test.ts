/**
 * A worker that dies mid-run (killed, out of memory) is replaced and its
 * article sent again once; an article that kills its worker twice is reported
 * for that file, and the run ends: no article is lost, nothing hangs.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileAnalysis } from '../../scripts/article/analyse-file.ts';
import { analyseInPool, type PoolItem } from '../../scripts/runtime/workers/analysis-pool.ts';
import { tempRoot } from '../helpers/paths.ts';

const WORKER = new URL('../../scripts/runtime/workers/analyse-worker.ts', import.meta.url);

describe('analysis worker pool', () => {
  let root = '';
  let items: PoolItem[] = [];

  beforeAll(async () => {
    root = await tempRoot('worker-death-');
    await mkdir(path.join(root, 'articles'), { recursive: true });
    items = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const file = `articles/a${i}.txt`;
        await writeFile(path.join(root, file), ` date 2030-06-0${i + 1} Министр Ирина Коваленко встретилась с послом Марко Сандовалом (${i}).\n`);
        return { source: { file, path: path.join(root, file) }, key: `key-${i}` };
      }),
    );
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('replaces a worker killed mid-run and still analyses every article', async () => {
    let spawned = 0;
    const spawn = (): Worker => {
      const worker = new Worker(WORKER);
      // The first worker is killed while it holds its first article (it is still loading the analysers).
      if (spawned++ === 0) setTimeout(() => void worker.terminate(), 50);
      return worker;
    };
    const results = new Map<number, FileAnalysis>();
    await analyseInPool(items, { workers: 2, cacheDir: path.join(root, 'cache-1'), spawn, done: (at, slim) => results.set(at, slim) });
    expect(spawned).toBeGreaterThan(2);
    expect([...results.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const result of results.values()) expect(result.analysis?.entities.length).toBeGreaterThan(0);
  }, 120_000);

  it('reports an article whose worker dies twice, and finishes', async () => {
    // Every worker dies at once: each article is tried twice, then reported.
    const spawn = (): Worker => {
      const worker = new Worker(WORKER);
      void worker.terminate();
      return worker;
    };
    const results = new Map<number, FileAnalysis>();
    await analyseInPool(items.slice(0, 3), { workers: 2, cacheDir: path.join(root, 'cache-2'), spawn, done: (at, slim) => results.set(at, slim) });
    expect([...results.keys()].sort()).toEqual([0, 1, 2]);
    for (const [at, result] of results) {
      expect(result.analysis).toBeNull();
      expect(result.problems[0]).toMatchObject({ file: items[at]!.source.file, severity: 'error' });
      expect(result.problems[0]!.message).toMatch(/stopped its worker twice/);
    }
  }, 120_000);
});
