/**
 * Incremental output: a run re-uses (hard-links) the previous output's files
 * whose inputs are unchanged, and must still write exactly what a run from
 * scratch writes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { STAMP } from '../../scripts/runtime/output/build-stamp.ts';
import { MANIFEST, readManifest } from '../../scripts/runtime/output/reuse-output.ts';
import { tempRoot } from '../helpers/paths.ts';

const ARTICLES: Record<string, string> = {
  'a.txt': ` date 2025-08-20 Президент Финляндии Александр Стубб встретился с Владимиром Зеленским в Киеве.\n\nСтубб заявил, что Финляндия продолжит поддерживать Украину.\n`,
  'b.txt': ` date 2025-08-21 Президент Фінляндії Александр Стубб зустрівся з Володимиром Зеленським у Києві.\n\nСтубб заявив, що Фінляндія і надалі підтримуватиме Україну.\n`,
  'c.md': `---\ntitle: Stubb meets Zelensky in Kyiv\ndate: 2025-08-20\nlang: en\n---\nFinnish President Alexander Stubb met Volodymyr Zelensky in Kyiv on Wednesday.\n\n"Finland will keep supporting Ukraine," Stubb said.\n`,
};
const ADDED = ` date 2025-08-25 Сергей Лавров провел переговоры с Александром Стуббом в Хельсинки. Лавров заявил, что Зеленский не приглашен.\n`;

/** Relative path → sha256 of every file under `dir` (the manifest and stamp aside: they record what was re-used, and when). */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name !== MANIFEST && entry.name !== STAMP) out.set(path.relative(dir, full), createHash('sha256').update(await readFile(full)).digest('hex'));
    }
  };
  await walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('incremental output', () => {
  let root: string;
  let content: string;
  const run = (out: string, cache: string) => ingest({ contentDir: content, outDir: out, cacheDir: cache, jobs: 0 });

  beforeAll(async () => {
    root = await tempRoot('incremental-');
    content = path.join(root, 'content');
    await mkdir(path.join(content, 'articles'), { recursive: true });
    for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(content, 'articles', name), text);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('after adding an article, re-uses unchanged pages and writes what a fresh run writes', async () => {
    const out = path.join(root, 'out');
    const cache = path.join(root, 'cache');
    await run(out, cache);
    const before = await tree(out);
    const pageOfA = (await readdir(path.join(out, 'site', 'pages', 'articles'))).find((name) => name.includes('a'));
    expect(pageOfA).toBeDefined();

    // Unchanged input: every file is re-used, byte for byte: the very same inode, hard-linked across the swap.
    const page = path.join(out, 'site', 'pages', 'articles', pageOfA as string);
    const inode = (await stat(page)).ino;
    await run(out, cache);
    expect(await tree(out)).toEqual(before);
    expect((await stat(page)).ino).toBe(inode);

    await writeFile(path.join(content, 'articles', 'd.txt'), ADDED);
    await run(out, cache);
    const incremental = await tree(out);
    expect([...incremental.keys()].some((file) => file.startsWith('articles/') && file.includes('d'))).toBe(true);

    // From scratch (no previous output, same cache): identical.
    const fresh = path.join(root, 'fresh');
    await run(fresh, cache);
    expect(incremental).toEqual(await tree(fresh));
    expect(incremental).not.toEqual(before);
  }, 120_000);

  it("finds a new person's surname in articles scanned by an earlier run", async () => {
    // Its own corpus: the text of `e.txt` names nobody: «шойгуизм» only contains the surname key «шойгу».
    const own = path.join(root, 'own');
    await mkdir(path.join(own, 'articles'), { recursive: true });
    for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(own, 'articles', name), text);
    await writeFile(path.join(own, 'articles', 'e.txt'), ` date 2025-08-22 Об этом в Хельсинки писали про шойгуизм, сообщают источники.\n`);
    const runOwn = (out: string) => ingest({ contentDir: own, outDir: out, cacheDir: path.join(root, 'cache-own'), jobs: 0 });
    const out = path.join(root, 'out-own');
    await runOwn(out);
    await writeFile(path.join(own, 'articles', 'f.txt'), ` date 2025-08-26 Сергей Шойгу провел встречу с Александром Стуббом в Хельсинки.\n`);
    await runOwn(out);
    const fresh = path.join(root, 'fresh-own');
    await runOwn(fresh);
    expect(await tree(out)).toEqual(await tree(fresh));
    // The old article is reported as an unlinked mention of the new person.
    const kb = JSON.parse(await readFile(path.join(fresh, 'kb.json'), 'utf8')) as { people: { id: string; name: string }[] };
    const shoigu = kb.people.find((person) => person.name.includes('Шойгу'));
    expect(kb.people.map((person) => person.name)).toContain('Сергей Шойгу');
    const page = JSON.parse(await readFile(path.join(fresh, 'site', 'pages', 'people', `${shoigu?.id}.json`), 'utf8')) as { unlinked: { id: string }[] };
    expect(page.unlinked.map((report) => report.id)).toContain('e');
  }, 120_000);

  it('analyses an added article ahead, in a worker, and still writes what a fresh run writes', async () => {
    const own = path.join(root, 'ahead');
    await mkdir(path.join(own, 'articles'), { recursive: true });
    for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(own, 'articles', name), text);
    const cache = path.join(root, 'cache-ahead');
    const runWith = (out: string, jobs: number) => ingest({ contentDir: own, outDir: out, cacheDir: cache, jobs });
    const out = path.join(root, 'out-ahead');
    await runWith(out, 1);
    await writeFile(path.join(own, 'articles', 'd.txt'), ADDED);
    const { stats } = await runWith(out, 1);
    expect(stats.analysed).toBe(1);
    expect(stats.cached).toBe(3);
    // The same corpus with no worker at all, from scratch, with its own cache.
    const fresh = path.join(root, 'fresh-ahead');
    await ingest({ contentDir: own, outDir: fresh, cacheDir: path.join(root, 'cache-ahead-2'), jobs: 0 });
    expect(await tree(out)).toEqual(await tree(fresh));
  }, 120_000);

  it('rewrites everything when the previous output has no manifest', async () => {
    const out = path.join(root, 'out2');
    const cache = path.join(root, 'cache');
    await run(out, cache);
    const manifest = await readManifest(out);
    expect(manifest?.files.size).toBeGreaterThan(5);
    const page = path.join(out, 'site', 'home.json');
    const inode = (await stat(page)).ino;
    await rm(path.join(out, MANIFEST));
    await run(out, cache);
    expect((await stat(page)).ino).not.toBe(inode);
  }, 120_000);
});
