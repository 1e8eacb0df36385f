/**
 * Regenerates scripts/lang/lexicons/given-names.data.ts from natasha's list
 * of first names (MIT), and copies its licence notice to
 * docs/third-party/natasha-names-LICENSE.txt: `node
 * scripts/tools/lexicons/build-given-names.ts <folder with first.txt and
 * LICENSE.txt>` (the shared data's `names/`).
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
const licence = readFileSync(path.join(folder, 'LICENSE.txt'), 'utf8');
const names = readFileSync(path.join(folder, 'first.txt'), 'utf8')
  .split('\n')
  .map((line) => line.split('#')[0]!.trim().toLowerCase().replace(/ё/g, 'е'))
  .filter((w) => /^[\p{Script=Cyrillic}-]{3,}$/u.test(w) && !DIMINUTIVE.test(w));
const kept = [...new Set(names)].filter((w) => {
  const capitalised = w.charAt(0).toUpperCase() + w.slice(1);
  const parses = (azMorph(capitalised) as readonly Parse[]).filter((p) => p.parser === 'Dictionary');
  return parses.length === 0 || parses.some((p) => p.tag.Name);
}).sort();

// One name a line: the list stays a list of single words, and a regenerated file diffs name by name.
const out = `/**
 * Given names (lowercase, Russian spelling, ё written е), derived from the
 * first-name list of the natasha project (natasha/natasha, natasha/data/dict/
 * first.txt) by scripts/tools/lexicons/build-given-names.ts: Cyrillic names
 * of three or more letters, pet forms aside, that the Russian dictionary does
 * not read as something else. Regenerate with that script; do not edit by
 * hand. Source licence: MIT, copyright 2016 the natasha authors; its notice
 * is docs/third-party/natasha-names-LICENSE.txt.
 */
export const GIVEN_NAMES = \`
${kept.join('\n')}
\`;
`;
const target = path.resolve(import.meta.dirname, '../../lang/lexicons/given-names.data.ts');
await writeFileAtomic(target, out);
await writeFileAtomic(path.resolve(import.meta.dirname, '../../../docs/third-party/natasha-names-LICENSE.txt'), licence);
console.log(`${kept.length} names → ${path.relative(process.cwd(), target)}`);
