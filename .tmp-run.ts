import { readFileSync } from 'node:fs';
import { parseArticle } from './scripts/lib/read/parse-article.ts';
import { segment } from './scripts/lib/segment.ts';
import { findEntities } from './scripts/lib/entities/find-entities.ts';
import { initMorphology } from './scripts/lib/entities/morphology.ts';
import { extractEvents } from './scripts/lib/events/extract-events.ts';
await initMorphology();
for (const file of process.argv.slice(2)) {
const text = readFileSync(file, 'utf8');
const a = parseArticle({ file, text, encoding: 'utf-8', hash: 'x' });
const lang = a.declaredLang ?? (/[іїєґ]/i.test(text) ? 'uk' : /[а-я]/i.test(text) ? 'ru' : 'en');
const s = segment(a);
const e = findEntities(a, lang, s);
console.log('==', file, a.date, lang);
if (process.env.ENT) for (const x of e) console.log('  ', x.key, x.type, x.name, x.mentions.map(m => `${m.text}/${m.kind}/${m.sentence}`).join(', '));
for (const ev of extractEvents(a, lang, s, e)) console.log('  ', ev.type, ev.status, ev.date, ev.datePrecision, ev.dateEnd ?? '', '|', ev.place, '|', ev.participants.map(k => e.find(x => x.key === k)?.name).join('+'), '|', ev.title, '|', ev.mentions.map(m => m.text + '@' + m.sentence).join(','));
}
