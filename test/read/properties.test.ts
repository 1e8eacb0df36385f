import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/article/language/detect-language.ts';
import { parseBytes } from '../../scripts/article/read/read-article.ts';
import { parseArticle } from '../../scripts/article/read/parse-article.ts';
import { segment } from '../../scripts/article/segment/segment.ts';
import { decoded, expectOffsetInvariants } from './helpers.ts';

/*
 * Random texts built from the pieces that trip parsers: date lines, frontmatter
 * fences, quotes, dashes, abbreviations, CRLF, BOMs, emoji, NULs, lone surrogates.
 * The read stage must never throw and offsets must always hold.
 */

const PIECES = [
  ' date 2025-08-24 ', 'date: 2025-13-45', '---\n', '---\r\n', 'title: x\n', '# ', '## ', '> ', '- ', '1. ', '```\n', '<script>', '</script>',
  'Путин', 'путін', 'Зеленський', 'Trump', 'В.', 'В.В.', 'т.е.', 'г.', 'Mr.', 'U.S.', '3.5', '2025', 'мать-и-мачеха', "пам'ять", 'обʼєкт',
  ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '.', '!', '?', '…', '...', ',', ':', ';', '«', '»', '"', '„', '“', '”', "'", '’', '–', '—', '-',
  '(', ')', '[', ']', '😀', '\uFEFF', '\u0000', '\uD800', '\u00A0', 'а', 'Б', 'x', 'Y', 'і', 'ы',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

describe('read stage properties', () => {
  for (const file of ['p.txt', 'p.md']) {
    it(`parseArticle + segment never throw and keep offsets (${file})`, () => {
      fc.assert(
        fc.property(text, (t) => {
          const a = parseArticle(decoded(file, t));
          expect(a.text).toBe(t);
          expect(a.problems.some((p) => /could not parse/.test(p.message))).toBe(false);
          expectOffsetInvariants(a, segment(a));
          expect(typeof detectLanguage(a)).toBe('string');
        }),
        { numRuns: 400 },
      );
    });
  }
  it('decode + parse never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('b.txt', 'b.md'), (bytes, file) => {
        const { article, problems } = parseBytes(file, bytes);
        if (article === null) expect(problems.some((p) => p.severity === 'error')).toBe(true);
        else expectOffsetInvariants(article, segment(article));
      }),
      { numRuns: 300 },
    );
  });
});
