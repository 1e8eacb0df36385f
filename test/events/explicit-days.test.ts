/**
 * The one-day slack of clustering is for days counted from an article's date
 * («вчера», "on Thursday"); two days the texts write out are two events.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { type ArticleInput, type EntityLinks, setLink } from '../../scripts/corpus/resolve-entities.ts';
import type { KbPerson, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, personId } from '../../scripts/model/ids.ts';
import { fixture, PUTIN, TRUMP } from './helpers.ts';

describe('explicit days in the article stage', () => {
  it('marks a written-out day explicit, and a day counted from the article date not', () => {
    const f = (text: string) => {
      const x = fixture(text, '2031-08-16', [PUTIN, TRUMP]);
      return extractEvents(x.article, x.lang, x.sentences, x.entities);
    };
    expect(f('Путин и Трамп провели телефонный разговор 14 августа.')[0]).toMatchObject({ date: '2031-08-14', dateExplicit: true });
    const counted = f('Путин и Трамп вчера провели телефонный разговор.')[0]!;
    expect(counted.date).toBe('2031-08-15');
    expect(counted.dateExplicit).toBeUndefined();
  });
});

describe('explicit days in clustering', () => {
  const people: KbPerson[] = ['ada-quill', 'boris-fenn'].map((id) => ({ id: personId(id), name: id, names: { en: id }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null }));
  function run(specs: { id: string; date: string; explicit: boolean }[]) {
    const links: EntityLinks = new Map();
    const inputs: ArticleInput[] = specs.map((s) => {
      const entities: LocalEntity[] = people.map((p, i) => ({ key: `p${i}`, type: 'person', name: p.name, parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] }));
      people.forEach((p, i) => setLink(links, articleId(s.id), `p${i}`, p.id));
      const event: LocalEvent = { key: 'e1', type: 'call', status: 'happened', date: s.date, datePrecision: 'day', place: null, participants: ['p0', 'p1'], orgs: [], title: s.id, mentions: [{ start: 0, end: 4, text: 'call', kind: 'name', sentence: 0 }], ...(s.explicit ? { dateExplicit: true } : {}) };
      return { id: articleId(s.id), analysis: { version: 't', article: { date: '2031-09-01' } as ArticleInput['analysis']['article'], lang: 'en', sentences: [], entities, events: [event], wordCount: 0 } };
    });
    return clusterEvents(inputs, links, people);
  }

  it('keeps two calls on two written-out adjacent days apart', () => {
    expect(run([{ id: 'a', date: '2031-08-14', explicit: true }, { id: 'b', date: '2031-08-15', explicit: true }])).toHaveLength(2);
  });

  it('lets a counted day one off join a written-out one', () => {
    expect(run([{ id: 'a', date: '2031-08-14', explicit: true }, { id: 'b', date: '2031-08-15', explicit: false }])).toHaveLength(1);
  });
});
