/** writeSiteData and its helpers, without a browser. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, safeUrl } from '../../scripts/emit/site-data/escape-html.ts';
import { idSegment } from '../../scripts/model/site-contract.ts';
import { eventId } from '../../scripts/model/ids.ts';
import { nonOverlapping, type LinkSpan } from '../../scripts/emit/site-data/mention-links.ts';
import { entryHtml } from '../../scripts/emit/site-data/entry-html.ts';
import { textEntryBody } from '../../scripts/emit/obsidian/text-entry-body.ts';
import type { Block, EventStatus } from '../../scripts/model/model.ts';

/** A .txt body's page HTML: its entry body, rendered. */
const renderArticleHtml = (text: string, blocks: Block[], spans: LinkSpan[]): string => entryHtml(textEntryBody(text, blocks, nonOverlapping(spans))).html;
import { caseForms, nameGender, personSearchForms, searchForms, transliterate } from '../../scripts/emit/site-data/name-forms.ts';
import { aggregateRoles, monthTimeline } from '../../scripts/emit/site-data/aggregate.ts';
import type { SiteArticlePage, SiteHome, SitePersonPage, SiteEventPage, SiteGraph } from '../../scripts/model/site-contract.ts';
import { fixtureKnowledgeBase, makeFixtureData } from '../fixtures/site/fixture-corpus.ts';
import { writeSiteData } from '../../scripts/emit/site-data/write-site-data.ts';

describe('escaping', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;');
  });
  it('keeps only http(s) urls', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('/relative')).toBeNull();
  });
  it('never lets an id escape its folder', () => {
    expect(idSegment('../etc')).not.toContain('/');
    expect(idSegment('..')).toBe('%2E%2E');
  });
});

describe('a .txt article body, through its entry', () => {
  const text = 'Путин встретился с Трампом.\n\nКак это было?\n\n«Хорошо», – сказал он.';
  const blocks = [
    { kind: 'paragraph' as const, start: 0, end: 27 },
    { kind: 'heading' as const, start: 29, end: 42 },
    { kind: 'quote' as const, start: 44, end: 53 },
    { kind: 'attribution' as const, start: 53, end: text.length },
  ];
  it('links mentions and keeps block structure', () => {
    const spans: LinkSpan[] = [
      { start: 0, end: 5, type: 'person', id: 'putin' },
      { start: 19, end: 26, type: 'person', id: 'trump' },
      { start: 6, end: 16, type: 'event', id: 'e1' },
    ];
    const html = renderArticleHtml(text, blocks, spans);
    expect(html).toContain('<p><a href="/people/putin/" class="m m-person" data-preview="person:putin">Путин</a> <a href="/events/e1/" class="m m-event"');
    expect(html).toContain('<h2>Как это было?</h2>');
    expect(html).toContain('<blockquote>\n<p>«Хорошо»');
    expect(html).toContain('– сказал он.</p>');
  });
  it('drops overlapping spans, preferring the earlier and longer one', () => {
    const kept = nonOverlapping([
      { start: 0, end: 14, type: 'person', id: 'a' },
      { start: 0, end: 5, type: 'person', id: 'b' },
      { start: 8, end: 20, type: 'event', id: 'c' },
      { start: 20, end: 25, type: 'place', id: 'd' },
    ]);
    expect(kept.map((s) => s.id)).toEqual(['a', 'd']);
  });
  it('escapes every character of any text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(40), fc.nat(40), (t, a, b) => {
        const start = Math.min(a, b, t.length);
        const end = Math.min(Math.max(a, b), t.length);
        const html = renderArticleHtml(t, [{ kind: 'paragraph', start: 0, end: t.length }], [{ start, end, type: 'person', id: '"><x' }]);
        const stripped = html.replace(/ data-preview="[^"]*"/g, '').replace(/<\/?(p|a|br)( [^>]*)?>/g, '');
        expect(stripped).not.toMatch(/</);
        expect(html).not.toContain('"><x');
      }),
    );
  });
});

