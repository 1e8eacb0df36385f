/**
 * The ~5% of files a real content folder also holds: empty, binary, legacy
 * encodings, broken frontmatter, impossible dates, duplicated text and markup
 * injection. Each is built from an ordinary rendered article so the damage is
 * the only thing that differs.
 */
import iconv from 'iconv-lite';
import type { Rng } from './prng.ts';
import { toMarkdown, toSeedText, type RenderedArticle } from './render-article.ts';

export const BAD_KINDS = ['empty', 'binary', 'cp1251', 'utf16', 'broken-frontmatter', 'impossible-date', 'duplicate', 'injection'] as const;
export type BadKind = (typeof BAD_KINDS)[number];

export const BAD_FILE_RATE = 0.05;

export interface BadFile {
  ext: 'txt' | 'md';
  bytes: Buffer;
}

const INJECTION_TITLE = '<script>alert("letopis")</script> Срочно';
const INJECTION_PARAGRAPH = '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">подробнее</a> {{ site.secret }} ${process.env.HOME}';

/**
 * @param duplicateOf an earlier good article (copied byte for byte under a new name), or null when there is none.
 */
export function makeBadFile(kind: BadKind, article: RenderedArticle, format: 'txt' | 'md', rng: Rng, duplicateOf: BadFile | null): BadFile {
  const text = (): string => (format === 'txt' ? toSeedText(article) : toMarkdown(article));
  switch (kind) {
    case 'empty':
      return { ext: format, bytes: Buffer.alloc(0) };
    case 'binary': {
      const bytes = Buffer.alloc(rng.int(200, 2000));
      for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(0, 255);
      bytes[0] = 0x89; // PNG-like signature; plenty of NULs follow.
      bytes[3] = 0;
      return { ext: 'txt', bytes };
    }
    case 'cp1251':
      return { ext: format, bytes: iconv.encode(text(), 'win1251') };
    case 'utf16':
      return { ext: format, bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(), 'utf16le')]) };
    case 'broken-frontmatter': {
      const md = toMarkdown(article);
      const broken = rng.chance(0.5)
        ? md.replace(/\n---\n/, '\n\n') // closing fence missing
        : md.replace(/^title: .*$/m, 'title: "Незакрытая кавычка\ntags: [a, b').replace(/^date: /m, 'date: : ');
      return { ext: 'md', bytes: Buffer.from(broken, 'utf8') };
    }
    case 'impossible-date': {
      const bad = rng.pick(['2025-02-30', '2025-13-45', '2024-00-10', '2023-04-31']);
      return { ext: format, bytes: Buffer.from(format === 'txt' ? toSeedText(article, bad) : toMarkdown(article, { date: bad }), 'utf8') };
    }
    case 'duplicate':
      if (duplicateOf !== null) return duplicateOf;
    // falls through: nothing to duplicate yet
    case 'injection': {
      const injected: RenderedArticle = {
        ...article,
        title: INJECTION_TITLE,
        paragraphs: [article.paragraphs[0], { kind: 'text', text: INJECTION_PARAGRAPH }, ...article.paragraphs.slice(1)],
      };
      const body = format === 'txt'
        ? toSeedText(injected).replace(/\n\n/, `\n\n<script>document.title="${INJECTION_TITLE.length}"</script>\n\n`)
        : toMarkdown(injected, { url: 'javascript:alert(3)' });
      return { ext: format, bytes: Buffer.from(body, 'utf8') };
    }
  }
}
