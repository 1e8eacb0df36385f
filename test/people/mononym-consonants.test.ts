import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../scripts/corpus/resolve-entities.ts';
import { article, noCuration, person } from '../entities/resolve-fixtures.ts';

const resolve = (entities: ReturnType<typeof article>[]) => resolveEntities(entities, noCuration).people;

/** Issue 16: a lone given name does not join another script's surname by its consonants alone. */
describe('a lone given name and a surname with the same consonants', () => {
  it('stay two people across scripts', () => {
    const people = resolve([
      article('a', 'en', [person('Brendan Kamell', 'en')]),
      article('b', 'uk', [person('Камілла', 'uk', { parts: { first: 'Камілла', last: null, patronymic: null, gender: 'f' } })]),
    ]);
    expect(people).toHaveLength(2);
  });

  it('a bare surname still joins its full name in the other script', () => {
    const people = resolve([
      article('a', 'en', [person('Brendan Kamell', 'en')]),
      article('b', 'ru', [person('Камелл', 'ru', { parts: { first: null, last: 'Камелл', patronymic: null, gender: null } })]),
    ]);
    expect(people).toHaveLength(1);
  });
});
