/**
 * Status per report and undated plans (annotation guide: "Status", "Not
 * events"): each reporting article keeps its own status, the event shows the
 * latest one, and an undated occurrence that has not happened is a plan, not
 * an event page.
 */
import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { isPlan, splitPlans } from '../../scripts/corpus/cluster/split-plans.ts';
import { latestStatus } from '../../scripts/corpus/cluster/event-reports.ts';
import { type ArticleInput, type EntityLinks, setLink } from '../../scripts/corpus/resolve-entities.ts';
import type { EventStatus, EventType, KbEvent, KbPerson, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, personId } from '../../scripts/model/ids.ts';

const person = (id: string, en: string): KbPerson => ({ id: personId(id), name: en, names: { en }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null });
const PEOPLE = [person('ada-quill', 'Ada Quill'), person('boris-fenn', 'Boris Fenn')];
const CAST = ['ada-quill', 'boris-fenn'];

interface Spec {
  id: string;
  written: string | null;
  status: EventStatus;
  date: string | null;
  type?: EventType;
}

function cluster(specs: Spec[]): KbEvent[] {
  const links: EntityLinks = new Map();
  const inputs: ArticleInput[] = specs.map((spec) => {
    const entities: LocalEntity[] = CAST.map((id, i): LocalEntity => ({ key: `p${i}`, type: 'person', name: PEOPLE.find((p) => p.id === id)!.name, parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] }));
    CAST.forEach((id, i) => setLink(links, articleId(spec.id), `p${i}`, personId(id)));
    const event: LocalEvent = {
      key: 'e1',
      type: spec.type ?? 'meeting',
      status: spec.status,
      date: spec.date,
      datePrecision: spec.date === null ? null : spec.date.length === 10 ? 'day' : 'month',
      place: null,
      participants: ['p0', 'p1'],
      orgs: [],
      title: spec.id,
      mentions: [{ start: 0, end: 5, text: 'event', kind: 'name', sentence: 0 }],
    };
    return { id: articleId(spec.id), analysis: { version: 't', article: { date: spec.written } as ArticleInput['analysis']['article'], lang: 'en', sentences: [], entities, events: [event], wordCount: 0 } };
  });
  return clusterEvents(inputs, links, PEOPLE);
}

describe('status per report', () => {
  it('keeps each article\'s own status and shows the latest: planned, then held', () => {
    const [event] = cluster([
      { id: 'announce', written: '2031-03-01', status: 'planned', date: '2031-03-10' },
      { id: 'held', written: '2031-03-11', status: 'happened', date: '2031-03-10' },
    ]);
    expect(event!.reports.map((r) => [r.article, r.status])).toEqual([['announce', 'planned'], ['held', 'happened']]);
    expect(event!.status).toBe('happened');
  });

  it('shows cancelled when the latest report calls the plan off', () => {
    const [event] = cluster([
      { id: 'announce', written: '2031-03-01', status: 'planned', date: '2031-03-10' },
      { id: 'called-off', written: '2031-03-09', status: 'cancelled', date: '2031-03-10' },
    ]);
    expect(event!.reports.map((r) => r.status)).toEqual(['planned', 'cancelled']);
    expect(event!.status).toBe('cancelled');
  });

  it('reads a "happened" written before the event date as a plan for that report', () => {
    const [event] = cluster([{ id: 'early', written: '2031-03-01', status: 'happened', date: '2031-03-10' }]);
    expect(event!.reports[0]!.status).toBe('planned');
  });

  it('settles reports of one date by rank, and undated articles count as the oldest', () => {
    const r = (article: string, date: string | null, status: EventStatus) => ({ article: articleId(article), date, status });
    expect(latestStatus([r('a', '2031-01-02', 'happened'), r('b', '2031-01-02', 'planned')])).toBe('happened');
    expect(latestStatus([r('a', null, 'cancelled'), r('b', '2031-01-02', 'planned')])).toBe('planned');
    expect(latestStatus([])).toBe('hypothetical');
  });
});

describe('undated plans are not events', () => {
  it('moves an undated proposal to plans, keeps a dated one and an undated held one as events', () => {
    const [plan] = cluster([{ id: 'maybe', written: '2031-05-01', status: 'hypothetical', date: null }]);
    const [dated] = cluster([{ id: 'dated', written: '2031-05-01', status: 'planned', date: '2031-06' }]);
    expect(isPlan(plan!)).toBe(true);
    expect(isPlan(dated!)).toBe(false);
    const { events, plans } = splitPlans([plan!, dated!, { ...plan!, status: 'happened' }]);
    expect(plans.map((e) => e.articles)).toEqual([['maybe']]);
    expect(events).toHaveLength(2);
  });
});
