import type { DatePrecision, Problem } from '../model.ts';
import { lineEnd } from './lines.ts';
import { parseDateString } from './parse-date.ts';

/*
 * The seed format's first line: ` date 2025-08-24 First paragraph…` (also
 * `date: 2025-08-24`, `date 2025-08`). The date word and value are metadata;
 * whatever follows on that line is the first paragraph of the body.
 */

const DATE_LINE_RE = /^[ \t]*date[ \t]*:?[ \t]*([0-9][0-9./-]*(?:T[0-9:.+-]+Z?)?)(?=[ \t]|$)[ \t]*/i;

export interface DateLine {
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Where the body starts (after the date value and its spaces, or 0 when there is no date line). */
  bodyStart: number;
  problems: Problem[];
}

export function readDateLine(file: string, text: string): DateLine {
  const firstLine = text.slice(0, lineEnd(text, 0, Math.min(text.length, 200)));
  const m = DATE_LINE_RE.exec(firstLine);
  if (!m) {
    return {
      date: null,
      datePrecision: null,
      bodyStart: 0,
      problems: [{ file, severity: 'warning', line: 1, message: 'no date line: add ` date YYYY-MM-DD` (or ` date YYYY-MM`) as the first line so the article can be placed in time.' }],
    };
  }
  const bodyStart = m[0].length;
  const parsed = parseDateString(m[1]);
  if (parsed && parsed.ok) return { date: parsed.date, datePrecision: parsed.precision, bodyStart, problems: [] };
  const why = parsed ? `${parsed.reason}` : 'it is not in the form YYYY-MM-DD';
  return {
    date: null,
    datePrecision: null,
    bodyStart,
    problems: [{ file, severity: 'warning', line: 1, message: `impossible date "${m[1]}" in the date line (${why}): fix it to a real date as YYYY-MM-DD or YYYY-MM.` }],
  };
}
