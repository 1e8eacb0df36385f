/**
 * What of a rendered page the search index needs: its `<head>` (title,
 * `data-pagefind-meta` tags) and its `<main>`, when `<main>` carries
 * `data-pagefind-body` (Base.astro puts it on entity and article pages only).
 * The header, footer and scripts are never indexed, so neither the IPC to
 * Pagefind nor Pagefind's parser need to carry them.
 */
export function searchableHtml(html: string): string | null {
  const body = html.indexOf('<body');
  const main = html.indexOf('<main', body);
  const mainEnd = html.lastIndexOf('</main>');
  if (body < 0 || main < 0 || mainEnd < main) return null;
  const mainTag = html.slice(main, html.indexOf('>', main) + 1);
  if (!mainTag.includes('data-pagefind-body')) return null;
  return `${html.slice(0, body)}<body>${html.slice(main, mainEnd)}</main></body></html>`;
}

const ARTICLE_LANG = /^<article\b[^>]*?\slang="([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)"/;
const DATETIME = /^<time\b[^>]*?\sdatetime="(\d{4}(?:-\d{2})?)/;

export interface ArticleFacts {
  /** The language the text is written in: the page's `<article lang>`. */
  lang: string | null;
  /** `YYYY` or `YYYY-MM`: the first `<time datetime>` inside the `<article>`. */
  date: string | null;
}

/** What an article page says about its text (read before the ignored parts are dropped: the date line is one); null for other pages. */
export function articleFacts(html: string): ArticleFacts | null {
  const article = html.indexOf('<article');
  if (article < 0) return null;
  const lang = ARTICLE_LANG.exec(html.slice(article, html.indexOf('>', article) + 1))?.[1] ?? null;
  const time = html.indexOf('<time', article);
  const end = html.indexOf('</article>', article);
  const date = time >= 0 && (end < 0 || time < end) ? (DATETIME.exec(html.slice(time, html.indexOf('>', time) + 1))?.[1] ?? null) : null;
  return { lang, date };
}

/** Elements that cannot have content: an ignored one ends with its start tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const MARK = 'data-pagefind-ignore';
const TAG_NAME = /^[a-zA-Z][\w-]{0,30}/;
/** What Pagefind still reads inside an ignored element (`data-pagefind-ignore` without "all"). */
const KEPT_INSIDE = /data-pagefind-(?:meta|filter|sort)/;

/** Index just past the end tag closing the element whose start tag ends at `from`, or -1 when it is not closed. */
function closingEnd(html: string, tag: string, from: number): number {
  // `[^<>]`: a start tag never holds `<`, so a scan that finds no `>` stops at the next tag.
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^<>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    if (m[1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/**
 * The page without the elements Pagefind skips (`data-pagefind-ignore`):
 * labels, counts, lists of related pages. What is left is what the index
 * holds, so two builds whose stripped pages are equal index them equally,
 * and a count that moved on a person page does not make its part stale.
 * An ignored element holding search metadata or filters is kept whole
 * (Pagefind still reads those inside it).
 */
export function withoutIgnored(html: string): string {
  let out = '';
  let at = 0;
  // Scanned with indexOf rather than one regex over the page: a lazy run up to the attribute backtracks quadratically.
  for (let mark = html.indexOf(MARK); mark >= 0; mark = html.indexOf(MARK, mark + MARK.length)) {
    const start = html.lastIndexOf('<', mark);
    const startEnd = html.indexOf('>', mark);
    // Only the attribute of a start tag still kept: not text, not inside an element already dropped.
    if (start < at || startEnd < 0 || html.lastIndexOf('>', mark) > start || !/\s/.test(html[mark - 1] ?? '') || !/[=\s/>]/.test(html[mark + MARK.length] ?? '')) continue;
    const name = TAG_NAME.exec(html.slice(start + 1, start + 33))?.[0];
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    const end = VOID.has(tag) || html[startEnd - 1] === '/' ? startEnd + 1 : closingEnd(html, tag, startEnd + 1);
    if (end < 0) break;
    if (KEPT_INSIDE.test(html.slice(start, end))) continue;
    out += html.slice(at, start);
    at = end;
    mark = end - MARK.length;
  }
  return out + html.slice(at);
}
