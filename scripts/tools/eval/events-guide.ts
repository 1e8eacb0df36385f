/**
 * Event scoring by the annotation guide's "Scoring" section, over a gold set
 * in the guide's format (a folder of articles + gold.json with `persons`,
 * `events` and per-article `events`/`status`). The whole ingest runs over the
 * folder and its knowledge base is scored:
 *
 * - the unit is the (article, event) pair. A gold pair is found when a system
 *   event linked to that article has the same type family (meeting, visit and
 *   summit are one family; every other type is its own), a compatible date
 *   (equal at the coarser of the two precisions; a system month or year
 *   matches only when it shares at least two participants or the place with
 *   the gold event) and at least one participant or the place in common;
 * - pairs are matched one to one within an article, best match first;
 * - status is compared per report (the system event's report for that
 *   article), exact dates over the found pairs;
 * - clustering is pairwise precision and recall over the articles that report
 *   the same event; a gold event whose reports went to several system events
 *   is split over pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EventType, KbEvent, KbPerson, KnowledgeBase } from '../../model/model.ts';
import { transliterate } from '../../lang/transliterate.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { addTo, pushTo } from '../../util/collections.ts';
import { normaliseName } from './people-per-article.ts';
import { halfOf, type Half } from './people-sets.ts';

export interface GuideEvent {
  type: string;
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  place: string | null;
  participants: string[];
  status: string;
  articles: string[];
}

export interface GuideEventsGold {
  persons: Record<string, { names: Partial<Record<string, string>>; aliases?: string[] }>;
  events: Record<string, GuideEvent>;
  articles: Record<string, { lang: string; events?: string[]; status?: Record<string, string> }>;
}

/** The system's types in the guide's words (a statement is no event by the guide). */

export const guideFamily = (type: string): string => (type === 'meeting' || type === 'visit' || type === 'summit' ? 'meeting' : type);
/** The system's types are the guide's names, so a system type is scored as written. */
const systemFamily = (type: EventType | string): string => guideFamily(type);

/** Equal at the coarser of the two precisions. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

const placeKey = (name: string): string => transliterate(name.toLowerCase(), 'ru').toLowerCase().replace(/[^a-z]/g, '');
/** Place names agree when their Latin skeletons share a stem (Женева / Женеве / Geneva / Женеві). */
function samePlace(a: string, b: string): boolean {
  const x = placeKey(a);
  const y = placeKey(b);
  if (!x || !y) return false;
  const n = Math.max(4, Math.min(x.length, y.length) - 2);
  return x.slice(0, n) === y.slice(0, n);
}

interface Match {
  event: KbEvent;
  shared: number;
  place: boolean;
  exactDate: boolean;
}

export interface EventScore {
  goldPairs: number;
  systemPairs: number;
  found: number;
  pairPrecision: number;
  pairRecall: number;
  pairF1: number;
  exactDate: number;
  status: number;
  clusterPrecision: number;
  clusterRecall: number;
  clusterF1: number;
  splitEvents: string[];
  goldEvents: number;
  systemEvents: number;
  errors: string[];
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const share = (ok: number, total: number): number => (total ? ok / total : 0);

/** Which gold persons each system person is (by any name or alias, as the guide matches people). */
function goldPeopleOf(gold: GuideEventsGold, kb: KnowledgeBase): Map<string, Set<string>> {
  const byName = new Map<string, string[]>();
  for (const [id, p] of Object.entries(gold.persons)) {
    for (const name of [...Object.values(p.names), ...(p.aliases ?? [])]) if (name) pushTo(byName, normaliseName(name), id);
  }
  const out = new Map<string, Set<string>>();
  const namesOf = (p: KbPerson): string[] => [p.name, ...Object.values(p.names), ...p.aliases].filter((n): n is string => !!n);
  for (const person of kb.people) out.set(person.id, new Set(namesOf(person).flatMap((n) => byName.get(normaliseName(n)) ?? [])));
  return out;
}

/** Every name of the system event's place (its names per language, the place entity's names, else the name it carries). */
function placeNames(event: KbEvent, kb: KnowledgeBase): string[] {
  if (!event.place) return [];
  const own = Object.values(event.placeNames ?? {}).filter((n): n is string => !!n);
  const entity = kb.places.find((p) => p.name === event.place || Object.values(p.names).includes(event.place!));
  return [...own, ...(entity ? [entity.name, ...Object.values(entity.names).filter((n): n is string => !!n)] : [event.place])];
}

function matchOf(g: GuideEvent, e: KbEvent, kb: KnowledgeBase, people: Map<string, Set<string>>): Match | null {
  if (systemFamily(e.type) !== guideFamily(g.type)) return null;
  if (!datesCompatible(g.date, e.date)) return null;
  const shared = g.participants.filter((id) => e.participants.some((p) => people.get(p)?.has(id))).length;
  const place = !!g.place && placeNames(e, kb).some((n) => samePlace(n, g.place!));
  if (shared === 0 && !place) return null;
  const coarse = e.datePrecision !== 'day';
  if (coarse && shared < 2 && !place) return null;
  const exactDate = e.date === g.date && e.datePrecision === g.datePrecision;
  return { event: e, shared, place, exactDate };
}

/** Status is compared per report: this article's report of the event (the event's status when it carries none). */
const reportStatus = (e: KbEvent, article: string): string => e.reports.find((r) => r.article === article)?.status ?? e.status;

const better = (a: Match, b: Match): boolean =>
  a.exactDate !== b.exactDate ? a.exactDate : a.shared !== b.shared ? a.shared > b.shared : a.place && !b.place;

function pairwise(assignments: Map<string, Map<string, string>>): { precision: number; recall: number } {
  // assignments: article → gold event → system event (found pairs only).
  const found: { article: string; gold: string; system: string }[] = [];
  for (const [article, byGold] of assignments) for (const [gold, system] of byGold) found.push({ article, gold, system });
  let sameGold = 0;
  let sameSystem = 0;
  let both = 0;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const a = found[i]!;
      const b = found[j]!;
      if (a.article === b.article) continue;
      const g = a.gold === b.gold;
      const s = a.system === b.system;
      if (g) sameGold++;
      if (s) sameSystem++;
      if (g && s) both++;
    }
  }
  return { precision: sameSystem ? both / sameSystem : 1, recall: sameGold ? both / sameGold : 1 };
}

