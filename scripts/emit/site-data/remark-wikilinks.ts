/**
 * Remark plugin: the entry's `[[section/id|label]]` wikilinks become site
 * links (a mention link, with its hover preview, for people, events,
 * organisations and places). Wikilinks are taken out of the markdown before
 * it is parsed (`protectWikilinks`), each replaced by a placeholder that no
 * markdown construct touches, so a label of `*` or `_` cannot split one, and
 * `\[\[…\]\]` (escaped brackets, which is how entries write brackets of the
 * article's own text) never counts as one. Where a placeholder lands in
 * code or in a link of the article's own, the wikilink's text comes back as
 * it was written.
 */
import type { Link, Nodes, Parents, Root, Text } from 'mdast';
import { idSegment, SECTIONS, SITE_SECTIONS, type SiteNodeType, type SiteSection } from '../../model/site-contract.ts';
import { mapTree } from '../markdown/map-tree.ts';
import { nodeHref } from './mention-links.ts';

/** A wikilink taken out of the markdown: its section, target, label and text as written. */
export interface Wikilink {
  section: string;
  target: string;
  label: string;
  source: string;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
/** Labels never hold brackets (obsidian-entries.ts `wikilinkLabel`), so a match attempt stops at the next `[`. */
const WIKILINK = /(?<!\\)\[\[([a-z]+)\/([^\][|\\\r\n]+)\\?\|([^\][\r\n]*)\]\]/g;
const LABEL_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const TYPE_OF = new Map<string, SiteNodeType>(Object.entries(SECTIONS).map(([type, section]) => [section, type as SiteNodeType]));

/** Marks a link the plugin made, so the safe-links plugin leaves its root-relative URL alone. */
export const SITE_LINK = 'letopisSiteLink';

declare module 'mdast' {
  interface LinkData {
    [SITE_LINK]?: boolean;
  }
}

/** The markdown with each wikilink a placeholder, and the wikilinks in placeholder order. */
export function protectWikilinks(markdown: string): { markdown: string; links: Wikilink[] } {
  const links: Wikilink[] = [];
  const protectedText = markdown.replace(/[\uE000\uE001]/g, '\uFFFD').replace(WIKILINK, (source, section: string, target: string, label: string) => {
    links.push({ section, target, label: label.replace(/&(?:amp|lt|gt);/g, (e) => LABEL_ENTITIES[e]), source });
    return `${OPEN}${links.length - 1}${CLOSE}`;
  });
  return { markdown: protectedText, links };
}

function decodedId(target: string): string | null {
  try {
    return decodeURIComponent(target);
  } catch {
    return null;
  }
}

function siteLink({ section, target, label, source }: Wikilink): Link | Text {
  const id = decodedId(target);
  if (id === null || !SITE_SECTIONS.includes(section as SiteSection)) return { type: 'text', value: source };
  const type = TYPE_OF.get(section);
  const children: Text[] = [{ type: 'text', value: label }];
  if (!type) return { type: 'link', url: `/${section}/${idSegment(id)}/`, children, data: { [SITE_LINK]: true } };
  return {
    type: 'link',
    url: nodeHref(type, id),
    children,
    data: { [SITE_LINK]: true, hProperties: { className: ['m', `m-${type}`], dataPreview: `${type}:${id}` } },
  };
}

/** `value` with each placeholder back to the wikilink's text as written. */
const restored = (value: string, links: readonly Wikilink[]): string => value.replace(PLACEHOLDER, (_, n: string) => links[Number(n)]?.source ?? '');

function splitText(node: Text, links: readonly Wikilink[]): Nodes[] {
  const out: Nodes[] = [];
  let at = 0;
  for (const match of node.value.matchAll(PLACEHOLDER)) {
    const link = links[Number(match[1])];
    if (match.index > at) out.push({ type: 'text', value: node.value.slice(at, match.index) });
    if (link) out.push(siteLink(link));
    at = match.index + match[0].length;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

/** Put the placeholders of every string field of `node` back (code, raw text, URLs, alt texts). */
function restoreFields(node: Nodes, links: readonly Wikilink[]): void {
  const fields = node as unknown as Record<string, unknown>;
  for (const key of ['value', 'url', 'alt', 'title']) {
    const value = fields[key];
    if (typeof value === 'string' && value.includes(OPEN)) fields[key] = restored(value, links);
  }
}

export function remarkWikilinks() {
  return (tree: Root, file: { data: Record<string, unknown> }): void => {
    const links = (file.data.wikilinks as Wikilink[] | undefined) ?? [];
    // Nodes inside a link of the article's own: a wikilink there stays text (no link in a link).
    const inLink = new Set<Nodes>();
    mapTree(tree, (node: Nodes, parent: Parents) => {
      const linked = inLink.has(parent as Nodes);
      if ('children' in node && (linked || node.type === 'link' || node.type === 'linkReference')) inLink.add(node);
      if (node.type !== 'text') {
        restoreFields(node, links);
        return undefined;
      }
      if (!node.value.includes(OPEN)) return undefined;
      if (linked) {
        node.value = restored(node.value, links);
        return undefined;
      }
      return splitText(node, links);
    });
  };
}
