/**
 * Back-references link their article to the event they point at (annotation
 * guide, "Reports"): the latest earlier event of the family with the same
 * people or place; never a new event.
 */
import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { type ArticleInput, type EntityLinks, setLink } from '../../scripts/corpus/resolve-entities.ts';
import type { EventType, KbEvent, KbPerson, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, personId } from '../../scripts/model/ids.ts';

const person = (id: string, en: string): KbPerson => ({ id: personId(id), name: en, names: { en }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null });
const PEOPLE = [person('ada-quill', 'Ada Quill'), person('boris-fenn', 'Boris Fenn'), person('cyra-lind', 'Cyra Lind')];

interface Spec {
  id: string;
  written: string;
  type: EventType;
  date: string | null;
  people: string[];
  reference?: boolean;
}

function cluster(specs: Spec[]): KbEvent[] {
  const links: EntityLinks = new Map();
  const inputs: ArticleInput[] = specs.map((spec) => {
    const entities: LocalEntity[] = spec.people.map((id, i): LocalEntity => ({ key: `p${i}`, type: 'person', name: PEOPLE.find((p) => p.id === id)!.name, parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] }));
    spec.people.forEach((id, i) => setLink(links, articleId(spec.id), `p${i}`, personId(id)));
    const event: LocalEvent = {
      key: 'e1',
      type: spec.type,
      status: 'happened',
      date: spec.date,
      datePrecision: spec.date === null ? null : 'day',
      place: null,
      participants: spec.people.map((_, i) => `p${i}`),
      orgs: [],
      title: spec.id,
      mentions: [{ start: 0, end: 5, text: 'event', kind: 'name', sentence: 0 }],
      ...(spec.reference ? { backReference: true } : {}),
    };
    return { id: articleId(spec.id), analysis: { version: 't', article: { date: spec.written } as ArticleInput['analysis']['article'], lang: 'en', sentences: [], entities, events: [event], wordCount: 0 } };
  });
  return clusterEvents(inputs, links, PEOPLE);
}

const PAIR = ['ada-quill', 'boris-fenn'];

describe('back-references link to the event they point at', () => {
  it('adds the referring article to the latest earlier talks of the same people, as a held report', () => {
    const events = cluster([
      { id: 'march-talks', written: '2031-03-03', type: 'meeting', date: '2031-03-02', people: PAIR },
      { id: 'may-talks', written: '2031-05-11', type: 'meeting', date: '2031-05-10', people: PAIR },
      { id: 'after-talks', written: '2031-05-20', type: 'meeting', date: null, people: PAIR, reference: true },
    ]);
    expect(events).toHaveLength(2);
    const may = events.find((e) => e.date === '2031-05-10')!;
    expect(may.articles).toEqual(['after-talks', 'may-talks']);
    expect(may.reports.find((r) => r.article === 'after-talks')!.status).toBe('happened');
    expect(may.date).toBe('2031-05-10');
  });

  it('never links to an event dated after the referring article, nor across type families', () => {
    const events = cluster([
      { id: 'later-talks', written: '2031-06-02', type: 'meeting', date: '2031-06-01', people: PAIR },
      { id: 'a-call', written: '2031-04-02', type: 'call', date: '2031-04-01', people: PAIR },
      { id: 'early-reference', written: '2031-05-01', type: 'meeting', date: null, people: PAIR, reference: true },
    ]);
    expect(events.flatMap((e) => e.articles)).not.toContain('early-reference');
  });

  it('never makes a new event of a reference that finds none, and wants both people when it names two', () => {
    const events = cluster([
      { id: 'other-pair', written: '2031-03-03', type: 'meeting', date: '2031-03-02', people: ['ada-quill', 'cyra-lind'] },
      { id: 'reference', written: '2031-05-01', type: 'meeting', date: null, people: PAIR, reference: true },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.articles).toEqual(['other-pair']);
  });
});

describe('back-references that name little', () => {
  it('takes one shared person only for recent events', () => {
    const events = cluster([
      { id: 'old-talks', written: '2031-01-03', type: 'meeting', date: '2031-01-02', people: PAIR },
      { id: 'reference', written: '2031-06-01', type: 'meeting', date: null, people: ['ada-quill'], reference: true },
      { id: 'recent-talks', written: '2032-02-03', type: 'meeting', date: '2032-02-02', people: PAIR },
      { id: 'recent-reference', written: '2032-02-20', type: 'meeting', date: null, people: ['boris-fenn'], reference: true },
    ]);
    expect(events.find((e) => e.date === '2031-01-02')!.articles).toEqual(['old-talks']);
    expect(events.find((e) => e.date === '2032-02-02')!.articles).toEqual(['recent-reference', 'recent-talks']);
  });
});

describe('back-references to a death', () => {
  it('find the death of the person named however long ago', () => {
    const events = cluster([
      { id: 'obituary', written: '2031-01-03', type: 'death', date: '2031-01-02', people: ['cyra-lind'] },
      { id: 'months-later', written: '2031-09-01', type: 'death', date: null, people: ['cyra-lind'], reference: true },
    ]);
    expect(events[0]!.articles).toEqual(['months-later', 'obituary']);
  });
});
