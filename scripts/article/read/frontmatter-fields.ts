import type { ParsedArticle, Problem } from '../../model/model.ts';
import { normaliseLang } from './normalise-lang.ts';
import { parseDateString } from './parse-date.ts';

/*
 * Frontmatter values → article metadata. YAML is loose (numbers, dates,
 * lists where strings were meant), so every field is coerced here and each
 * value that cannot be used becomes a warning, never an exception.
 */

/** The article's metadata fields as the frontmatter gives them; the title may be missing (derived later). */
export interface FrontmatterFields extends Pick<ParsedArticle, 'date' | 'datePrecision' | 'declaredLang' | 'source' | 'url' | 'tags' | 'problems'> {
  title: string | null;
}

function scalarString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

/** The top-level `key:` line of the frontmatter source: its 1-based line and the text after the colon. */
function findKey(source: string, key: string): { line: number; rest: string } | null {
  const lines = source.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.slice(0, key.length).toLowerCase() !== key) continue;
    let j = key.length;
    while (l[j] === ' ' || l[j] === '\t') j++;
    if (l[j] === ':') return { line: i + 1, rest: l.slice(j + 1) };
  }
  return null;
}

function keyLine(source: string, key: string): number | undefined {
  return findKey(source, key)?.line;
}

/** The value exactly as written after `key:` (YAML turns dates into UTC instants; we want the written day). */
function rawValue(source: string, key: string): string | null {
  const found = findKey(source, key);
  if (!found) return null;
  const v = found.rest.trim().replace(/^['"]/, '');
  const stop = v.search(/['"#]/);
  return (stop < 0 ? v : v.slice(0, stop)).trim();
}

export function readFrontmatterFields(file: string, data: Record<string, unknown>, source: string): FrontmatterFields {
  const problems: Problem[] = [];
  const warn = (key: string, message: string) => problems.push({ file, severity: 'warning', line: keyLine(source, key), message });
  const out: FrontmatterFields = { title: null, date: null, datePrecision: null, declaredLang: null, source: null, url: null, tags: [], problems };

  out.title = scalarString(data.title);

  const date = data.date;
  if (date === undefined || date === null || date === '') {
    problems.push({ file, severity: 'warning', line: 1, message: 'no date in frontmatter: add `date: YYYY-MM-DD` (or YYYY-MM) so the article can be placed in time.' });
  } else {
    // Prefer the written text: `date: 2025-08-24T01:00:00+03:00` is the 24th where it was written, the 23rd in UTC.
    const written = date instanceof Date ? rawValue(source, 'date') : typeof date === 'string' || typeof date === 'number' ? String(date) : null;
    let parsed = written === null ? null : parseDateString(written);
    if (parsed === null && date instanceof Date && !Number.isNaN(date.getTime())) parsed = parseDateString(date.toISOString().slice(0, 10));
    if (parsed && parsed.ok) {
      out.date = parsed.date;
      out.datePrecision = parsed.precision;
    } else {
      const why = parsed ? parsed.reason : 'it is not in the form YYYY-MM-DD';
      warn('date', `impossible date "${written ?? String(date)}" in frontmatter (${why}): write a real date as \`date: YYYY-MM-DD\`.`);
    }
  }

  if (data.lang !== undefined && data.lang !== null) {
    const lang = normaliseLang(data.lang);
    if (lang) out.declaredLang = lang;
    else warn('lang', `unknown lang "${String(data.lang)}" ignored; use a language code such as ru, uk or en. The language is detected from the text instead.`);
  }

  out.source = scalarString(data.source);

  const url = scalarString(data.url);
  if (url !== null) {
    if (/^https?:\/\/[^\s/]+/i.test(url) && URL.canParse(url)) out.url = url;
    else warn('url', `dropped non-http url "${url}": only http:// and https:// links are published.`);
  }

  const tags = data.tags ?? data.tag;
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : tags === undefined || tags === null ? [] : [tags];
  const seen = new Set<string>();
  for (const t of list) {
    const s = scalarString(t);
    if (s && !seen.has(s)) {
      seen.add(s);
      out.tags.push(s);
    }
  }
  return out;
}
