import { readFile } from 'node:fs/promises';
import type { ParsedArticle, Problem, SourceFile } from '../../model/model.ts';
import { decodeText } from './decode-text.ts';
import { parseArticle } from './parse-article.ts';

/**
 * Reading one discovered file: bytes → decoded text → parsed article.
 * `problems` are the reading's own (the file cannot be read, its encoding was
 * guessed, it is binary); the article's problems stay on `article.problems`.
 * When the file cannot be read or decoded, `article` is null and `problems` says why.
 */
export interface ReadResult {
  article: ParsedArticle | null;
  problems: Problem[];
}

/** The file's bytes, or the error problem that says why they cannot be read. The read stage's only I/O besides discovery. */
export async function readSourceBytes(file: string, absolutePath: string): Promise<Uint8Array | Problem> {
  try {
    return await readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? String(error);
    return { file, severity: 'error', message: `Cannot read the file (${code}); check its permissions.` };
  }
}

/** decodeText + parseArticle. Pure. */
export function parseBytes(file: string, bytes: Uint8Array): ReadResult {
  const { decoded, problems } = decodeText(file, bytes);
  return { article: decoded ? parseArticle(decoded) : null, problems };
}

/** Read, decode and parse one discovered file. Never throws. */
export async function readArticle(source: SourceFile): Promise<ReadResult> {
  const bytes = await readSourceBytes(source.file, source.path);
  return bytes instanceof Uint8Array ? parseBytes(source.file, bytes) : { article: null, problems: [bytes] };
}
