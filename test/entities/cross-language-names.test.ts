import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../scripts/corpus/resolve-entities.ts';
import { personSkeleton } from '../../scripts/lang/transliterate.ts';
import { article, noCuration, person } from './resolve-fixtures.ts';

/** One page per person whatever the language writes: Russian, Ukrainian and English spellings of one name. */
describe('personSkeleton', () => {
  it.each([
    [['Андреева', 'Андреєва', 'Andreyeva']],
    [['Олейник', 'Олійник', 'Oliinyk']],
    [['Кравецкая', 'Кравецька', 'Kravetska']],
    [['Воробьёва', "Вороб'єва"]],
    [["Грігор'єва", 'Григорьева']],
    [['Герасимов', 'Герасімов']],
    [['Богдан', 'Bohdan']],
    [['Олег', 'Oleh', 'Oleg']],
    [['Thomas', 'Томас']],
    [['Collins', 'Коллинз']],
  ])('maps %j to one key', (forms) => {
    expect(new Set(forms.map(personSkeleton)).size).toBe(1);
  });

  it('keeps different surnames apart', () => {
    expect(personSkeleton('Беляев')).not.toBe(personSkeleton('Белов'));
    expect(personSkeleton('Путин')).not.toBe(personSkeleton('Путина'));
    expect(personSkeleton('Ли')).not.toBe(personSkeleton('Лю'));
  });
});

describe('resolveEntities across ru, uk and en spellings', () => {
  const one = (entities: ReturnType<typeof article>[]) => resolveEntities(entities, noCuration).people;

  it('merges Ukrainian and Russian spellings of one person', () => {
    for (const [ru, uk] of [
      ['Анна Андреева', 'Анна Андреєва'],
      ['Сергей Олейник', 'Сергій Олійник'],
      ['Екатерина Завадская', 'Катерина Завадська'],
      ['Константин Андреев', 'Костянтин Андреєв'],
      ['Кристина Марченко', 'Христина Марченко'],
      ['Никита Покровский', 'Микита Покровський'],
      ['Анна Олейник', 'Ганна Олійник'],
      ['Елена Ковалевская', 'Олена Ковалевська'],
    ]) {
      expect(one([article('a', 'ru', [person(ru, 'ru')]), article('b', 'uk', [person(uk, 'uk')])]).map((p) => p.name)).toEqual([ru]);
    }
  });

  it('merges English spellings once Russian and Ukrainian agree', () => {
    const people = one([
      article('a', 'ru', [person('Богдан Кравецкий', 'ru')]),
      article('b', 'uk', [person('Богдан Кравецький', 'uk')]),
      article('c', 'en', [person('Bohdan Kravetskyi', 'en')]),
      article('d', 'ru', [person('Майкл Брукс', 'ru')]),
      article('e', 'en', [person('Michael Brooks', 'en')]),
      article('f', 'ru', [person('Томас Холмс', 'ru')]),
      article('g', 'en', [person('Thomas Holmes', 'en')]),
      article('h', 'uk', [person('Олег Кравченко', 'uk')]),
      article('i', 'en', [person('Oleh Kravchenko', 'en')]),
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Богдан Кравецкий', 'Майкл Брукс', 'Олег Кравченко', 'Томас Холмс']);
  });

  it('keeps first names apart that share their consonants (Олег / Юлия / Илья, Анна / Яна, Майкл / Микола)', () => {
    const people = one([
      article('a', 'uk', [person('Олег Кравченко', 'uk')]),
      article('b', 'uk', [person('Юлія Кравченко', 'uk')]),
      article('c', 'ru', [person('Илья Кравченко', 'ru')]),
      article('d', 'ru', [person('Анна Коваль', 'ru')]),
      article('e', 'ru', [person('Яна Коваль', 'ru')]),
      article('f', 'ru', [person('Майкл Коваль', 'ru')]),
      article('g', 'uk', [person('Микола Коваль', 'uk')]),
    ]);
    expect(people).toHaveLength(7);
  });

  it('a lone word read as a given name joins the one person who has it as a surname, unless it is someone\'s given name', () => {
    const people = one([
      article('a', 'ru', [person('Ирина Ильина', 'ru', { parts: { gender: 'f' } }), person('Николай Ильин', 'ru', { parts: { gender: 'm' } })]),
      article('b', 'ru', [person('Ильина', 'ru', { key: 'i', parts: { first: 'Ильина', last: null, gender: 'f' } })]),
      article('c', 'ru', [person('Ирина', 'ru', { key: 'k', parts: { first: 'Ирина', last: null, gender: 'f' } })]),
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Ирина', 'Ирина Ильина', 'Николай Ильин']);
    expect(people.find((p) => p.name === 'Ирина Ильина')!.articles).toEqual(['a', 'b']);
  });

  it('does not take one person\'s Latin spelling for another\'s whose surname has the same consonants', () => {
    const people = one([
      article('a', 'ru', [person('Ольга Ковалёва', 'ru')]),
      article('b', 'en', [person('Olga Yakovleva', 'en')]),
      article('c', 'en', [person('Olga Kovaleva', 'en')]),
      article('d', 'ru', [person('Ольга Яковлева', 'ru')]),
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Ольга Ковалёва', 'Ольга Яковлева']);
  });

  it('keeps a woman and a man apart whose first names differ only in the ending (Александра / Александр)', () => {
    const people = one([
      article('a', 'ru', [person('Александра Кравченко', 'ru')]),
      article('b', 'ru', [person('Александр Кравченко', 'ru')]),
      article('c', 'uk', [person('Олександра Кравченко', 'uk')]),
      article('d', 'uk', [person('Микола Кравченко', 'uk')]),
      article('e', 'ru', [person('Николай Кравченко', 'ru')]),
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Александр Кравченко', 'Александра Кравченко', 'Николай Кравченко']);
  });
});
