/**
 * Two ingests on the same output at once: one fails with the lock message
 * (exit 1), or both succeed one after the other; the output is never a mix.
 * Plus the lock's own rules (live holder, half-made lock, abandoned lock).
 */
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateKb } from '../../scripts/tools/fuzz/invariants.ts';
import { acquireLock } from '../../scripts/runtime/output/output-dir.ts';
import { tempRoot } from '../helpers/paths.ts';
import { entryHashes, ingestArgs, readKb, runNode, writeCorpus } from './helpers.ts';

describe('concurrent runs on one output', () => {
  let root: string;
  const expected: Record<string, string> = {};

  beforeAll(async () => {
    root = await tempRoot('concurrent-');
    await writeCorpus(path.join(root, 'a'), 5, 11);
    await writeCorpus(path.join(root, 'b'), 12, 12);
    for (const name of ['a', 'b']) {
      const result = await runNode(ingestArgs(path.join(root, name), path.join(root, `ref-${name}`), path.join(root, 'cache')));
      expect(result.code, result.stderr).toBe(0);
      expected[name] = JSON.stringify(await entryHashes(path.join(root, `ref-${name}`)));
    }
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each([0, 30, 300])('second run started %i ms after the first: lock error or serial success, never a mix', async (delay) => {
    const out = path.join(root, `out-${delay}`);
    const first = runNode(ingestArgs(path.join(root, 'a'), out, path.join(root, 'cache')));
    await new Promise((resolve) => setTimeout(resolve, delay));
    const second = runNode(ingestArgs(path.join(root, 'b'), out, path.join(root, 'cache')));
    const results = await Promise.all([first, second]);
    for (const result of results) {
      if (result.code !== 0) {
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^letopis: Another Letopis run (\(pid \d+\) is writing|is starting to write) /m);
        expect(result.stderr).not.toMatch(/\n\s+at /); // a clear message, not a stack trace
      }
    }
    expect(results.some((result) => result.code === 0)).toBe(true);
    // kb.json and entries (site/ page data has its own determinism test).
    const now = JSON.stringify(await entryHashes(out));
    expect([expected.a, expected.b]).toContain(now);
    expect(validateKb(await readKb(out))).toEqual([]);
    const leftovers = (await readdir(root)).filter((name) => name.startsWith(`out-${delay}.`));
    expect(leftovers).toEqual([]);
    console.info(`delay ${delay} ms: exit codes ${results.map((result) => result.code).join(', ')}`);
  }, 300_000);
});

describe('the output lock', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempRoot('lock-');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('is refused while a live run holds it', async () => {
    const out = path.join(root, 'live');
    await writeFile(`${out}.lock`, `${process.ppid}\n`);
    await expect(acquireLock(out)).rejects.toThrow(/Another Letopis run \(pid \d+\) is writing/);
  });

  it('waits a moment for a holder that is exiting (the ingest of a build just killed) and then takes it', async () => {
    const out = path.join(root, 'exiting');
    const exiting = runNode(['-e', 'setTimeout(() => {}, 800)']);
    await writeFile(`${out}.lock`, `${exiting.child.pid}\n`);
    const release = await acquireLock(out);
    expect(await readFile(`${out}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    await release();
    await exiting;
  });

  it('is refused while another run is still writing its pid into it (empty and fresh)', async () => {
    const out = path.join(root, 'fresh');
    await writeFile(`${out}.lock`, '');
    await expect(acquireLock(out)).rejects.toThrow(/is starting to write/);
  });

  it('is taken over when abandoned: a dead pid, or empty and old', async () => {
    const dead = runNode(['-e', '0']);
    await dead;
    for (const [name, text, age] of [['dead', `${dead.child.pid}\n`, 0], ['old', '', 60]] as const) {
      const out = path.join(root, name);
      await writeFile(`${out}.lock`, text);
      const then = new Date(Date.now() - age * 1000);
      await utimes(`${out}.lock`, then, then);
      const release = await acquireLock(out);
      expect(await readFile(`${out}.lock`, 'utf8')).toBe(`${process.pid}\n`);
      await release();
    }
  });
});
