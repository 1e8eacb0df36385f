import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { type ArticleInput, type EntityLinks, setLink } from '../../scripts/corpus/resolve-entities.ts';
import type { EventStatus, KbPerson, Lang, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, personId } from '../../scripts/model/ids.ts';

/** Cases found on the bundled sample corpus (content/articles). */
const person = (id: string, names: Partial<Record<Lang, string>>): KbPerson => ({ id: personId(id), name: names.ru ?? names.en!, names, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null });
const PEOPLE = [
  person('vladimir-putin', { ru: 'Владимир Путин', en: 'Vladimir Putin' }),
  person('donald-trump', { ru: 'Дональд Трамп', en: 'Donald Trump' }),
  person('volodymyr-zelensky', { ru: 'Владимир Зеленский', en: 'Volodymyr Zelensky' }),
  // Known in the corpus by a Russian canonical name but with no name recorded under 'ru'.
  { ...person('boris-johnson', { en: 'Boris Johnson', uk: 'Борис Джонсон' }), name: 'Борис Джонсон' },
];

interface Spec { id: string; lang: Lang; date: string | null; people: string[]; place?: string; status?: EventStatus; type?: LocalEvent['type']; written?: string }

function build(specs: Spec[]): ReturnType<typeof clusterEvents> {
  const links: EntityLinks = new Map();
  const inputs: ArticleInput[] = specs.map((spec) => {
    const entities: LocalEntity[] = spec.people.map((id, i) => {
      setLink(links, articleId(spec.id), `p${i}`, personId(id));
      const p = PEOPLE.find((x) => x.id === id)!;
      return { key: `p${i}`, type: 'person', name: p.names[spec.lang] ?? p.name, parts: null, lang: spec.lang, keys: [], mentions: [], roles: [], quotes: [] };
    });
    const event: LocalEvent = {
      key: 'e1',
      type: spec.type ?? 'meeting',
      status: spec.status ?? 'happened',
      date: spec.date,
      datePrecision: spec.date === null ? null : spec.date.length === 10 ? 'day' : 'month',
      place: spec.place ?? null,
      participants: entities.map((e) => e.key),
      orgs: [],
      title: 'local',
      mentions: [{ start: 0, end: 5, text: 'event', kind: 'name', sentence: 0 }],
    };
    const article = (spec.written ? { date: spec.written } : {}) as ArticleInput['analysis']['article'];
    return { id: articleId(spec.id), analysis: { version: 't', article, lang: spec.lang, sentences: [], entities, events: [event], wordCount: 0 } };
  });
  return clusterEvents(inputs, links, PEOPLE);
}

