import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationsAndPlaces } from '../../scripts/article/entities/find-organisations-places.ts';
import { initMorphology } from '../../scripts/lang/morphology.ts';
import { articleOf, sentencesOf } from './helpers.ts';

// Quality guard on the factRuEval-2016 dev set (read from ../shared, never copied).
const dataFile = path.resolve(import.meta.dirname, '../../../shared/data/factrueval-dev.jsonl');

interface GoldMention {
  start: number;
  end: number;
}
interface GoldDoc {
  text: string;
  orgs: { mentions: GoldMention[] }[];
  locations: { mentions: GoldMention[] }[];
}

/** Mention-level F1 where a prediction counts when it overlaps a gold mention of the same kind. */
function overlapF1(gold: GoldMention[][], predicted: GoldMention[][]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const overlaps = (a: GoldMention, b: GoldMention) => a.start < b.end && b.start < a.end;
  gold.forEach((g, n) => {
    const p = predicted[n]!;
    for (const m of p) if (g.some((x) => overlaps(x, m))) tp++; else fp++;
    for (const m of g) if (!p.some((x) => overlaps(x, m))) fn++;
  });
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return (2 * precision * recall) / (precision + recall);
}

describe.skipIf(!existsSync(dataFile))('factRuEval dev: organisations and places', () => {
  beforeAll(async () => {
    await initMorphology();
  });

  it('keeps mention-overlap F1 at or above the measured level', () => {
    const docs = readFileSync(dataFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GoldDoc);
    const found = docs.map((d) => findOrganisationsAndPlaces(articleOf(d.text), 'ru', sentencesOf(d.text)));
    const mentionsOf = (type: string) => found.map((entities) => entities.filter((e) => e.type === type).flatMap((e) => e.mentions));
    const orgF1 = overlapF1(docs.map((d) => d.orgs.flatMap((e) => e.mentions)), mentionsOf('org'));
    const placeF1 = overlapF1(docs.map((d) => d.locations.flatMap((e) => e.mentions)), mentionsOf('place'));
    expect(orgF1).toBeGreaterThanOrEqual(0.76);
    expect(placeF1).toBeGreaterThanOrEqual(0.9);
  });
});
