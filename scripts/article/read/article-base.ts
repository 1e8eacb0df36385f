import type { DecodedText, ParsedArticle } from '../../model/model.ts';

export function isMarkdownFile(file: string): boolean {
  return /\.(?:md|markdown)$/i.test(file);
}

/** File name without folders and extension: the title of last resort. */
export function fileTitle(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || file;
}

/** An article with nothing parsed yet: the whole text as body, no metadata. */
export function baseArticle(decoded: DecodedText, format: ParsedArticle['format']): ParsedArticle {
  return {
    file: decoded.file,
    format,
    text: decoded.text,
    hash: decoded.hash,
    encoding: decoded.encoding,
    title: fileTitle(decoded.file),
    titleSource: 'derived',
    date: null,
    datePrecision: null,
    declaredLang: null,
    source: null,
    url: null,
    tags: [],
    body: { start: 0, end: decoded.text.length },
    blocks: [],
    problems: [],
  };
}
