import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/article/analyse-article.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';
import { resolveEntities } from '../../scripts/corpus/resolve-entities.ts';
import { article, noCuration, person } from './resolve-fixtures.ts';

/** One page for a name whose words are split differently between given names and surname in two scripts. */
describe('a whole name split differently across scripts', () => {
  beforeAll(async () => prepareAnalysis());

  it('merges «A B | C» in Latin with «A | B C» in Cyrillic', () => {
    const people = resolveEntities(
      [
        article('a', 'en', [person('Tomáš Hrubaj Vlček', 'en', { parts: { first: 'Tomáš Hrubaj', last: 'Vlček' } })]),
        article('b', 'ru', [person('Томаш Грубай Влчек', 'ru', { parts: { first: 'Томаш', last: 'Грубай Влчек' } })]),
      ],
      noCuration,
    ).people;
    expect(people).toHaveLength(1);
  });

  it('keeps different people apart when only their surnames agree', () => {
    const people = resolveEntities(
      [
        article('a', 'en', [person('Tomáš Hrubaj Vlček', 'en', { parts: { first: 'Tomáš Hrubaj', last: 'Vlček' } })]),
        article('b', 'ru', [person('Павел Влчек', 'ru', { parts: { first: 'Павел', last: 'Влчек' } })]),
      ],
      noCuration,
    ).people;
    expect(people).toHaveLength(2);
  });

  it('reads Latin names with diacritics as Latin names', () => {
    const text = ' date 2030-01-01 Outgoing President Jana Ďurčová met Minister Tamás Kovács in Brno.\n';
    const names = analyseArticle({ file: 'x.txt', text, encoding: 'utf-8', hash: 'x' }).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names.sort()).toEqual(['Jana Ďurčová', 'Tamás Kovács']);
  });
});
