import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { type ArticleInput, type EntityLinks } from '../../scripts/corpus/resolve-entities.ts';
import type { EntityId, EventStatus, EventType, KbPerson, Lang, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, personId, placeId } from '../../scripts/model/ids.ts';

function person(id: string, names: Partial<Record<Lang, string>>): KbPerson {
  return { id: personId(id), name: names.ru ?? names.en ?? names.uk!, names, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null };
}

const PEOPLE = [
  person('vladimir-putin', { ru: 'Владимир Путин', uk: 'Володимир Путін', en: 'Vladimir Putin' }),
  person('donald-trump', { ru: 'Дональд Трамп', uk: 'Дональд Трамп', en: 'Donald Trump' }),
  person('volodymyr-zelensky', { ru: 'Владимир Зеленский', uk: 'Володимир Зеленський', en: 'Volodymyr Zelensky' }),
  person('recep-erdogan', { ru: 'Реджеп Эрдоган', uk: 'Реджеп Ердоган', en: 'Recep Erdogan' }),
];

/** People the tests add beyond PEOPLE (looked up by id when building articles). */
const EXTRA: KbPerson[] = [];

function nameOf(id: string, lang: Lang): string {
  const p = [...PEOPLE, ...EXTRA].find((x) => x.id === id)!;
  return p.names[lang] ?? p.name;
}

interface Spec {
  id: string;
  lang: Lang;
  type?: EventType;
  status?: EventStatus;
  date: string | null;
  people: string[];
  place?: string | null;
  placeId?: string;
}

/** One article with one event; its local keys link to the given person ids. */
function article(spec: Spec): { input: ArticleInput; links: EntityLinks } {
  const entities: LocalEntity[] = spec.people.map((id, i) => ({
    key: `p${i}`,
    type: 'person',
    name: nameOf(id, spec.lang),
    parts: null,
    lang: spec.lang,
    keys: [],
    mentions: [],
    roles: [],
    quotes: [],
  }));
  const orgs: string[] = [];
  if (spec.placeId && spec.place) {
    entities.push({ key: 'place', type: 'place', name: spec.place, parts: null, lang: spec.lang, keys: [], mentions: [], roles: [], quotes: [] });
    orgs.push('place');
  }
  const event: LocalEvent = {
    key: 'e1',
    type: spec.type ?? 'meeting',
    status: spec.status ?? 'happened',
    date: spec.date,
    datePrecision: spec.date === null ? null : spec.date.length === 10 ? 'day' : spec.date.length === 7 ? 'month' : 'year',
    place: spec.place ?? null,
    participants: entities.filter((e) => e.type === 'person').map((e) => e.key),
    orgs,
    title: `local ${spec.id}`,
    mentions: [{ start: 0, end: 5, text: 'event', kind: 'name', sentence: 0 }],
  };
  const own = new Map<string, EntityId>(spec.people.map((id, i) => [`p${i}`, personId(id)]));
  if (spec.placeId) own.set('place', placeId(spec.placeId));
  const links: EntityLinks = new Map([[articleId(spec.id), own]]);
  const input: ArticleInput = {
    id: articleId(spec.id),
    analysis: {
      version: 't',
      article: {} as ArticleInput['analysis']['article'],
      lang: spec.lang,
      sentences: [],
      entities,
      events: [event],
      wordCount: 0,
    },
  };
  return { input, links };
}

function cluster(specs: Spec[]) {
  const built = specs.map(article);
  const links = new Map(built.flatMap((b) => [...b.links]));
  return clusterEvents(built.map((b) => b.input), links, PEOPLE);
}

const ALASKA = { ru: 'Аляска', uk: 'Аляска', en: 'Alaska' } as const;

