/**
 * Crash safety: `node scripts/ingest.ts` (and `build.ts`) is SIGKILLed at several moments of a
 * run that would replace an existing output. After each kill the previous
 * output must be intact (every file byte-identical, kb.json schema-valid);
 * the next run must succeed and produce exactly what an uninterrupted run
 * produces.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateKb } from '../../scripts/tools/fuzz/invariants.ts';
import { acquireLock, recoverOutput } from '../../scripts/runtime/output/output-dir.ts';
import { PROJECT_ROOT, TMP, tempRoot } from '../helpers/paths.ts';
import { entryHashes, ingestArgs, readKb, runNode, treeHashes, writeCorpus } from './helpers.ts';

const BUILD = path.join(PROJECT_ROOT, 'scripts', 'build.ts');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolve once `ready()` is true (polled every 2 ms), or after `limit` ms. */
async function when(ready: () => Promise<boolean>, limit = 60_000): Promise<boolean> {
  const until = Date.now() + limit;
  while (Date.now() < until) {
    if (await ready()) return true;
    await sleep(2);
  }
  return false;
}

const siblings = async (out: string, marker: string) =>
  (await readdir(path.dirname(out))).filter((name) => name.startsWith(`${path.basename(out)}.${marker}`)).map((name) => path.join(path.dirname(out), name));