describe('clusterEvents on sample-corpus cases', () => {
  it('lets a month-dated report join the day-dated event it matches best, whatever the input order', () => {
    const events = build([
      { id: 'a-month', lang: 'ru', date: '2025-08', people: ['donald-trump', 'volodymyr-zelensky'] },
      { id: 'b-day', lang: 'ru', date: '2025-08-18', people: ['donald-trump', 'volodymyr-zelensky'] },
      { id: 'c-day', lang: 'en', date: '2025-08-18', people: ['volodymyr-zelensky', 'donald-trump'] },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBe('2025-08-18');
  });

  it('joins an undated proposal naming part of the cast at the same place («следующая встреча Путина в Москве»)', () => {
    const events = build([
      { id: 'a', lang: 'ru', date: null, people: ['vladimir-putin'], place: 'Москва', status: 'hypothetical' },
      { id: 'b', lang: 'ru', date: null, people: ['donald-trump', 'vladimir-putin'], place: 'Москва', status: 'planned' },
    ]);
    expect(events).toHaveLength(1);
  });

  it('keeps undated reports of part of a cast apart when no place ties them', () => {
    const events = build([
      { id: 'a', lang: 'ru', date: null, people: ['vladimir-putin'], status: 'hypothetical' },
      { id: 'b', lang: 'ru', date: null, people: ['donald-trump', 'vladimir-putin'], status: 'planned' },
    ]);
    expect(events).toHaveLength(2);
  });

  it('titles an event in the language of the canonical names even when a participant has no name in that language', () => {
    const [e] = build([{ id: 'a', lang: 'en', date: '2025-08-24', people: ['boris-johnson', 'volodymyr-zelensky'], type: 'meeting' }]);
    expect(e!.title).toMatch(/^Встреча Джонсона и Зеленского/u);
    expect(e!.titles.en).toMatch(/^Meeting of Johnson and Zelensky/u);
  });
});

describe('undated plans', () => {
  it('folds an undated not-yet-held meeting into the one dated cluster of the same cast that did not happen either', () => {
    const events = build([
      { id: 'a', lang: 'ru', date: null, people: ['volodymyr-zelensky', 'vladimir-putin'], status: 'hypothetical' },
      { id: 'b', lang: 'ru', date: '2025-09', people: ['vladimir-putin', 'volodymyr-zelensky'], status: 'cancelled' },
    ]);
    expect(events.map((e) => e.articles)).toEqual([['a', 'b']]);
    expect(events[0]!.status).toBe('cancelled');
  });

  it('never folds one into a held event', () => {
    const events = build([
      { id: 'a', lang: 'ru', date: null, people: ['volodymyr-zelensky', 'vladimir-putin'], status: 'hypothetical' },
      { id: 'b', lang: 'ru', date: '2025-09', people: ['vladimir-putin', 'volodymyr-zelensky'], status: 'happened' },
    ]);
    expect(events).toHaveLength(2);
  });
});

describe('undated reports of a held event', () => {
  const HELD: Spec = { id: 'held', lang: 'en', type: 'sanctions', date: '2025-09-19', people: ['volodymyr-zelensky'], status: 'happened', written: '2025-09-19' };

  it('folds a plan written before the event into it (the plan came true)', () => {
    const events = build([HELD, { id: 'plan', lang: 'uk', type: 'sanctions', date: null, people: ['volodymyr-zelensky'], status: 'planned', written: '2025-08-27' }]);
    expect(events.map((e) => e.articles)).toEqual([['held', 'plan']]);
    expect(events[0]!.status).toBe('happened');
    expect(events[0]!.date).toBe('2025-09-19');
  });

  it('folds a plan whose cast contains the held cast (one more name in the plan)', () => {
    const events = build([HELD, { id: 'plan', lang: 'ru', type: 'sanctions', date: null, people: ['volodymyr-zelensky', 'donald-trump'], status: 'planned', written: '2025-09-01' }]);
    expect(events).toHaveLength(1);
  });

  it('folds a later undated report that it happened', () => {
    const events = build([HELD, { id: 'later', lang: 'ru', type: 'sanctions', date: null, people: ['volodymyr-zelensky'], status: 'happened', written: '2025-10-02' }]);
    expect(events).toHaveLength(1);
  });

  it('keeps apart a plan written after the event (the next one), one written long before, or one from an undated article', () => {
    for (const written of ['2025-10-02', '2025-03-01', undefined]) {
      const events = build([HELD, { id: 'plan', lang: 'ru', type: 'sanctions', date: null, people: ['volodymyr-zelensky'], status: 'planned', written }]);
      expect(events).toHaveLength(2);
    }
  });

  it('keeps apart a plan of another family or a different cast', () => {
    expect(build([HELD, { id: 'p', lang: 'ru', type: 'call', date: null, people: ['volodymyr-zelensky'], status: 'planned', written: '2025-09-01' }])).toHaveLength(2);
    expect(build([HELD, { id: 'p', lang: 'ru', type: 'sanctions', date: null, people: ['donald-trump'], status: 'planned', written: '2025-09-01' }])).toHaveLength(2);
    const wider: Spec = { ...HELD, people: ['volodymyr-zelensky', 'donald-trump'] };
    expect(build([wider, { id: 'p', lang: 'ru', type: 'sanctions', date: null, people: ['volodymyr-zelensky'], status: 'planned', written: '2025-09-01' }])).toHaveLength(2);
  });

  it('keeps a plan apart when two held events fit it equally', () => {
    const other: Spec = { ...HELD, id: 'held2', date: '2025-09-26', written: '2025-09-26' };
    const events = build([HELD, other, { id: 'plan', lang: 'ru', type: 'sanctions', date: null, people: ['volodymyr-zelensky'], status: 'planned', written: '2025-09-01' }]);
    expect(events).toHaveLength(3);
  });
});
