import matter from 'gray-matter';
import type { Problem } from '../../model/model.ts';
import { lineAt, lineEnd, skipLineBreak } from './lines.ts';

/*
 * Locate and parse YAML frontmatter ourselves so the body offset is exact
 * (gray-matter only hands back the body string). gray-matter does the YAML.
 */

export interface Frontmatter {
  /** Parsed mapping (salvaged line by line when the YAML is broken), or null when there is none. */
  data: Record<string, unknown> | null;
  /** The frontmatter source (opening line to closing line), for looking up raw values. */
  source: string;
  /** Offset where the markdown body starts. */
  bodyStart: number;
  problems: Problem[];
}

const OPEN_RE = /^---[ \t]*$/;
const CLOSE_RE = /^(?:---|\.\.\.)[ \t]*$/;

interface YamlMark {
  line?: number;
}

function yamlErrorLine(err: unknown): number | undefined {
  const mark = (err as { mark?: YamlMark } | null)?.mark;
  // js-yaml counts from the rest of the opening `---` line (line 0 = file line 1).
  return typeof mark?.line === 'number' ? mark.line + 1 : undefined;
}

function firstLineOf(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

const KEY_LINE_RE = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
const YAML_CONTINUATION_RE = /^(?:[ \t]+\S|[ \t]*-[ \t])/;

/** Best effort for broken YAML: plain `key: value` lines, quotes stripped, `[a, b]` split. */
export function salvageFields(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of source.split(/\r\n|\r|\n/)) {
    const m = KEY_LINE_RE.exec(line);
    let v = m ? m[2].trim() : '';
    if (!m || !v) continue;
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1);
    // An unclosed flow list/map is most likely the very line that broke the YAML.
    if ((v.startsWith('[') && !v.endsWith(']')) || v.startsWith('{')) continue;
    if (v.startsWith('[') && v.endsWith(']')) data[m[1]] = v.slice(1, -1).split(',').map((x) => x.trim().replace(/^['"]|['"]$/g, ''));
    else data[m[1]] = v;
  }
  return data;
}

/** End of an unclosed frontmatter: the first line after line 1 that is not `key: value`, indented, or a `- item`. */
function unclosedEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const eol = lineEnd(text, i);
    const line = text.slice(i, eol);
    if (!KEY_LINE_RE.test(line) && !YAML_CONTINUATION_RE.test(line)) return i;
    i = eol < text.length ? skipLineBreak(text, eol) : text.length;
  }
  return i;
}

export function splitFrontmatter(file: string, text: string): Frontmatter {
  const none: Frontmatter = { data: null, source: '', bodyStart: 0, problems: [] };
  const firstEnd = lineEnd(text, 0);
  if (!OPEN_RE.test(text.slice(0, firstEnd))) return none;
  // Find the closing delimiter line.
  let i = firstEnd < text.length ? skipLineBreak(text, firstEnd) : text.length;
  let close = -1;
  let closeEnd = -1;
  while (i < text.length) {
    const eol = lineEnd(text, i);
    if (CLOSE_RE.test(text.slice(i, eol))) {
      close = i;
      closeEnd = eol;
      break;
    }
    i = eol < text.length ? skipLineBreak(text, eol) : text.length;
  }
  if (close < 0) {
    // Best effort: the `key: value` lines right after `---` were meant as metadata; the rest is body.
    const end = unclosedEnd(text, firstEnd < text.length ? skipLineBreak(text, firstEnd) : text.length);
    const source = text.slice(0, end);
    return {
      data: salvageFields(source),
      source,
      bodyStart: end,
      problems: [{
        file,
        severity: 'error',
        line: 1,
        message: `unterminated frontmatter: the \`---\` on line 1 is never closed. Add a line \`---\` after the last \`key: value\` line (line ${lineAt(text, Math.max(0, end - 1))}); simple \`key: value\` lines were used where possible.`,
      }],
    };
  }
  const source = text.slice(0, closeEnd);
  const bodyStart = closeEnd < text.length ? skipLineBreak(text, closeEnd) : text.length;
  let data: unknown;
  try {
    // Options object given on purpose: gray-matter caches every input forever when called without one.
    data = matter(`${source}\n`, {}).data;
  } catch (err) {
    return {
      data: salvageFields(source),
      source,
      bodyStart,
      problems: [{
        file,
        severity: 'error',
        line: yamlErrorLine(err),
        message: `invalid YAML in frontmatter: ${firstLineOf(err)}. Fix the line (quote values that contain ":" or start with "[", "{", "@", "#"); simple \`key: value\` lines were used where possible.`,
      }],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: null,
      source,
      bodyStart,
      problems: [{ file, severity: 'error', line: 2, message: 'frontmatter is not a list of `key: value` lines (title, date, lang, source, url, tags); it is ignored.' }],
    };
  }
  return { data: data as Record<string, unknown>, source, bodyStart, problems: [] };
}
