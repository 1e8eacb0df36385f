import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from './scripts/lib/read/parse-article.ts';
import { detectLanguage } from './scripts/lib/detect-language.ts';
import { segment } from './scripts/lib/segment.ts';
import { findEntities } from './scripts/lib/entities/find-entities.ts';
import { initMorphology } from './scripts/lib/entities/morphology.ts';
import { extractEvents } from './scripts/lib/events/extract-events.ts';
import { clusterEvents } from './scripts/lib/events/cluster-events.ts';
import type { ArticleInput } from './scripts/lib/entities/resolve-entities.ts';
await initMorphology();
const dir = 'test/events/gold/articles/';
const items = readdirSync(dir).map((f) => { const a = parseArticle({ file: f, text: readFileSync(dir + f, 'utf8'), encoding: 'utf-8', hash: 'x' }); const lang = detectLanguage(a); const s = segment(a); return { a, lang, s, e: findEntities(a, lang, s) }; });
const seedA = parseArticle({ file: 'seed', text: readFileSync('/work/shared/seed/000_7255947acdb00e63.txt', 'utf8'), encoding: 'utf-8', hash: 'x' });
const seedS = segment(seedA); items.push({ a: seedA, lang: 'ru', s: seedS, e: findEntities(seedA, 'ru', seedS) });
const words = items.reduce((n, x) => n + x.s.reduce((m, s) => m + s.tokens.length, 0), 0);
for (let i = 0; i < 3; i++) for (const x of items) extractEvents(x.a, x.lang, x.s, x.e);
const t0 = performance.now(); const R = 30;
for (let i = 0; i < R; i++) for (const x of items) extractEvents(x.a, x.lang, x.s, x.e);
const ms = performance.now() - t0;
console.log(`extractEvents: ${(words * R / (ms / 1000)).toFixed(0)} tokens/s (${words} tokens x ${R})`);
// cluster scaling: synthetic 100k events
const people = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, name: `Person${i}`, names: { en: `Person Surname${i}` }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null }));
const inputs: ArticleInput[] = []; const links = new Map<string, string>();
let seed = 1; const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
for (let i = 0; i < 100000; i++) {
  const a = Math.floor(Math.pow(rnd(), 3) * 2000), b = Math.floor(rnd() * 2000);
  const day = 1 + Math.floor(rnd() * 28), month = 1 + Math.floor(rnd() * 12);
  const id = `a${i}`; links.set(`${id}\u0000x`, `p${a}`); links.set(`${id}\u0000y`, `p${b}`);
  inputs.push({ id, analysis: { version: '', article: {} as never, lang: 'en', sentences: [], wordCount: 0,
    entities: [{ key: 'x', type: 'person', name: 'X', parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] }, { key: 'y', type: 'person', name: 'Y', parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] }],
    events: [{ key: 'e1', type: rnd() < 0.5 ? 'meeting' : 'call', status: 'happened', date: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, datePrecision: 'day', place: null, participants: ['x', 'y'], orgs: [], title: 't', mentions: [{ start: 0, end: 1, text: 'm', kind: 'name', sentence: 0 }] }] } });
}
const t1 = performance.now();
const out = clusterEvents(inputs, links, people as never);
console.log(`clusterEvents: 100k events → ${out.length} clusters in ${(performance.now() - t1).toFixed(0)} ms`);
