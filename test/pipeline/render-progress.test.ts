/** The build's progress lines for Astro's render phase. */
import { describe, expect, it } from 'vitest';
import { progressLine, throttledProgress, type RenderProgress } from '../../scripts/pipeline/site-build/render-progress.ts';

describe('render progress', () => {
  it('passes on the first and last update and at most one per interval between', () => {
    const sent: RenderProgress[] = [];
    let clock = 0;
    const report = throttledProgress((p) => sent.push(p), 2000, () => clock);
    report(0, 10);
    for (let i = 1; i <= 10; i++) {
      clock += 700;
      report(i, 10);
    }
    expect(sent.map((p) => p.rendered)).toEqual([0, 3, 6, 9, 10]);
  });

  it('says what is being rendered, how far it is, and how long it took', () => {
    expect(progressLine({ rendered: 0, total: 20_000 }, 0)).toBe('Astro: rendering 20,000 pages…');
    expect(progressLine({ rendered: 5_000, total: 20_000 }, 10)).toBe('Astro: rendered 5,000/20,000 pages, 25% (~30 s left)');
    expect(progressLine({ rendered: 20_000, total: 20_000 }, 41.26)).toBe('Astro: rendered 20,000 pages in 41.3 s');
  });
});
