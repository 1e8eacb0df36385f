import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

// Words that exercise every path: names, particles, initials, roles, pronouns, quotes, punctuation.
const PIECES = [
  'Путин', 'путін', 'Владимир', 'Владимира', 'В.', 'Зеленским', 'Стубб', 'президент', 'глава', 'Кремля', 'Он', 'Він', 'He',
  'заявил', 'said', 'что', ',', '.', '«', '»', '"', '–', ':', '(', ')', 'фон', 'дер', 'Ляйен', 'Ким', 'Чен', 'Ын', 'ибн',
  'Donald', "Trump's", 'Москва', 'МИД', '24', 'Формулы-1', 'Великої', '\n\n', 'По', 'словам', 'Лаврова', '•', '—',
];

describe('findPeople on arbitrary input', () => {
  it('never throws and keeps every offset exact', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.constantFrom('ru', 'uk', 'en'), (parts, lang) => {
        const text = parts.join(' ');
        for (const e of people(text, lang)) {
          expect(e.name.length).toBeGreaterThan(0);
          for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          for (const q of e.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
