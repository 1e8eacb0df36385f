/**
 * An entry's markdown body as the site's HTML: remark (CommonMark + GFM),
 * wikilinks to site links, the article's own links and images made safe,
 * then remark-rehype (raw HTML is dropped, never passed through) and
 * rehype-sanitize as the last word on what markup may reach a reader.
 */
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { mayUseGfm } from '../markdown/parse-markdown.ts';
import type { SafeLinksData } from './remark-safe-links.ts';
import { remarkSafeLinks } from './remark-safe-links.ts';
import { protectWikilinks, remarkWikilinks } from './remark-wikilinks.ts';

const NODE_TYPES = ['person', 'event', 'org', 'place'];

const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // One className rule per element (the sanitizer reads the first): the footnotes' class and the mention classes.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'),
      ['className', 'data-footnote-backref', 'm', ...NODE_TYPES.map((type) => `m-${type}`)],
      'dataPreview',
    ],
  },
};

/** With and without the GFM extensions: see mayUseGfm for when they can be left out. */
const processors = [true, false].map((gfm) =>
  unified()
    .use(remarkParse)
    .use(gfm ? [remarkGfm] : [])
    .use(remarkWikilinks)
    .use(remarkSafeLinks)
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .freeze(),
);

export function entryHtml(markdown: string, localImage: SafeLinksData['localImage'] = () => null): { html: string; warnings: string[] } {
  const safeLinks: SafeLinksData = { localImage, warnings: [] };
  const { markdown: value, links } = protectWikilinks(markdown);
  const processor = processors[mayUseGfm(value) ? 0 : 1]!;
  const file = processor.processSync({ value, data: { safeLinks, wikilinks: links } });
  return { html: String(file), warnings: safeLinks.warnings };
}
