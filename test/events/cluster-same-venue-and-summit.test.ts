import { describe, expect, it } from 'vitest';
import { newCluster } from '../../scripts/corpus/cluster/cluster.ts';
import { dateInterval } from '../../scripts/corpus/cluster/date-interval.ts';
import { matchScore } from '../../scripts/corpus/cluster/match-score.ts';
import type { Member } from '../../scripts/corpus/cluster/member.ts';
import { placeKey } from '../../scripts/corpus/cluster/place-key.ts';
import type { EventType, Lang, LocalEvent, OrgId } from '../../scripts/model/model.ts';
import { articleId } from '../../scripts/model/ids.ts';

interface Report {
  lang: Lang;
  type: EventType;
  date: string;
  people: string[];
  place: string;
  placeId: string;
  orgs?: string[];
}

/** A clustering member built straight from a report's facts. */
function member(r: Report, n: number): Member {
  const [lo, hi] = dateInterval(r.date)!;
  const precision = r.date.length === 10 ? 'day' : 'month';
  const event = { key: `e${n}`, type: r.type, status: 'happened', date: r.date, datePrecision: precision, place: r.place, participants: [], orgs: [], title: '', mentions: [] } as unknown as LocalEvent;
  return {
    article: articleId(`a${n}`),
    lang: r.lang,
    event,
    family: r.type === 'summit' || r.type === 'visit' ? 'meeting' : r.type,
    people: r.people.map((p) => `p:${p}`),
    ordered: [],
    strong: [],
    orgs: (r.orgs ?? []) as OrgId[],
    articleDate: null,
    orgNames: [],
    place: r.placeId,
    placeChain: [],
    placeKey: placeKey(r.place),
    lo,
    hi,
    precision,
    explicitDay: false,
    identity: `a${n}`,
  };
}

const score = (a: Report, b: Report): number => matchScore(member(b, 2), newCluster(member(a, 1)));

describe('place keys across languages', () => {
  it('reads one venue in three languages and cases as one key, the building word left out', () => {
    const keys = ['Мариинский дворец', 'Маріїнському палаці', 'Mariinsky Palace'].map(placeKey);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).not.toBeNull();
  });
  it('tells different venues and cities apart', () => {
    expect(placeKey('Presidential Palace')).not.toBe(placeKey('Mariinsky Palace'));
    expect(placeKey('Хиросима')).toBe(placeKey('Hiroshima'));
    expect(placeKey('Хиросима')).not.toBe(placeKey('Сидней'));
  });
  it('gives no key to a bare building word', () => {
    expect(placeKey('the Palace')).toBeNull();
  });
});

describe('clustering by place', () => {
  const talks = (lang: Lang, date: string, place: string, placeId: string): Report => ({ lang, type: 'meeting', date, people: ['bdn', 'zlnsk'], place, placeId });
  it('joins talks whose venue resolved to different ids per language', () => {
    expect(score(talks('uk', '2023-02-20', 'Маріїнський палац', 'mariinskyi-palats'), talks('ru', '2023-02', 'Мариинский дворец', 'mariinskiy-dvorets'))).toBeGreaterThan(0);
  });
  it('still keeps talks at two different venues apart', () => {
    expect(score(talks('en', '2023-02-20', 'Royal Castle', 'royal-castle'), talks('ru', '2023-02', 'Мариинский дворец', 'mariinskiy-dvorets'))).toBe(-1);
  });
});

describe('one summit whoever a report names at it', () => {
  const summit = (who: string, date: string, place = 'Hiroshima', placeId = 'hiroshima', orgs = ['g7']): Report => ({ lang: 'en', type: 'summit', date, people: [who], place, placeId, orgs });
  it('joins two reports of a summit at one place of one body naming different leaders', () => {
    expect(score(summit('bdn', '2023-05-19'), summit('kshd', '2023-05'))).toBeGreaterThan(0);
  });
  it('keeps them apart at another place, without a shared body, or when one is a bilateral meeting', () => {
    expect(score(summit('bdn', '2023-05-19'), summit('kshd', '2023-05', 'Sydney', 'sydney'))).toBe(-1);
    expect(score(summit('bdn', '2023-05-19'), summit('kshd', '2023-05', 'Hiroshima', 'hiroshima', ['quad']))).toBe(-1);
    expect(score(summit('bdn', '2023-05-19'), { ...summit('kshd', '2023-05'), type: 'meeting' })).toBe(-1);
  });
});
