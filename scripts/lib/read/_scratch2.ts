import { readdirSync, readFileSync } from 'node:fs';
import { decodeText } from './decode-text.ts';
import { parseArticle } from './parse-article.ts';
import { segment } from '../segment.ts';
import { detectLanguage } from '../detect-language.ts';
const dir = '/work/shared/data/factrueval-dev-articles';
const bufs = readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`)] as const);
const R = 10; const t = { decode: 0, parse: 0, segment: 0, detect: 0 }; let words = 0;
for (let rep = 0; rep < R; rep++) for (const [f, b] of bufs) {
  let a = performance.now(); const { decoded } = decodeText(f, b); t.decode += performance.now() - a;
  a = performance.now(); const art = parseArticle(decoded!); t.parse += performance.now() - a;
  a = performance.now(); const s = segment(art); t.segment += performance.now() - a;
  a = performance.now(); detectLanguage(art); t.detect += performance.now() - a;
  for (const x of s) words += x.tokens.filter(t => /\p{L}/u.test(t.text[0])).length;
}
const total = Object.values(t).reduce((a, b) => a + b);
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.toFixed(0)])), 'words', words, 'words/s', (words / total * 1000) | 0);
