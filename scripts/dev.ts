/**
 * npm run dev -- [--content <dir>] [--out <dir>] [--cache <dir>]
 *
 * Ingest, serve the site with Astro's dev server, and re-ingest whenever an
 * article under the content folder is added, changed or removed; open pages
 * reload when the new knowledge base is in place.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INGEST_FLAGS, ingestOptions, parseCommandLine, reportProblems, runMain, summary } from './pipeline/cli.ts';
import { FatalError } from './util/fatal-error.ts';
import { ingest } from './pipeline/ingest.ts';

const USAGE = `Usage: npm run dev -- [--content content] [--out generated] [--cache dir]`;
const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

await runMain(async () => {
  const values = parseCommandLine(INGEST_FLAGS, USAGE);
  const options = ingestOptions(values);
  const run = async () => {
    const { problems, stats } = await ingest({ ...options, log: undefined });
    reportProblems(problems);
    console.log(summary(stats, options.outDir));
  };
  await run();

  process.env.LETOPIS_DATA = path.resolve(options.outDir);
  const { dev } = await import('astro');
  const server = await dev({ root: ROOT });

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        try {
          await run();
          // Tell Vite the data changed: pages re-read it and browsers reload.
          server.watcher.emit('change', path.join(path.resolve(options.outDir), 'kb.json'));
        } catch (error) {
          console.error(error instanceof FatalError ? `letopis: ${error.message}` : error);
        }
      });
    }, 300);
  };
  watch(path.resolve(options.contentDir), { recursive: true }, schedule);
  console.log(`Watching ${options.contentDir} for changes.`);
});
