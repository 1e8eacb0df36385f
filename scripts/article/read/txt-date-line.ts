import type { DatePrecision, Problem } from '../../model/model.ts';
import { lineEnd } from './lines.ts';
import { parseDateString } from './parse-date.ts';

/*
 * The seed format's first line: ` date 2025-08-24 First paragraph…` (also
 * `date: 2025-08-24`, `date 2025-08`). The date word and value are metadata;
 * whatever follows on that line is the first paragraph of the body.
 */

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/**
 * `[spaces]date[spaces][:][spaces]VALUE[spaces]` at the start of the line: the
 * value and the offset after the trailing spaces. A hand scan, because the
 * regex for it has overlapping space runs (super-linear backtracking).
 */
function matchDateLine(line: string): { value: string; end: number } | null {
  let i = skipSpaces(line, 0);
  if (line.slice(i, i + 4).toLowerCase() !== 'date') return null;
  i = skipSpaces(line, i + 4);
  if (line[i] === ':') i = skipSpaces(line, i + 1);
  const from = i;
  if (!(line[i] >= '0' && line[i] <= '9')) return null;
  while (i < line.length && /[0-9./:+TZ-]/.test(line[i])) i++;
  if (i < line.length && line[i] !== ' ' && line[i] !== '\t') return null;
  return { value: line.slice(from, i), end: skipSpaces(line, i) };
}

export interface DateLine {
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Where the body starts (after the date value and its spaces, or 0 when there is no date line). */
  bodyStart: number;
  problems: Problem[];
}

export function readDateLine(file: string, text: string): DateLine {
  const firstLine = text.slice(0, lineEnd(text, 0, Math.min(text.length, 200)));
  const m = matchDateLine(firstLine);
  if (!m) {
    return {
      date: null,
      datePrecision: null,
      bodyStart: 0,
      problems: [{ file, severity: 'warning', line: 1, message: 'no date line: add ` date YYYY-MM-DD` (or ` date YYYY-MM`) as the first line so the article can be placed in time.' }],
    };
  }
  const bodyStart = m.end;
  const parsed = parseDateString(m.value);
  if (parsed && parsed.ok) return { date: parsed.date, datePrecision: parsed.precision, bodyStart, problems: [] };
  const why = parsed ? `${parsed.reason}` : 'it is not in the form YYYY-MM-DD';
  return {
    date: null,
    datePrecision: null,
    bodyStart,
    problems: [{ file, severity: 'warning', line: 1, message: `impossible date "${m.value}" in the date line (${why}): fix it to a real date as YYYY-MM-DD or YYYY-MM.` }],
  };
}
