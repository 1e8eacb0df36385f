import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_KINDS } from '../../scripts/tools/corpus-generator/bad-files.ts';
import { FILES_PER_FOLDER, generateCorpus, type CorpusSummary, type ManifestEntry } from '../../scripts/tools/corpus-generator/write-corpus.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'letopis-corpus-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.push(path.relative(root, abs));
    }
  };
  walk(root);
  return out.sort();
}

function fingerprint(root: string): Map<string, string> {
  return new Map(listFiles(root).map((f) => [f, createHash('sha256').update(readFileSync(path.join(root, f))).digest('hex')]));
}

function readManifest(root: string): ManifestEntry[] {
  return readFileSync(path.join(root, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ManifestEntry);
}

describe('determinism', () => {
  it('same seed gives a byte-identical corpus', () => {
    const a = tempDir();
    const b = tempDir();
    generateCorpus({ articles: 300, out: a, seed: 7 });
    generateCorpus({ articles: 300, out: b, seed: 7 });
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    expect(fa.size).toBeGreaterThan(300);
    expect([...fa.entries()]).toEqual([...fb.entries()]);
  });

  it('a different seed gives a different corpus', () => {
    const a = tempDir();
    const b = tempDir();
    generateCorpus({ articles: 50, out: a, seed: 1 });
    generateCorpus({ articles: 50, out: b, seed: 2 });
    expect(readFileSync(path.join(a, 'manifest.jsonl'), 'utf8')).not.toEqual(readFileSync(path.join(b, 'manifest.jsonl'), 'utf8'));
  });
});

describe('a 2500-article corpus', () => {
  let root = '';
  let summary: CorpusSummary;
  let manifest: ManifestEntry[] = [];
  beforeAll(() => {
    root = tempDir();
    summary = generateCorpus({ articles: 2500, out: root, seed: 11 });
    manifest = readManifest(root);
  });

  it('lists every file once in the manifest, and every file exists', () => {
    expect(manifest).toHaveLength(2500);
    const files = listFiles(path.join(root, 'articles')).map((f) => `articles/${f.split(path.sep).join('/')}`);
    expect(files).toEqual(manifest.map((m) => m.file).sort());
    expect(new Set(files).size).toBe(2500);
  });

  it('shards into folders of at most FILES_PER_FOLDER files', () => {
    const folders = readdirSync(path.join(root, 'articles'));
    expect(folders).toEqual(['0000', '0001', '0002']);
    for (const folder of folders) {
      expect(readdirSync(path.join(root, 'articles', folder)).length).toBeLessThanOrEqual(FILES_PER_FOLDER);
    }
    expect(summary.folders).toBe(3);
  });

  it('has about 5% bad files, of every kind', () => {
    const bad = manifest.filter((m) => m.bad !== null);
    expect(bad.length / manifest.length).toBeGreaterThan(0.03);
    expect(bad.length / manifest.length).toBeLessThan(0.07);
    expect(new Set(bad.map((m) => m.bad))).toEqual(new Set(BAD_KINDS));
    expect(summary.badFiles).toBe(bad.length);
  });

  it('mixes languages and both formats', () => {
    for (const lang of ['ru', 'uk', 'en']) expect(manifest.filter((m) => m.lang === lang).length).toBeGreaterThan(300);
    expect(manifest.filter((m) => m.format === 'md').length).toBeGreaterThan(500);
    expect(manifest.filter((m) => m.format === 'txt').length).toBeGreaterThan(500);
  });

  it('writes ~400-word articles and counts words', () => {
    const good = manifest.filter((m) => m.bad === null);
    for (const m of good) {
      expect(m.words).toBeGreaterThan(300);
      expect(m.words).toBeLessThan(520);
    }
    expect(summary.words).toBe(good.reduce((s, m) => s + m.words, 0));
  });

  it('writes valid seed-format .txt files', () => {
    for (const m of manifest.filter((x) => x.bad === null && x.format === 'txt')) {
      const text = readFileSync(path.join(root, m.file), 'utf8');
      expect(text).toMatch(/^ date \d{4}-\d{2}-\d{2} \S/);
      expect(text.slice(6, 16)).toBe(m.date);
      expect(text.split('\n\n').length).toBeGreaterThan(8);
      // question-line subheadings and an attribution line, as in the real feed
      expect(text).toMatch(/\n\n[^\n]+\?\n\n/);
      expect(text).toMatch(/,\n\n– [^\n]+\.\n/);
    }
  });

  it('writes .md files whose frontmatter parses with all fields', () => {
    for (const m of manifest.filter((x) => x.bad === null && x.format === 'md')) {
      const parsed = matter(readFileSync(path.join(root, m.file), 'utf8'));
      const data = parsed.data as Record<string, unknown>;
      expect(typeof data.title).toBe('string');
      expect(data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date).toBe(m.date);
      expect(data.lang).toBe(m.lang);
      expect(typeof data.source).toBe('string');
      expect(String(data.url)).toMatch(/^https:\/\/example\.org\//);
      expect(Array.isArray(data.tags)).toBe(true);
      expect(parsed.content).toMatch(/\n## [^\n]+\?\n/);
    }
  });

  it('damages bad files the way their kind says', () => {
    const byKind = (kind: string): ManifestEntry[] => manifest.filter((m) => m.bad === kind);
    for (const m of byKind('empty')) expect(statSync(path.join(root, m.file)).size).toBe(0);
    for (const m of byKind('binary')) expect(readFileSync(path.join(root, m.file)).includes(0)).toBe(true);
    for (const m of byKind('utf16')) expect([...readFileSync(path.join(root, m.file)).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    for (const m of byKind('cp1251')) {
      const bytes = readFileSync(path.join(root, m.file));
      expect(bytes.toString('utf8')).toContain('\uFFFD');
      if (m.lang !== 'en') expect(iconv.decode(bytes, 'win1251')).toMatch(/[а-яіїє]{4}/);
    }
    for (const m of byKind('impossible-date')) {
      const text = readFileSync(path.join(root, m.file), 'utf8');
      const date = /(?:^ date |\ndate: )(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? '';
      const d = new Date(`${date}T00:00:00Z`);
      expect(Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date).toBe(true);
    }
    for (const m of byKind('injection')) expect(readFileSync(path.join(root, m.file), 'utf8')).toContain('<script>');
    for (const m of byKind('duplicate')) {
      const bytes = readFileSync(path.join(root, m.file));
      const twin = manifest.find((o) => o.file !== m.file && o.bad === null && readFileSync(path.join(root, o.file)).equals(bytes));
      expect(twin).toBeDefined();
    }
    for (const m of byKind('broken-frontmatter')) {
      const text = readFileSync(path.join(root, m.file), 'utf8');
      let broken = false;
      try {
        const data = matter(text).data as Record<string, unknown>;
        broken = typeof data.title !== 'string' || typeof data.lang !== 'string';
      } catch {
        broken = true;
      }
      expect(broken).toBe(true);
    }
  });

  it('has recurring people and events', () => {
    const byPerson = new Map<string, number>();
    const byEvent = new Map<string, number>();
    for (const m of manifest) {
      for (const p of m.people) byPerson.set(p, (byPerson.get(p) ?? 0) + 1);
      byEvent.set(m.event, (byEvent.get(m.event) ?? 0) + 1);
    }
    expect(Math.max(...byPerson.values())).toBeGreaterThan(30);
    expect([...byEvent.values()].filter((n) => n >= 3).length).toBeGreaterThan(20);
    const truth = JSON.parse(readFileSync(path.join(root, 'truth.json'), 'utf8')) as { events: Array<{ followsUp?: string }> };
    expect(truth.events.some((e) => e.followsUp !== undefined)).toBe(true);
  });
});
