/** Which of a sentence's date expressions dates a candidate, and how it resolves. */
import { isBound } from './date-bounds.ts';
import { RELATIVE_TO_EVENT, SINCE_BEFORE, SINCE_START } from './lexicons/clause-cues.ts';
import type { DateDirection, DateExpression, ResolvedDate } from './resolve-event-date.ts';

/** Dates that bound or count from something else are not candidates for the event's own date. */
export function isOwnDate(original: string, d: DateExpression): boolean {
  return !isBound(original, d) && !SINCE_BEFORE.test(original.slice(Math.max(0, d.start - 16), d.start)) && !SINCE_START.test(d.text) && !RELATIVE_TO_EVENT.test(d.text);
}

/** A date counted from another event ("three days after the vote"), not from the article's date. */
export function isRelativeToEvent(d: DateExpression): boolean {
  return RELATIVE_TO_EVENT.test(d.text);
}

/** A day resolved from an expression with its number written out is explicit («15 августа»; «вчера» is not). */
function withExplicit(d: DateExpression, r: ResolvedDate | null): ResolvedDate | null {
  return r && r.precision === 'day' && /\d/u.test(d.text) ? { ...r, explicit: true } : r;
}

/**
 * The date nearest the trigger (at sentence offset `rel`), from its own
 * clause's dates when there are any, else from the sentence's.
 */
export function nearestDate(pool: readonly DateExpression[], rel: number, direction: DateDirection): ResolvedDate | null {
  const nearest = pool.reduce<DateExpression | null>((best, d) => {
    const dist = Math.abs((d.start + d.end) / 2 - rel);
    return !best || dist < Math.abs((best.start + best.end) / 2 - rel) ? d : best;
  }, null);
  let date = nearest ? nearest.resolve(direction) : null;
  let source = nearest;
  // «минулого тижня, 20 серпня»: the more exact of two agreeing expressions of the clause.
  if (date && date.precision !== 'day') {
    for (const d of pool) {
      const r = d === nearest ? null : d.resolve(direction);
      if (r && r.date.length > date.date.length && r.date.startsWith(date.date)) [date, source] = [r, d];
    }
  }
  return source ? withExplicit(source, date) : date;
}
