import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../scripts/corpus/resolve-entities.ts';
import { personSkeleton } from '../../scripts/lang/transliterate.ts';
import { article, noCuration, person } from './resolve-fixtures.ts';

const resolve = (entities: ReturnType<typeof article>[]) => resolveEntities(entities, noCuration).people;

/** One page per person across scripts: short given names, Central European Latin spellings, regnal and church names. */
describe('cross-script spellings of one person', () => {
  it('reads Latin j as й in a word with Central European letters', () => {
    expect(personSkeleton('Kovaľaj')).toBe(personSkeleton('Ковальай'));
    expect(personSkeleton('Jarosław')).toBe(personSkeleton('Ярослав'));
    expect(personSkeleton('Jordan')).not.toBe(personSkeleton('Йордан'));
  });

  it('merges a short given name spelled with one vowel letter in one script and two in the other', () => {
    const people = resolve([article('a', 'en', [person('Moe Tarvin', 'en')]), article('b', 'ru', [person('Мо Тарвин', 'ru')])]);
    expect(people).toHaveLength(1);
  });

  it('merges a Slovak two-word surname written in Latin and in Cyrillic', () => {
    const people = resolve([
      article('a', 'en', [person('Tomáš Hrubaj Vlček', 'en', { parts: { first: 'Tomáš', last: 'Hrubaj Vlček' } })]),
      article('b', 'ru', [person('Томаш Грубай Влчек', 'ru', { parts: { first: 'Томаш', last: 'Грубай Влчек' } })]),
    ]);
    expect(people).toHaveLength(1);
  });

  it('merges a pope or monarch known by a lone regnal name', () => {
    const people = resolve([
      article('a', 'en', [person('Francis', 'en', { parts: { first: 'Francis', last: null } })]),
      article('b', 'ru', [person('Франциск', 'ru', { parts: { first: 'Франциск', last: null } })]),
    ]);
    expect(people).toHaveLength(1);
  });

  it('merges a lone regnal name read as a surname with its other-script form', () => {
    const people = resolve([
      article('a', 'en', [person('Leo', 'en', { parts: { first: null, last: 'Leo' } })]),
      article('b', 'ru', [person('Лев', 'ru', { parts: { first: 'Лев', last: null } })]),
      article('c', 'en', [person('Charles III', 'en', { parts: { first: 'Charles', last: 'III' } })]),
      article('d', 'ru', [person('Карл', 'ru', { parts: { first: 'Карл', last: null } })]),
    ]);
    expect(people).toHaveLength(2);
  });

  it('merges transliteration variants of one Arabic given name alone', () => {
    const people = resolve([
      article('a', 'ru', [person('Мохаммед', 'ru', { parts: { first: 'Мохаммед', last: null } })]),
      article('b', 'ru', [person('Мухаммад', 'ru', { parts: { first: 'Мухаммад', last: null } })]),
    ]);
    expect(people).toHaveLength(1);
  });

  it('merges a Slavic surname whose Latin c is Cyrillic ц', () => {
    const people = resolve([article('a', 'en', [person('Marek Dolec', 'en')]), article('b', 'ru', [person('Марек Долец', 'ru')])]);
    expect(people).toHaveLength(1);
  });

  it('keeps different short given names apart', () => {
    const people = resolve([article('a', 'en', [person('Moe Tarvin', 'en')]), article('b', 'ru', [person('Мэй Тарвин', 'ru')])]);
    expect(people).toHaveLength(2);
  });
});
