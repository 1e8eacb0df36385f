import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { findPeople } from '../../scripts/article/entities/find-people.ts';
import { countSpans, nameMatches, prepare } from '../../scripts/tools/eval/people.ts';
import { FACTRUEVAL, HAS_FACTRUEVAL } from '../helpers/paths.ts';

interface Doc {
  id: string;
  text: string;
  persons: { name: string; mentions: { start: number; end: number; text: string }[] }[];
}

/** Regression floor on factRuEval-2016 dev (measured: exact F1 0.959, names 0.834). */
describe.skipIf(!HAS_FACTRUEVAL)('factRuEval-2016 dev persons', () => {
  const totals = { tp: 0, fp: 0, fn: 0, namesOk: 0, names: 0 };
  beforeAll(async () => {
    await initMorphology();
    const docs = readFileSync(FACTRUEVAL, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
    for (const doc of docs) {
      const { article, sentences } = prepare(doc);
      const found = findPeople(article, 'ru', sentences);
      const pred = found.flatMap((e) => e.mentions.filter((m) => m.kind === 'name'));
      const { exact } = countSpans(pred, doc.persons.flatMap((p) => p.mentions));
      totals.tp += exact[0];
      totals.fp += exact[1];
      totals.fn += exact[2];
      const n = nameMatches(doc.persons, found);
      totals.namesOk += n.ok;
      totals.names += n.total;
    }
  });

  it('exact-span F1 of person mentions stays at or above 0.95', () => {
    const p = totals.tp / (totals.tp + totals.fp);
    const r = totals.tp / (totals.tp + totals.fn);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.95);
  });

  it('normalised-name accuracy stays at or above 0.82', () => {
    expect(totals.namesOk / totals.names).toBeGreaterThanOrEqual(0.82);
  });
});
