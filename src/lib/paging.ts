/**
 * Index pages stay small at any corpus size: past these thresholds the
 * events index splits by year (/timeline/<year>/) and the people index by
 * first letter (/names/<letter>/).
 */
import { PERSON_ARTICLES_PER_PAGE, type SiteArticleRef, type SiteEventRow, type SitePersonPage, type SitePersonRow, type SiteReport } from '../../scripts/model/site-contract.ts';

export const EVENTS_ON_ONE_PAGE = 1500;
export const PEOPLE_ON_ONE_PAGE = 3000;

/** Years with events, newest first, with counts (undated events under '—' are left to the main index). */
export function eventYears(rows: SiteEventRow[]): [string, number][] {
  const years = new Map<string, number>();
  for (const e of rows) if (e.date) years.set(e.date.slice(0, 4), (years.get(e.date.slice(0, 4)) ?? 0) + 1);
  return [...years].sort((a, b) => (a[0] < b[0] ? 1 : -1));
}

export const initial = (name: string): string => name.trim().charAt(0).toUpperCase() || '#';

/** First letters of people's names, in alphabetical order, with counts. */
export function nameLetters(rows: SitePersonRow[]): [string, number][] {
  const letters = new Map<string, number>();
  for (const p of rows) letters.set(initial(p.name), (letters.get(initial(p.name)) ?? 0) + 1);
  return [...letters].sort((a, b) => a[0].localeCompare(b[0], 'ru'));
}

/** Pages of a person's article list (at least one). */
export const personArticlePages = (p: Pick<SitePersonPage, 'articles'>): number => Math.max(1, Math.ceil(p.articles.length / PERSON_ARTICLES_PER_PAGE));

/**
 * Page `n` (1-based) of a person's articles: the report (with its sentence)
 * where there is one, else the article's reference.
 */
export function personArticles(p: Pick<SitePersonPage, 'articles' | 'reports'>, n: number, refs: ReadonlyMap<string, SiteArticleRef>): (SiteArticleRef | SiteReport)[] {
  const reports = new Map(p.reports.map((r) => [r.id, r]));
  return p.articles
    .slice((n - 1) * PERSON_ARTICLES_PER_PAGE, n * PERSON_ARTICLES_PER_PAGE)
    .flatMap((id) => reports.get(id) ?? refs.get(id) ?? []);
}
