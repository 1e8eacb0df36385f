/**
 * The small records pages use to point at each other (article, event and
 * entity references) and the one order every dated list on the site uses.
 */
import type { EventStatus, KbArticle, KbEvent, Lang } from '../../model/model.ts';
import type { SiteArticleRef, SiteEventRef, SiteRef, SiteStatusRef } from '../../model/site-contract.ts';

/** Newest first, undated last, ties by id: deterministic whatever order the input came in. */
export const byDateDesc = <T extends { date: string | null; id: string }>(a: T, b: T): number =>
  a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;

export const articleRef = (a: KbArticle): SiteArticleRef => ({ id: a.id, title: a.title, date: a.date, lang: a.lang, source: a.source });

export const eventRef = (e: KbEvent): SiteEventRef => ({
  id: e.id, title: e.title, type: e.type, status: e.status, date: e.date, datePrecision: e.datePrecision, place: e.place,
});

/** Article id → the status that article tells of `e` (its latest report when it reports it twice). */
export function reportStatuses(e: KbEvent): Map<string, EventStatus> {
  return new Map((e.reports ?? []).map((r) => [r.article, r.status]));
}

/** The known articles reporting `e`, newest first, each with its status. */
export function statusRefs(e: KbEvent, articles: ReadonlyMap<string, KbArticle>): SiteStatusRef[] {
  const statuses = reportStatuses(e);
  return [...statuses]
    .flatMap(([id, status]) => {
      const a = articles.get(id);
      return a ? [{ ...articleRef(a), status }] : [];
    })
    .sort(byDateDesc);
}

/** Anything a page can link to by name. */
export type NamedById = ReadonlyMap<string, { id: string; name: string }>;

/** A link to `id` (with its count, when given); null when `map` does not know it. */
export function refTo(map: NamedById, id: string, count?: number): SiteRef | null {
  const e = map.get(id);
  return e ? (count === undefined ? { id, name: e.name } : { id, name: e.name, count }) : null;
}

const known = (r: SiteRef | null): r is SiteRef => r !== null;

/** Links to the known ones of `ids`, in order. */
export const refsTo = (map: NamedById, ids: string[]): SiteRef[] => ids.map((id) => refTo(map, id)).filter(known);

/** Links with counts to the known ones of `entries`, in order. */
export const countedRefs = (map: NamedById, entries: [string, number][]): SiteRef[] => entries.map(([id, count]) => refTo(map, id, count)).filter(known);

/** A record's names in other languages: those that differ from its display name. */
export function otherNames(names: Partial<Record<Lang, string>>, name: string): { lang: Lang; name: string }[] {
  return Object.entries(names)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== name)
    .map(([lang, other]) => ({ lang, name: other }));
}
