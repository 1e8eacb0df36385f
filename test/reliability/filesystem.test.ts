/**
 * File-system hostility: symlinks out of the content folder, hostile file
 * names, outputs that cannot be written, and output folders that must never
 * be replaced.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIds } from '../../scripts/corpus/article-ids.ts';
import { hostileFileName } from '../../scripts/tools/fuzz/arbitraries.ts';
import { checkIds, checkKnowledgeBase } from '../../scripts/tools/fuzz/invariants.ts';
import type { KnowledgeBase } from '../../scripts/model/model.ts';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { tempRoot } from '../helpers/paths.ts';
import { ingestArgs, runNode } from './helpers.ts';

const ARTICLE = ' date 2025-08-24 Владимир Путин встретился с Дональдом Трампом на Аляске.\n';
const SECRET = ' date 2025-08-24 Секретарь Секретов заявил о СЕКРЕТНОМ документе.\n';

const NAMES = [
  '..txt', '...txt', 'CON.txt', 'con.md', 'NUL.txt', 'aux.md', 'COM1.txt', 'LPT1.md', 'a\nb.txt', 'tab\there.txt', 'bell\u0007.txt', 'esc\u001b[31m.txt',
  '\u202etxt.exe.txt', 'zero\u200bwidth.txt', 'soft\u00adhyphen.txt', '-rf.txt', '--out.md', '$(rm -rf).txt', '`x`.txt', '"quoted".txt', '<script>.md',
  'x|y.txt', 'a:b.txt', 'q?.txt', 'star*.txt', '%2e%2e%2fescape.txt', '..%2f..%2fetc.txt', 'Путин на Аляске.txt', 'Путин на Аляске.md', 'ПУТИН НА АЛЯСКЕ.txt',
  'Путин-й.txt'.normalize('NFC'), 'Путин-й.txt'.normalize('NFD'), '👍🏽.txt', '中文.txt', 'שלום.txt', `${'д'.repeat(120)}.txt`, `${'a'.repeat(250)}.txt`, ' .txt', 'ﬁ.txt',
];

describe('hostile content folders', () => {
  let root: string;
  let content: string;
  let out: string;
  let kb: KnowledgeBase;
  let inputs: string[];
  let before: string[];

  beforeAll(async () => {
    root = await tempRoot('filesystem-');
    content = path.join(root, 'content');
    out = path.join(root, 'out');
    const articles = path.join(content, 'articles');
    const deep = path.join(articles, 'dots..', 'sub dir', 'CON');
    await mkdir(deep, { recursive: true });
    await mkdir(path.join(root, 'outside'), { recursive: true });
    await writeFile(path.join(root, 'outside', 'secret.txt'), SECRET);
    await writeFile(path.join(root, 'outside', 'other.md'), SECRET);

    const names = [...new Set([...NAMES, ...fc.sample(hostileFileName, { numRuns: 40, seed: 5 })])];
    inputs = [];
    for (const [index, name] of names.entries()) {
      await writeFile(path.join(articles, name), ARTICLE.replace('Аляске', `Аляске (${index})`));
      // Names starting with a dot are hidden files, skipped by design (.DS_Store, .git).
      if (!name.startsWith('.')) inputs.push(`articles/${name}`);
    }
    await writeFile(path.join(deep, 'nested.txt'), ARTICLE);
    inputs.push('articles/dots../sub dir/CON/nested.txt');
    await symlink(path.join(root, 'outside', 'secret.txt'), path.join(articles, 'link-out.txt'));
    await symlink(path.join(root, 'outside'), path.join(articles, 'dir-out'));
    await symlink('../../outside/secret.txt', path.join(articles, 'relative-out.txt'));
    await symlink(path.join(root, 'missing.txt'), path.join(articles, 'broken.txt'));
    before = (await readdir(root)).sort();
    ({ kb } = await ingest({ contentDir: content, outDir: out, cacheDir: path.join(root, 'cache'), jobs: 0 }));
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('symlinks pointing outside are reported and not followed', async () => {
    for (const link of ['articles/link-out.txt', 'articles/dir-out', 'articles/relative-out.txt', 'articles/broken.txt']) {
      expect(kb.problems.some((problem) => problem.file === link || problem.file.startsWith(`${link}/`)), `${link} not reported`).toBe(true);
    }
    expect(kb.articles.filter((article) => /link-out|dir-out|relative-out|broken|secret|other/.test(article.file))).toEqual([]);
    expect(await readFile(path.join(out, 'kb.json'), 'utf8')).not.toMatch(/Секрет|СЕКРЕТ/);
  });

  it('every hostile name is an article or a problem, with ASCII-safe ids and offsets that hold', async () => {
    expect([...(await checkKnowledgeBase({ kb, contentDir: content, inputs })), ...checkIds(kb)]).toEqual([]);
    expect(kb.articles.length).toBe(inputs.length);
  });

  it('nothing is written outside the output folder, and entry files are plain slugs', async () => {
    expect((await readdir(root)).sort()).toEqual(before.includes('cache') ? before.concat('out').sort() : [...before, 'cache', 'out'].sort());
    expect(await readdir(path.join(root, 'outside'))).toEqual(['other.md', 'secret.txt']);
    const files = await readdir(path.join(out, 'articles'));
    expect(files.length).toBe(inputs.length);
    for (const file of files) expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  });

  it('ids are stable: a second ingest gives the same ids', async () => {
    const again = await ingest({ contentDir: content, outDir: out, cacheDir: path.join(root, 'cache'), jobs: 0 });
    expect(again.kb.articles.map((article) => [article.file, article.id])).toEqual(kb.articles.map((article) => [article.file, article.id]));
  }, 120_000);
});

describe('reserved device names', () => {
  // Ids become file names of entries: a Windows device name would make the
  // output folder uncopyable there (`LPT9.md` once got the id `lpt9`).
  it('every Windows device name (com1–9, lpt1–9) gets a safe article id', () => {
    const files = ['con', 'prn', 'aux', 'nul', ...Array.from({ length: 9 }, (_, i) => [`com${i + 1}`, `lpt${i + 1}`]).flat()].map((name) => `articles/${name.toUpperCase()}.md`);
    const ids = articleIds(files);
    const base = { generator: 'test', people: [], organisations: [], places: [], events: [], plans: [], problems: [] };
    const articles = files.map((file) => ({ id: ids.get(file) as string })) as KnowledgeBase['articles'];
    expect(checkIds({ ...base, articles })).toEqual([]);
  });
});

describe('outputs that cannot or must not be written', () => {
  let root: string;
  let content: string;
  beforeAll(async () => {
    root = await tempRoot('unwritable-');
    content = path.join(root, 'project', 'content');
    await mkdir(path.join(content, 'articles'), { recursive: true });
    await writeFile(path.join(content, 'articles', 'a.txt'), ARTICLE);
    await writeFile(path.join(root, 'project', 'NOTES.txt'), 'precious');
    await writeFile(path.join(root, 'file.txt'), 'precious');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** Exit 1, one `letopis:` line matching `message`, no stack trace, and nothing left behind. */
  async function expectRefused(out: string, message: RegExp): Promise<void> {
    const listing = async () => (await readdir(root, { recursive: true })).sort();
    const before = await listing();
    const result = await runNode(ingestArgs(content, out, path.join(root, 'cache')));
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^letopis: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await listing()).filter((file) => !file.startsWith('cache'))).toEqual(before.filter((file) => !file.startsWith('cache')));
    expect(await readFile(path.join(root, 'project', 'NOTES.txt'), 'utf8')).toBe('precious');
  }

  it('--out inside a regular file (ENOTDIR): clear error, exit 1, no partial output', async () => {
    await expectRefused(path.join(root, 'file.txt', 'out'), /ENOTDIR|not a folder|Cannot/);
  }, 120_000);

  it('--out is a regular file: refused, the file survives', async () => {
    await expectRefused(path.join(root, 'file.txt'), /not a folder/);
    expect(await readFile(path.join(root, 'file.txt'), 'utf8')).toBe('precious');
  }, 120_000);

  it('--out is the project folder holding the content: refused, nothing deleted', async () => {
    await expectRefused(path.join(root, 'project'), /inside the output folder/);
  }, 120_000);

  it('--out is a folder Letopis did not write: refused, nothing deleted', async () => {
    await expectRefused(path.join(root, 'project', 'content', '..'), /inside the output folder|not written by Letopis/);
    await mkdir(path.join(root, 'mine'));
    await writeFile(path.join(root, 'mine', 'thesis.docx'), 'precious');
    await expectRefused(path.join(root, 'mine'), /not written by Letopis/);
  }, 120_000);

  it('--out inside the content folder: refused', async () => {
    await expectRefused(path.join(content, 'generated'), /inside the content folder/);
  }, 120_000);

  it('a missing content folder: refused', async () => {
    const result = await runNode(ingestArgs(path.join(root, 'nope'), path.join(root, 'out'), path.join(root, 'cache')));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^letopis: Content folder .* does not exist/);
  }, 120_000);
});
