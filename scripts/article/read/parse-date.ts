import type { DatePrecision } from '../../model/model.ts';

export type DateResult =
  | { ok: true; date: string; precision: DatePrecision }
  | { ok: false; reason: string };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Build an ISO date at the precision given, checking the calendar (no 2025-13-45, no 2025-02-30). */
export function makeDate(year: number, month: number | null, day: number | null): DateResult {
  if (year < 1000 || year > 9999) return { ok: false, reason: `year ${year} is out of range` };
  if (month === null) return { ok: true, date: String(year), precision: 'year' };
  if (month < 1 || month > 12) return { ok: false, reason: `month ${month} does not exist` };
  if (day === null) return { ok: true, date: `${year}-${pad(month)}`, precision: 'month' };
  const max = month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > max) return { ok: false, reason: `day ${day} does not exist in ${year}-${pad(month)}` };
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/**
 * Parse a written date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, also `YYYY-MM-DDThh:mm…`
 * (time dropped, no timezone shift), `YYYY/MM/DD`, `YYYY.MM.DD` and `DD.MM.YYYY`.
 * Returns null when the string does not look like a date at all.
 */
export function parseDateString(raw: string): DateResult | null {
  const s = raw.trim();
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$/.exec(s);
  if (m) return makeDate(Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return makeDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
