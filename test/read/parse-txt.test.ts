import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/article/read/parse-article.ts';
import { segment } from '../../scripts/article/segment/segment.ts';
import { blockTexts, decoded, expectOffsetInvariants } from './helpers.ts';

const seedDir = path.resolve(import.meta.dirname, '../../../shared/seed');

function parse(text: string, file = 'a.txt') {
  const a = parseArticle(decoded(file, text));
  expectOffsetInvariants(a, segment(a));
  return a;
}

describe('parseArticle .txt date line', () => {
  it('reads ` date YYYY-MM-DD ` and keeps the rest of the line as the first paragraph', () => {
    const a = parse(' date 2025-08-24 Первый абзац.\n\nВторой абзац.');
    expect(a.date).toBe('2025-08-24');
    expect(a.datePrecision).toBe('day');
    expect(a.problems).toEqual([]);
    expect(blockTexts(a)).toEqual([['paragraph', 'Первый абзац.'], ['paragraph', 'Второй абзац.']]);
    expect(a.text.slice(a.body.start, a.body.end)).toBe('Первый абзац.\n\nВторой абзац.');
    expect(a.format).toBe('txt');
  });
  it('accepts month precision, no leading space, and `date:`', () => {
    expect(parse('date 2025-08 Текст.')).toMatchObject({ date: '2025-08', datePrecision: 'month' });
    expect(parse('date: 2025-08-24\nТекст.')).toMatchObject({ date: '2025-08-24', datePrecision: 'day' });
    expect(parse('  Date 2024 Текст.')).toMatchObject({ date: '2024', datePrecision: 'year' });
  });
  it('warns about a missing date line and still parses the text', () => {
    const a = parse('Просто текст без даты.\n\nЕщё абзац.');
    expect(a.date).toBeNull();
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ file: 'a.txt', severity: 'warning', line: 1 });
    expect(a.problems[0].message).toMatch(/no date line.*` date YYYY-MM-DD`/);
    expect(a.blocks).toHaveLength(2);
    expect(a.body.start).toBe(0);
  });
  it('warns about impossible dates with the line number, date null', () => {
    for (const bad of ['2025-13-45', '2025-02-30', '2023-02-29']) {
      const a = parse(` date ${bad} Текст статьи.`);
      expect(a.date).toBeNull();
      expect(a.datePrecision).toBeNull();
      expect(a.problems).toHaveLength(1);
      expect(a.problems[0]).toMatchObject({ severity: 'warning', line: 1 });
      expect(a.problems[0].message).toContain(bad);
      expect(blockTexts(a)).toEqual([['paragraph', 'Текст статьи.']]);
    }
    expect(parse(' date 2024-02-29 Да.').date).toBe('2024-02-29');
  });
  it('parses CRLF text with offsets into the original text', () => {
    const a = parse(' date 2025-08-24 Первый.\r\n\r\nКак быть?\r\n\r\nВторой абзац.\r\n');
    expect(blockTexts(a)).toEqual([['paragraph', 'Первый.'], ['heading', 'Как быть?'], ['paragraph', 'Второй абзац.']]);
  });
  it('does not take a sentence starting with "Date" for a date line', () => {
    const a = parse('Date palms grow in Egypt.');
    expect(a.date).toBeNull();
    expect(blockTexts(a)).toEqual([['paragraph', 'Date palms grow in Egypt.']]);
  });
});

describe('parseArticle .txt blocks', () => {
  it('treats each line of a feed as its own block, but joins hard-wrapped lines', () => {
    const a = parse([
      ' date 2025-01-01 Первая строка ленты.',
      'Вторая строка ленты.',
      'Это длинная строка, перенесённая вручную посередине предложения, и',
      'она продолжается здесь.',
    ].join('\n'));
    expect(blockTexts(a).map(([, t]) => t)).toEqual([
      'Первая строка ленты.',
      'Вторая строка ленты.',
      'Это длинная строка, перенесённая вручную посередине предложения, и\nона продолжается здесь.',
    ]);
  });
  it('classifies headings, attributions and whole quotes', () => {
    const a = parse([
      ' date 2025-01-01 Вступление.',
      'Что дальше?',
      'Они будут стараться дальше,',
      '– пишут аналитики.',
      '«Мы победим».',
      '"Путин надеется. Он ждёт", – резюмировали в ISW.',
    ].join('\n\n'));
    expect(blockTexts(a).map(([k]) => k)).toEqual(['paragraph', 'heading', 'paragraph', 'attribution', 'quote', 'paragraph']);
  });
  it('keeps <script> and HTML verbatim with correct offsets', () => {
    const text = ' date 2025-01-01 Текст <script>alert("x")</script> & <b>жирный</b>.\n\nДальше.';
    const a = parse(text);
    expect(a.blocks[0]).toMatchObject({ start: 17, end: text.indexOf('\n') });
    expect(a.text.slice(a.blocks[0].start, a.blocks[0].end)).toBe('Текст <script>alert("x")</script> & <b>жирный</b>.');
    expect(a.text).toBe(text);
  });
  it('derives the title from the first sentence, cut at a word boundary', () => {
    expect(parse(' date 2025-01-01 Короткий заголовок. Второе предложение.').title).toBe('Короткий заголовок');
    const long = 'Слово '.repeat(40).trim() + '.';
    const t = parse(` date 2025-01-01 ${long}`).title;
    expect(t.length).toBeLessThanOrEqual(120);
    expect(t.endsWith('Слово…')).toBe(true);
    expect(parse(' date 2025-01-01 ').title).toBe('a');
  });
  it('never throws on odd input', () => {
    for (const t of ['', '\n\n\n', ' date ', ' date 2025-01-01', '?', '–', '"', '\r', '\u0000', '---\n']) {
      expect(() => parse(t)).not.toThrow();
    }
  });
});

const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(seeds.length === 0)('seed article', () => {
  it('parses the real feed sample', () => {
    const text = readFileSync(path.join(seedDir, seeds[0]), 'utf8');
    const a = parse(text, seeds[0]);
    expect(a.date).toBe('2025-08-24');
    expect(a.datePrecision).toBe('day');
    expect(a.problems).toEqual([]);
    const kinds = blockTexts(a);
    expect(kinds).toContainEqual(['heading', 'Как Путин пытается получить уступки от США?']);
    expect(kinds).toContainEqual(['attribution', '– пишут аналитики.']);
    expect(a.title.startsWith('Российский президент Владимир Путин')).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(120);
  });
});
