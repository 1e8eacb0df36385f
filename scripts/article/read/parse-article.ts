import type { DecodedText, ParsedArticle } from '../../model/model.ts';
import { baseArticle, isMarkdownFile } from './article-base.ts';
import { findTextOddities } from './find-text-oddities.ts';
import { parseMd } from './parse-md.ts';
import { parseTxt } from './parse-txt.ts';

/** Parse a decoded .txt (seed format) or .md (YAML frontmatter) article. Never throws. */
export function parseArticle(decoded: DecodedText): ParsedArticle {
  const markdown = isMarkdownFile(decoded.file);
  try {
    const article = markdown ? parseMd(decoded) : parseTxt(decoded);
    article.problems.push(...findTextOddities(decoded.file, decoded.text, article.body));
    return article;
  } catch (err) {
    // A parser bug must not take the corpus down: keep the text as one block and say so.
    const article = baseArticle(decoded, markdown ? 'md' : 'txt');
    if (article.text.trim()) article.blocks = [{ start: 0, end: article.text.length, kind: 'paragraph' }];
    article.problems.push({
      file: decoded.file,
      severity: 'error',
      message: `could not parse the article (${err instanceof Error ? err.message : String(err)}); it is kept as plain text. Please report this file.`,
    });
    return article;
  }
}
