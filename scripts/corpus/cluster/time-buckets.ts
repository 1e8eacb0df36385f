/**
 * The time buckets clusters are filed under and reports look in, so a report
 * is compared only with clusters near its date, never with all events.
 */
import type { DatePrecision } from '../../model/model.ts';
import { DAY_MS, monthOf } from './date-interval.ts';

/**
 * Clusters by `family|anchor`, then by time bucket (fileKeys): nested maps, so
 * a lookup builds one short key per anchor instead of one long key per anchor and day.
 */
export type Buckets = Map<string, Map<string, number[]>>;

const MAX_SPAN_DAYS = 14;

/**
 * Time buckets a cluster is filed under: each day it covers (short spans),
 * its month (month precision), its year (year precision) or «undated».
 */
export function fileKeys(lo: number | null, hi: number | null, precision: DatePrecision | null): string[] {
  if (lo === null || hi === null) return ['undated'];
  if (precision === 'year') return [`y${new Date(lo * DAY_MS).getUTCFullYear()}`];
  if (precision === 'month' || hi - lo > MAX_SPAN_DAYS) return [...new Set([`m${monthOf(lo)}`, `m${monthOf(hi)}`])];
  const out: string[] = [];
  for (let d = lo; d <= hi; d++) out.push(`d${d}`);
  return out;
}

/** Time buckets a report looks in: the days around it and its month(s); a month-precision report looks at every day of the month. */
export function lookupKeys(lo: number | null, hi: number | null, precision: DatePrecision | null): string[] {
  if (lo === null || hi === null) return ['undated'];
  if (precision === 'year') return [`y${new Date(lo * DAY_MS).getUTCFullYear()}`];
  const out = new Set([`m${monthOf(lo)}`, `m${monthOf(hi)}`]);
  const from = precision === 'month' || hi - lo > MAX_SPAN_DAYS ? lo : lo - 1;
  const to = precision === 'month' || hi - lo > MAX_SPAN_DAYS ? hi : hi + 1;
  for (let d = from; d <= to; d++) out.add(`d${d}`);
  return [...out];
}