describe('name forms', () => {
  it('declines Russian and Ukrainian surnames', () => {
    expect(caseForms('Путин')).toEqual(expect.arrayContaining(['путина', 'путину', 'путиным']));
    expect(caseForms('Путін')).toEqual(expect.arrayContaining(['путіна', 'путіну', 'путіним'.replace('ним', 'ном')]));
    expect(caseForms('Зеленский')).toEqual(expect.arrayContaining(['зеленского', 'зеленскому']));
  });
  it('tells a person\'s gender from the canonical names', () => {
    expect(nameGender(['Ярина Криницька', 'Yaryna Krynytska'])).toBe('f');
    expect(nameGender(['Богдан Криницький'])).toBe('m');
    expect(nameGender(['Ганна Ковальчук'])).toBe('f');
    expect(nameGender(['Микола Ковальчук'])).toBe('m');
    expect(nameGender(['Brad Pitt'])).toBeNull();
  });
  it('declines a name only for the person\'s gender', () => {
    expect(caseForms('Криницький', 'm')).toContain('криницьким');
    expect(caseForms('Криницька', 'f')).toEqual(expect.arrayContaining(['криницької', 'криницькою']));
    expect(caseForms('Криницька', 'f')).not.toContain('криницьким');
    expect(caseForms('Криницький', 'f')).toEqual([]);
    expect(caseForms('Ковальчук', 'f')).toEqual([]);
    expect(caseForms('Ковальчук', 'm')).toContain('ковальчука');
    expect(caseForms('Ковальчук')).toContain('ковальчука');
    const woman = personSearchForms(['Ганна Ковальчук'], ['Ковальчук'], ['глава відомства']);
    expect(woman).not.toContain('ковальчука');
    expect(woman).toEqual(expect.arrayContaining(['ганни', 'глави']));
  });
  it('transliterates and folds ё', () => {
    expect(transliterate('Путин')).toBe('putin');
    expect(searchForms(['Пётр Иванов'])).toEqual(expect.arrayContaining(['пётр иванов', 'петр иванов', 'petr ivanov']));
  });
});

describe('aggregations', () => {
  it('merges roles with date ranges', () => {
    const roles = aggregateRoles([
      { text: 'глава Кремля', lang: 'ru', date: '2025-08-24', start: 0, end: 12 },
      { text: 'Глава Кремля', lang: 'ru', date: '2025-06-01', start: 0, end: 12 },
      { text: 'президент', lang: 'ru', date: null, start: 0, end: 9 },
    ]);
    expect(roles[0]).toMatchObject({ text: 'глава Кремля', from: '2025-06-01', to: '2025-08-24', count: 2 });
  });
  it('fills empty months', () => {
    expect(monthTimeline(['2025-11-02', '2026-01', null, '2025-11-30'])).toEqual([
      { month: '2025-11', count: 2 }, { month: '2025-12', count: 0 }, { month: '2026-01', count: 1 },
    ]);
  });
});

