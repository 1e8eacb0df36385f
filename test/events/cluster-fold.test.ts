/**
 * Folding undated plans into held events (foldUndatedIntoHeld): which held
 * event a plan belongs to when the same people held two, and organisations
 * counted against the plan's own, not the held cluster's growing set.
 */
import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { type ArticleInput, type EntityLinks, setLink } from '../../scripts/corpus/resolve-entities.ts';
import type { EventStatus, EventType, KbPerson, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, orgId, personId } from '../../scripts/model/ids.ts';

const person = (id: string, en: string): KbPerson => ({ id: personId(id), name: en, names: { en }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null });
const PEOPLE = [person('emmanuel-macron', 'Emmanuel Macron'), person('volodymyr-zelensky', 'Volodymyr Zelensky')];

interface Spec {
  id: string;
  written: string;
  type: EventType;
  status: EventStatus;
  date: string | null;
  people: string[];
  orgs?: string[];
}

function build(specs: Spec[]) {
  const links: EntityLinks = new Map();
  const inputs: ArticleInput[] = specs.map((spec) => {
    const entities: LocalEntity[] = [
      ...spec.people.map((id, i): LocalEntity => ({ key: `p${i}`, type: 'person', name: PEOPLE.find((p) => p.id === id)!.name, parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] })),
      ...(spec.orgs ?? []).map((id, i): LocalEntity => ({ key: `o${i}`, type: 'org', name: id, parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] })),
    ];
    spec.people.forEach((id, i) => setLink(links, articleId(spec.id), `p${i}`, personId(id)));
    (spec.orgs ?? []).forEach((id, i) => setLink(links, articleId(spec.id), `o${i}`, orgId(id)));
    const event: LocalEvent = {
      key: 'e1',
      type: spec.type,
      status: spec.status,
      date: spec.date,
      datePrecision: spec.date === null ? null : spec.date.length === 10 ? 'day' : 'month',
      place: null,
      participants: spec.people.map((_, i) => `p${i}`),
      orgs: (spec.orgs ?? []).map((_, i) => `o${i}`),
      title: spec.id,
      mentions: [{ start: 0, end: 5, text: 'event', kind: 'name', sentence: 0 }],
    };
    return {
      id: articleId(spec.id),
      analysis: { version: 't', article: { date: spec.written } as ArticleInput['analysis']['article'], lang: 'en', sentences: [], entities, events: [event], wordCount: 0 },
    };
  });
  return clusterEvents(inputs, links, PEOPLE);
}

const CAST = ['emmanuel-macron', 'volodymyr-zelensky'];

describe('undated plans folded into held events', () => {
  it('gives a plan written the day of one call to the next call of the same people, not to that one', () => {
    const events = build([
      { id: 'first', written: '2025-08-20', type: 'call', status: 'happened', date: '2025-08-20', people: CAST },
      { id: 'second', written: '2025-08-28', type: 'call', status: 'happened', date: '2025-08-27', people: CAST },
      { id: 'plan', written: '2025-08-20', type: 'call', status: 'planned', date: null, people: CAST },
    ]);
    expect(events.find((e) => e.articles.includes(articleId('plan')))!.articles).toEqual(['plan', 'second']);
  });

  it('counts shared organisations against the plan\'s own, not the held cluster\'s many', () => {
    const events = build([
      { id: 'held', written: '2025-09-19', type: 'sanctions', status: 'happened', date: '2025-09-19', people: [], orgs: ['eu', 'european-commission', 'russia', 'kremlin', 'helsinki'] },
      { id: 'plan', written: '2025-09-11', type: 'sanctions', status: 'planned', date: null, people: [], orgs: ['eu', 'european-commission', 'ukraine'] },
    ]);
    expect(events).toHaveLength(1);
  });
});
