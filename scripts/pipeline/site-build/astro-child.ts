/**
 * Child process of scripts/build.ts: runs `astro build` and sends every
 * rendered page to the parent, which feeds the search index. Astro lives in
 * its own process so that all its memory is returned when it exits, before
 * Pagefind writes the index (the build's memory peak).
 *
 * argv[2]: ChildOptions as JSON. Rendering starts on the parent's
 * `data-ready` (the parent is still ingesting while Astro starts up).
 */
import { siteBuildIntegration, type PageSink } from './site-build-integration.ts';
import { MAX_PAGES_IN_FLIGHT, PROGRESS_INTERVAL_MS, type ChildOptions, type FromChild, type ToChild } from './protocol.ts';
import { throttledProgress } from './render-progress.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
const send = (message: FromChild): Promise<void> =>
  new Promise((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));

// If the build dies (even SIGKILL), stop too rather than keep writing into its staging folder.
let finished = false;
process.on('disconnect', () => {
  if (!finished) process.exit(1);
});

let markReady: () => void = () => {};
const dataReady = new Promise<void>((resolve) => (markReady = resolve));
let inFlight = 0;
/** Renders waiting for room (Astro renders several pages at once). */
let waiting: (() => void)[] = [];
process.on('message', (message: ToChild) => {
  if (message.type === 'data-ready') markReady();
  else if (message.type === 'ack') {
    inFlight--;
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
  }
});

const sink: PageSink = {
  async add(url, html) {
    inFlight++;
    await send({ type: 'page', url, html });
    while (inFlight >= MAX_PAGES_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  },
};

// Progress is only news: a message lost because the channel closed costs nothing.
const onProgress = throttledProgress(({ rendered, total }) => void send({ type: 'progress', rendered, total }).catch(() => {}), PROGRESS_INTERVAL_MS);

try {
  const { build } = await import('astro');
  await build({ root: options.root, outDir: options.outDir, logLevel: options.logLevel, integrations: [siteBuildIntegration({ sink, dataReady, onProgress })] });
  // Every page is acknowledged before the parent hears "done": an ack sent after the channel closed was a failed build.
  while (inFlight > 0) await new Promise<void>((resolve) => waiting.push(resolve));
  await send({ type: 'done' });
} catch (error) {
  await send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
} finally {
  finished = true;
  process.disconnect?.();
}
