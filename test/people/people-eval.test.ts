/**
 * The people evaluation's own rules: fixed halves, per-article people by the
 * guide (names, aliases, splits, merges, roles) and role accuracy on job spans.
 */
import { describe, expect, it } from 'vitest';
import type { KbPerson, KnowledgeBase, LocalEntity } from '../../scripts/model/model.ts';
import { roleHead, scorePerArticle } from '../../scripts/tools/eval/people-per-article.ts';
import { halfOf, type GuideGold, type SpanDoc } from '../../scripts/tools/eval/people-sets.ts';
import { jobsNextToPersons, roleAccuracy } from '../../scripts/tools/eval/role-accuracy.ts';
import { kbFixture } from '../helpers/kb-fixture.ts';

const person = (id: string, name: string, roles: string[] = []): KbPerson =>
  kbFixture<KbPerson>({ id, name, names: { ru: name }, aliases: [], roles: roles.map((text) => ({ text, lang: 'ru', date: null, article: 'a', start: 0, end: text.length })), articles: ['a'], mentions: [], quotes: [], description: null });

const kb = (people: KbPerson[]): KnowledgeBase =>
  kbFixture<KnowledgeBase>({
    generator: 'test',
    articles: [{ id: 'a', file: 'a.txt', title: 'a', date: null, datePrecision: null, lang: 'ru', source: null, url: null, tags: [], words: 1, people: people.map((p) => p.id), organisations: [], places: [], events: [] }],
    people,
    organisations: [],
    places: [],
    events: [],
    plans: [],
    problems: [],
  });

const gold: GuideGold = {
  persons: {
    'olga-vetrova': { names: { ru: 'Ольга Ветрова', en: 'Olga Vetrova' }, roles: ['министр культуры'] },
    'ivan-vetrov': { names: { ru: 'Иван Ветров' }, aliases: ['И. Ветров'] },
  },
  events: {},
  articles: { 'a.txt': { lang: 'ru', persons: ['olga-vetrova', 'ivan-vetrov'] } },
};

describe('people evaluation', () => {
  it('halves are fixed: sorted by id, every other one, together the whole set', () => {
    const ids = ['d', 'a', 'c', 'b', 'e'];
    expect(halfOf(ids, (x) => x, 'even')).toEqual(['a', 'c', 'e']);
    expect(halfOf(ids, (x) => x, 'odd')).toEqual(['b', 'd']);
    expect(halfOf(ids, (x) => x, null)).toEqual(ids);
  });

  it('matches people per article by names and aliases, ignoring case, ё and dots', () => {
    const s = scorePerArticle(gold, kb([person('olga', 'ольга ветрова', ['министра культуры']), person('ivan', 'И Ветров'), person('x', 'Пётр Зайцев')]), ['a.txt']);
    expect(s.byLang.ru).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.roles).toEqual({ ok: 1, total: 1 });
    expect(s.splits).toEqual({});
  });

  it('counts a gold person spread over two pages as a split, and one page for two people as a merge', () => {
    const split = scorePerArticle(gold, kb([person('olga', 'Ольга Ветрова'), person('olga-en', 'Olga Vetrova'), person('ivan', 'Иван Ветров')]), ['a.txt']);
    expect(split.splits).toEqual({ 'olga-vetrova': ['olga', 'olga-en'] });
    const merged = kbFixture<KbPerson>({ ...person('both', 'Ольга Ветрова'), aliases: ['Иван Ветров'] });
    expect(scorePerArticle(gold, kb([merged]), ['a.txt']).merges).toEqual({ both: ['olga-vetrova', 'ivan-vetrov'] });
  });

  it('role heads compare a role across its case forms', () => {
    expect(roleHead('директором компании')).toBe(roleHead('директор'));
    expect(roleHead('заступника міністра')).toBe(roleHead('заступник міністра'));
  });

  it('role accuracy counts jobs written right next to a person', () => {
    const text = 'Сказав директор заводу Петро Сидоренко , а також Марія Лозова , інженерка .';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const doc: SpanDoc = {
      id: 'x',
      text,
      persons: [{ name: null, mentions: [at('Петро Сидоренко')] }, { name: null, mentions: [at('Марія Лозова')] }],
      jobs: [at('директор заводу'), at('інженерка')],
      orgs: null,
      places: null,
    };
    expect(jobsNextToPersons(doc)).toHaveLength(2);
    const entity = (mention: { start: number; end: number; text: string }, roles: string[]): LocalEntity => ({
      key: mention.text,
      type: 'person',
      name: mention.text,
      parts: null,
      lang: 'uk',
      keys: [],
      mentions: [{ ...mention, kind: 'name', sentence: 0 }],
      roles: roles.map((r) => ({ text: r, lang: 'uk', date: null, start: 0, end: r.length })),
      quotes: [],
    });
    const found = roleAccuracy(doc, [entity(at('Петро Сидоренко'), ['директор заводу']), entity(at('Марія Лозова'), [])]);
    expect(found.ok).toBe(1);
    expect(found.total).toBe(2);
  });
});