describe('per-report statuses on event pages', () => {
  it('show each article with the status it tells, not the event\'s', async () => {
    const { kb, load } = fixtureKnowledgeBase();
    const summit = kb.events.find((e) => e.id === '2025-08-15-alaska-summit')!;
    const told: Record<string, EventStatus> = { '2025-08-16-alaska-summit-en': 'planned', '2025-08-24-putin-ustupki': 'cancelled' };
    // the uk article is left out of the reports: it tells the event's own status
    summit.reports = summit.reports.filter((r) => r.article in told).map((r) => ({ ...r, status: told[r.article] }));
    summit.status = 'cancelled';
    const dir = await mkdtemp(path.join(tmpdir(), 'letopis-statuses-'));
    try {
      await writeSiteData(kb, load, path.join(dir, 'site'));
      const page = JSON.parse(await readFile(path.join(dir, 'site/pages/events/2025-08-15-alaska-summit.json'), 'utf8')) as SiteEventPage;
      expect(page.reports.map((r) => [r.id, r.status])).toEqual([
        ['2025-08-24-putin-postupky-uk', 'cancelled'],
        ['2025-08-24-putin-ustupki', 'cancelled'],
        ['2025-08-16-alaska-summit-en', 'planned'],
      ]);
      expect(page.status).toBe('cancelled');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('related events', () => {
  it('come from the same participants and near in time, even for a busy person', async () => {
    const { kb, load } = fixtureKnowledgeBase();
    const base = kb.events[0];
    kb.events = Array.from({ length: 200 }, (_, i) => ({
      ...base,
      id: eventId(`e${i}`),
      date: new Date(Date.UTC(2020, 0, 1 + i * 3)).toISOString().slice(0, 10),
      articles: [],
      mentions: [],
    }));
    const dir = await mkdtemp(path.join(tmpdir(), 'letopis-related-'));
    try {
      await writeSiteData(kb, load, path.join(dir, 'site'));
      const page = JSON.parse(await readFile(path.join(dir, 'site/pages/events/e100.json'), 'utf8')) as SiteEventPage;
      expect(page.related).toHaveLength(10);
      for (const r of page.related) expect(Math.abs(Date.parse(r.date!) - Date.parse(page.date!)) / 864e5).toBeLessThanOrEqual(31);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('writeSiteData on the fixture corpus', () => {
  let dir: string;
  const json = async <T>(rel: string): Promise<T> => JSON.parse(await readFile(path.join(dir, 'site', rel), 'utf8')) as T;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'letopis-site-'));
    await makeFixtureData(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes one page file per article, person and event', async () => {
    expect((await readdir(path.join(dir, 'site/pages/articles'))).length).toBe(5);
    expect((await readdir(path.join(dir, 'site/pages/people'))).length).toBe(4);
    expect((await readdir(path.join(dir, 'site/pages/events'))).length).toBe(2);
    expect((await readdir(path.join(dir, 'site/public/previews/person'))).length).toBe(4);
    const home = await json<SiteHome>('home.json');
    expect(home.figures).toMatchObject({ articles: 5, people: 4, events: 2, dateFrom: '2025-06-01', dateTo: '2025-08-24' });
    expect(home.topPeople[0].id).toBe('vladimir-putin');
  });

  it('renders content inert and drops unsafe urls', async () => {
    const page = await json<SiteArticlePage>('pages/articles/2025-06-01-unsafe.json');
    expect(page.html).not.toMatch(/<script|<img|<[^>]*\sonerror=/);
    expect(page.html).toContain('&#x3C;script>');
    expect(page.url).toBeNull();
  });

  it('collects person facts: names, roles, timeline, events, co-mentions, reports', async () => {
    const p = await json<SitePersonPage>('pages/people/vladimir-putin.json');
    expect(p.names.map((n) => n.name)).toEqual(expect.arrayContaining(['Володимир Путін', 'Vladimir Putin']));
    expect(p.roles.map((r) => r.text)).toContain('глава Кремля');
    expect(p.timeline.map((m) => m.month)).toEqual(['2025-06', '2025-07', '2025-08']);
    expect(p.events.map((e) => e.id)).toEqual(['2025-08-15-alaska-summit']);
    expect(p.coMentioned[0]).toMatchObject({ id: 'donald-trump', count: 3 });
    expect(p.reports).toHaveLength(4);
    expect(p.reports[0].date! >= p.reports[3].date!).toBe(true);
    expect(p.reports.find((r) => r.lang === 'en')?.sentence).toBe('Donald Trump and Vladimir Putin met in Anchorage on Friday.');
    expect(p.searchForms).toEqual(expect.arrayContaining(['путина', 'путін', 'putin', 'глава кремля']));
    expect(p.graph.nodes[0].id).toBe('vladimir-putin');
  });

  it('lists plans on their participants\' pages, each report with its status, and writes no page for them', async () => {
    const putin = await json<SitePersonPage>('pages/people/vladimir-putin.json');
    expect(putin.plans).toHaveLength(1);
    const [plan] = putin.plans;
    expect(plan).toMatchObject({ id: 'plan-putin-zelensky-meeting', type: 'meeting', status: 'cancelled', title: 'Встреча Путина и Зеленского' });
    expect(plan.participants.map((p) => p.id)).toEqual(['vladimir-putin', 'volodymyr-zelensky']);
    expect(plan.reports.map((r) => [r.id, r.status])).toEqual([['2025-08-24-putin-ustupki', 'cancelled'], ['2025-08-16-alaska-summit-en', 'planned']]);
    expect(plan.reports[0].title).toBeTruthy();
    expect((await json<SitePersonPage>('pages/people/volodymyr-zelensky.json')).plans.map((p) => p.id)).toEqual(['plan-putin-zelensky-meeting']);
    expect((await json<SitePersonPage>('pages/people/donald-trump.json')).plans).toEqual([]);
    expect(await readdir(path.join(dir, 'site/pages/events'))).not.toContain('plan-putin-zelensky-meeting.json');
  });

  it('gives event pages the place in every language known, and each report its status', async () => {
    const e = await json<SiteEventPage>('pages/events/2025-08-15-alaska-summit.json');
    expect(e.placeNames).toEqual({ ru: 'Аляска', uk: 'Аляска', en: 'Alaska' });
    expect(e.reports.every((r) => r.status === 'happened')).toBe(true);
  });

  it('finds unlinked surname mentions', async () => {
    const p = await json<SitePersonPage>('pages/people/donald-trump.json');
    expect(p.unlinked.map((r) => r.id)).toEqual(['2025-07-10-zelensky-berlin']);
  });

  it('writes event pages with reports in every language and related events', async () => {
    const e = await json<SiteEventPage>('pages/events/2025-08-15-alaska-summit.json');
    expect(e.participants.map((p) => p.id)).toEqual(['vladimir-putin', 'donald-trump']);
    expect(new Set(e.reports.map((r) => r.lang))).toEqual(new Set(['ru', 'uk', 'en']));
    const graph = await json<SiteGraph>('public/graph.json');
    expect(graph.nodes.some((n) => n.type === 'event')).toBe(true);
    expect(graph.edges.length).toBeGreaterThan(0);
  });
});
