/**
 * npm run build -- [--content <dir>] [--out <dir>] [--dist <dir>] [--cache <dir>] [--jobs N] [--quiet]
 *
 * Ingest, then build the Astro site and its Pagefind search index into a
 * staging folder that replaces <dist> only once complete.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS, INGEST_FLAGS, ingestOptions, parseCommandLine, reportProblems, runMain, summary } from './lib/cli.ts';
import { FatalError } from './lib/fatal-error.ts';
import { ingest } from './lib/pipeline.ts';
import { indexSite } from './lib/search/index-site.ts';
import { acquireLock, openStaging, recoverOutput } from './lib/write/output-dir.ts';

const USAGE = `Usage: npm run build -- [--content content] [--out generated] [--dist dist] [--cache dir] [--jobs N] [--quiet]`;
const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

await runMain(async () => {
  const values = parseCommandLine({ ...INGEST_FLAGS, dist: { type: 'string', default: DEFAULTS.dist } }, USAGE);
  const options = ingestOptions(values);
  const distDir = path.resolve(values.dist ?? DEFAULTS.dist);

  const { kb, stats } = await ingest(options);
  reportProblems(kb.problems);
  console.log(summary(stats, options.outDir));

  const release = await acquireLock(distDir);
  try {
    await recoverOutput(distDir);
    const staging = await openStaging(distDir);
    try {
      process.env.LETOPIS_DATA = path.resolve(options.outDir);
      const astroStarted = performance.now();
      const { build } = await import('astro');
      await build({ root: ROOT, outDir: staging.dir, logLevel: values.quiet ? 'error' : 'warn' });
      const astroSeconds = (performance.now() - astroStarted) / 1000;
      const searchStarted = performance.now();
      await indexSite(staging.dir);
      const searchSeconds = (performance.now() - searchStarted) / 1000;
      await staging.commit();
      const pages = kb.articles.length + kb.people.length + kb.events.length + kb.organisations.length + kb.places.length;
      console.log(`Built the site: ${pages.toLocaleString('en-US')} entity pages in ${astroSeconds.toFixed(2)} s, search index in ${searchSeconds.toFixed(2)} s → ${distDir}`);
      console.log(JSON.stringify({ ingestSeconds: stats.seconds, astroSeconds, searchSeconds, pages, dist: distDir }));
    } catch (error) {
      await staging.abort();
      if (error instanceof FatalError) throw error;
      throw new FatalError(`The site build failed, and ${distDir} was left as it was: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await release();
  }
});
