/**
 * Status per report: each article that reports an event tells its own status
 * on its own date (announced → planned, later held → happened, then called
 * off → cancelled), and the event shows the status of its latest report.
 */
import type { EventStatus, KbEventReport } from '../../model/model.ts';
import type { Member } from './member.ts';

/** Within one article or one date, the surest reading wins: a held event outranks its plan. */
const STATUS_RANK: Record<EventStatus, number> = { happened: 3, cancelled: 2, planned: 1, hypothetical: 0 };

/** A "happened" report counts only when written on or after the event (a report before it is a plan). */
export function reportedStatus(m: Member): EventStatus {
  const written = m.articleDate;
  if (m.event.status !== 'happened' || !written || !m.event.date) return m.event.status;
  return written.slice(0, m.event.date.length) < m.event.date.slice(0, written.length) ? 'planned' : 'happened';
}

const byDate = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** One report per article (its members' surest status), oldest article first. */
export function eventReports(ms: readonly Member[]): KbEventReport[] {
  const byArticle = new Map<string, KbEventReport>();
  for (const m of ms) {
    const status = reportedStatus(m);
    const seen = byArticle.get(m.article);
    if (!seen) byArticle.set(m.article, { article: m.article, date: m.articleDate, status });
    else if (STATUS_RANK[status] > STATUS_RANK[seen.status]) seen.status = status;
  }
  return [...byArticle.values()].sort((a, b) => byDate(a.date, b.date) || (a.article < b.article ? -1 : 1));
}

/**
 * The status of the latest report. Reports of the same date (or of undated
 * articles, which cannot be ordered) settle by rank: a held event outranks a
 * plan of it.
 */
export function latestStatus(reports: readonly KbEventReport[]): EventStatus {
  let best: KbEventReport | undefined;
  for (const r of reports) {
    if (!best) best = r;
    else {
      const order = byDate(r.date, best.date);
      if (order > 0 || (order === 0 && STATUS_RANK[r.status] > STATUS_RANK[best.status])) best = r;
    }
  }
  return best?.status ?? 'hypothetical';
}
