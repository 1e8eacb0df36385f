/**
 * Remark plugin: what an article's own links and images may become on the
 * site. Links keep only http, https and mailto URLs; any other link is
 * dropped (its text stays) with a warning. A remote image becomes a link to
 * it (the site's CSP loads no third-party images); a local one is shown when
 * `localImage` finds the file, otherwise its alt text stays. Reference-style
 * links and images are resolved first, so they pass the same checks.
 * When the body has level-1 headings, every heading moves one level down:
 * the page's title is its only <h1>.
 */
import type { Definition, Heading, Image, Link, Nodes, Root, Text } from 'mdast';
import { mapTree } from '../markdown/map-tree.ts';
import { SITE_LINK } from './remark-wikilinks.ts';

export interface SafeLinksData {
  /** The site URL of a local image file, or null when it cannot be shown. */
  localImage: (url: string) => string | null;
  warnings: string[];
}

const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
const REMOTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

const text = (value: string): Text => ({ type: 'text', value });

function definitionsOf(tree: Root): { definitions: Map<string, Definition>; shift: number } {
  const found = new Map<string, Definition>();
  let shift = 0;
  mapTree(tree, (node) => {
    if (node.type === 'heading' && node.depth === 1) shift = 1;
    if (node.type !== 'definition') return undefined;
    if (!found.has(node.identifier)) found.set(node.identifier, node);
    return [];
  });
  return { definitions: found, shift };
}

function link(node: Link, data: SafeLinksData): Nodes[] | undefined {
  if ((node.data as Record<string, unknown> | undefined)?.[SITE_LINK] || SAFE_LINK.test(node.url.trim())) return undefined;
  data.warnings.push(`link to «${node.url.slice(0, 80)}» dropped (only http, https and mailto links are kept)`);
  return node.children;
}

function image(node: Image, data: SafeLinksData): Nodes[] {
  const url = node.url.trim();
  if (/^https?:\/\//i.test(url)) return [{ type: 'link', url, children: [text(node.alt || url)] }];
  const local = REMOTE.test(url) ? null : data.localImage(url);
  if (local) return [{ ...node, url: local }];
  data.warnings.push(`image «${url.slice(0, 80)}» not shown (not an http(s) URL nor an image file under the content folder)`);
  return node.alt ? [text(node.alt)] : [];
}

export function remarkSafeLinks() {
  return (tree: Root, file: { data: Record<string, unknown> }): void => {
    const data = file.data.safeLinks as SafeLinksData;
    const { definitions, shift } = definitionsOf(tree);
    mapTree(tree, (node) => {
      if (node.type === 'linkReference') {
        const def = definitions.get(node.identifier);
        const resolved: Link | null = def ? { type: 'link', url: def.url, children: node.children } : null;
        return resolved ? (link(resolved, data) ?? [resolved]) : [text(`[`), ...node.children, text(']')];
      }
      if (node.type === 'imageReference') {
        const def = definitions.get(node.identifier);
        return def ? image({ type: 'image', url: def.url, alt: node.alt }, data) : [text(node.alt ?? '')];
      }
      if (node.type === 'link') return link(node, data);
      if (node.type === 'image') return image(node, data);
      if (node.type === 'heading') (node as Heading).depth = Math.min(6, node.depth + shift) as Heading['depth'];
      return undefined;
    });
  };
}
