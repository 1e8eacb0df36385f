/**
 * Corpus stage for events: merge the per-article reports of one real event
 * (across articles and languages) into one KbEvent.
 *
 * Pure function of the stored per-article results plus the entity links, so
 * adding an article never needs re-analysis of the others. Scales by
 * bucketing: a report is compared only with clusters that share its type
 * family, one of its anchors (a resolved participant, organisation or place)
 * and its month — never with all events.
 *
 * Two reports are the same event when: same family (meeting/talks/summit are
 * one family); dates compatible (day-precision dates at most one day apart,
 * coarser dates containing the finer one; two undated reports only when they
 * name exactly the same people); participants overlapping (two shared when
 * both name two or more); places not contradicting.
 *
 * Cluster status, most reliable first: happened (some report says it took
 * place) > cancelled > planned > hypothetical.
 */
import type { DatePrecision, EventStatus, EventType, KbEntity, KbEvent, KbMention, KbPerson, Lang, LocalEvent } from '../model/model.ts';
import type { ArticleInput } from './resolve-entities.ts';
import { linkOf, type EntityLinks } from './resolve-entities.ts';
import { knownEntries } from '../lang/lexicons/known-places-orgs.ts';
import { memoByString } from '../util/memo.ts';
import { shortHash, skeleton, slugify, transliterate } from '../lang/transliterate.ts';
import { eventTitle, type TitlePerson } from '../article/events/event-title.ts';
import { TYPE_PRIORITY, typeFamily } from '../model/event-types.ts';

interface Member {
  article: string;
  lang: Lang;
  event: LocalEvent;
  family: string;
  /**
   * Participant match keys, sorted: the phonetic skeleton of the surname
   * (Токаев = Tokayev = Токаєв), so one person split in two by resolution
   * still matches. Compared only within a type family and a date window.
   */
  people: string[];
  /** Resolved participant ids in the order the article names them (output and title order). */
  ordered: string[];
  /** Participant keys of people attested in more than one article (see vouchedSameEvent). */
  strong: string[];
  orgs: string[];
  /** Date of the article the report is in (ISO, any precision) or null. */
  articleDate: string | null;
  /** Local names of the member's organisations (for ids of events without people or place). */
  orgNames: string[];
  /** Resolved place id, or a normalised place name when unresolved. */
  place: string | null;
  /** Day numbers (days since epoch), inclusive; null when undated. */
  lo: number | null;
  hi: number | null;
  precision: DatePrecision | null;
  /** Stable identity for ordering: article id + local key. */
  identity: string;
}

interface Cluster {
  members: Member[];
  family: string;
  people: Set<string>;
  /** Participant keys of people attested in more than one article. */
  strong: Set<string>;
  /** Resolved person ids of all members. */
  ids: Set<string>;
  orgs: Set<string>;
  places: Set<string>;
  lo: number | null;
  hi: number | null;
  precision: DatePrecision | null;
}

const DAY_MS = 86_400_000;
const PRECISION_RANK: Record<DatePrecision | 'none', number> = { day: 0, month: 1, year: 2, none: 3 };
const STATUS_RANK: Record<EventStatus, number> = { happened: 3, cancelled: 2, planned: 1, hypothetical: 0 };

/** Inclusive day interval of an ISO date at its precision. */
export function dateInterval(date: string | null, dateEnd?: string | null): [number, number] | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const day = (yy: number, mm: number, dd: number): number => Math.floor(Date.UTC(yy, mm - 1, dd) / DAY_MS);
  if (m[3]) {
    const lo = day(y, Number(m[2]), Number(m[3]));
    const end = dateEnd ? dateInterval(dateEnd) : null;
    return [lo, end && end[1] >= lo ? end[1] : lo];
  }
  if (m[2]) return [day(y, Number(m[2]), 1), day(y, Number(m[2]) + 1, 1) - 1];
  return [day(y, 1, 1), day(y + 1, 1, 1) - 1];
}

const monthCache = new Map<number, string>();

