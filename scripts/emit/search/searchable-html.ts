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
