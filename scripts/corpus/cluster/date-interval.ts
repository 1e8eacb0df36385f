/** Event dates as inclusive day intervals (days since the epoch), and the month of a day. */

export const DAY_MS = 86_400_000;

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

/** «YYYY-MM» of a day number (memoised, bounded). */
export function monthOf(dayNumber: number): string {
  let hit = monthCache.get(dayNumber);
  if (hit === undefined) {
    hit = new Date(dayNumber * DAY_MS).toISOString().slice(0, 7);
    if (monthCache.size > 100_000) monthCache.clear();
    monthCache.set(dayNumber, hit);
  }
  return hit;
}