function monthOf(dayNumber: number): string {
  let hit = monthCache.get(dayNumber);
  if (hit === undefined) {
    hit = new Date(dayNumber * DAY_MS).toISOString().slice(0, 7);
    if (monthCache.size > 100_000) monthCache.clear();
    monthCache.set(dayNumber, hit);
  }
  return hit;
}

/** Surname key that survives transliteration: Tokayev/Токаев/Токаєв → «tokaev». */
const surnameKey = memoByString((surname: string): string => {
  const key = skeleton(surname).replace(/i(?=[aeou])/g, '');
  return key || slugify(surname);
});

const normalisePlace = memoByString((name: string): string => transliterate(name.toLowerCase(), 'ru').toLowerCase().replace(/[^a-z]/g, ''));

function toMember(input: ArticleInput, event: LocalEvent, links: EntityLinks, placeIds: Set<string>, byPerson: Map<string, KbPerson>): Member {
  const article = input.id;
  const resolve = (key: string): string => linkOf(links, article, key) ?? `?${article}:${key}`;
  // Each participant is resolved once: for the output order and for the match keys.
  const participantIds = event.participants.map(resolve);
  const ordered = [...new Set(participantIds)];
  const entities = input.analysis.entities;
  const strong = new Set<string>();
  const people = [
    ...new Set(
      event.participants.map((key, n) => {
        const person = byPerson.get(participantIds[n]!);
        const local = entities.find((e) => e.key === key);
        const name = person ? (person.names.en ?? person.name) : (local?.parts?.last ?? local?.name ?? key);
        const k = `p:${surnameKey(surnameOf(name))}`;
        if (person && person.articles.length > 1) strong.add(k);
        return k;
      }),
    ),
  ].sort();
  const orgIds = [...new Set(event.orgs.map(resolve))];
  // The event's place is the org/place entity whose name it carries; else its normalised name.
  const placeEntity = event.place ? entities.find((e) => e.type === 'place' && event.orgs.includes(e.key) && e.name === event.place) : undefined;
  const placeId = placeEntity ? resolve(placeEntity.key) : null;
  if (placeId && !placeId.startsWith('?')) placeIds.add(placeId);
  const interval = dateInterval(event.date, event.dateEnd);
  return {
    article,
    lang: input.analysis.lang,
    event,
    family: typeFamily(event.type),
    people,
    ordered: ordered.filter((id) => !id.startsWith('?')),
    strong: [...strong].sort(),
    orgs: orgIds.filter((id) => !id.startsWith('?')).sort(),
    articleDate: input.analysis.article.date ?? null,
    orgNames: event.orgs.map((k) => entities.find((e) => e.key === k && e.type === 'org')?.name).filter((n): n is string => !!n),
    place: placeId && !placeId.startsWith('?') ? placeId : event.place ? `~${normalisePlace(event.place)}` : null,
    lo: interval?.[0] ?? null,
    hi: interval?.[1] ?? null,
    precision: event.datePrecision,
    identity: `${article}\u0000${event.key}`,
  };
}

/** Anchors a report can be found by: resolved people, organisations, places. */
function anchors(m: Member): string[] {
  const out = [...m.people];
  out.push(...m.orgs);
  if (m.place) out.push(m.place);
  return [...new Set(out)];
}

/**
 * Clusters by `family|anchor`, then by time bucket (fileKeys): nested maps, so
 * a lookup builds one short key per anchor instead of one long key per anchor and day.
 */
type Buckets = Map<string, Map<string, number[]>>;

const MAX_SPAN_DAYS = 14;

/**
 * Time buckets a cluster is filed under: each day it covers (short spans),
 * its month (month precision), its year (year precision) or «undated».
 */
function fileKeys(lo: number | null, hi: number | null, precision: DatePrecision | null): string[] {
  if (lo === null || hi === null) return ['undated'];
  if (precision === 'year') return [`y${new Date(lo * DAY_MS).getUTCFullYear()}`];
  if (precision === 'month' || hi - lo > MAX_SPAN_DAYS) return [...new Set([`m${monthOf(lo)}`, `m${monthOf(hi)}`])];
  const out: string[] = [];
  for (let d = lo; d <= hi; d++) out.push(`d${d}`);
  return out;
}