describe('crash safety of ingest (SIGKILL)', () => {
  let root: string;
  let v1: string;
  let v2: string;
  let out: string;
  let cache: string;
  let previous: Map<string, string>;
  let referenceEntries: Record<string, string>;
  const survived: string[] = [];

  beforeAll(async () => {
    root = await tempRoot('crash-');
    v1 = path.join(root, 'v1');
    v2 = path.join(root, 'v2');
    out = path.join(root, 'out', 'generated');
    cache = path.join(root, 'cache');
    await writeCorpus(v1, 10, 1);
    await writeCorpus(v2, 45, 2);
    const ref = path.join(root, 'reference');
    const [first, second] = await Promise.all([runNode(ingestArgs(v1, out, cache)), runNode(ingestArgs(v2, ref, path.join(root, 'ref-cache')))]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    previous = await treeHashes(out);
    referenceEntries = await entryHashes(ref);
    expect(previous.get('kb.json')).not.toBe(referenceEntries['kb.json']);
  }, 300_000);

  afterAll(async () => {
    console.info(`kill points survived: ${survived.join(', ')}`);
    await rm(root, { recursive: true, force: true });
  });

  /** The output is whole: the previous run's or (if the kill came after the swap) the new one's. */
  async function expectIntact(moment: string): Promise<void> {
    if (!existsSync(out)) {
      // Killed between the two renames of the swap: the next run puts the old output back.
      expect(await siblings(out, 'old-'), `${moment}: output gone and nothing to recover`).not.toEqual([]);
      return;
    }
    // Untouched to the byte, or (killed after the swap) the new output's kb.json and entries.
    const untouched = JSON.stringify([...(await treeHashes(out))]) === JSON.stringify([...previous]);
    const replaced = JSON.stringify(await entryHashes(out)) === JSON.stringify(referenceEntries);
    expect(untouched || replaced, `${moment}: output is neither the previous nor the new one`).toBe(true);
    expect(validateKb(await readKb(out))).toEqual([]);
  }

  const moments: Array<[string, () => Promise<boolean>]> = [
    ['50 ms', () => sleep(50).then(() => true)],
    ['150 ms', () => sleep(150).then(() => true)],
    ['400 ms', () => sleep(400).then(() => true)],
    ['1000 ms', () => sleep(1000).then(() => true)],
    ['3000 ms', () => sleep(3000).then(() => true)],
    ['the staging folder appears', () => when(async () => (await siblings(out, 'staging-')).length > 0)],
    ['kb.json is in the staging folder', () => when(async () => (await siblings(out, 'staging-')).some((dir) => existsSync(path.join(dir, 'kb.json'))))],
    ['the site data is being written', () => when(async () => (await siblings(out, 'staging-')).some((dir) => existsSync(path.join(dir, 'site'))))],
  ];

  it.each(moments)('killed after %s, the previous output is intact', async (moment, trigger) => {
    // A run that finished before its kill left the new output, and a run over it would have nothing to
    // do (the build stamp): put the previous output back, so every kill lands in a run that replaces it.
    if (existsSync(out) && JSON.stringify(await entryHashes(out)) === JSON.stringify(referenceEntries)) {
      const restore = await runNode(ingestArgs(v1, out, cache));
      expect(restore.code, restore.stderr).toBe(0);
      expect([...(await treeHashes(out))]).toEqual([...previous]);
    }
    const run = runNode(ingestArgs(v2, out, cache));
    await trigger();
    run.child.kill('SIGKILL');
    const result = await run;
    if (result.signal === 'SIGKILL') survived.push(moment);
    else expect(result.code, result.stderr).toBe(0); // finished before the kill: must have succeeded
    await expectIntact(moment);
  }, 120_000);

  it('the next run succeeds, cleans up, and writes exactly what an uninterrupted run writes', async () => {
    const result = await runNode(ingestArgs(v2, out, cache));
    expect(result.code, result.stderr).toBe(0);
    // kb.json and entries; site/ page data has its own determinism test.
    expect(await entryHashes(out)).toEqual(referenceEntries);
    expect([...(await siblings(out, 'staging-')), ...(await siblings(out, 'old-')), ...(await siblings(out, 'lock'))]).toEqual([]);
  }, 120_000);
});

describe('crash safety of build (SIGKILL during the site build)', () => {
  let root: string;
  let content: string;
  let dist: string;
  let previous: Map<string, string>;
  const killed: string[] = [];
  const args = () => [BUILD, '--content', content, '--out', path.join(root, 'out'), '--dist', dist, '--cache', path.join(root, 'cache'), '--quiet'];

  beforeAll(async () => {
    root = await tempRoot('crash-build-');
    content = path.join(root, 'content');
    dist = path.join(root, 'dist');
    await writeCorpus(content, 5, 4);
    await writeFile(path.join(content, 'articles', 'xss.md'), `---\ntitle: <script>alert("letopis-xss")</script>\ndate: 2025-08-24\n---\nВладимир Путин <script>alert("letopis-xss")</script> и <img src=x onerror=alert("letopis-xss")>.\n`);
    const result = await runNode(args());
    expect(result.code, result.stderr).toBe(0);
    previous = await treeHashes(dist);
    expect(previous.has('index.html')).toBe(true);
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  const moments: Array<[string, () => Promise<boolean>]> = [
    ['the dist staging folder appears', () => when(async () => (await siblings(dist, 'staging-')).length > 0)],
    ['1.5 s into the site build', () => when(async () => (await siblings(dist, 'staging-')).length > 0).then(() => sleep(1500)).then(() => true)],
    ['the search index is being written', () => when(async () => (await siblings(dist, 'staging-')).some((dir) => existsSync(path.join(dir, 'pagefind'))))],
  ];

  it.each(moments)('killed when %s, the previous site is intact', async (moment, trigger) => {
    // A change in the content, so the new site would differ.
    await writeFile(path.join(content, 'articles', `new-${moment.length}.txt`), ` date 2025-09-01 Владимир Путин провел совещание (${moment}).\n`);
    const run = runNode(args());
    await trigger();
    run.child.kill('SIGKILL');
    const result = await run;
    if (result.signal !== 'SIGKILL') expect(result.code, result.stderr).toBe(0);
    if (result.signal === 'SIGKILL') killed.push(moment);
    if (result.signal === 'SIGKILL' && existsSync(dist)) expect(JSON.stringify([...(await treeHashes(dist))])).toBe(JSON.stringify([...previous]));
    else if (!existsSync(dist)) expect(await siblings(dist, 'old-')).not.toEqual([]);
  }, 300_000);

  it('the next build succeeds and leaves no staging folder behind', async () => {
    const result = await runNode(args());
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect([...(await siblings(dist, 'staging-')), ...(await siblings(dist, 'old-')), ...(await siblings(dist, 'lock'))]).toEqual([]);
    console.info(`build kill points survived: ${killed.join(', ')}`);
  }, 300_000);

  it('no page carries a live <script> or event handler from article content', async () => {
    const pages = [...(await treeHashes(dist)).keys()].filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const live: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(dist, page), 'utf8');
      if (/<script>alert\("letopis-xss"\)|<img src=x onerror/i.test(html)) live.push(page);
    }
    expect(live).toEqual([]);
  });
});

describe('recovery after a kill between the two renames of the swap', () => {
  it('puts the previous output back and clears leftovers of dead runs', async () => {
    await mkdir(TMP, { recursive: true });
    const root = await tempRoot('recover-');
    try {
      // A pid that is certainly dead: a process that has exited.
      const child = runNode(['-e', '0']);
      await child;
      const pid = child.child.pid as number;
      const out = path.join(root, 'generated');
      await mkdir(`${out}.old-${pid}`, { recursive: true });
      await writeFile(path.join(`${out}.old-${pid}`, 'kb.json'), '{"previous":true}');
      await mkdir(`${out}.staging-${pid}-abcdef`, { recursive: true });
      await writeFile(`${out}.lock`, `${pid}\n`);
      const release = await acquireLock(out);
      await recoverOutput(out);
      await release();
      expect(await readFile(path.join(out, 'kb.json'), 'utf8')).toBe('{"previous":true}');
      expect((await readdir(root)).sort()).toEqual(['generated']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
