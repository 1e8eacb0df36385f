/** The GFM extensions are left out only where they could not change the parse. */
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayUseGfm, parseMarkdown } from '../../scripts/emit/markdown/parse-markdown.ts';

const withGfm = unified().use(remarkParse).use(remarkGfm);
const PIECES = ['\\.', '\\:', '\t', '*', '_', '[', ']', '(', ')', '#', '-', '>', '`', '!', '1.', ' ', '\n', '\n\n', 'w', 'ww', '.', ':', 'http', 's', 'x', '^', '|', '~', '@', 'Мир', 'a', 'b', '\\', 'mailto', 'xmpp', 'W'];
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('parseMarkdown without GFM', () => {
  it('gives the GFM tree for every text without a GFM mark', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        if (mayUseGfm(text)) return;
        expect(parseMarkdown(text)).toEqual(withGfm.parse(text));
      }),
      { numRuns: Number(process.env.GFM_RUNS ?? 1500) },
    );
  }, 30_000);

  it('sees the marks of tables, strikethrough, footnotes, task items and autolink literals', () => {
    for (const text of ['a | b\n--|--\n1 | 2', '~~gone~~', 'note[^1]\n\n[^1]: x', '- [ ] todo', '- [x] done', 'see www.example.org', 'at https://example.org', 'mail a@b.org', 'WWW.EXAMPLE.ORG', 'www\\.example', 'one\n:-']) {
      expect(mayUseGfm(text)).toBe(true);
      expect(parseMarkdown(text)).toEqual(withGfm.parse(text));
    }
  });

  it('leaves plain news text to CommonMark alone', () => {
    expect(mayUseGfm('Министр заявил: «Переговоры продолжатся». *Курсив* и [ссылка](#) остаются.')).toBe(false);
  });
});
