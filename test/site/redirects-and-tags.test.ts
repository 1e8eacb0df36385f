/** The redirect map of changed person ids, the tag index, and the id a new person gets. */
import { describe, expect, it } from 'vitest';
import type { KbArticle, KbPerson } from '../../scripts/model/model.ts';
import { personRedirects } from '../../scripts/emit/site-data/person-redirects.ts';
import { tagIndex } from '../../scripts/emit/site-data/tag-index.ts';
import { personIdBase } from '../../scripts/corpus/person-id-base.ts';
import { kbFixture } from '../helpers/kb-fixture.ts';

const person = (id: string, ...keys: string[]): KbPerson =>
  kbFixture<KbPerson>({
    id, name: id, names: {}, aliases: [], roles: [], articles: [], quotes: [], description: null,
    mentions: keys.map((key) => ({ article: key.split('@')[0], start: Number(key.split('@')[1]), end: Number(key.split('@')[1]) + 5, text: 'x', kind: 'name' })),
  });

describe('person redirects', () => {
  it('records identities on a first run and redirects nothing', () => {
    expect(personRedirects(null, [person('a', 'x@1', 'x@9')])).toEqual({ people: {}, identities: { a: ['x@1', 'x@9'] }, names: { a: 'a' } });
  });

  it('sends a vanished id to the person holding most of its mentions', () => {
    const first = personRedirects(null, [person('donald-tramp', 'x@1', 'y@2', 'z@3'), person('other', 'w@4')]);
    const second = personRedirects(first, [person('donald-trump', 'x@1', 'y@2'), person('someone', 'z@3'), person('other', 'w@4')]);
    expect(second.people).toEqual({ 'donald-tramp': 'donald-trump' });
  });

  it('falls back on the name when no recorded mention is found again (an output from before identities)', () => {
    const before = { people: {}, identities: {}, names: { 'donald-tramp': 'Дональд Трамп', gone: 'Никто' } };
    const now = { ...person('donald-trump', 'x@1'), name: 'Дональд Трамп' };
    expect(personRedirects(before, [now]).people).toEqual({ 'donald-tramp': 'donald-trump' });
  });

  it('follows a chain of changes and drops a redirect whose old id is a live page again', () => {
    const runs = [
      [person('a', 'x@1')],
      [person('b', 'x@1')],
      [person('c', 'x@1')],
    ].reduce<ReturnType<typeof personRedirects> | null>((previous, people) => personRedirects(previous, people), null);
    expect(runs?.people).toEqual({ a: 'c', b: 'c' });
    const back = personRedirects(runs, [person('a', 'x@1'), person('c', 'y@1')]);
    expect(back.people).toEqual({ b: 'c' });
  });
});

describe('tag index', () => {
  const article = (id: string, tags: string[]): KbArticle =>
    kbFixture<KbArticle>({ id, tags, file: id, title: id, date: null, datePrecision: null, lang: 'ru', source: null, url: null, words: 1, people: [], organisations: [], places: [], events: [] });
  it('merges spellings of one slug, counts each article once, most used first', () => {
    const tags = tagIndex([article('a1', ['Экономика', 'экономика', ' ']), article('a2', ['экономика', 'Аляска']), article('a3', ['<b>x</b>'])]);
    expect(tags.map((t) => [t.slug, t.tag, t.names, t.articles])).toEqual([
      ['ekonomika', 'Экономика', ['Экономика', 'экономика'], ['a1', 'a2']],
      ['b-x-b', '<b>x</b>', ['<b>x</b>'], ['a3']],
      ['alyaska', 'Аляска', ['Аляска'], ['a2']],
    ]);
  });
});

describe('person id base', () => {
  it('prefers an English full name, else the canonical name transliterated', () => {
    expect(personIdBase('Дональд Трамп', { ru: 'Дональд Трамп', en: 'Donald Trump' })).toBe('donald-trump');
    expect(personIdBase('Дональд Трамп', { ru: 'Дональд Трамп' })).toBe('donald-tramp');
    expect(personIdBase('Дональд Трамп', { ru: 'Дональд Трамп', en: 'Trump' })).toBe('donald-tramp');
  });
});
