import { readFile } from 'node:fs/promises';
import type { ParsedArticle, Problem, SourceFile } from '../../model/model.ts';
import { decodeText } from './decode-text.ts';
import { parseArticle } from './parse-article.ts';

/**
 * Read one discovered file: bytes → decoded text → parsed article. The only
 * I/O of the read stage besides discovery. Decoding problems (encoding
 * warnings) are carried into article.problems; when the file cannot be read
 * or decoded, article is null and `problems` says why.
 */
export async function readArticle(source: SourceFile): Promise<{ article: ParsedArticle | null; problems: Problem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | null)?.code ?? String(err);
    return { article: null, problems: [{ file: source.file, severity: 'error', message: `cannot read the file (${code}): check its permissions.` }] };
  }
  return parseBytes(source.file, bytes);
}

/** decodeText + parseArticle, problems merged (decoding first). Pure. */
export function parseBytes(file: string, bytes: Uint8Array): { article: ParsedArticle | null; problems: Problem[] } {
  const { decoded, problems } = decodeText(file, bytes);
  if (!decoded) return { article: null, problems };
  const article = parseArticle(decoded);
  article.problems = [...problems, ...article.problems];
  return { article, problems: article.problems };
}
