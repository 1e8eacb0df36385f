import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/lib/entities/find-people.ts';
import { findEntities } from '../../scripts/lib/entities/find-entities.ts';
import { countSpans, nameMatches, prepare } from '../../scripts/eval/people.ts';
import { buildGold } from './gold/build-gold.ts';

/**
 * Hand-annotated Ukrainian and English news paragraphs (test/people/gold/*.marked.txt,
 * built into *.jsonl by build-gold.ts): person mentions after overlaps with
 * organisations and places are settled, exact spans, F1 ≥ 0.92 (the issue's target).
 * Measured when written: uk 0.94, en 0.96.
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

for (const lang of ['uk', 'en'] as const) {
  describe(`${lang} gold set`, () => {
    const jsonl = readFileSync(path.join(GOLD, `${lang}.jsonl`), 'utf8');
    const docs = jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);

    it('is the build of its marked source, with at least 25 documents', () => {
      expect(buildGold(readFileSync(path.join(GOLD, `${lang}.marked.txt`), 'utf8')).join('\n') + '\n').toBe(jsonl);
      expect(docs.length).toBeGreaterThanOrEqual(25);
    });

    it('every document is detected as its language', () => {
      expect(docs.filter((d) => prepare(d).lang !== lang).map((d) => d.id)).toEqual([]);
    });

    it('person mentions reach exact-span F1 ≥ 0.92', () => {
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
      expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.92);
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
