/** Event pages, their rows in the events index and their hover previews. */
import type { KbEvent } from '../../model/model.ts';
import { topCounts, type SiteEventPage, type SiteEventRow, type SitePreview } from '../../model/site-contract.ts';
import { LIMITS } from './limits.ts';
import type { MentionReports } from './mention-reports.ts';
import { searchForms } from './name-forms.ts';
import { byDateDesc, eventRef, refsTo, reportStatuses } from './refs.ts';
import type { SiteIndex } from './site-index.ts';

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

/** Event id → how related it is to `e`: one point per shared participant, more when close in time. */
function relatedEvents(e: KbEvent, index: SiteIndex): Map<string, number> {
  const related = new Map<string, number>();
  for (const pid of e.participants) {
    for (const other of nearbyEvents(index.eventsOf.get(pid) ?? [], e, RELATED_WINDOW)) {
      if (other.id === e.id) continue;
      const days = e.date && other.date ? Math.abs(Date.parse(e.date) - Date.parse(other.date)) / 864e5 : 365;
      related.set(other.id, (related.get(other.id) ?? 0) + 1 + (days <= 31 ? 1 : 0) + (days <= 7 ? 1 : 0));
    }
  }
  return related;
}

export interface EventOutput {
  page: SiteEventPage;
  row: SiteEventRow;
  preview: SitePreview;
}

export function eventPage(e: KbEvent, index: SiteIndex, found: MentionReports): EventOutput {
  const participants = refsTo(index.people, e.participants);
  const statuses = reportStatuses(e);
  const page: SiteEventPage = {
    ...eventRef(e),
    titles: Object.entries(e.titles)
      .filter((t): t is [string, string] => typeof t[1] === 'string' && t[1] !== e.title)
      .map(([lang, title]) => ({ lang, title })),
    dateEnd: e.dateEnd,
    participants,
    organisations: refsTo(index.organisations, e.organisations),
    placeNames: e.placeNames ?? {},
    // an article the event's reports do not list (an older kb.json) tells the event's own status
    reports: (found.reports.get(`event:${e.id}`) ?? []).sort(byDateDesc).map((r) => ({ ...r, status: statuses.get(r.id) ?? e.status })),
    reportCount: e.articles.length,
    related: topCounts(relatedEvents(e, index), LIMITS.related).map(([id]) => eventRef(index.events.get(id)!)),
    searchForms: searchForms([e.title, ...Object.values(e.titles).filter((t): t is string => !!t)], { cases: false }),
  };
  const row: SiteEventRow = { ...eventRef(e), participants, reports: e.articles.length };
  const preview: SitePreview = {
    type: 'event', id: e.id, title: e.title, count: e.articles.length,
    lines: [[e.date, e.place].filter(Boolean).join(' · '), participants.slice(0, 4).map((p) => p.name).join(', ')].filter((l) => l.length > 0),
  };
  return { page, row, preview };
}
