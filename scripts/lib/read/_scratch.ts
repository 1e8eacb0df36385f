import { readdirSync, readFileSync } from 'node:fs';
import { parseBytes } from './read-article.ts';
import { segment } from '../segment.ts';
const dir = '/work/shared/data/factrueval-dev-articles';
const out: string[] = [];
for (const f of readdirSync(dir)) {
  const { article } = parseBytes(f, readFileSync(`${dir}/${f}`));
  const s = segment(article!);
  for (let i = 0; i < s.length; i++) {
    const t = article!.text.slice(s[i].start, s[i].end);
    const prev = i > 0 && s[i - 1].block === s[i].block ? article!.text.slice(s[i - 1].start, s[i - 1].end) : null;
    if (prev && (/^[a-zа-яё]/.test(t) || prev.length < 15)) out.push(`${prev.slice(-50)} ‖ ${t.slice(0, 50)}`);
  }
}
console.log(out.length); console.log(out.slice(0, 60).join('\n'));
