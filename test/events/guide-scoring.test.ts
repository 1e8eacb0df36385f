/**
 * The events evaluation by the annotation guide's rules, on a hand-made
 * knowledge base: what counts as a found (article, event) pair, when a coarse
 * date may match, per-report status, and events split over pages.
 */
import { describe, expect, it } from 'vitest';
import type { KbEvent, KbPerson, KnowledgeBase } from '../../scripts/model/model.ts';
import { datesCompatible, guideFamily, scoreGuideEvents, type GuideEventsGold } from '../../scripts/tools/eval/events-guide.ts';
import { kbFixture, type Unbranded } from '../helpers/kb-fixture.ts';

const person = (id: string, name: string): KbPerson =>
  kbFixture<KbPerson>({ id, name, names: { ru: name }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null });

const event = (id: string, fields: Partial<Unbranded<KbEvent>>): KbEvent =>
  kbFixture<KbEvent>({
    id,
    title: id,
    titles: {},
    type: 'meeting',
    date: '2030-04-02',
    datePrecision: 'day',
    dateEnd: null,
    place: null,
    placeNames: {},
    status: 'happened',
    participants: [],
    organisations: [],
    articles: [],
    mentions: [],
    reports: [],
    ...fields,
  });

function kb(events: KbEvent[]): KnowledgeBase {
  return kbFixture<KnowledgeBase>({
    generator: 'test',
    articles: ['a.txt', 'b.txt'].map((file) => ({ id: file.replace('.txt', ''), file, title: file, date: '2030-04-03', datePrecision: 'day', lang: 'ru', source: null, url: null, tags: [], words: 10, people: [], organisations: [], places: [], events: [] })),
    people: [person('p-kovalenko', 'Ирина Коваленко'), person('p-sandoval', 'Марко Сандовал')],
    organisations: [],
    places: [],
    events,
    plans: [],
    problems: [],
  });
}

const gold: GuideEventsGold = {
  persons: { kovalenko: { names: { ru: 'Ирина Коваленко' } }, sandoval: { names: { ru: 'Марко Сандовал' } } },
  events: {
    talks: { type: 'meeting', date: '2030-04-02', datePrecision: 'day', place: 'Лиссабон', participants: ['kovalenko', 'sandoval'], status: 'happened', articles: ['a.txt', 'b.txt'] },
  },
  articles: {
    'a.txt': { lang: 'ru', events: ['talks'], status: { talks: 'happened' } },
    'b.txt': { lang: 'ru', events: ['talks'], status: { talks: 'planned' } },
  },
};

describe('guide scoring of events', () => {
  it('families and dates follow the guide', () => {
    expect(guideFamily('visit')).toBe(guideFamily('summit'));
    expect(guideFamily('call')).not.toBe(guideFamily('meeting'));
    expect(datesCompatible('2030-04', '2030-04-02')).toBe(true);
    expect(datesCompatible('2030-04-03', '2030-04-02')).toBe(false);
    expect(datesCompatible(null, '2030')).toBe(false);
  });

  it('finds a pair through a shared participant, scores status per report, and sees one page for both reports', () => {
    const s = scoreGuideEvents(gold, kb([event('e1', { participants: ['p-kovalenko'], articles: ['a', 'b'] })]), ['a.txt', 'b.txt']);
    expect(s.found).toBe(2);
    expect(s.pairRecall).toBe(1);
    expect(s.pairPrecision).toBe(1);
    expect(s.exactDate).toBe(1);
    expect(s.status).toBe(0.5); // b.txt tells it as planned, the system's event says happened
    expect(s.splitEvents).toEqual([]);
    expect(s.clusterRecall).toBe(1);
  });

  it('a month-dated system event needs two shared participants or the place', () => {
    const one = scoreGuideEvents(gold, kb([event('e1', { date: '2030-04', datePrecision: 'month', participants: ['p-kovalenko'], articles: ['a'] })]), ['a.txt']);
    expect(one.found).toBe(0);
    const two = scoreGuideEvents(gold, kb([event('e1', { date: '2030-04', datePrecision: 'month', participants: ['p-kovalenko', 'p-sandoval'], articles: ['a'] })]), ['a.txt']);
    expect(two.found).toBe(1);
    expect(two.exactDate).toBe(0);
  });

  it('another family or no shared participant is no match, and reports on two pages are a split', () => {
    expect(scoreGuideEvents(gold, kb([event('e1', { type: 'call', participants: ['p-kovalenko'], articles: ['a'] })]), ['a.txt']).found).toBe(0);
    expect(scoreGuideEvents(gold, kb([event('e1', { articles: ['a'] })]), ['a.txt']).found).toBe(0);
    const split = scoreGuideEvents(gold, kb([event('e1', { participants: ['p-kovalenko'], articles: ['a'] }), event('e2', { participants: ['p-sandoval'], articles: ['b'] })]), ['a.txt', 'b.txt']);
    expect(split.splitEvents).toEqual(['talks']);
    expect(split.clusterRecall).toBe(0);
  });
});
