/** The analysis pack: slim analyses by cache key, appended as a log, compacted when mostly stale. */
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileAnalysis } from '../../scripts/article/analyse-file.ts';
import { openAnalysisPack, PACK_FILE, type PackEntry } from '../../scripts/runtime/cache/analysis-pack.ts';
import { tempRoot } from '../helpers/paths.ts';

const entry = (n: number): PackEntry => ({
  key: `k${n}`,
  signature: `s${n}`,
  result: { analysis: null, problems: [{ file: `f${n}.txt`, severity: 'warning', message: `«${n}» ✓` }], textHash: null } satisfies FileAnalysis,
});

describe('analysis pack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempRoot('pack-');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is empty without a file, then holds what was added, appending only new entries', async () => {
    const cache = path.join(dir, 'a');
    const first = openAnalysisPack(cache);
    expect(first.get('k1')).toBeUndefined();
    const all = [1, 2, 3].map(entry);
    await first.update(all, all);
    const second = openAnalysisPack(cache);
    expect(second.get('k2')).toEqual(entry(2));
    const size = (await readFile(path.join(cache, PACK_FILE), 'utf8')).split('\n').length;
    await second.update([entry(4)], [...all, entry(4)]);
    const text = await readFile(path.join(cache, PACK_FILE), 'utf8');
    expect(text.split('\n').length).toBe(size + 1);
    expect(openAnalysisPack(cache).get('k4')).toEqual(entry(4));
  });

  it('skips a torn last line and a damaged one', async () => {
    const cache = path.join(dir, 'b');
    const all = [1, 2].map(entry);
    await openAnalysisPack(cache).update(all, all);
    const file = path.join(cache, PACK_FILE);
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] = lines[1]!.slice(0, 20); // damaged
    await writeFile(file, `${lines.join('\n')}`);
    await appendFile(file, '["k9","s9",{"analysis":nu'); // torn: no newline
    const pack = openAnalysisPack(cache);
    expect(pack.get('k1')).toBeUndefined();
    expect(pack.get('k2')).toEqual(entry(2));
    expect(pack.get('k9')).toBeUndefined();
  });

  it('ignores a pack of another format and rewrites it', async () => {
    const cache = path.join(dir, 'c');
    const file = path.join(cache, PACK_FILE);
    await openAnalysisPack(cache).update([entry(1)], [entry(1)]);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/"version":"[^"]+"/, '"version":"old"'));
    const pack = openAnalysisPack(cache);
    expect(pack.get('k1')).toBeUndefined();
    await pack.update([entry(1)], [entry(1)]);
    expect(openAnalysisPack(cache).get('k1')).toEqual(entry(1));
  });

  it('drops stale entries once they pass a quarter of the used ones', async () => {
    const cache = path.join(dir, 'd');
    const many = Array.from({ length: 1500 }, (_, n) => entry(n));
    await openAnalysisPack(cache).update(many, many);
    // The corpus shrank to 10 articles: the next update rewrites the pack with those only.
    const kept = many.slice(0, 10);
    await openAnalysisPack(cache).update([entry(5000)], [...kept, entry(5000)]);
    const pack = openAnalysisPack(cache);
    expect(pack.get('k3')).toEqual(entry(3));
    expect(pack.get('k5000')).toEqual(entry(5000));
    expect(pack.get('k20')).toBeUndefined();
  });
});
