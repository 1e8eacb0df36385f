/**
 * A run with nothing changed since the last one leaves the output as it was
 * (write/build-stamp.ts); any change to what the output depends on, or a
 * file gone from the output, makes it a real run again.
 */
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { STAMP } from '../../scripts/runtime/output/build-stamp.ts';
import { importGraph } from '../helpers/import-graph.ts';
import { PROJECT_ROOT, tempRoot } from '../helpers/paths.ts';

const ARTICLES: Record<string, string> = {
  'a.txt': ` date 2025-08-20 Президент Финляндии Александр Стубб встретился с Владимиром Зеленским в Киеве.\n\nСтубб заявил, что Финляндия продолжит поддерживать Украину.\n`,
  'b.txt': ` date 2025-08-21 Президент Фінляндії Александр Стубб зустрівся з Володимиром Зеленським у Києві.\n\nСтубб заявив, що Фінляндія і надалі підтримуватиме Україну.\n`,
  'broken.md': `---\ntitle: [unclosed\n---\nText.\n`,
};

describe('build stamp', () => {
  let root: string;
  let content: string;
  let out: string;
  const run = () => ingest({ contentDir: content, outDir: out, cacheDir: path.join(root, 'cache'), jobs: 0 });
  /** Content files are dated in the past, as files saved before a run are. */
  const past = async (file: string) => utimes(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

  beforeAll(async () => {
    root = await tempRoot('stamp-');
    content = path.join(root, 'content');
    out = path.join(root, 'out');
    await mkdir(path.join(content, 'articles'), { recursive: true });
    for (const [name, text] of Object.entries(ARTICLES)) {
      await writeFile(path.join(content, 'articles', name), text);
      await past(path.join(content, 'articles', name));
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('skips a run when nothing changed, reporting what the last run found', async () => {
    const first = await run();
    expect(first.stats.upToDate).toBe(false);
    const kbFile = path.join(out, 'kb.json');
    const written = (await stat(kbFile)).mtimeMs;

    const second = await run();
    expect(second.stats.upToDate).toBe(true);
    expect(second.kb).toEqual(first.kb);
    expect(second.kb.problems.length).toBeGreaterThan(0);
    expect({ ...second.stats, seconds: 0, upToDate: false, analysed: first.stats.analysed, cached: first.stats.cached }).toEqual({ ...first.stats, seconds: 0 });
    expect(second.stats.analysed).toBe(0);
    expect((await stat(kbFile)).mtimeMs).toBe(written);
  }, 120_000);

  it('runs again when a file changes, even keeping its size', async () => {
    const file = path.join(content, 'articles', 'a.txt');
    await writeFile(file, ARTICLES['a.txt']!.replace('Киеве', 'Киеву'));
    await past(file);
    const changed = await run();
    expect(changed.stats.upToDate).toBe(false);
    expect(changed.stats.analysed).toBe(1);
    expect((await run()).stats.upToDate).toBe(true);
  }, 120_000);

  it('never trusts a file modified after the last run began', async () => {
    const file = path.join(content, 'articles', 'b.txt');
    const { mtimeMs } = await stat(file);
    const stamp = JSON.parse(await readFile(path.join(out, STAMP), 'utf8')) as { startedAt: number };
    // Same size and the stamp's recorded time: only the time check can catch it.
    await utimes(file, new Date(stamp.startedAt + 10), new Date(stamp.startedAt + 10));
    expect((await run()).stats.upToDate).toBe(false);
    await utimes(file, new Date(mtimeMs), new Date(mtimeMs));
  }, 120_000);

  it('runs again when an output file is gone, and restores it', async () => {
    await run();
    const entry = path.join(out, 'articles', 'a.md');
    await rm(entry);
    expect((await run()).stats.upToDate).toBe(false);
    expect((await stat(entry)).isFile()).toBe(true);
  }, 120_000);

  it('runs again when the curation changes or a file is added', async () => {
    const before = await run();
    await mkdir(path.join(content, 'people'), { recursive: true });
    await writeFile(path.join(content, 'people', 'aleksandr-stubb.md'), `---\nname: Александр Стубб\naliases: [президент Финляндии]\n---\n`);
    expect((await run()).stats.upToDate).toBe(false);
    expect((await run()).stats.upToDate).toBe(true);
    await writeFile(path.join(content, 'articles', 'c.txt'), ` date 2025-08-22 Стубб прибыл в Хельсинки.\n`);
    const added = await run();
    expect(added.stats.upToDate).toBe(false);
    expect(added.kb.articles).toHaveLength(before.kb.articles.length + 1);
  }, 120_000);

  it('covers every module an ingest loads (the stamp leaves out the tools)', () => {
    const scripts = path.join(PROJECT_ROOT, 'scripts');
    const entries = ['pipeline/ingest-command.ts', 'pipeline/site-build/ingest-child.ts', 'runtime/workers/analyse-worker.ts', 'emit/render/render-worker.ts', 'emit/site-data/layout-worker.ts'];
    const reached = new Set(entries.flatMap((entry) => [...importGraph(path.join(scripts, entry))]));
    expect(reached.has(path.join(scripts, 'pipeline', 'ingest.ts'))).toBe(true);
    for (const file of reached) expect(path.relative(scripts, file), file).not.toMatch(/^tools\//);
  });
});
