import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { KbArticle, KbEntity, KbEvent, KbPerson, KnowledgeBase, Role } from '../../model/model.ts';
import type { LoadedArticle } from '../../runtime/cache/load-article.ts';
import type {
  SiteArticlePage,
  SiteArticleRef,
  SiteEntityPage,
  SiteEntityRow,
  SiteEventPage,
  SiteEventRef,
  SiteEventRow,
  SiteFigures,
  SiteHome,
  SitePersonPage,
  SitePersonRow,
  SitePreview,
  SiteRef,
  SiteReport,
} from '../../model/site-pages.ts';
import { idSegment, safeUrl } from './escape-html.ts';
import type { LinkSpan } from './render-article-html.ts';
import { articlePageWork, type ArticlePageResult, type ArticlePageTask } from './article-page.ts';
import { byOffset, clip, mayContain, type ArticleScan } from './scan-article.ts';
import { foldYo, searchForms } from './name-forms.ts';
import { aggregateRoles, monthTimeline, topCounts } from './aggregate.ts';
import { globalGraph, localGraph } from './graph.ts';
import { plainOutput, signature, type OutputReuse } from '../../runtime/output/reuse-output.ts';

import { LIMITS } from './limits.ts';

export type { LoadedArticle };
export { LIMITS };

/** Events examined on each side of an event in a participant's date-sorted list (keeps "related" linear). */
const RELATED_WINDOW = 40;

/**
 * The events around `e` in `list` (sorted by byDateDesc): a busy person's
 * thousands of events are never all compared with each other.
 */
