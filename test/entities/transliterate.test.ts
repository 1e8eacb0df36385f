import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consonantSkeleton, skeleton, slugify, transliterate } from '../../scripts/lang/transliterate.ts';

describe('skeleton', () => {
  it.each([
    [['Путин', 'Путін', 'Putin']],
    [['Зеленский', 'Зеленський', 'Zelensky', 'Zelenskyy']],
    [['Лавров', 'Lavrov']],
    [['Стубб', 'Stubb']],
    [['Сергей', 'Сергій', 'Sergey', 'Sergei', 'Serhiy']],
    [['Джонсон', 'Johnson']],
  ])('maps %j to one key', (forms) => {
    expect(new Set(forms.map(skeleton)).size).toBe(1);
  });

  it('keeps different surnames apart', () => {
    expect(skeleton('Путин')).not.toBe(skeleton('Путина'));
    expect(skeleton('Ли')).not.toBe(skeleton('Лю'));
  });

  it('matches vowel-only differences in the consonant skeleton', () => {
    expect(consonantSkeleton('Трамп')).toBe(consonantSkeleton('Trump'));
    expect(consonantSkeleton('Владимир')).toBe(consonantSkeleton('Volodymyr'));
  });
});

describe('transliterate', () => {
  it('uses the Ukrainian table for Ukrainian text', () => {
    expect(transliterate('Володимир Зеленський', 'uk')).toBe('Volodymyr Zelenskyy');
    expect(transliterate('Сергей Лавров', 'ru')).toBe('Sergey Lavrov');
  });

  it('reads text with і, ї, є or ґ as Ukrainian when no language is given', () => {
    expect(transliterate('Гліб')).toBe('Hlib');
    expect(transliterate('Глеб')).toBe('Gleb');
  });

  it('spells names as English text does in the english system', () => {
    expect(transliterate('Евгений Юрьевич', 'ru', { system: 'english' })).toBe('Yevgeny Yuryevich');
    expect(transliterate('Юлія Згурська', 'uk', { system: 'english' })).toBe('Yuliia Zghurska');
  });

  it('removes diacritics unless asked to keep them', () => {
    expect(transliterate('Мюллер (Müller)', 'ru')).toBe('Myuller (Muller)');
    expect(transliterate('Мюллер (Müller)', 'ru', { keepMarks: true })).toBe('Myuller (Müller)');
  });
});

describe('slugify', () => {
  it('makes readable Latin slugs', () => {
    expect(slugify('Владимир Путин')).toBe('vladimir-putin');
    expect(slugify('The Telegraph')).toBe('the-telegraph');
  });

  it('is always safe', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(80);
        expect(slug.includes('..')).toBe(false);
        expect(['con', 'nul', 'aux', 'prn']).not.toContain(slug);
        expect(slugify(text)).toBe(slug);
      }),
    );
  });
});
