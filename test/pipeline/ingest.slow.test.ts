import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../scripts/model/model.ts';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { PROJECT_ROOT, TMP, tempRoot } from '../helpers/paths.ts';

const run = promisify(execFile);
const NODE = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');

const GOOD_RU = ` date 2025-08-20 Президент Финляндии Александр Стубб встретился с Владимиром Зеленским в Киеве.

Стубб заявил, что Финляндия продолжит поддерживать Украину.
`;
const GOOD_UK = ` date 2025-08-21 Президент Фінляндії Александр Стубб зустрівся з Володимиром Зеленським у Києві.

Стубб заявив, що Фінляндія і надалі підтримуватиме Україну.
`;
const GOOD_MD = `---
title: Stubb meets Zelensky in Kyiv
date: 2025-08-20
lang: en
source: Example Wire
url: https://example.org/stubb
---
Finnish President Alexander Stubb met Volodymyr Zelensky in Kyiv on Wednesday.

"Finland will keep supporting Ukraine," Stubb said.
`;

/** Every kind of bad input a content folder may hold, next to good articles. */
async function writeCorpus(dir: string): Promise<void> {
  const articles = path.join(dir, 'articles');
  await mkdir(path.join(articles, 'нові статті'), { recursive: true });
  await writeFile(path.join(articles, 'good-ru.txt'), GOOD_RU);
  await writeFile(path.join(articles, 'нові статті', 'стаття з пробілами.txt'), GOOD_UK);
  await writeFile(path.join(articles, 'good..en.md'), GOOD_MD);
  await writeFile(path.join(articles, 'empty.txt'), '');
  await writeFile(path.join(articles, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  await writeFile(path.join(articles, 'cp1251.txt'), iconv.encode(' date 2025-08-22 Сергей Лавров заявил, что встреча не запланирована.\n', 'win1251'));
  await writeFile(path.join(articles, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' date 2025-08-23 Дональд Трамп провел телефонный разговор.\n', 'utf16le')]));
  await writeFile(path.join(articles, 'broken-frontmatter.md'), '---\ntitle: "unterminated\ndate: [2025\n---\nТекст статьи о Путине.\n');
  await writeFile(path.join(articles, 'no-date.txt'), 'Владимир Путин провел совещание с правительством.\n');
  await writeFile(path.join(articles, 'impossible-date.txt'), ' date 2025-13-45 Владимир Путин провел совещание.\n');
  await writeFile(path.join(articles, 'zz-duplicate.txt'), GOOD_RU);
  await writeFile(path.join(articles, 'script.md'), '---\ntitle: <script>alert(1)</script>\ndate: 2025-08-24\n---\nТекст <script>alert("x")</script> и <img src=x onerror=alert(2)> про Владимира Путина.\n');
  // 20 MB of text in one file.
  await writeFile(path.join(articles, 'huge.txt'), ` date 2025-08-24 ${'Очень длинный текст статьи. '.repeat(20 * 1024 * 1024 / 52)}`);
}

async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (at: string) => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(at, entry.name);
      hash.update(full);
      if (entry.isDirectory()) await walk(full);
      else hash.update(await readFile(full));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

