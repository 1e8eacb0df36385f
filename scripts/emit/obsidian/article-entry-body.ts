/**
 * The body of an article's entry, the one text both Obsidian and the site
 * show: a .md article's own markdown, a .txt article's blocks as markdown,
 * each with its linked mentions as wikilinks.
 */
import type { ArticleAnalysis } from '../../model/model.ts';
import type { MentionSpan } from '../mention-spans.ts';
import { MAX_CHUNK_CHARS, MAX_CHUNK_DELIMITERS } from '../markdown/parse-markdown.ts';
import { fallbackBlocks, nonOverlapping } from '../site-data/mention-links.ts';
import { markdownEntryBody } from './markdown-entry-body.ts';
import { textEntryBody } from './text-entry-body.ts';

export interface EntryBody {
  markdown: string;
  /** What the reader will not see as written (for the build report). */
  warnings: string[];
}

export function articleEntryBody(text: string, analysis: Pick<ArticleAnalysis, 'article'>, spans: MentionSpan[]): EntryBody {
  const { article } = analysis;
  const linked = nonOverlapping(spans);
  if (article.format === 'md') {
    const { markdown, plainChunks } = markdownEntryBody(text, article.body, linked);
    const warnings =
      plainChunks > 0
        ? [`${plainChunks} paragraph(s) shown as plain text: over ${MAX_CHUNK_CHARS} characters or ${MAX_CHUNK_DELIMITERS} markup characters (*, _, [, \`, ~, <) between blank lines. Split them with blank lines to get their markdown rendered.`]
        : [];
    return { markdown, warnings };
  }
  const blocks = article.blocks.length > 0 ? article.blocks : fallbackBlocks(text, article.body);
  return { markdown: textEntryBody(text, blocks, linked), warnings: [] };
}