function nearbyEvents(list: KbEvent[], e: KbEvent, window: number): KbEvent[] {
  if (list.length <= 2 * window) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDateDesc(list[mid], e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(Math.max(0, lo - window), lo + window);
}

const byDateDesc = <T extends { date: string | null; id: string }>(a: T, b: T): number =>
  a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;

/** Surname-like keys of a person for the unlinked-mention scan: last word of each name, folded. */
function surnameKeys(person: KbPerson): string[] {
  const keys = new Set<string>();
  for (const name of [person.name, ...Object.values(person.names)]) {
    if (!name) continue;
    const words = name.split(/\s+/);
    const last = foldYo(words[words.length - 1].toLowerCase());
    if (words.length > 1 && last.length >= 4) keys.add(last);
  }
  return [...keys];
}

/** Run `task` over `items` with at most `limit` in flight (file writes). */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Write the HTML-ready per-page data the Astro site renders from, into `dir`
 * (`<out>/site`). Streams over articles through `load` so the whole corpus
 * text is never held at once; everything kept across articles is capped per
 * entity (LIMITS), so memory grows with the number of entities, not words.
 *
 * Layout: home.json, index/*.json (build-time lists for index pages),
 * pages/<section>/<id>.json (one per page), public/ (copied verbatim into
 * the built site: hover previews and graph.json, fetched by the browser).
 */
/** Where an article's text-bound page work runs (see article-page.ts). */
export interface ArticleRenderer {
  /** Called once, before any page: the surname keys a full scan looks for. */
  share(surnames: readonly string[]): void;
  page(articleId: string, task: ArticlePageTask): Promise<ArticlePageResult>;
}

export interface SiteDataOptions {
  /** Runs the article pages' work (default: in this thread, through `load`); the pipeline passes render workers. */
  renderer?: ArticleRenderer;
  /** Re-use of the previous output's unchanged files (default: write everything). */
  reuse?: OutputReuse;
  /** Signature of an article's content (its bytes and the analysis parts pages render from); '' = unknown, never re-used. */
  articleKey?: (articleId: string) => string;
}

export async function writeSiteData(
  kb: KnowledgeBase,
  load: (articleId: string) => Promise<LoadedArticle>,
  dir: string,
  options: SiteDataOptions = {},
): Promise<void> {
  const reuse = options.reuse ?? plainOutput();
  const articleKey = options.articleKey ?? (() => '');
  // Small pages: their signature is their text, so an unchanged one is linked rather than rewritten.
  const writeJson = (file: string, value: unknown): Promise<void> => {
    const text = JSON.stringify(value);
    return reuse.write(file, signature(text), () => text);
  };
  await rm(dir, { recursive: true, force: true });
  const sections = ['articles', 'people', 'events', 'places', 'organisations'];
  await Promise.all([
    ...sections.map((s) => mkdir(path.join(dir, 'pages', s), { recursive: true })),
    ...['person', 'event', 'org', 'place'].map((t) => mkdir(path.join(dir, 'public', 'previews', t), { recursive: true })),
    mkdir(path.join(dir, 'index'), { recursive: true }),
  ]);

  const articles = new Map(kb.articles.map((a) => [a.id, a]));
  const people = new Map(kb.people.map((p) => [p.id, p]));
  const events = new Map(kb.events.map((e) => [e.id, e]));
  const orgs = new Map(kb.organisations.map((o) => [o.id, o]));
  const places = new Map(kb.places.map((p) => [p.id, p]));

  const articleRef = (a: KbArticle): SiteArticleRef => ({ id: a.id, title: a.title, date: a.date, lang: a.lang, source: a.source });
  const eventRef = (e: KbEvent): SiteEventRef => ({
    id: e.id, title: e.title, type: e.type, status: e.status, date: e.date, datePrecision: e.datePrecision, place: e.place,
  });
  const ref = (map: Map<string, { id: string; name: string }>, id: string, count?: number): SiteRef | null => {
    const e = map.get(id);
    return e ? (count === undefined ? { id, name: e.name } : { id, name: e.name, count }) : null;
  };
  const refs = (map: Map<string, { id: string; name: string }>, ids: string[]): SiteRef[] =>
    ids.map((id) => ref(map, id)).filter((r): r is SiteRef => r !== null);

  // Link spans per article, from every kb mention.
  const spansByArticle = new Map<string, LinkSpan[]>();
  const addSpans = (type: LinkSpan['type'], list: { id: string; mentions: KbEvent['mentions'] }[]): void => {
    for (const item of list) {
      for (const m of item.mentions) {
        let spans = spansByArticle.get(m.article);
        if (!spans) spansByArticle.set(m.article, (spans = []));
        spans.push({ start: m.start, end: m.end, type, id: item.id });
      }
    }
  };
  addSpans('person', kb.people);
  addSpans('org', kb.organisations);
  addSpans('place', kb.places);
  addSpans('event', kb.events);

  // Laid out in a worker thread while the pages below are written (awaited at the end).
  const graph = globalGraph(kb, LIMITS.graphNodes, (key, compute) => reuse.memo('graph-layout', signature(key), compute));
  graph.catch(() => undefined); // awaited below; this only stops an early failure being "unhandled"

  const surnames = new Map<string, string[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const p of kb.people) for (const key of surnameKeys(p)) push(surnames, key, p.id);

  // Collected while streaming articles, newest first, capped per entity.
  const reports = new Map<string, SiteReport[]>();
  const unlinked = new Map<string, SiteReport[]>();
  const pushCapped = (map: Map<string, SiteReport[]>, key: string, report: SiteReport, cap: number): void => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    if (list.length < cap && list[list.length - 1]?.id !== report.id) list.push(report);
  };

  const ordered = [...kb.articles].sort(byDateDesc);
  // The surname keys decide which words the unlinked-mention scan reports: remember them, so the
  // next run knows which keys its per-article scans already cover.
  const surnameList = [...surnames.keys()].sort();
  const previousSurnames = reuse.recall<string[]>('surname-keys', '');
  reuse.keep('surname-keys', '', surnameList);
  const known = new Set(previousSurnames);
  const addedSurnames = new Set(previousSurnames ? surnameList.filter((k) => !known.has(k)) : []);
  const scans: ArticleScan[] = new Array(ordered.length);
  const renderer: ArticleRenderer = options.renderer ?? {
    share() {},
    page: async (id, task) => articlePageWork(task, await load(id), surnames),
  };
  renderer.share(surnameList);
  // Many in flight: with a pool of render workers, this is what keeps them busy.
  await pool(ordered.map((article, index) => ({ article, index })), 64, async ({ article, index }) => {
    const spans = spansByArticle.get(article.id) ?? [];
    const key = articleKey(article.id);
    const ref = articleRef(article);

    const firstSpan = new Map<string, LinkSpan>();
    for (const s of spans) {
      const spanKey = `${s.type}:${s.id}`;
      const seen = firstSpan.get(spanKey);
      if (!seen || s.start < seen.start) firstSpan.set(spanKey, s);
    }
    const firsts = [...firstSpan].map(([spanKey, s]) => [spanKey, s.start] as const);
    // The previous run's scan stays valid for the surname keys both runs know; a new person's
    // surname only needs looking for (and most texts are then passed over by the prefix map).
    const name = `scan:${article.id}`;
    const sig = key ? signature(key, firsts) : '';
    const old = key && previousSurnames ? reuse.recall<ArticleScan>(name, sig) : undefined;
    const wanted = old ? [...addedSurnames].filter((surname) => mayContain(old.prefixes, surname)) : [];

    const page: Omit<SiteArticlePage, 'html'> = {
      ...ref,
      datePrecision: article.datePrecision,
      url: safeUrl(article.url),
      tags: article.tags,
      words: article.words,
      people: countRefs(people, article.people, spans, 'person'),
      organisations: countRefs(orgs, article.organisations, spans, 'org'),
      places: countRefs(places, article.places, spans, 'place'),
      events: article.events.map((id) => events.get(id)).filter((e): e is KbEvent => !!e).map(eventRef),
    };
    const target = path.join(dir, 'pages', 'articles', `${idSegment(article.id)}.json`);
    // Without a cache key (tests, callers without a cache) nothing can be re-used safely.
    const render = key ? !reuse.claim(target, signature(key, page, spans)) : true;
    const task: ArticlePageTask = { spans, firsts, scan: old ? (wanted.length > 0 ? wanted : null) : 'full', page: render ? { target, head: page } : null };
    const done = task.scan || task.page ? await renderer.page(article.id, task) : {};
    let scan: ArticleScan;
    if (old) {
      const hits = old.hits.filter((hit) => surnames.has(hit[0]));
      if (done.hits && done.hits.length > 0) {
        hits.push(...done.hits);
        hits.sort(byOffset);
      }
      scan = { reports: old.reports, hits, prefixes: old.prefixes };
    } else scan = done.scan as ArticleScan;
    if (key) reuse.keep(name, sig, scan);
    scans[index] = scan;
  });

  // Replayed in date order (newest first), so the caps keep the same reports whatever order the files were read in.
  for (let i = 0; i < ordered.length; i++) {
    const ref = articleRef(ordered[i]);
    const { reports: found, hits } = scans[i];
    for (const [spanKey, sentence] of found) pushCapped(reports, spanKey, { ...ref, sentence }, LIMITS.reports);
    const linked = new Set(ordered[i].people);
    for (const [surname, sentence] of hits) {
      for (const id of surnames.get(surname) ?? []) {
        if (linked.has(id)) continue;
        linked.add(id); // once per article
        pushCapped(unlinked, id, { ...ref, sentence }, LIMITS.unlinked);
      }
    }
  }

  function countRefs(map: Map<string, { id: string; name: string }>, ids: string[], spans: LinkSpan[], type: LinkSpan['type']): SiteRef[] {
    const counts = new Map<string, number>();
    for (const s of spans) if (s.type === type) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    return ids
      .map((id) => ref(map, id, counts.get(id) ?? 0))
      .filter((r): r is SiteRef => r !== null)
      .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.name.localeCompare(b.name));
  }

  // Person ↔ event and co-mention indexes.
  const eventsOf = new Map<string, KbEvent[]>();
  for (const e of [...kb.events].sort(byDateDesc)) {
    for (const pid of [...e.participants, ...e.organisations]) push(eventsOf, pid, e);
  }
  const coMentions = (ids: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const aid of ids) {
      for (const other of articles.get(aid)?.people ?? []) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return counts;
  };
  const articleDates = (mentions: { article: string }[]): (string | null)[] => mentions.map((m) => articles.get(m.article)?.date ?? null);

  const personRows: SitePersonRow[] = [];
  await pool(kb.people, 16, async (p) => {
    const co = coMentions(p.articles);
    co.delete(p.id);
    const coMentioned = topCounts(co, LIMITS.coMentioned).map(([id, count]) => ref(people, id, count)).filter((r): r is SiteRef => !!r);
    const personEvents = eventsOf.get(p.id) ?? [];
    // Role phrases used as mentions («глава Кремля») are roles too, dated by their article.
    const mentionRoles: Role[] = [];
    const spellings = new Set(p.aliases);
    for (const m of p.mentions) {
      if (m.kind === 'role') {
        const a = articles.get(m.article);
        mentionRoles.push({ text: m.text, lang: a?.lang ?? 'ru', date: a?.date ?? null, article: m.article });
      } else if (m.kind !== 'pronoun') spellings.add(m.text);
    }
    spellings.delete(p.name);
    const roles = aggregateRoles([...p.roles, ...mentionRoles]);
    const names = Object.entries(p.names)
      .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== p.name)
      .map(([lang, name]) => ({ lang, name }));
    const page: SitePersonPage = {
      id: p.id,
      name: p.name,
      names,
      aliases: [...spellings].slice(0, 60),
      description: p.description,
      roles,
      quotes: p.quotes.slice(0, LIMITS.quotes).map((q) => {
        const a = q.article ? articles.get(q.article) : undefined;
        return { text: q.text, kind: q.kind, verb: q.verb, article: a ? articleRef(a) : null };
      }),
      timeline: monthTimeline(articleDates(p.mentions)),
      events: personEvents.slice(0, LIMITS.personEvents).map(eventRef),
      coMentioned,
      articleCount: p.articles.length,
      mentionCount: p.mentions.length,
      reports: (reports.get(`person:${p.id}`) ?? []).sort(byDateDesc),
      unlinked: (unlinked.get(p.id) ?? []).sort(byDateDesc),
      searchForms: searchForms([p.name, ...names.map((n) => n.name), ...[...spellings].slice(0, 60), ...roles.slice(0, 8).map((r) => r.text)]),
      graph: localGraph(p, personEvents, coMentioned, people),
    };
    personRows.push({
      id: p.id,
      name: p.name,
      count: p.mentions.length,
      articles: p.articles.length,
      role: roles[0]?.text ?? null,
      roleKeys: [...new Set(roles.flatMap((r) => r.text.toLowerCase().split(/\s+/)).filter((w) => w.length > 3))].slice(0, 12),
    });
    const preview: SitePreview = {
      type: 'person', id: p.id, title: p.name, count: p.articles.length,
      lines: [p.description && clip(p.description).slice(0, 160), ...roles.slice(0, 2).map((r) => r.text), ...names.slice(0, 2).map((n) => n.name)].filter((l): l is string => !!l),
    };
    await Promise.all([
      writeJson(path.join(dir, 'pages', 'people', `${idSegment(p.id)}.json`), page),
      writeJson(path.join(dir, 'public', 'previews', 'person', `${idSegment(p.id)}.json`), preview),
    ]);
  });

  const eventRows: SiteEventRow[] = [];
  await pool(kb.events, 16, async (e) => {
    const related = new Map<string, number>();
    for (const pid of e.participants) {
      for (const other of nearbyEvents(eventsOf.get(pid) ?? [], e, RELATED_WINDOW)) {
        if (other.id === e.id) continue;
        const days = e.date && other.date ? Math.abs(Date.parse(e.date) - Date.parse(other.date)) / 864e5 : 365;
        related.set(other.id, (related.get(other.id) ?? 0) + 1 + (days <= 31 ? 1 : 0) + (days <= 7 ? 1 : 0));
      }
    }
    const participants = refs(people, e.participants);
    const page: SiteEventPage = {
      ...eventRef(e),
      titles: Object.entries(e.titles)
        .filter((t): t is [string, string] => typeof t[1] === 'string' && t[1] !== e.title)
        .map(([lang, title]) => ({ lang, title })),
      dateEnd: e.dateEnd,
      participants,
      organisations: refs(orgs, e.organisations),
      reports: (reports.get(`event:${e.id}`) ?? []).sort(byDateDesc),
      reportCount: e.articles.length,
      related: topCounts(related, LIMITS.related).map(([id]) => eventRef(events.get(id)!)),
      searchForms: searchForms([e.title, ...Object.values(e.titles).filter((t): t is string => !!t)], { cases: false }),
    };
    eventRows.push({ ...eventRef(e), participants, reports: e.articles.length });
    const preview: SitePreview = {
      type: 'event', id: e.id, title: e.title, count: e.articles.length,
      lines: [[e.date, e.place].filter(Boolean).join(' · '), participants.slice(0, 4).map((p) => p.name).join(', ')].filter((l) => l.length > 0),
    };
    await Promise.all([
      writeJson(path.join(dir, 'pages', 'events', `${idSegment(e.id)}.json`), page),
      writeJson(path.join(dir, 'public', 'previews', 'event', `${idSegment(e.id)}.json`), preview),
    ]);
  });

  const entityRows = async (list: KbEntity[], type: 'org' | 'place', section: string): Promise<SiteEntityRow[]> => {
    const rows: SiteEntityRow[] = [];
    await pool(list, 16, async (ent) => {
      const names = Object.entries(ent.names)
        .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ent.name)
        .map(([lang, name]) => ({ lang, name }));
      const page: SiteEntityPage = {
        id: ent.id, type, name: ent.name, names,
        aliases: ent.aliases.filter((a) => a !== ent.name),
        articleCount: ent.articles.length,
        reports: reports.get(`${type}:${ent.id}`) ?? [],
        people: topCounts(coMentions(ent.articles), LIMITS.coMentioned).map(([id, n]) => ref(people, id, n)).filter((r): r is SiteRef => !!r),
        events: (eventsOf.get(ent.id) ?? []).slice(0, LIMITS.personEvents).map(eventRef),
        searchForms: searchForms([ent.name, ...names.map((n) => n.name), ...ent.aliases]),
      };
      rows.push({ id: ent.id, name: ent.name, articles: ent.articles.length });
      const preview: SitePreview = { type, id: ent.id, title: ent.name, count: ent.articles.length, lines: names.slice(0, 2).map((n) => n.name) };
      await Promise.all([
        writeJson(path.join(dir, 'pages', section, `${idSegment(ent.id)}.json`), page),
        writeJson(path.join(dir, 'public', 'previews', type, `${idSegment(ent.id)}.json`), preview),
      ]);
    });
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  };
  const orgRows = await entityRows(kb.organisations, 'org', 'organisations');
  const placeRows = await entityRows(kb.places, 'place', 'places');

  personRows.sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.id.localeCompare(b.id));
  eventRows.sort(byDateDesc);

  const figures = corpusFigures(kb);
  const home: SiteHome = {
    generator: kb.generator,
    figures,
    latestArticles: ordered.slice(0, LIMITS.homeList).map(articleRef),
    topPeople: [...personRows].sort((a, b) => b.count - a.count).slice(0, LIMITS.homeList).map((p) => ({ id: p.id, name: p.name, count: p.count })),
    latestEvents: eventRows.slice(0, LIMITS.homeList).map((e) => eventRef(events.get(e.id)!)),
  };

  await Promise.all([
    writeJson(path.join(dir, 'home.json'), home),
    writeJson(path.join(dir, 'index', 'articles.json'), ordered.map(articleRef)),
    writeJson(path.join(dir, 'index', 'people.json'), personRows),
    writeJson(path.join(dir, 'index', 'events.json'), eventRows),
    writeJson(path.join(dir, 'index', 'organisations.json'), orgRows),
    writeJson(path.join(dir, 'index', 'places.json'), placeRows),
    writeJson(path.join(dir, 'public', 'graph.json'), await graph),
  ]);
}

function corpusFigures(kb: KnowledgeBase): SiteFigures {
  const langs = new Map<string, number>();
  let words = 0;
  let from: string | null = null;
  let to: string | null = null;
  for (const a of kb.articles) {
    langs.set(a.lang, (langs.get(a.lang) ?? 0) + 1);
    words += a.words;
    if (a.date) {
      if (from === null || a.date < from) from = a.date;
      if (to === null || a.date > to) to = a.date;
    }
  }
  return {
    articles: kb.articles.length,
    people: kb.people.length,
    events: kb.events.length,
    organisations: kb.organisations.length,
    places: kb.places.length,
    words,
    languages: [...langs].map(([lang, count]) => ({ lang, count })).sort((a, b) => b.count - a.count),
    dateFrom: from,
    dateTo: to,
  };
}
