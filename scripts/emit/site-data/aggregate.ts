/** Small aggregations for entity pages: roles with date ranges, month timelines. */
import type { Role } from '../../model/model.ts';
import type { SiteMonth, SiteRole } from '../../model/site-contract.ts';

/** Merge repeated roles (same text, case-insensitive) into one with first/last date and a count. */
export function aggregateRoles(roles: Role[]): SiteRole[] {
  const merged = new Map<string, SiteRole>();
  for (const role of roles) {
    // A role's own spelling may be inflected («главой Кремля»): the page shows its nominative.
    const r = role.nominative ? { ...role, text: role.nominative } : role;
    const key = r.text.trim().toLowerCase();
    if (!key) continue;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { text: r.text.trim(), lang: r.lang, from: r.date, to: r.date, count: 1 });
      continue;
    }
    // Prefer the mid-sentence spelling («глава Кремля» over «Глава Кремля»).
    if (seen.text[0] !== seen.text[0].toLowerCase() && r.text.trim()[0] === r.text.trim()[0].toLowerCase()) seen.text = r.text.trim();
    seen.count++;
    if (r.date && (!seen.from || r.date < seen.from)) seen.from = r.date;
    if (r.date && (!seen.to || r.date > seen.to)) seen.to = r.date;
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || (b.to ?? '').localeCompare(a.to ?? ''));
}

const MAX_MONTHS = 240;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Mentions per month from the first to the last dated one, empty months included (capped to the latest 240). */
export function monthTimeline(dates: (string | null)[]): SiteMonth[] {
  const counts = new Map<string, number>();
  for (const d of dates) {
    if (!d || !/^\d{4}-\d{2}/.test(d)) continue;
    const month = d.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const out: SiteMonth[] = [];
  for (let m = months[0]; m <= months[months.length - 1]; m = nextMonth(m)) out.push({ month: m, count: counts.get(m) ?? 0 });
  return out.slice(-MAX_MONTHS);
}
