import { parseArticle } from './parse-article.ts';
import { segment } from '../segment.ts';
import { detectLanguage } from '../detect-language.ts';
const N = 200_000;
const cases: Record<string, string> = {
  stars: '*a'.repeat(N), brackets: '['.repeat(N), links: '[a]('.repeat(N / 4), quotes: '> '.repeat(N), ticks: '`a'.repeat(N), lt: '<a '.repeat(N / 3),
  underscore: '_a_ '.repeat(N / 4), list: '- '.repeat(N), fm: '---\n' + 'a: b\n'.repeat(N / 5), fmUnclosed: '---\n' + 'a:' + ' '.repeat(N) + 'x\n',
  dquotes: '"a "'.repeat(N / 4), dashes: '– a.\n'.repeat(N / 5), headings: 'Что?\n'.repeat(N / 5), emphasisNest: '*'.repeat(N / 2) + 'a' + '*'.repeat(N / 2),
};
for (const [name, body] of Object.entries(cases)) for (const ext of ['md', 'txt']) {
  const t0 = performance.now();
  const a = parseArticle({ file: `x.${ext}`, text: body, encoding: 'utf-8', hash: '' });
  const s = segment(a); detectLanguage(a);
  const ms = performance.now() - t0;
  if (ms > 200) console.log('SLOW', name, ext, body.length, ms.toFixed(0), 'ms', s.length);
}
console.log('done');
