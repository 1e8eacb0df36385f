/**
 * Determinism: the same content gives byte-identical kb.json and entries
 * whatever the file creation order, the number of worker threads (--jobs
 * 0/1/2, with ≥ 40 articles so workers are really used) and the time zone.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../helpers/paths.ts';
import { entryHashes, ingestArgs, runNode, treeHashes, writeCorpus } from './helpers.ts';

describe('determinism', () => {
  let root: string;
  let forward: string;
  let backward: string;
  const outs: Record<string, string> = {};

  beforeAll(async () => {
    root = await tempRoot('determinism-');
    forward = path.join(root, 'forward');
    backward = path.join(root, 'backward');
    const files = await writeCorpus(forward, 45, 3);
    expect(files.length).toBeGreaterThanOrEqual(60);
    // The same files created in the opposite order (different inode order, mtimes and readdir order).
    await cp(path.join(forward, 'people'), path.join(backward, 'people'), { recursive: true });
    for (const file of [...files].reverse()) {
      await mkdir(path.dirname(path.join(backward, file)), { recursive: true });
      await writeFile(path.join(backward, file), await readFile(path.join(forward, file)));
    }
    const runs: Array<[string, string, string[], NodeJS.ProcessEnv]> = [
      ['jobs 0, UTC', forward, ['--jobs', '0'], { TZ: 'UTC' }],
      ['jobs 1, UTC, reversed files', backward, ['--jobs', '1'], { TZ: 'UTC' }],
      ['jobs 2, Kiritimati (UTC+14)', forward, ['--jobs', '2'], { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' }],
      ['jobs 2, Honolulu (UTC-10), reversed files', backward, ['--jobs', '2'], { TZ: 'Pacific/Honolulu' }],
    ];
    // Two at a time: the machine has two cores.
    for (let i = 0; i < runs.length; i += 2) {
      await Promise.all(
        runs.slice(i, i + 2).map(async ([name, content, args, env]) => {
          const out = path.join(root, `out-${Object.keys(outs).length}-${name.replace(/\W+/g, '-')}`);
          outs[name] = out;
          const result = await runNode(ingestArgs(content, out, `${out}-cache`, ...args), env);
          expect(result.code, `${name}: ${result.stderr}`).toBe(0);
        }),
      );
    }
  }, 600_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** Runs whose files differ from the first run's, with the differing files. */
  async function differences(hashes: (out: string) => Promise<Record<string, string>>, only = (_name: string) => true): Promise<Record<string, string[]>> {
    const [first, ...others] = Object.entries(outs);
    const rest = others.filter(([name]) => only(name));
    const expected = await hashes(first[1]);
    const out: Record<string, string[]> = {};
    for (const [name, dir] of rest) {
      const actual = await hashes(dir);
      const files = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].filter((file) => expected[file] !== actual[file]).sort();
      if (files.length) out[`${name} vs ${first[0]}`] = files.slice(0, 8).concat(files.length > 8 ? [`… ${files.length} files`] : []);
    }
    return out;
  }

  it('kb.json and every markdown entry are byte-identical across file order, --jobs 0/1/2 and UTC−10', async () => {
    expect(Object.keys(await entryHashes(Object.values(outs)[0])).length).toBeGreaterThan(60);
    expect(await differences(entryHashes, (name) => !name.includes('Kiritimati'))).toEqual({});
  });

  // Once failed: chrono read the article's reference date in the local time
  // zone, so at UTC+14 relative dates ("вчера") moved a day and event ids changed.
  it('kb.json and every markdown entry are byte-identical at UTC+14 too', async () => {
    expect(await differences(entryHashes, (name) => name.includes('Kiritimati'))).toEqual({});
  });

  // Once failed: site data collected reports while loading 8 articles at once,
  // so their order in site/pages/{organisations,places}/*.json followed I/O timing.
  it('the site page data is byte-identical too', async () => {
    expect(await differences(async (dir) => Object.fromEntries(await treeHashes(dir)))).toEqual({});
  });
});