describe('clusterEvents', () => {
  it('merges one meeting reported in ru, uk and en, with titles in all three', () => {
    const events = cluster([
      { id: 'ru-a', lang: 'ru', date: '2025-08-15', people: ['vladimir-putin', 'donald-trump'], place: ALASKA.ru, placeId: 'alaska' },
      { id: 'uk-a', lang: 'uk', date: '2025-08-16', people: ['donald-trump', 'vladimir-putin'], place: ALASKA.uk, placeId: 'alaska' },
      { id: 'en-a', lang: 'en', date: '2025-08', people: ['vladimir-putin', 'donald-trump'], place: ALASKA.en, placeId: 'alaska' },
    ]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e!.id).toBe('2025-08-15-meeting-putin-trump');
    expect(e!.articles).toEqual(['en-a', 'ru-a', 'uk-a']);
    expect(e!.date).toBe('2025-08-15');
    expect(e!.titles).toEqual({
      ru: 'Встреча Путина и Трампа на Аляске',
      uk: 'Зустріч Путіна і Трампа на Алясці',
      en: 'Meeting of Putin and Trump in Alaska',
    });
    expect(e!.title).toBe(e!.titles.ru);
  });

  it('keeps two calls of the same people a week apart as two events', () => {
    const events = cluster([
      { id: 'a', lang: 'ru', type: 'call', date: '2025-02-12', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'b', lang: 'en', type: 'call', date: '2025-02-19', people: ['donald-trump', 'vladimir-putin'] },
      { id: 'c', lang: 'uk', type: 'call', date: '2025-02-19', people: ['donald-trump', 'vladimir-putin'] },
    ]);
    expect(events.map((e) => [e.id, e.articles])).toEqual([
      ['2025-02-12-call-putin-trump', ['a']],
      ['2025-02-19-call-putin-trump', ['b', 'c']],
    ]);
  });

  it('does not merge different casts, families or contradicting places', () => {
    const events = cluster([
      { id: 'a', lang: 'ru', date: '2025-03-12', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'b', lang: 'ru', date: '2025-03-12', people: ['vladimir-putin', 'recep-erdogan'] },
      { id: 'c', lang: 'ru', type: 'call', date: '2025-03-12', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'd', lang: 'ru', date: '2025-03-12', people: ['vladimir-putin', 'donald-trump'], place: 'Женева', placeId: 'geneva' },
      { id: 'e', lang: 'ru', date: '2025-03-12', people: ['vladimir-putin', 'donald-trump'], place: 'Аляска', placeId: 'alaska' },
    ]);
    expect(events).toHaveLength(4);
  });

  it('lets a report that it happened settle a planned event', () => {
    const [e, ...rest] = cluster([
      { id: 'plan', lang: 'ru', status: 'planned', date: '2025-05-15', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'done', lang: 'en', status: 'happened', date: '2025-05-15', people: ['vladimir-putin', 'donald-trump'] },
    ]);
    expect(rest).toHaveLength(0);
    expect(e!.status).toBe('happened');
  });

  it('merges undated hypothetical meetings of the same cast but not with dated ones', () => {
    const events = cluster([
      { id: 'h1', lang: 'ru', status: 'hypothetical', date: null, people: ['vladimir-putin', 'volodymyr-zelensky'] },
      { id: 'h2', lang: 'en', status: 'hypothetical', date: null, people: ['volodymyr-zelensky', 'vladimir-putin'] },
      { id: 'x', lang: 'en', status: 'happened', date: '2025-08-15', people: ['volodymyr-zelensky', 'vladimir-putin'] },
    ]);
    expect(events.map((e) => e.articles)).toEqual([['x'], ['h1', 'h2']]);
    expect(events[1]!.id).toBe('undated-meeting-putin-zelensky');
  });

  it('gives the same clusters and ids whatever the input order', () => {
    const specs: Spec[] = [
      { id: 'a', lang: 'ru', date: '2025-08-15', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'b', lang: 'uk', date: '2025-08-15', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'c', lang: 'en', type: 'call', date: '2025-08-20', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'd', lang: 'en', type: 'call', date: '2025-08-27', people: ['vladimir-putin', 'donald-trump'] },
      { id: 'e', lang: 'ru', type: 'visit', date: '2025-08', people: ['recep-erdogan'] },
      { id: 'f', lang: 'ru', type: 'visit', date: '2025-08-03', people: ['recep-erdogan'] },
    ];
    const expected = JSON.stringify(cluster(specs));
    fc.assert(
      fc.property(fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length }), (shuffled) => {
        expect(JSON.stringify(cluster(shuffled))).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps an event id when unrelated articles are added', () => {
    const base: Spec = { id: 'a', lang: 'ru', date: '2025-08-15', people: ['vladimir-putin', 'donald-trump'] };
    const alone = cluster([base])[0]!.id;
    const withOthers = cluster([
      { id: '0', lang: 'en', type: 'call', date: '2025-08-14', people: ['vladimir-putin', 'recep-erdogan'] },
      base,
      { id: 'z', lang: 'en', date: '2025-09-01', people: ['volodymyr-zelensky', 'donald-trump'] },
    ]).map((e) => e.id);
    expect(withOthers).toContain(alone);
  });

  it('does not let a report written before the date settle it as happened', () => {
    const built = [
      article({ id: 'early', lang: 'ru', status: 'happened', date: '2025-05-15', people: ['vladimir-putin', 'donald-trump'] }),
      article({ id: 'plan', lang: 'en', status: 'planned', date: '2025-05-15', people: ['vladimir-putin', 'donald-trump'] }),
    ];
    built[0]!.input.analysis.article = { date: '2025-05-10' } as ArticleInput['analysis']['article'];
    const [e] = clusterEvents(built.map((b) => b.input), new Map(built.flatMap((b) => [...b.links])), PEOPLE);
    expect(e!.status).toBe('planned');
  });

  it('merges on one shared person only when day and place agree and the other names are single-article misreadings', () => {
    const strong = (p: KbPerson): KbPerson => ({ ...p, articles: [articleId('x'), articleId('y')] });
    const misread = person('turechchyny-redzhep', { uk: 'Туреччини Реджеп' });
    const modi = strong(person('narendra-modi', { ru: 'Нарендра Моди', en: 'Narendra Modi' }));
    const xi = strong(person('xi-jinping', { ru: 'Си Цзиньпин', en: 'Xi Jinping' }));
    const putin = strong(PEOPLE[0]!);
    const erdogan = strong(PEOPLE[3]!);
    const people = [putin, erdogan, misread, modi, xi];
    EXTRA.push(misread, modi, xi);
    const run = (specs: Spec[]) => {
      const built = specs.map(article);
      return clusterEvents(built.map((b) => b.input), new Map(built.flatMap((b) => [...b.links])), people);
    };
    const istanbul = { place: 'Стамбул', placeId: 'istanbul' };
    const merged = run([
      { id: 'ru', lang: 'ru', date: '2025-03-12', people: ['vladimir-putin', 'recep-erdogan'], ...istanbul },
      { id: 'uk', lang: 'uk', date: '2025-03-12', people: ['turechchyny-redzhep', 'recep-erdogan'], ...istanbul },
    ]);
    expect(merged).toHaveLength(1);
    const apart = run([
      { id: 'a', lang: 'ru', date: '2025-08-31', people: ['vladimir-putin', 'narendra-modi'], ...istanbul },
      { id: 'b', lang: 'ru', date: '2025-08-31', people: ['vladimir-putin', 'xi-jinping'], ...istanbul },
    ]);
    expect(apart).toHaveLength(2);
  });
});
