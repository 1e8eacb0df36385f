import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseForEvents } from '../../scripts/tools/eval/run-event-stages.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedDir = path.resolve(projectRoot, '../shared/seed');
const SEED = '000_7255947acdb00e63.txt';

describe.skipIf(!existsSync(path.join(seedDir, SEED)))('events in the seed article (real stages)', () => {
  beforeAll(() => prepareAnalysis());

  it('finds the Putin–Trump meeting in Alaska on 2025-08-15, happened, and no happened Putin–Zelensky meeting', () => {
    const analysis = analyseForEvents(seedDir, SEED);
    const name = (key: string) => analysis.entities.find((e) => e.key === key)?.name ?? '';
    const cast = (e: (typeof analysis.events)[number]) => e.participants.map(name).join(' ');
    const meetings = analysis.events.filter((e) => e.type === 'meeting');
    const alaska = meetings.filter((e) => /Путин/.test(cast(e)) && /Трамп/.test(cast(e)));
    expect(alaska).toHaveLength(1);
    expect(alaska[0]).toMatchObject({ status: 'happened', date: '2025-08-15', datePrecision: 'day', place: 'Аляска' });
    expect(alaska[0]!.title).toBe('Встреча Путина и Трампа на Аляске');
    const zelensky = meetings.filter((e) => /Зеленск/.test(cast(e)));
    expect(zelensky.length).toBeGreaterThan(0);
    expect(zelensky.every((e) => e.status === 'hypothetical' || e.status === 'planned')).toBe(true);
  });

  it('analyses every seed file without throwing', () => {
    for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      expect(() => analyseForEvents(seedDir, file)).not.toThrow();
    }
  });
});
