import { describe, expect, it } from 'vitest';
import { findTextOddities } from '../../scripts/article/read/find-text-oddities.ts';

const check = (text: string) => findTextOddities('a.txt', text, { start: 0, end: text.length });

describe('findTextOddities', () => {
  it('reports invisible characters inside words, with the line and the kind', () => {
    const [problem] = check('Первая строка.\nВладимир Пу\u00adтин и Дональд Трамп\u200bом встретились.');
    expect(problem).toMatchObject({ severity: 'warning', line: 2 });
    expect(problem.message).toMatch(/2 words contain invisible characters/);
    expect(problem.message).toContain('soft hyphen U+00AD');
    expect(problem.message).toContain('zero-width space U+200B');
  });

  it('reports right-to-left marks inside names', () => {
    expect(check('Володимир Зелен\u200fський')[0].message).toContain('right-to-left mark U+200F');
  });

  it('reports words that mix Latin and Cyrillic look-alikes', () => {
    const problems = check('Владимир Пyтин заявил.'); // Latin y
    expect(problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('«Пyтин»') })]);
  });

  it('says nothing about clean text in any alphabet, Ukrainian apostrophes or marks between words', () => {
    expect(check('Марʼяна Безугла, Мар’яна і Мар\'яна. Emmanuel Macron said. Путін\u200b заявив. 😀 Путин')).toEqual([]);
  });

  it('handles a megabyte-long word', () => {
    expect(check('П'.repeat(1_000_000) + 'y')).toHaveLength(1);
  });
});
