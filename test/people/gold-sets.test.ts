import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { findEntities } from '../../scripts/article/entities/find-entities.ts';
import { countSpans, nameMatches, prepare } from '../../scripts/tools/eval/people.ts';
import { buildGold } from './gold/build-gold.ts';

/**
 * Hand-annotated Ukrainian and English news paragraphs (test/people/gold/*.marked.txt,
 * built into *.jsonl by build-gold.ts): person mentions after overlaps with
 * organisations and places are settled, exact spans, F1 ≥ 0.92 (the issue's target).
 * The *-holdout sets were written after the rules were tuned on the main sets
 * and are smaller, so their floor is lower (first run: uk 0.89, en 0.77).
 */
interface Doc {
  id: string;
  text: string;
  persons: { name: string; mentions: { start: number; end: number; text: string }[] }[];
}
const GOLD = path.join(import.meta.dirname, 'gold');

beforeAll(async () => {
  await initMorphology();
});

const SETS = [
  { file: 'uk', lang: 'uk', floor: 0.92, docs: 25 },
  { file: 'en', lang: 'en', floor: 0.92, docs: 25 },
  { file: 'uk-holdout', lang: 'uk', floor: 0.88, docs: 10 },
  { file: 'en-holdout', lang: 'en', floor: 0.88, docs: 10 },
] as const;

for (const { file, lang, floor, docs: minDocs } of SETS) {
  describe(`${file} gold set`, () => {
    const jsonl = readFileSync(path.join(GOLD, `${file}.jsonl`), 'utf8');
    const docs = jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);

    it(`is the build of its marked source, with at least ${minDocs} documents`, () => {
      expect(buildGold(readFileSync(path.join(GOLD, `${file}.marked.txt`), 'utf8')).join('\n') + '\n').toBe(jsonl);
      expect(docs.length).toBeGreaterThanOrEqual(minDocs);
    });

    it('every document is detected as its language', () => {
      expect(docs.filter((d) => prepare(d).lang !== lang).map((d) => d.id)).toEqual([]);
    });

    it(`person mentions reach exact-span F1 ≥ ${floor}`, () => {
      let [tp, fp, fn] = [0, 0, 0];
      for (const doc of docs) {
        const { article, sentences, lang: detected } = prepare(doc);
        const found = findEntities(article, detected, sentences).filter((e) => e.type === 'person');
        const { exact } = countSpans(found.flatMap((e) => e.mentions.filter((m) => m.kind === 'name')), doc.persons.flatMap((p) => p.mentions));
        tp += exact[0];
        fp += exact[1];
        fn += exact[2];
      }
      const p = tp / (tp + fp);
      const r = tp / (tp + fn);
      expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(floor);
    });

    it('names at least 80% of the people in the nominative', () => {
      let ok = 0;
      let total = 0;
      for (const doc of docs) {
        const { article, sentences, lang: detected } = prepare(doc);
        const n = nameMatches(doc.persons, findEntities(article, detected, sentences).filter((e) => e.type === 'person'));
        ok += n.ok;
        total += n.total;
      }
      expect(ok / total).toBeGreaterThanOrEqual(0.8);
    });
  });
}