describe('ingest on good and bad input', () => {
  let root: string;
  let content: string;
  let out: string;
  let kb: KnowledgeBase;
  let contentHash: string;

  beforeAll(async () => {
    root = await tempRoot('ingest-');
    content = path.join(root, 'content');
    out = path.join(root, 'generated');
    await writeCorpus(content);
    contentHash = await hashTree(content);
    ({ kb } = await ingest({ contentDir: content, outDir: out, cacheDir: path.join(root, 'cache'), jobs: 0 }));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const problemsOf = (file: string) => kb.problems.filter((problem) => problem.file === file);
  const article = (file: string) => kb.articles.find((a) => a.file === file);

  it('builds the good articles in every language and format', () => {
    expect(article('articles/good-ru.txt')?.lang).toBe('ru');
    expect(article('articles/нові статті/стаття з пробілами.txt')?.lang).toBe('uk');
    expect(article('articles/good..en.md')).toMatchObject({ lang: 'en', title: 'Stubb meets Zelensky in Kyiv', date: '2025-08-20', datePrecision: 'day' });
  });

  it('accounts for every file: in articles or in problems', async () => {
    const files = (await readdir(path.join(content, 'articles'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(content, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    for (const file of files) {
      const listed = kb.articles.some((a) => a.file === file) || kb.problems.some((p) => p.file === file);
      expect(listed, file).toBe(true);
    }
  });

  it('reports an empty file and skips it', () => {
    expect(problemsOf('articles/empty.txt')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/empty/i) })]);
    expect(article('articles/empty.txt')).toBeUndefined();
  });

  it('reports a binary file and skips it', () => {
    expect(problemsOf('articles/binary.txt')[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/binary/i) });
    expect(article('articles/binary.txt')).toBeUndefined();
  });

  it('decodes cp1251 and UTF-16 with a warning', () => {
    expect(problemsOf('articles/cp1251.txt')[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/1251/) });
    expect(article('articles/cp1251.txt')?.title).toMatch(/Сергей Лавров/);
    expect(problemsOf('articles/utf16.txt')[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/UTF-16/i) });
    expect(article('articles/utf16.txt')?.title).toMatch(/Дональд Трамп/);
  });

  it('reports broken frontmatter with its line and still ingests the text', () => {
    const problem = problemsOf('articles/broken-frontmatter.md').find((p) => p.severity === 'error');
    expect(problem).toMatchObject({ message: expect.stringMatching(/frontmatter/i) });
    expect(problem!.line).toBeGreaterThan(0);
    expect(article('articles/broken-frontmatter.md')?.people.length).toBeGreaterThan(0);
  });

  it('reports missing and impossible dates', () => {
    expect(problemsOf('articles/no-date.txt')[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/date/i) });
    expect(article('articles/no-date.txt')?.date).toBeNull();
    expect(problemsOf('articles/impossible-date.txt')[0]).toMatchObject({ line: 1, message: expect.stringContaining('2025-13-45') });
    expect(article('articles/impossible-date.txt')?.date).toBeNull();
  });

  it('reports a duplicate and keeps the first copy', () => {
    expect(problemsOf('articles/zz-duplicate.txt')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('articles/good-ru.txt') });
    expect(article('articles/zz-duplicate.txt')).toBeUndefined();
  });

  it('reports a huge file and skips it', () => {
    expect(problemsOf('articles/huge.txt')[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/MB/) });
  });

  it('keeps raw HTML as inert text: escaped in the Obsidian entry', async () => {
    const id = article('articles/script.md')?.id as string;
    const entry = await readFile(path.join(out, 'articles', `${id}.md`), 'utf8');
    // Frontmatter values are JSON-quoted data; the body is what renders as markdown.
    const body = entry.slice(entry.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/<script|<img/i);
    expect(entry).toContain('&lt;script&gt;');
  });

  it('gives every mention exact offsets into the decoded text', async () => {
    for (const entity of [...kb.people, ...kb.organisations, ...kb.places]) {
      for (const mention of entity.mentions) {
        const a = kb.articles.find((x) => x.id === mention.article);
        expect(a, mention.article).toBeDefined();
        const raw = await readFile(path.join(content, a!.file));
        const { decodeText } = await import('../../scripts/article/read/decode-text.ts');
        const text = decodeText(a!.file, raw).decoded!.text;
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it('writes Obsidian entries with frontmatter and wikilinks', async () => {
    const id = article('articles/good-ru.txt')?.id as string;
    const entry = await readFile(path.join(out, 'articles', `${id}.md`), 'utf8');
    expect(entry.startsWith('---\n')).toBe(true);
    expect(entry).toMatch(/\[\[people\/[a-z0-9-]+\|[^\]]+\]\]/);
    for (const person of kb.people) await stat(path.join(out, 'people', `${person.id}.md`));
    for (const event of kb.events) await stat(path.join(out, 'events', `${event.id}.md`));
  });

  it('never modifies content/', async () => {
    expect(await hashTree(content)).toBe(contentHash);
  });

  it('keeps article ids stable when another article is added, and re-analyses only the new one', async () => {
    const extra = await tempRoot('ingest-extra-');
    try {
      await cp(content, extra, { recursive: true });
      await writeFile(path.join(extra, 'articles', '0-first.txt'), ' date 2025-08-25 Сергей Лавров прилетел в Анкоридж.\n');
      const second = await ingest({ contentDir: extra, outDir: path.join(extra, '..', `${path.basename(extra)}-out`), cacheDir: path.join(root, 'cache'), jobs: 0 });
      expect(second.stats.analysed).toBe(1);
      for (const a of kb.articles) expect(second.kb.articles.find((b) => b.file === a.file)?.id).toBe(a.id);
    } finally {
      await rm(extra, { recursive: true, force: true });
      await rm(`${extra}-out`, { recursive: true, force: true });
    }
  });
});

describe('ingest CLI', () => {
  it('exits 1 with a clear message when the content folder is missing', async () => {
    const error = await run(NODE, ['scripts/ingest.ts', '--content', 'does-not-exist', '--out', path.join(TMP, 'nowhere')], { cwd: PROJECT_ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1, stderr: expect.stringContaining('does-not-exist does not exist') });
  });

  it('exits 2 with usage on an unknown flag', async () => {
    const error = await run(NODE, ['scripts/ingest.ts', '--bogus'], { cwd: PROJECT_ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage') });
  });
});
