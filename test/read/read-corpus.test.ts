import iconv from 'iconv-lite';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArticle, Problem } from '../../scripts/model/model.ts';
import { discoverFiles, MAX_FILE_BYTES } from '../../scripts/article/read/discover-files.ts';
import { readArticle } from '../../scripts/article/read/read-article.ts';
import { segment } from '../../scripts/article/segment/segment.ts';
import { expectOffsetInvariants } from './helpers.ts';

/*
 * One content folder with every kind of bad input next to good articles:
 * each bad file yields its problem, and the good files still come through.
 * Everything big or binary is generated here, in a temp dir.
 */

const fixtures = path.resolve(import.meta.dirname, '../fixtures/read/corpus');
let root: string;
let content: string;
let outside: string;
let files: Awaited<ReturnType<typeof discoverFiles>>['files'];
let discoveryProblems: Problem[];
const articles = new Map<string, ParsedArticle>();
const readProblems = new Map<string, Problem[]>();

const SCRIPT_TEXT = ' date 2025-08-24 Опасный <script>alert("xss")</script> текст & <b>теги</b>.\n';

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'letopis-read-'));
  content = path.join(root, 'content');
  outside = path.join(root, 'outside');
  cpSync(fixtures, content, { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), ' date 2025-01-01 Не должно попасть в сайт.\n');
  mkdirSync(path.join(content, 'bad'));
  const bad = (name: string, data: string | Uint8Array) => writeFileSync(path.join(content, 'bad', name), data);
  bad('empty.txt', '');
  bad('blank.md', '  \n\n');
  bad('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  bad('cp1251.txt', iconv.encode(' date 2025-08-24 Путин встретился с Трампом на Аляске, сообщают источники.\n', 'windows-1251'));
  bad('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(' date 2025-08-24 Путин и Трамп.\n', 'utf-16le')]));
  bad('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(' date 2025-08-24 Путин и Трамп.\n', 'utf-16be')]));
  bad('utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(' date 2025-08-24 С BOM.\n')]));
  bad('broken-frontmatter.md', '---\ntitle: Без конца\ndate: 2025-08-24\n\nТекст статьи.\n');
  bad('bad-yaml.md', '---\ntitle: [oops\n---\nТекст статьи.\n');
  bad('no-date.txt', 'Просто текст без даты.\n');
  bad('impossible-date.txt', ' date 2025-13-45 Текст с невозможной датой.\n');
  bad('script.txt', SCRIPT_TEXT);
  bad('report.docx', 'not really a docx');
  // 20 MB, sparse: costs no disk space and no time to write.
  writeFileSync(path.join(content, 'bad', 'huge.txt'), ' date 2025-01-01 ');
  truncateSync(path.join(content, 'bad', 'huge.txt'), 20 * 1024 * 1024);
  // Symlinks: outside (file and folder) are reported; inside are followed once; loops end.
  symlinkSync(path.join(outside, 'secret.txt'), path.join(content, 'link-out.txt'));
  symlinkSync(outside, path.join(content, 'link-out-dir'));
  symlinkSync(path.join(content, 'good.txt'), path.join(content, 'zz-link-in.txt'));
  symlinkSync(path.join(content, 'Новости'), path.join(content, 'news-link'));
  symlinkSync(content, path.join(content, 'Новости', 'loop'));
  symlinkSync(path.join(content, 'missing.txt'), path.join(content, 'dangling.txt'));
  // Dot-files and dot-folders are not articles.
  mkdirSync(path.join(content, '.git'));
  writeFileSync(path.join(content, '.git', 'HEAD.txt'), 'ref');

  const found = await discoverFiles(content);
  files = found.files;
  discoveryProblems = found.problems;
  for (const f of files) {
    const { article, problems } = await readArticle(f);
    readProblems.set(f.file, [...problems, ...(article?.problems ?? [])]);
    if (article) articles.set(f.file, article);
  }
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const problemsOf = (file: string) => [...discoveryProblems, ...(readProblems.get(file) ?? [])].filter((p) => p.file === file);

describe('discoverFiles', () => {
  it('lists article files sorted by relative POSIX path, skipping dot-files, people/ and non-articles', () => {
    expect(files.map((f) => f.file)).toEqual([
      'a..b.TXT',
      'bad/bad-yaml.md',
      'bad/blank.md',
      'bad/broken-frontmatter.md',
      'bad/cp1251.txt',
      'bad/empty.txt',
      'bad/image.txt',
      'bad/impossible-date.txt',
      'bad/no-date.txt',
      'bad/script.txt',
      'bad/utf16be.txt',
      'bad/utf16le.txt',
      'bad/utf8bom.txt',
      'good.txt',
      'with space.md',
      'Новости/notes.markdown',
      'Новости/Статья.txt',
    ]);
    for (const f of files) {
      expect(path.isAbsolute(f.path)).toBe(true);
      expect(f.size).toBeGreaterThanOrEqual(0);
    }
  });
  it('reports a file over the size limit with the limit and how to fix it', () => {
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
    expect(problemsOf('bad/huge.txt')).toEqual([
      { file: 'bad/huge.txt', severity: 'error', message: expect.stringMatching(/20\.0 MB.*10\.0 MB limit.*split it/) },
    ]);
  });
  it('lets the size limit be overridden', async () => {
    const small = await discoverFiles(path.join(content, 'Новости'), { maxBytes: 10 });
    expect(small.files.map((f) => f.file)).toEqual([]);
    expect(small.problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual(['notes.markdown', 'Статья.txt']);
    // From inside Новости, the loop link back to the content root points outside.
    expect(small.problems.filter((p) => p.severity === 'warning').map((p) => p.file)).toEqual(['loop']);
  });
  it('reports symlinks that leave the content folder and does not follow them', () => {
    expect(problemsOf('link-out.txt')).toEqual([{ file: 'link-out.txt', severity: 'warning', message: expect.stringMatching(/symlink points outside the content folder/) }]);
    expect(problemsOf('link-out-dir')).toHaveLength(1);
    expect(problemsOf('link-out-dir')[0].severity).toBe('warning');
    expect(files.some((f) => f.path.includes('secret'))).toBe(false);
  });
  it('follows inside symlinks once: no duplicate articles, no loops', () => {
    expect(files.some((f) => f.file.startsWith('news-link/') || f.file.includes('/loop/'))).toBe(false);
    expect(files.some((f) => f.file === 'zz-link-in.txt')).toBe(false);
  });
  it('reports broken symlinks and near-miss formats', () => {
    expect(problemsOf('dangling.txt')).toEqual([{ file: 'dangling.txt', severity: 'warning', message: expect.stringMatching(/broken symlink/) }]);
    expect(problemsOf('bad/report.docx')).toEqual([{ file: 'bad/report.docx', severity: 'warning', message: expect.stringMatching(/not read.*\.txt.*\.md/) }]);
    expect(problemsOf('page.html')).toHaveLength(1);
    expect(problemsOf('readme.json')).toEqual([]);
  });
  it('reports a missing content folder without throwing', async () => {
    const r = await discoverFiles(path.join(root, 'nope'));
    expect(r.files).toEqual([]);
    expect(r.problems[0].severity).toBe('error');
  });
});

describe('read stage over a corpus with bad inputs', () => {
  it('rejects empty and binary files with errors, the rest come through', () => {
    for (const f of ['bad/empty.txt', 'bad/blank.md']) {
      expect(articles.has(f)).toBe(false);
      expect(problemsOf(f)).toEqual([{ file: f, severity: 'error', message: expect.stringMatching(/^empty file/) }]);
    }
    expect(articles.has('bad/image.txt')).toBe(false);
    expect(problemsOf('bad/image.txt')).toEqual([{ file: 'bad/image.txt', severity: 'error', message: expect.stringMatching(/binary file.*PNG/) }]);
    expect(articles.size).toBe(files.length - 3);
  });
  it('converts cp1251 and UTF-16 with warnings, strips the UTF-8 BOM', () => {
    const cp = articles.get('bad/cp1251.txt')!;
    expect(cp.encoding).toBe('windows-1251');
    expect(cp.text).toContain('Путин встретился с Трампом');
    expect(cp.date).toBe('2025-08-24');
    expect(problemsOf('bad/cp1251.txt')).toEqual([{ file: 'bad/cp1251.txt', severity: 'warning', message: expect.stringMatching(/windows-1251.*UTF-8/) }]);
    for (const [f, enc] of [['bad/utf16le.txt', 'utf-16le'], ['bad/utf16be.txt', 'utf-16be']]) {
      const a = articles.get(f)!;
      expect(a.encoding).toBe(enc);
      expect(a.date).toBe('2025-08-24');
      expect(a.text.slice(a.blocks[0].start, a.blocks[0].end)).toBe('Путин и Трамп.');
      expect(problemsOf(f)).toEqual([{ file: f, severity: 'warning', message: expect.stringMatching(/UTF-16/) }]);
    }
    const bom = articles.get('bad/utf8bom.txt')!;
    expect(bom.text.startsWith(' date')).toBe(true);
    expect(bom.date).toBe('2025-08-24');
    expect(problemsOf('bad/utf8bom.txt')).toEqual([]);
  });
  it('reports broken frontmatter with a line and keeps the body', () => {
    const a = articles.get('bad/broken-frontmatter.md')!;
    expect(problemsOf('bad/broken-frontmatter.md')).toEqual([{ file: 'bad/broken-frontmatter.md', severity: 'error', line: 1, message: expect.stringMatching(/unterminated frontmatter/) }]);
    expect(a.text.slice(a.blocks[0].start, a.blocks[0].end)).toBe('Текст статьи.');
    const y = problemsOf('bad/bad-yaml.md');
    expect(y).toHaveLength(2); // the YAML error, then "no date" since nothing could be salvaged
    expect(y[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/invalid YAML/) });
    expect(y[0].line).toBeGreaterThanOrEqual(2);
  });
  it('warns about missing and impossible dates', () => {
    expect(problemsOf('bad/no-date.txt')).toEqual([{ file: 'bad/no-date.txt', severity: 'warning', line: 1, message: expect.stringMatching(/no date line.*date YYYY-MM-DD/) }]);
    expect(problemsOf('bad/impossible-date.txt')).toEqual([{ file: 'bad/impossible-date.txt', severity: 'warning', line: 1, message: expect.stringMatching(/2025-13-45/) }]);
    expect(articles.get('bad/impossible-date.txt')!.date).toBeNull();
  });
  it('keeps <script> verbatim with correct offsets', () => {
    const a = articles.get('bad/script.txt')!;
    expect(a.text).toBe(SCRIPT_TEXT);
    const b = a.blocks[0];
    expect(a.text.slice(b.start, b.end)).toBe('Опасный <script>alert("xss")</script> текст & <b>теги</b>.');
    const tokens = segment(a).flatMap((s) => s.tokens.map((t) => t.text));
    expect(tokens).toContain('script');
    expect(tokens).toContain('<');
  });
  it('reads files with spaces, Cyrillic and ".." in their names', () => {
    expect(articles.get('with space.md')).toMatchObject({ title: 'Заметка с пробелом', date: '2025-08', declaredLang: 'ru' });
    expect(articles.get('Новости/Статья.txt')!.date).toBe('2025-08-25');
    expect(articles.get('a..b.TXT')).toMatchObject({ date: '2025', datePrecision: 'year', format: 'txt' });
    expect(articles.get('Новости/notes.markdown')!.format).toBe('md');
    expect(problemsOf('good.txt')).toEqual([]);
  });
  it('keeps the offsets invariants for every article', () => {
    for (const a of articles.values()) expectOffsetInvariants(a, segment(a));
  });
});

describe('unreadable files', () => {
  it('reports a file that vanished between discovery and reading', async () => {
    const r = await readArticle({ file: 'gone.txt', path: path.join(root, 'gone.txt'), size: 1, mtimeMs: 0 });
    expect(r.article).toBeNull();
    expect(r.problems).toEqual([{ file: 'gone.txt', severity: 'error', message: expect.stringMatching(/Cannot read the file \(ENOENT\)/) }]);
  });
  // root reads everything, so permissions cannot be tested as root.
  it.skipIf(process.getuid?.() === 0)('reports a file without read permission and lists the others', async () => {
    const dir = path.join(root, 'perm');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'locked.txt'), ' date 2025-01-01 Закрыто.');
    writeFileSync(path.join(dir, 'open.txt'), ' date 2025-01-01 Открыто.');
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const r = await discoverFiles(dir);
    expect(r.files.map((f) => f.file)).toEqual(['open.txt']);
    expect(r.problems).toEqual([{ file: 'locked.txt', severity: 'error', message: expect.stringMatching(/Cannot read the file/) }]);
  });
});
