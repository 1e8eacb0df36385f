import type { DecodedText, ParsedArticle } from '../../model/model.ts';
import { baseArticle, fileTitle } from './article-base.ts';
import { deriveTitle } from './derive-title.ts';
import { trimSpan } from './lines.ts';
import { txtBlocks } from './txt-blocks.ts';
import { readDateLine } from './txt-date-line.ts';

/** A plain-text article: optional seed date line, then blank-line/line separated blocks. */
export function parseTxt(decoded: DecodedText): ParsedArticle {
  const article = baseArticle(decoded, 'txt');
  const { text } = decoded;
  const dateLine = readDateLine(decoded.file, text);
  article.date = dateLine.date;
  article.datePrecision = dateLine.datePrecision;
  article.problems.push(...dateLine.problems);
  article.body = trimSpan(text, dateLine.bodyStart, text.length);
  article.blocks = txtBlocks(text, article.body.start, article.body.end);
  article.title = deriveTitle(text, article.blocks, fileTitle(decoded.file));
  return article;
}
