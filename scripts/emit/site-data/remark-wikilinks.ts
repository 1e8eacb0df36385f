/**
 * Remark plugin: the entry's `[[section/id|label]]` wikilinks become site
 * links (a mention link, with its hover preview, for people, events,
 * organisations and places). Only wikilinks written as such in the source
 * count: `\[\[…\]\]` (escaped brackets, which is how entries write brackets
 * of the article's own text) reads as the same text but is no link.
 */
import type { Link, Nodes, Parents, Root, Text } from 'mdast';
import { idSegment, SECTIONS, SITE_SECTIONS, type SiteNodeType, type SiteSection } from '../../model/site-contract.ts';
import { mapTree } from '../markdown/map-tree.ts';
import { nodeHref } from './mention-links.ts';

const WIKILINK = /\[\[([a-z]+)\/([^\][|\\\r\n]+)(?:\\?\|)([^\]\r\n]*)\]\]/g;
const TYPE_OF = new Map<string, SiteNodeType>(Object.entries(SECTIONS).map(([type, section]) => [section, type as SiteNodeType]));

/** Marks a link the plugin made, so the safe-links plugin leaves its root-relative URL alone. */
export const SITE_LINK = 'letopisSiteLink';

declare module 'mdast' {
  interface LinkData {
    [SITE_LINK]?: boolean;
  }
}

function decodedId(target: string): string | null {
  try {
    return decodeURIComponent(target);
  } catch {
    return null;
  }
}

function siteLink(section: string, target: string, label: string): Link | null {
  const id = decodedId(target);
  if (id === null || !SITE_SECTIONS.includes(section as SiteSection)) return null;
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

/** How many times each `[[section/id` was really written in the source of a text node. */
function writtenKeys(source: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of source.matchAll(WIKILINK)) {
    if (source[match.index - 1] === '\\') continue;
    const key = `${match[1]}/${match[2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function splitText(node: Text, source: string): Nodes[] | undefined {
  if (!node.value.includes('[[')) return undefined;
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return undefined;
  const written = writtenKeys(source.slice(from, to));
  if (written.size === 0) return undefined;
  const out: Nodes[] = [];
  let at = 0;
  for (const match of node.value.matchAll(WIKILINK)) {
    const key = `${match[1]}/${match[2]}`;
    const left = written.get(key) ?? 0;
    const link = left > 0 ? siteLink(match[1], match[2], match[3]) : null;
    if (!link) continue;
    written.set(key, left - 1);
    if (match.index > at) out.push({ type: 'text', value: node.value.slice(at, match.index) });
    out.push(link);
    at = match.index + match[0].length;
  }
  if (at === 0) return undefined;
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}

export function remarkWikilinks() {
  return (tree: Root, file: { value: unknown }): void => {
    const source = String(file.value);
    mapTree(tree, (node: Nodes, parent: Parents) => {
      if (node.type !== 'text' || parent.type === 'link') return undefined;
      return splitText(node, source);
    });
  };
}