/** Time buckets a report looks in: the days around it and its month(s); a month-precision report looks at every day of the month. */
function lookupKeys(lo: number | null, hi: number | null, precision: DatePrecision | null): string[] {
  if (lo === null || hi === null) return ['undated'];
  if (precision === 'year') return [`y${new Date(lo * DAY_MS).getUTCFullYear()}`];
  const out = new Set([`m${monthOf(lo)}`, `m${monthOf(hi)}`]);
  const from = precision === 'month' || hi - lo > MAX_SPAN_DAYS ? lo : lo - 1;
  const to = precision === 'month' || hi - lo > MAX_SPAN_DAYS ? hi : hi + 1;
  for (let d = from; d <= to; d++) out.add(`d${d}`);
  return [...out];
}

function sharedCount(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function compatible(m: Member, c: Cluster): number {
  if (m.family !== c.family) return -1;
  // Dates.
  if ((m.lo === null) !== (c.lo === null)) return -1;
  if (m.lo !== null && c.lo !== null && m.hi !== null && c.hi !== null) {
    const slack = m.precision === 'day' && c.precision === 'day' ? 1 : 0;
    if (m.lo > c.hi + slack || c.lo > m.hi + slack) return -1;
  }
  // Places must not contradict.
  if (m.place && c.places.size > 0 && !c.places.has(m.place)) {
    const resolvedBoth = !m.place.startsWith('~') && [...c.places].some((p) => !p.startsWith('~'));
    if (resolvedBoth) return -1;
  }
  const people = m.people;
  const shared = sharedCount(people, c.people);
  if (m.lo === null) {
    // Undated reports («встреча пока не запланирована»): only the very same cast,
    // or part of it at the very same place («следующая встреча Путина в Москве»).
    if (people.length >= 1 && shared === people.length && shared === c.people.size) return 10 + shared;
    const samePlace = m.place !== null && c.places.has(m.place);
    return samePlace && ((people.length >= 1 && shared === people.length) || (c.people.size > 0 && sharedCount([...c.people], new Set(people)) === c.people.size)) ? 5 + shared : -1;
  }
  if (people.length > 0 && c.people.size > 0) {
    const need = Math.min(2, people.length, c.people.size);
    if (shared >= need) return 10 + shared;
    return shared >= 1 && vouchedSameEvent(m, c) ? 5 + shared : -1;
  }
  // Without people on one side: the same place or organisations must carry the match.
  if (m.place && c.places.has(m.place)) return 5;
  const orgShared = sharedCount(m.orgs, c.orgs);
  if (orgShared > 0 && orgShared * 2 >= Math.max(m.orgs.length, c.orgs.size)) return 3 + orgShared;
  return -1;
}

/**
 * One shared person is enough when everything else pins the event down —
 * same day, same resolved place — and the people the two sides do not share
 * are, on one side, known from a single article only (typically a misread
 * name such as «Туреччини Реджеп»). Two well-attested people meeting the
 * same leader the same day in the same city stay two events.
 */
function vouchedSameEvent(m: Member, c: Cluster): boolean {
  if (m.precision !== 'day' || c.precision !== 'day' || m.lo !== c.lo) return false;
  if (!m.place || m.place.startsWith('~') || !c.places.has(m.place)) return false;
  const mineOnly = m.people.filter((p) => !c.people.has(p));
  const theirsOnly = [...c.strong].filter((p) => !m.people.includes(p));
  return mineOnly.every((p) => !m.strong.includes(p)) || theirsOnly.length === 0;
}

function addTo(c: Cluster, m: Member): void {
  for (const p of m.strong) c.strong.add(p);
  c.members.push(m);
  for (const p of m.people) c.people.add(p);
  for (const id of m.ordered) c.ids.add(id);
  for (const o of m.orgs) c.orgs.add(o);
  if (m.place) c.places.add(m.place);
  if (m.lo !== null && m.hi !== null && c.lo !== null && c.hi !== null) {
    // Keep the tightest interval so a chain of ±1-day slack cannot drift.
    if (m.hi - m.lo < c.hi - c.lo) {
      c.lo = m.lo;
      c.hi = m.hi;
      c.precision = m.precision;
    }
  }
}

/**
 * Merge per-article events that report the same real-world event (type, date
 * window, participants, place) into corpus events with stable ids.
 * `links`: article id → local entity key → entity id (from resolveEntities).
 * `places` (optional) gives place names per language for titles.
 */
export function clusterEvents(inputs: ArticleInput[], links: EntityLinks, people: KbPerson[], places: KbEntity[] = []): KbEvent[] {
  const placeIds = new Set<string>();
  const byPerson = new Map(people.map((p) => [p.id, p]));
  const members: Member[] = [];
  for (const input of inputs) for (const event of input.analysis.events) members.push(toMember(input, event, links, placeIds, byPerson));
  // Deterministic order independent of input order: the most precise dates
  // first (so day-dated reports seed the clusters and a month-dated «в августе»
  // joins the best of them, not the first), then by date, then identity.
  members.sort((a, b) => PRECISION_RANK[a.precision ?? 'none'] - PRECISION_RANK[b.precision ?? 'none'] || (a.lo ?? Infinity) - (b.lo ?? Infinity) || (a.hi ?? Infinity) - (b.hi ?? Infinity) || (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0));

  const clusters: Cluster[] = [];
  const buckets: Buckets = new Map();
  for (const m of members) {
    const anchorKeys = anchors(m).map((a) => `${m.family}|${a}`);
    const times = lookupKeys(m.lo, m.hi, m.precision);
    let best = -1;
    let bestScore = -1;
    const seen = new Set<number>();
    for (const anchorKey of anchorKeys) {
      const byTime = buckets.get(anchorKey);
      if (!byTime) continue;
      for (const t of times) {
        for (const ci of byTime.get(t) ?? []) {
          if (seen.has(ci)) continue;
          seen.add(ci);
          const score = compatible(m, clusters[ci]!);
          if (score > bestScore || (score === bestScore && score >= 0 && ci < best)) {
            best = ci;
            bestScore = score;
          }
        }
      }
    }
    let target: number;
    if (best >= 0 && bestScore >= 0) {
      target = best;
      addTo(clusters[target]!, m);
    } else {
      target = clusters.length;
      clusters.push({ members: [m], family: m.family, people: new Set(m.people), strong: new Set(m.strong), ids: new Set(m.ordered), orgs: new Set(m.orgs), places: new Set(m.place ? [m.place] : []), lo: m.lo, hi: m.hi, precision: m.precision });
    }
    // File the cluster under this member's anchors so later reports can find it.
    const fileTimes = fileKeys(m.lo, m.hi, m.precision);
    for (const anchorKey of anchorKeys) {
      let byTime = buckets.get(anchorKey);
      if (!byTime) buckets.set(anchorKey, (byTime = new Map()));
      for (const t of fileTimes) {
        let list = byTime.get(t);
        if (!list) byTime.set(t, (list = []));
        if (list[list.length - 1] !== target && !list.includes(target)) list.push(target);
      }
    }
  }

  const kept = foldUndatedIntoHeld(foldUndatedPlans(clusters, buckets));
  const byPlace = new Map(places.map((p) => [p.id, p]));
  const nameLang = corpusNameLanguage(people);
  const events = kept.map((c) => summarise(c, byPerson, byPlace, nameLang));
  assignIds(events, kept);
  return events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * An undated report of a not-yet-held event («встреча Зеленского и Путина
 * пока не запланирована») is the same event as the one dated cluster of the
 * very same cast that did not take place either (planned for a month, then
 * cancelled). Only when exactly one such cluster exists; never into a held
 * event, which a later plan of the same people is usually not.
 */
function foldUndatedPlans(clusters: Cluster[], buckets: Buckets): Cluster[] {
  const undated = clusters.some((c) => c.lo === null && c.people.size >= 2);
  if (!undated) return clusters;
  // Dated clusters by family|anchor (the time part of the bucket key dropped).
  const dated = new Map<string, Set<number>>();
  for (const [anchorKey, byTime] of buckets) {
    for (const [time, list] of byTime) {
      if (time === 'undated') continue;
      let seen = dated.get(anchorKey);
      if (!seen) dated.set(anchorKey, (seen = new Set()));
      for (const ci of list) seen.add(ci);
    }
  }
  const held = (c: Cluster): boolean => c.members.some((m) => m.event.status === 'happened');
  const dropped = new Set<number>();
  clusters.forEach((c, i) => {
    if (c.lo !== null || c.people.size < 2 || held(c)) return;
    const first = [...c.people][0]!;
    const candidates = [...(dated.get(`${c.family}|${first}`) ?? [])].filter((ci) => {
      const d = clusters[ci]!;
      return !dropped.has(ci) && d.lo !== null && !held(d) && d.people.size === c.people.size && [...c.people].every((p) => d.people.has(p));
    });
    if (candidates.length !== 1) return;
    const target = clusters[candidates[0]!]!;
    for (const m of c.members) {
      target.members.push(m);
      for (const id of m.ordered) target.ids.add(id);
      for (const o of m.orgs) target.orgs.add(o);
    }
    dropped.add(i);
  });
  return clusters.filter((_, i) => !dropped.has(i));
}

/** How long before a held event a plan of it is still taken to be that plan (days). */
const PLAN_LEAD_DAYS = 62;

/**
 * An undated report of an event that did take place: a plan written before it
 * («ЕС готовит новый пакет санкций», the package came on 09-19) or a passing
 * reference written after it. It joins the held dated cluster of its family
 * when every report in it is timed right by its article's date — plans and
 * hypotheticals at most PLAN_LEAD_DAYS before the event, reports after it only
 * when they say it happened — and the cast fits (the report names everyone
 * the held event had; a report naming nobody: half the organisations shared). Only the single best
 * such cluster; a tie means it could be either, so it stays apart. Reports from
 * undated articles never fold (nothing tells a plan from a later, new plan).
 */
function foldUndatedIntoHeld(clusters: Cluster[]): Cluster[] {
  const held = clusters.filter((c) => c.lo !== null && c.hi !== null && c.members.some((m) => m.event.status === 'happened'));
  if (held.length === 0) return clusters;
  // Only held clusters sharing a person (or, for a report naming nobody, an
  // organisation) can score: look them up by family|person and family|org
  // instead of trying every held cluster (quadratic at 100k articles).
  const order = new Map(held.map((h, i) => [h, i]));
  const index = new Map<string, Cluster[]>();
  const indexed = new Set<string>();
  const file = (h: Cluster): void => {
    for (const key of [...[...h.people].map((p) => `${h.family}|p|${p}`), ...[...h.orgs].map((o) => `${h.family}|o|${o}`)]) {
      const mark = `${order.get(h)}|${key}`;
      if (indexed.has(mark)) continue;
      indexed.add(mark);
      const list = index.get(key);
      if (list) list.push(h);
      else index.set(key, [h]);
    }
  };
  for (const h of held) file(h);
  const dropped = new Set<Cluster>();
  for (const c of clusters) {
    if (c.lo !== null) continue;
    const keys = c.people.size > 0 ? [...c.people].map((p) => `${c.family}|p|${p}`) : [...c.orgs].map((o) => `${c.family}|o|${o}`);
    const candidates = [...new Set(keys.flatMap((key) => index.get(key) ?? []))].sort((a, b) => order.get(a)! - order.get(b)!);
    let best: Cluster | null = null;
    let bestScore = 0;
    let tie = false;
    for (const h of candidates) {
      const score = heldMatch(c, h);
      if (score > bestScore) [best, bestScore, tie] = [h, score, false];
      else if (score === bestScore && score > 0) tie = true;
    }
    if (!best || tie) continue;
    for (const m of c.members) addTo(best, m);
    file(best); // it may have gained people or organisations
    dropped.add(c);
  }
  return dropped.size ? clusters.filter((c) => !dropped.has(c)) : clusters;
}

/** Score of an undated cluster as a report of the held cluster `h` (0: not it). */
function heldMatch(c: Cluster, h: Cluster): number {
  const timed = c.members.every((m) => {
    const written = dateInterval(m.articleDate);
    if (!written) return false;
    if (written[0] > h.hi!) return m.event.status === 'happened';
    return written[1] >= h.lo! - PLAN_LEAD_DAYS;
  });
  if (!timed) return 0;
  const orgShared = sharedCount([...c.orgs], h.orgs);
  if (c.people.size > 0) {
    if (h.people.size === 0) return 0;
    const shared = sharedCount([...c.people], h.people);
    // The plan names everyone who took part (it may name more): a plan of Trump's call to Zelensky is not a call Macron held with both.
    if (shared < h.people.size) return 0;
    // Two held events of the same people: a plan written before one of them is that one's, not the earlier one's.
    const ahead = c.members.every((m) => m.event.status === 'happened' || (dateInterval(m.articleDate)?.[1] ?? Infinity) < h.lo!);
    return 10 * shared + orgShared + (ahead ? 1 : 0);
  }
  // Half the report's organisations: the held cluster gathers many more from all its reports.
  return orgShared > 0 && orgShared * 2 >= c.orgs.size ? orgShared : 0;
}

/** The language KbPerson.name is written in across the corpus (most common). */
function corpusNameLanguage(people: KbPerson[]): Lang {
  const counts = new Map<string, number>();
  for (const p of people) {
    for (const [lang, name] of Object.entries(p.names)) if (name === p.name) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: Lang = 'ru';
  let n = 0;
  for (const [lang, count] of [...counts].sort()) if (count > n) [best, n] = [lang, count];
  return best;
}

function mostCommon<T>(items: readonly T[], key: (t: T) => string, prefer?: (a: T, b: T) => number): T | null {
  const counts = new Map<string, { item: T; n: number }>();
  for (const item of items) {
    const k = key(item);
    const hit = counts.get(k);
    if (hit) hit.n++;
    else counts.set(k, { item, n: 1 });
  }
  const sorted = [...counts.entries()].sort(
    ([ka, a], [kb, b]) => b.n - a.n || (prefer ? prefer(a.item, b.item) : 0) || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  return sorted[0]?.[1].item ?? null;
}

interface Summary extends KbEvent {
  /** Slug parts for the id. */
  idParts: string[];
}

function summarise(c: Cluster, byPerson: Map<string, KbPerson>, byPlace: Map<string, KbEntity>, nameLang: Lang): Summary {
  const ms = c.members;
  const type = mostCommon(ms.map((m) => m.event.type), (t) => t, (a, b) => TYPE_PRIORITY.indexOf(a) - TYPE_PRIORITY.indexOf(b))!;
  // A "happened" report counts only when written on or after the event (a report before it is a plan).
  const reported = (m: Member): EventStatus => {
    const written = m.articleDate;
    if (m.event.status !== 'happened' || !written || !m.event.date) return m.event.status;
    return written.slice(0, m.event.date.length) < m.event.date.slice(0, written.length) ? 'planned' : 'happened';
  };
  const status = ms.reduce<EventStatus>((s, m) => (STATUS_RANK[reported(m)] > STATUS_RANK[s] ? reported(m) : s), 'hypothetical');
  // Date: the most precise, most reported; reports of the settled status first.
  const dated = ms.filter((m) => m.event.date);
  const bestPrecision = (['day', 'month', 'year'] as const).find((p) => dated.some((m) => m.precision === p)) ?? null;
  const pool = dated.filter((m) => m.precision === bestPrecision);
  const statusPool = pool.filter((m) => m.event.status === status);
  const dateMember = mostCommon(statusPool.length ? statusPool : pool, (m) => m.event.date!, (a, b) => (a.event.date! < b.event.date! ? -1 : 1));
  const date = dateMember?.event.date ?? null;
  const dateEnd = mostCommon(pool.filter((m) => m.event.date === date && m.event.dateEnd), (m) => m.event.dateEnd!)?.event.dateEnd ?? null;

  // Participants in title order: who is named first most often, then by id.
  const firstCount = new Map<string, number>();
  const order = new Map<string, number>();
  for (const m of ms) {
    m.ordered.forEach((id, i) => {
      order.set(id, Math.min(order.get(id) ?? Infinity, i));
      if (i === 0) firstCount.set(id, (firstCount.get(id) ?? 0) + 1);
    });
  }
  const participants = [...c.ids].sort((a, b) => (firstCount.get(b) ?? 0) - (firstCount.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0) || (a < b ? -1 : 1));
  const organisations = [...c.orgs].sort();

  const placeMember = mostCommon(ms.filter((m) => m.event.place), (m) => m.place ?? '');
  const placeId = placeMember?.place && !placeMember.place.startsWith('~') ? placeMember.place : null;
  // Asked for up to six times per event (titles, place, id), each a pass over the members: once per language.
  const placeNames = new Map<Lang, string | null>();
  const placeName = (lang: Lang): string | null => {
    let name = placeNames.get(lang);
    if (name === undefined) placeNames.set(lang, (name = placeNameIn(lang, placeId, byPlace, ms, placeMember)));
    return name;
  };

  const titles: Partial<Record<Lang, string>> = {};
  for (const lang of ['ru', 'uk', 'en'] as const) {
    const t = titleIn(lang, type, participants, byPerson, placeName(lang), ms);
    if (t) titles[lang] = t;
  }
  // The title is in the language of the canonical names (KbPerson.name), even
  // when a participant lacks a name recorded under that language.
  const title = titles[nameLang] ?? titleIn(nameLang, type, participants, byPerson, placeName(nameLang), ms, true) ?? titles.ru ?? titles.en ?? titles.uk ?? ms[0]!.event.title;

  const articles = [...new Set(ms.map((m) => m.article))].sort();
  const mentions: KbMention[] = [];
  for (const m of ms) for (const x of m.event.mentions) mentions.push({ article: m.article, start: x.start, end: x.end, text: x.text, kind: x.kind });
  mentions.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));

  // One slug per person even when resolution split them (Токаев / Tokayev share a surname key).
  const bySurname = new Map<string, string>();
  for (const id of participants) {
    const person = byPerson.get(id);
    const name = person?.names.en ?? person?.name ?? '';
    const slug = slugCache(`${id}\u0000${name}`, () => surnameSlug(person, id));
    const key = name ? surnameKey(surnameOf(name)) : slug;
    const seen = bySurname.get(key);
    if (seen === undefined || slug < seen) bySurname.set(key, slug);
  }
  const idPeople = [...new Set(bySurname.values())].sort().slice(0, 3);
  const fallback = placeName('en') ?? placeMember?.event.place ?? mostCommonOrgName(ms);
  const idParts = [date ?? 'undated', type, ...(idPeople.length ? idPeople : fallback ? [slugify(fallback)] : [])];
  return {
    id: '',
    idParts,
    title,
    titles,
    type,
    date,
    datePrecision: dateMember?.precision ?? null,
    dateEnd,
    place: placeName(nameLang) ?? placeMember?.event.place ?? null,
    status,
    participants,
    organisations,
    articles,
    mentions,
  };
}

function placeNameIn(lang: Lang, placeId: string | null, byPlace: Map<string, KbEntity>, ms: Member[], placeMember: Member | null): string | null {
  if (placeId) {
    const entity = byPlace.get(placeId);
    const name = entity?.names[lang];
    if (name) return name;
  }
  const same = mostCommon(ms.filter((m) => m.lang === lang && m.event.place), (m) => m.event.place!);
  if (same?.event.place) return same.event.place;
  if (!placeMember?.event.place) return null;
  return translatePlace(placeMember.event.place, lang);
}

let gazetteer: Map<string, Partial<Record<string, string>>> | null = null;

/** A well-known place's name in another language, from the entity gazetteer. */
function translatePlace(name: string, lang: Lang): string | null {
  if (!gazetteer) {
    gazetteer = new Map();
    for (const e of knownEntries()) if (e.type === 'place') for (const f of e.forms) gazetteer.set(f.toLowerCase(), e.names);
  }
  return gazetteer.get(name.toLowerCase())?.[lang] ?? null;
}

function guessGender(full: string): TitlePerson['gender'] {
  const last = full.split(' ').pop() ?? '';
  if (/(?:ова|ева|єва|ина|іна|ая|ська|цька)$/u.test(last)) return 'f';
  return null;
}

/** The last word of a name (memoised: the same names recur in thousands of events). */
const surnameOf = memoByString((full: string): string => {
  const words = full.split(' ');
  return words.length > 1 ? words[words.length - 1]! : full;
});

/** The first word of a name of two words or more («Андрей Зинченко» → «Андрей»). */
function givenOf(full: string): string | null {
  const words = full.split(' ');
  return words.length > 1 ? words[0]! : null;
}

let slugs = new Map<string, string>();

/** Person id + name → surname slug, memoised (the same people recur across thousands of events). */
function slugCache(id: string, make: () => string): string {
  let hit = slugs.get(id);
  if (hit === undefined) {
    hit = make();
    if (slugs.size > 200_000) slugs = new Map();
    slugs.set(id, hit);
  }
  return hit;
}

function surnameSlug(person: KbPerson | undefined, id: string): string {
  const en = person?.names.en;
  if (en) return slugify(surnameOf(en));
  if (person) return slugify(surnameOf(person.name));
  return slugify(id.split('-').pop() ?? id);
}

function titleIn(lang: Lang, type: EventType, participants: string[], byPerson: Map<string, KbPerson>, place: string | null, ms: Member[], canonical = false): string | null {
  const local = mostCommon(ms.filter((m) => m.lang === lang), (m) => m.event.title)?.event.title ?? null;
  if (participants.length === 0) {
    if (local) return local;
    return place ? eventTitle({ type, lang, people: [], place, orgs: [] }) : null;
  }
  const names = participants.map((id) => byPerson.get(id)?.names[lang] ?? (canonical ? byPerson.get(id)?.name : undefined));
  if (names.some((n) => !n)) return local;
  const people: TitlePerson[] = names.map((n) => ({ name: surnameOf(n!), gender: guessGender(n!), given: givenOf(n!) }));
  return eventTitle({ type, lang, people, place, orgs: [] });
}

/** The organisation most members name (its local name), for ids of events without people or place. */
function mostCommonOrgName(ms: Member[]): string | null {
  const names = ms.flatMap((m) => m.orgNames);
  return mostCommon(names, (n) => n)?.toString() ?? null;
}

/** Ids from the event itself; equal ones get a suffix from their members, never from corpus order. */
function assignIds(events: Summary[], clusters: Cluster[]): void {
  const groups = new Map<string, number[]>();
  events.forEach((e, i) => {
    const base = slugify(e.idParts.join('-'));
    const list = groups.get(base);
    if (list) list.push(i);
    else groups.set(base, [i]);
  });
  for (const [base, list] of groups) {
    if (list.length === 1) {
      events[list[0]!]!.id = base;
      continue;
    }
    for (const i of list) {
      const identity = clusters[i]!.members.map((m) => m.identity).sort()[0]!;
      events[i]!.id = `${base}-${shortHash(identity)}`;
    }
  }
  for (const e of events) delete (e as Partial<Summary>).idParts;
}
