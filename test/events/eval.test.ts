import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreEvents } from '../../scripts/tools/eval/events.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The figures the events stage reaches on the hand-written gold set through
 * the real pipeline stages (see the report for the measured values). The
 * thresholds are the ones actually reached, a little below the measurement so
 * that an unrelated change in the entity stages does not flip the test, but a
 * regression in event extraction does.
 */
describe('events eval on the gold set', () => {
  it('reaches the measured detection, date, status and clustering figures', async () => {
    const s = await scoreEvents(path.join(here, 'gold/articles'), path.join(here, 'gold/gold.json'));
    expect(s.gold).toBeGreaterThanOrEqual(53); // two statements left the gold: the guide does not count them as events
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.clusterF1).toBeGreaterThanOrEqual(0.95);
  });

  // The old-format sets below list a visit and the talks of the same day as two events; the annotation
  // guide makes them one meeting (fold-trip.ts), which costs each set one or two matches until it is
  // rewritten to the guide.
  it('holds up on the second set (held out at first, general fixes made after its first run)', async () => {
    const s = await scoreEvents(path.join(here, 'gold/holdout/articles'), path.join(here, 'gold/holdout/gold.json'));
    expect(s.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('holds up on the fresh set written after all tuning', async () => {
    const s = await scoreEvents(path.join(here, 'gold/fresh/articles'), path.join(here, 'gold/fresh/gold.json'));
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  // fresh2 was written before the issue-5 rule changes and scored once before
  // (F1 0.692, date 0.944, status 0.944, clustering 1.0 over 18 matched) and once
  // after them (F1 0.786, date 0.955, status 0.909, clustering 0.857 over 22
  // matched); never tuned on. The floor guards the measured generalisation.
  it('holds up on the second fresh set (fresh2)', async () => {
    const s = await scoreEvents(path.join(here, 'gold/fresh2/articles'), path.join(here, 'gold/fresh2/gold.json'));
    expect(s.f1).toBeGreaterThanOrEqual(0.75);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the bundled sample corpus (content/articles) with back-references kept out', async () => {
    const s = await scoreEvents(path.resolve(here, '../../content/articles'), path.join(here, 'gold/sample/gold.json'));
    expect(s.gold).toBeGreaterThanOrEqual(50);
    expect(s.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.dateAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.95);
    // Its visit of 24 August and the talks that day are one meeting by the guide, two events in this gold.
    expect(s.clusterF1).toBeGreaterThanOrEqual(0.93);
  });
});
