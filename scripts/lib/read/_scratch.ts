import { readdirSync, readFileSync } from 'node:fs';
import { parseBytes } from './read-article.ts';
import { segment } from '../segment.ts';
import { detectLanguage } from '../detect-language.ts';
const dir = '/work/shared/data/factrueval-dev-articles';
const bufs = readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`)] as const);
let words = 0, sents = 0; const langs: Record<string, number> = {};
const t0 = performance.now();
const out: string[] = [];
for (let rep = 0; rep < 5; rep++) for (const [f, b] of bufs) {
  const { article } = parseBytes(f, b);
  if (!article) continue;
  const s = segment(article);
  const l = detectLanguage(article);
  if (rep === 0) { langs[l] = (langs[l] ?? 0) + 1; for (const x of s) out.push(article.text.slice(x.start, x.end).replace(/\n/g, '⏎')); }
  sents += s.length; for (const x of s) words += x.tokens.length;
}
const ms = performance.now() - t0;
console.log({ docs: bufs.length * 5, sents, tokens: words, ms: ms.toFixed(0), tokPerSec: (words / ms * 1000) | 0, langs });
console.log(out.filter((x) => x.length < 25 || x.length > 400).slice(0, 40).join('\n'));
