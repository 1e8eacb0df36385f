import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { scoreGuideEvents, type EventScore } from '../../scripts/tools/eval/events-guide.ts';
import { scorePerArticle } from '../../scripts/tools/eval/people-per-article.ts';
import { root, SETS, type FullGold, type GoldSet } from './gold-sets.ts';

/**
 * The whole ingest over each own gold set, scored by the guide's rules
 * (events: (article, event) pairs, exact dates, status per report,
 * clustering; people per article), held to the floors of ./gold-sets.ts.
 * Slow (an ingest per set), so it runs with `npm test`, not `test:fast`.
 */

async function score(set: GoldSet, gold: FullGold): Promise<{ events: EventScore; peopleF1: number }> {
  const work = mkdtempSync(path.join(tmpdir(), 'letopis-gold-'));
  try {
    const run = await ingest({ contentDir: path.join(root, set.articles), outDir: path.join(work, 'out'), cacheDir: path.join(work, 'cache'), jobs: 0 });
    const files = Object.keys(gold.articles);
    const people = Object.values(scorePerArticle(gold, run.kb, files).byLang).reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    return { events: scoreGuideEvents(gold, run.kb, files), peopleF1: (2 * people.tp) / (2 * people.tp + people.fp + people.fn) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const set of SETS) {
  describe(`gold set ${set.name}`, () => {
    it('scores at least its first measurement through the whole ingest', async () => {
      const gold = JSON.parse(readFileSync(path.join(root, set.gold), 'utf8')) as FullGold;
      const s = await score(set, gold);
      const { floors } = set;
      expect(s.events.goldPairs).toBe(set.pairs);
      expect(s.events.pairF1).toBeGreaterThanOrEqual(floors.pairF1);
      expect(s.events.exactDate).toBeGreaterThanOrEqual(floors.exactDate);
      expect(s.events.status).toBeGreaterThanOrEqual(floors.status);
      expect(s.events.clusterF1).toBeGreaterThanOrEqual(floors.clusterF1);
      expect(s.peopleF1).toBeGreaterThanOrEqual(floors.peopleF1);
    });
  });
}
