import type { DecodedText, ParsedArticle } from '../../model/model.ts';
import { baseArticle, fileTitle } from './article-base.ts';
import { deriveTitle } from './derive-title.ts';
import { readFrontmatterFields } from './frontmatter-fields.ts';
import { trimSpan } from './lines.ts';
import { mdBlocks } from './md-blocks.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A markdown article: YAML frontmatter (title, date, lang, source, url, tags), then a markdown body. */
export function parseMd(decoded: DecodedText): ParsedArticle {
  const article = baseArticle(decoded, 'md');
  const { text, file } = decoded;
  const fm = splitFrontmatter(file, text);
  article.problems.push(...fm.problems);
  let fmTitle: string | null = null;
  if (fm.data) {
    const f = readFrontmatterFields(file, fm.data, fm.source);
    fmTitle = f.title;
    article.date = f.date;
    article.datePrecision = f.datePrecision;
    article.declaredLang = f.declaredLang;
    article.source = f.source;
    article.url = f.url;
    article.tags = f.tags;
    article.problems.push(...f.problems);
  } else if (fm.problems.length === 0) {
    article.problems.push({ file, severity: 'warning', line: 1, message: 'no frontmatter: start the file with `---`, `date: YYYY-MM-DD`, `title: …`, `---` so the article has a date and title.' });
  }
  article.body = trimSpan(text, fm.bodyStart, text.length);
  const { blocks, h1 } = mdBlocks(text, article.body.start, article.body.end);
  article.blocks = blocks;
  if (fmTitle) {
    article.title = fmTitle;
    article.titleSource = 'frontmatter';
  } else if (h1) {
    article.title = h1;
    article.titleSource = 'heading';
  } else {
    article.title = deriveTitle(text, blocks, fileTitle(file));
  }
  return article;
}
