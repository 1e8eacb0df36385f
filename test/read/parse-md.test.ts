import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/article/read/parse-article.ts';
import { segment } from '../../scripts/article/segment/segment.ts';
import { blockTexts, decoded, expectOffsetInvariants } from './helpers.ts';

function parse(text: string, file = 'a.md') {
  const a = parseArticle(decoded(file, text));
  expectOffsetInvariants(a, segment(a));
  return a;
}

const FULL = `---
title: "Встреча на Аляске"
date: 2025-08-15
lang: ua
source: 24 Канал
url: https://example.com/a?b=1
tags: [политика, 2025, США]
---
# Заголовок в тексте

Первый абзац 😀 с эмодзи.

## Подзаголовок

> Цитата в блоке.
> Вторая строка.

- пункт один
- пункт два

\`\`\`js
console.log("код");
\`\`\`

<script>alert("x")</script>

Конец.
`;

describe('parseArticle .md', () => {
  it('reads frontmatter fields and markdown blocks with exact offsets', () => {
    const a = parse(FULL);
    expect(a).toMatchObject({
      format: 'md',
      title: 'Встреча на Аляске',
      titleSource: 'frontmatter',
      date: '2025-08-15',
      datePrecision: 'day',
      declaredLang: 'uk',
      source: '24 Канал',
      url: 'https://example.com/a?b=1',
      tags: ['политика', '2025', 'США'],
      problems: [],
    });
    expect(a.text.slice(a.body.start, a.body.start + 2)).toBe('# ');
    expect(blockTexts(a)).toEqual([
      ['heading', 'Заголовок в тексте'],
      ['paragraph', 'Первый абзац 😀 с эмодзи.'],
      ['heading', 'Подзаголовок'],
      ['quote', 'Цитата в блоке.\n> Вторая строка.'],
      ['list', 'пункт один'],
      ['list', 'пункт два'],
      ['code', '```js\nconsole.log("код");\n```'],
      ['code', '<script>alert("x")</script>'],
      ['paragraph', 'Конец.'],
    ]);
    expect(a.text).toBe(FULL);
  });
  it('takes the title from the first # heading, else derives it', () => {
    const h = parse('---\ndate: 2025-01-01\n---\n\n# Главное\n\nТекст.');
    expect(h).toMatchObject({ title: 'Главное', titleSource: 'heading' });
    const d = parse('---\ndate: 2025-01-01\n---\nПервое предложение тут. Второе.');
    expect(d).toMatchObject({ title: 'Первое предложение тут', titleSource: 'derived' });
  });
  it('keeps dates as written, without timezone shifts', () => {
    expect(parse('---\ndate: 2025-08-24T01:30:00+03:00\n---\nТекст.').date).toBe('2025-08-24');
    expect(parse("---\ndate: '2025-08'\n---\nТекст.")).toMatchObject({ date: '2025-08', datePrecision: 'month' });
    expect(parse('---\ndate: 2025\n---\nТекст.')).toMatchObject({ date: '2025', datePrecision: 'year' });
  });
  it('warns on an impossible frontmatter date with its line', () => {
    const a = parse('---\ntitle: x\ndate: 2025-13-45\n---\nТекст.');
    expect(a.date).toBeNull();
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ severity: 'warning', line: 3 });
    expect(a.problems[0].message).toContain('2025-13-45');
  });
  it('drops non-http urls with a warning', () => {
    const a = parse('---\ndate: 2025-01-01\nurl: javascript:alert(1)\n---\nТекст.');
    expect(a.url).toBeNull();
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ severity: 'warning', line: 3 });
    expect(a.problems[0].message).toMatch(/dropped non-http url/);
  });
  it('reports unterminated frontmatter and salvages key: value lines, the rest is body', () => {
    const text = '---\ntitle: Обрыв\ndate: 2025-01-01\n\nТекст статьи без закрытия.';
    const a = parse(text);
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(a.problems[0].message).toMatch(/unterminated frontmatter.*`---`/);
    expect(a).toMatchObject({ title: 'Обрыв', date: '2025-01-01' });
    expect(blockTexts(a)).toEqual([['paragraph', 'Текст статьи без закрытия.']]);
  });
  it('reports invalid YAML with its line and reads the text as body', () => {
    const text = '---\ntitle: Заголовок\ndate: 2025-01-01\ntags: [a, b\n---\nТекст после.';
    const a = parse(text);
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ severity: 'error' });
    expect(a.problems[0].line).toBeGreaterThanOrEqual(4);
    expect(a.problems[0].line).toBeLessThanOrEqual(5);
    expect(a.problems[0].message).toMatch(/invalid YAML/);
    expect(a).toMatchObject({ title: 'Заголовок', date: '2025-01-01', tags: [] });
    expect(blockTexts(a)).toEqual([['paragraph', 'Текст после.']]);
    const b = parse('---\ntitle: a: b: c\n---\nТекст.');
    expect(b.problems[0]).toMatchObject({ severity: 'error', line: 2 });
  });
  it('parses CRLF markdown', () => {
    const a = parse('---\r\ntitle: T\r\ndate: 2025-01-01\r\n---\r\n# H\r\n\r\nАбзац один.\r\n\r\n- пункт\r\n');
    expect(a.problems).toEqual([]);
    expect(blockTexts(a)).toEqual([['heading', 'H'], ['paragraph', 'Абзац один.'], ['list', 'пункт']]);
  });
  it('scans the markdown block structure', () => {
    const a = parse([
      '---', 'date: 2025-01-01', '---',
      'Заголовок первого уровня', '=====', '',
      'Второй уровень', '---', '',
      '## Закрытый ##', '',
      'Абзац из', 'двух строк.', '',
      '> Цитата', 'с ленивым продолжением.', '>', '> Второй абзац цитаты.', '',
      '1. первый', '   продолжение пункта', '2. второй', '   - вложенный', '',
      '***', '',
      '    indented code', '',
      '<div>Путин <b>сказал</b></div>', '',
      '<!-- комментарий', 'в две строки -->', '',
      '~~~', 'незакрытый код',
    ].join('\n'));
    expect(a.title).toBe('Заголовок первого уровня');
    expect(a.titleSource).toBe('heading');
    expect(blockTexts(a)).toEqual([
      ['heading', 'Заголовок первого уровня'],
      ['heading', 'Второй уровень'],
      ['heading', 'Закрытый'],
      ['paragraph', 'Абзац из\nдвух строк.'],
      ['quote', 'Цитата\nс ленивым продолжением.'],
      ['quote', 'Второй абзац цитаты.'],
      ['list', 'первый\n   продолжение пункта'],
      ['list', 'второй'],
      ['list', 'вложенный'],
      ['code', 'indented code'],
      ['paragraph', '<div>Путин <b>сказал</b></div>'],
      ['code', '<!-- комментарий\nв две строки -->'],
      ['code', '~~~\nнезакрытый код'],
    ]);
  });
  it('strips inline markup from a heading title only', () => {
    const a = parse('---\ndate: 2025-01-01\n---\n# **Путин** и [Трамп](https://x.y) `код`\n\nТекст.');
    expect(a.title).toBe('Путин и Трамп код');
    expect(blockTexts(a)[0]).toEqual(['heading', '**Путин** и [Трамп](https://x.y) `код`']);
  });
  it('is linear on adversarial markdown', () => {
    // micromark needs minutes on these; the line scanner is linear. No timing asserted, the test just has to finish.
    for (const body of ['*a'.repeat(100_000), '>'.repeat(100_000), Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- a').join('\n')]) {
      const a = parseArticle(decoded('adv.md', body));
      expect(a.text).toBe(body);
    }
  });
  it('warns when there is no frontmatter at all', () => {
    const a = parse('Просто текст.', 'x.markdown');
    expect(a.format).toBe('md');
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0].severity).toBe('warning');
  });
  it('never throws on odd markdown', () => {
    for (const t of ['', '---', '---\n---', '---\n- a\n---\nx', '---\n\u0000\n---\n', '***\n# \n>', '[x]: y\n']) {
      expect(() => parse(t)).not.toThrow();
    }
  });
  it('reads block markers that end their line before a CR or LF (a heading, a list item, a fence)', () => {
    for (const t of ['#\r\nТекст.', '#\nТекст.', '1.\nТекст.', '2025.\r\nТекст.', '```\r\nкод\r\n```', '\n#\n']) {
      const a = parse(t);
      expect(a.problems.filter((p) => /could not parse/.test(p.message))).toEqual([]);
    }
  });
});
