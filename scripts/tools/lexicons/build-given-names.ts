/**
 * Regenerates scripts/lang/lexicons/given-names.data.ts from natasha's list
 * of first names (MIT): `node scripts/tools/lexicons/build-given-names.ts
 * <folder with first.txt and LICENSE.txt>` (the shared data's `names/`).
 *
 * Kept: Cyrillic names of three or more letters, pet forms aside, minus the words the Russian
 * dictionary reads only as something else (a town, an ordinary word): the list
 * holds diminutives and a few ordinary words, and a word the dictionary knows
 * otherwise is not taken as a given name on this list's say-so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { azMorph, initMorphology } from '../../lang/morphology.ts';
import { writeFileAtomic } from '../../runtime/files/write-file-atomic.ts';

interface Parse {
  tag: { Name?: unknown };
  parser: string;
}

/** Pet forms («Аделечка», «Артёмчик») are no one's name in the news, and some are ordinary words too. */
const DIMINUTIVE = /(очка|ечка|ичка|ушка|юшка|енька|онька|чик|уся|уша|юша|сик|ька|инка|унчик|ночка)$/u;

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/tools/lexicons/build-given-names.ts <folder with first.txt and LICENSE.txt>');
  process.exit(2);
}
await initMorphology();
const licence = readFileSync(path.join(folder, 'LICENSE.txt'), 'utf8').trim();
const names = readFileSync(path.join(folder, 'first.txt'), 'utf8')
  .split('\n')
  .map((line) => line.split('#')[0]!.trim().toLowerCase().replace(/ё/g, 'е'))
  .filter((w) => /^[\p{Script=Cyrillic}-]{3,}$/u.test(w) && !DIMINUTIVE.test(w));
const kept = [...new Set(names)].filter((w) => {
  const capitalised = w.charAt(0).toUpperCase() + w.slice(1);
  const parses = (azMorph(capitalised) as readonly Parse[]).filter((p) => p.parser === 'Dictionary');
  return parses.length === 0 || parses.some((p) => p.tag.Name);
}).sort();

const lines: string[] = [];
for (let i = 0; i < kept.length; i += 16) lines.push(`  '${kept.slice(i, i + 16).join(' ')}',`);
const out = `/**
 * Given names (lowercase, Russian spelling, ё written е), derived from the
 * first-name list of the natasha project (natasha/natasha, natasha/data/dict/
 * first.txt) by scripts/tools/lexicons/build-given-names.ts: Cyrillic names
 * of three or more letters the Russian dictionary does not read as something
 * else. Regenerate with that script; do not edit by hand.
 *
 * Licence of the source list:
 *
${licence.split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}
 */
export const GIVEN_NAME_LINES: readonly string[] = [
${lines.join('\n')}
];
`;
const target = path.resolve(import.meta.dirname, '../../lang/lexicons/given-names.data.ts');
await writeFileAtomic(target, out);
console.log(`${kept.length} names → ${path.relative(process.cwd(), target)}`);
