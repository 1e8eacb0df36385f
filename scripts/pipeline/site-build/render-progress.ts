/**
 * Progress of Astro's render phase, which is silent on its own for as long as
 * it takes to render every page. The Astro child counts the pages it renders
 * against the total of its static paths and reports at most one update per
 * interval, plus the first and the last; the build prints them.
 */

export interface RenderProgress {
  rendered: number;
  total: number;
}

/** Updates from `report(rendered, total)` passed on at most once per `intervalMs`; the first and the last always. */
export function throttledProgress(send: (progress: RenderProgress) => void, intervalMs: number, now: () => number = () => performance.now()) {
  let last = -Infinity;
  return (rendered: number, total: number): void => {
    const time = now();
    if (rendered === 0 || rendered >= total || time - last >= intervalMs) {
      last = time;
      send({ rendered, total });
    }
  };
}

/** The build's line for one update; `seconds` since rendering began. */
export function progressLine({ rendered, total }: RenderProgress, seconds: number): string {
  const count = (n: number): string => n.toLocaleString('en-US');
  if (rendered === 0) return `Astro: rendering ${count(total)} pages…`;
  if (rendered >= total) return `Astro: rendered ${count(total)} pages in ${seconds.toFixed(1)} s`;
  const eta = seconds > 0 ? ` (~${Math.ceil(((total - rendered) * seconds) / rendered)} s left)` : '';
  return `Astro: rendered ${count(rendered)}/${count(total)} pages, ${Math.floor((rendered / total) * 100)}%${eta}`;
}