export function scoreGuideEvents(gold: GuideEventsGold, kb: KnowledgeBase, files: readonly string[]): EventScore {
  const people = goldPeopleOf(gold, kb);
  const articleIdOf = new Map(kb.articles.map((a) => [a.file, a.id]));
  const errors: string[] = [];
  const assignments = new Map<string, Map<string, string>>();
  let goldPairs = 0;
  let systemPairs = 0;
  let exact = 0;
  let statusOk = 0;
  let statusTotal = 0;
  const systemEvents = new Set<string>();
  for (const file of files) {
    const article = gold.articles[file];
    if (!article) continue;
    const id = articleIdOf.get(file);
    const linked = id ? kb.events.filter((e) => e.articles.includes(id)) : [];
    systemPairs += linked.length;
    for (const e of linked) systemEvents.add(e.id);
    const goldIds = article.events ?? [];
    goldPairs += goldIds.length;
    const candidates = goldIds.flatMap((g) => linked.map((e) => ({ g, m: matchOf(gold.events[g]!, e, kb, people) }))).filter((c): c is { g: string; m: Match } => c.m !== null);
    candidates.sort((a, b) => (better(a.m, b.m) ? -1 : better(b.m, a.m) ? 1 : 0));
    const usedGold = new Set<string>();
    const usedSystem = new Set<string>();
    const byGold = new Map<string, string>();
    for (const { g, m } of candidates) {
      if (usedGold.has(g) || usedSystem.has(m.event.id)) continue;
      usedGold.add(g);
      usedSystem.add(m.event.id);
      byGold.set(g, m.event.id);
      if (m.exactDate) exact++;
      else errors.push(`${file}\tDATE\t${g}: ${gold.events[g]!.date} ≠ ${m.event.date}`);
      const goldStatus = article.status?.[g] ?? gold.events[g]!.status;
      const status = reportStatus(m.event, id!);
      statusTotal++;
      if (goldStatus === status) statusOk++;
      else errors.push(`${file}\tSTATUS\t${g}: ${goldStatus} ≠ ${status}`);
    }
    assignments.set(file, byGold);
    for (const g of goldIds) if (!usedGold.has(g)) errors.push(`${file}\tFN\t${g} (${gold.events[g]!.type} ${gold.events[g]!.date})`);
    for (const e of linked) if (!usedSystem.has(e.id)) errors.push(`${file}\tFP\t${e.id} (${e.type} ${e.date ?? 'undated'} ${e.status})`);
  }
  const found = [...assignments.values()].reduce((n, m) => n + m.size, 0);
  const systemOf = new Map<string, Set<string>>();
  for (const byGold of assignments.values()) for (const [g, s] of byGold) addTo(systemOf, g, s);
  const splitEvents = [...systemOf].filter(([, s]) => s.size > 1).map(([g]) => g);
  const clusters = pairwise(assignments);
  const precision = share(found, systemPairs);
  const recall = share(found, goldPairs);
  return {
    goldPairs,
    systemPairs,
    found,
    pairPrecision: precision,
    pairRecall: recall,
    pairF1: f1(precision, recall),
    exactDate: share(exact, found),
    status: share(statusOk, statusTotal),
    clusterPrecision: clusters.precision,
    clusterRecall: clusters.recall,
    clusterF1: f1(clusters.precision, clusters.recall),
    splitEvents,
    goldEvents: new Set(files.flatMap((f) => gold.articles[f]?.events ?? [])).size,
    systemEvents: systemEvents.size,
    errors,
  };
}

/** Run the whole ingest over the folder and score it (one half of the articles with `half`). */
export async function evalGuideEvents(gold: GuideEventsGold, articlesDir: string, half: Half | null): Promise<EventScore> {
  const work = mkdtempSync(path.join(tmpdir(), 'letopis-eval-events-'));
  try {
    const run = await ingest({ contentDir: articlesDir, outDir: path.join(work, 'out'), cacheDir: path.join(work, 'cache'), jobs: 0 });
    return scoreGuideEvents(gold, run.kb, halfOf(Object.keys(gold.articles), (f) => f, half));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
