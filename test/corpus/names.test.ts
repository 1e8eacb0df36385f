import { describe, expect, it } from 'vitest';
import { buildCast } from '../../scripts/tools/corpus-generator/cast.ts';
import { declineFirstName, declineSurname } from '../../scripts/tools/corpus-generator/decline.ts';
import { createRng } from '../../scripts/tools/corpus-generator/prng.ts';
import { transliterate } from '../../scripts/lang/transliterate.ts';

describe('declension templates', () => {
  it.each([
    ['Петров', 'ru', 'm', ['Петров', 'Петрова', 'Петрову', 'Петрова', 'Петровым', 'Петрове']],
    ['Петрова', 'ru', 'f', ['Петрова', 'Петровой', 'Петровой', 'Петрову', 'Петровой', 'Петровой']],
    ['Завадский', 'ru', 'm', ['Завадский', 'Завадского', 'Завадскому', 'Завадского', 'Завадским', 'Завадском']],
    ['Завадская', 'ru', 'f', ['Завадская', 'Завадской', 'Завадской', 'Завадскую', 'Завадской', 'Завадской']],
    ['Ткаченко', 'ru', 'm', ['Ткаченко', 'Ткаченко', 'Ткаченко', 'Ткаченко', 'Ткаченко', 'Ткаченко']],
    ['Ковальчук', 'ru', 'm', ['Ковальчук', 'Ковальчука', 'Ковальчуку', 'Ковальчука', 'Ковальчуком', 'Ковальчуке']],
    ['Ковальчук', 'ru', 'f', ['Ковальчук', 'Ковальчук', 'Ковальчук', 'Ковальчук', 'Ковальчук', 'Ковальчук']],
    ['Ткаченко', 'uk', 'm', ['Ткаченко', 'Ткаченка', 'Ткаченкові', 'Ткаченка', 'Ткаченком', 'Ткаченкові']],
    ['Вишневський', 'uk', 'm', ['Вишневський', 'Вишневського', 'Вишневському', 'Вишневського', 'Вишневським', 'Вишневському']],
    ['Вишневська', 'uk', 'f', ['Вишневська', 'Вишневської', 'Вишневській', 'Вишневську', 'Вишневською', 'Вишневській']],
    ['Орлов', 'uk', 'm', ['Орлов', 'Орлова', 'Орлову', 'Орлова', 'Орловим', 'Орлові']],
  ] as const)('%s (%s, %s)', (name, lang, gender, expected) => {
    const f = declineSurname(name, lang, gender);
    expect([f.nom, f.gen, f.dat, f.acc, f.ins, f.loc]).toEqual(expected);
  });

  it('declines first names by ending', () => {
    expect(declineFirstName('Сергей', 'ru', 'm').ins).toBe('Сергеем');
    expect(declineFirstName('Дмитрий', 'ru', 'm').loc).toBe('Дмитрии');
    expect(declineFirstName('Ольга', 'ru', 'f').gen).toBe('Ольги');
    expect(declineFirstName('Ольга', 'uk', 'f').dat).toBe('Ользі');
    expect(declineFirstName('Дмитро', 'uk', 'm').voc).toBe('Дмитре');
    expect(declineFirstName('Наталія', 'uk', 'f').ins).toBe('Наталією');
    expect(declineFirstName('Хелен', 'ru', 'f').gen).toBe('Хелен');
  });
});

describe('cast', () => {
  it('transliterates the two Cyrillic languages with their own tables', () => {
    expect(transliterate('Олександр Зеленський', 'uk', { system: 'english' })).toBe('Oleksandr Zelenskyi');
    expect(transliterate('Дмитрий Евгеньевич', 'ru', { system: 'english' })).toBe('Dmitry Yevgenyevich');
  });

  it('builds a few hundred distinct people with names in three languages', () => {
    const cast = buildCast(createRng(3), 300);
    expect(cast).toHaveLength(300);
    expect(new Set(cast.map((p) => p.id)).size).toBe(300);
    for (const p of cast) {
      for (const lang of ['ru', 'uk'] as const) expect(p.names[lang].last.nom).toMatch(/^[А-ЯІЇЄҐ][а-яіїєґ'’-]+$/);
      expect(p.names.en.last.nom).toMatch(/^[A-Z][a-z'-]+$/);
    }
    // namesakes (shared surname, different person) are part of the test data
    const surnames = cast.map((p) => p.names.ru.last.nom);
    expect(new Set(surnames).size).toBeLessThan(surnames.length);
  });
});
