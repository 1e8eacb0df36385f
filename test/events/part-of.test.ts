/**
 * "Part of" is not "same as" (annotation guide): a bilateral meeting on the
 * sidelines of a summit is its own event; talks at a summit's venue without
 * shared people are not the summit; a summit reported as a meeting of the
 * same people still is one event.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { type ArticleInput, type EntityLinks, setLink } from '../../scripts/corpus/resolve-entities.ts';
import type { EventType, KbPerson, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, personId, placeId } from '../../scripts/model/ids.ts';
import { fixture, PUTIN, TRUMP } from './helpers.ts';

const IDS = ['ada-quill', 'boris-fenn', 'cyra-lind'];
const people: KbPerson[] = IDS.map((id) => ({ id: personId(id), name: id, names: { en: id }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null }));

interface Spec {
  id: string;
  type: EventType;
  cast: number[];
  sideline?: boolean;
}

function run(specs: Spec[]) {
  const links: EntityLinks = new Map();
  const inputs: ArticleInput[] = specs.map((s) => {
    const entities: LocalEntity[] = [
      ...s.cast.map((n, i): LocalEntity => ({ key: `p${i}`, type: 'person', name: IDS[n]!, parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] })),
      { key: 'l0', type: 'place', name: 'Geneva', parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] },
    ];
    s.cast.forEach((n, i) => setLink(links, articleId(s.id), `p${i}`, personId(IDS[n]!)));
    setLink(links, articleId(s.id), 'l0', placeId('geneva'));
    const event: LocalEvent = {
      key: 'e1', type: s.type, status: 'happened', date: '2031-06-10', datePrecision: 'day', place: 'Geneva', participants: s.cast.map((_, i) => `p${i}`), orgs: ['l0'], title: s.id,
      mentions: [{ start: 0, end: 4, text: 'talk', kind: 'name', sentence: 0 }], ...(s.sideline ? { sideline: true } : {}),
    };
    return { id: articleId(s.id), analysis: { version: 't', article: { date: '2031-06-11' } as ArticleInput['analysis']['article'], lang: 'en', sentences: [], entities, events: [event], wordCount: 0 } };
  });
  return clusterEvents(inputs, links, people);
}

describe('part of, not same as', () => {
  it('keeps a bilateral on the sidelines apart from the summit of the same day and people', () => {
    expect(run([{ id: 'summit', type: 'summit', cast: [0, 1, 2] }, { id: 'bilateral', type: 'meeting', cast: [0, 1], sideline: true }])).toHaveLength(2);
  });

  it('keeps talks with people apart from a summit report that names nobody, at the same venue', () => {
    expect(run([{ id: 'summit', type: 'summit', cast: [] }, { id: 'talks', type: 'meeting', cast: [0, 1] }])).toHaveLength(2);
  });

  it('still makes one event of a summit reported as a meeting of the same people', () => {
    expect(run([{ id: 'summit', type: 'summit', cast: [0, 1] }, { id: 'meeting', type: 'meeting', cast: [0, 1] }])).toHaveLength(1);
  });

  it('marks a meeting on the sidelines in the article stage', () => {
    const f = fixture('Путин и Трамп во вторник провели переговоры на полях саммита.', '2031-06-12', [PUTIN, TRUMP]);
    const meeting = extractEvents(f.article, f.lang, f.sentences, f.entities).find((e) => e.type === 'meeting');
    expect(meeting?.sideline).toBe(true);
  });
});
