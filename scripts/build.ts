/**
 * npm run build -- [--content <dir>] [--out <dir>] [--dist <dir>] [--cache <dir>] [--jobs N] [--quiet] [--json]
 *
 * Ingest, then build the Astro site and its Pagefind search index into a
 * staging folder that replaces <dist> only once complete.
 *
 * This process only coordinates three others, which overlap where they can
 * (2 cores): the ingest (scripts/ingest.ts) runs while Astro loads and
 * bundles the pages (not on a large corpus, see LARGE_CORPUS_FILES); Astro
 * renders once the site data is written; Pagefind indexes each page as Astro
 * renders it. Pagefind writing the index is the memory peak of a 10k build,
 * and by then the ingest and Astro have exited.
 *
 * Astro's render reports progress on stderr (pages rendered of the total);
 * `--json` adds a last stdout line with the phases' timings, for the bench.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS, INGEST_FLAGS, parseCommandLine, runMain } from './pipeline/cli.ts';
import { FatalError } from './util/fatal-error.ts';
import { openSearchIndex } from './emit/search/search-index.ts';
import { countArticleFiles } from './pipeline/site-build/corpus-size.ts';
import { releaseMemory } from './pipeline/site-build/release-memory.ts';
import { renderSite } from './pipeline/site-build/render-site.ts';
import { progressLine, type RenderProgress } from './pipeline/site-build/render-progress.ts';
import { runIngest } from './pipeline/site-build/run-ingest.ts';
import { acquireLock, openStaging, recoverOutput } from './runtime/output/output-dir.ts';

const USAGE = `Usage: npm run build -- [--content content] [--out generated] [--dist dist] [--cache dir] [--jobs N] [--quiet] [--json]`;
const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * From this many article files on, Astro starts only after the ingest. Astro
 * waiting with its bundle holds a good deal of memory, and the ingest's own
 * peak grows with the corpus, so overlapping them would add Astro to the
 * ingest's peak; the overlap only saves Astro's start-up, which matters for a
 * mid-sized corpus and not for a large one (the ingest alone takes minutes).
 */
const LARGE_CORPUS_FILES = 40_000;

/** Wall-clock seconds of each build phase, in the closing JSON line (--json; and on stderr as they end with LETOPIS_BUILD_TRACE=1). */
const phases: Record<string, number> = {};
const trace = Boolean(process.env.LETOPIS_BUILD_TRACE);
const started = performance.now();
function phase(name: string, since: number): number {
  const now = performance.now();
  phases[name] = Math.round(now - since) / 1000;
  if (trace) {
    // This process's own memory (the children's is theirs): what it adds to the peak while Pagefind writes.
    const { rss, heapUsed, external } = process.memoryUsage();
    const mb = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;
    console.error(`build: ${name} ${phases[name].toFixed(2)} s (ends at ${((now - started) / 1000).toFixed(2)} s; this process: rss ${mb(rss)}, heap ${mb(heapUsed)}, external ${mb(external)})`);
  }
  return (now - since) / 1000;
}

/** Prints the Astro child's progress on stderr, timed from its first update (rendering begins). */
function renderProgressPrinter(): (progress: RenderProgress) => void {
  let since = 0;
  return (progress) => {
    if (progress.rendered === 0) since = performance.now();
    console.error(progressLine(progress, (performance.now() - since) / 1000));
  };
}

await runMain(async () => {
  const values = parseCommandLine({ ...INGEST_FLAGS, dist: { type: 'string', default: DEFAULTS.dist }, json: { type: 'boolean', default: false } }, USAGE);
  const outDir = values.out ?? DEFAULTS.out;
  const distDir = path.resolve(values.dist ?? DEFAULTS.dist);

  const release = await acquireLock(distDir);
  try {
    await recoverOutput(distDir);
    const staging = await openStaging(distDir);
    const search = await openSearchIndex(staging.dir, { previous: distDir });
    try {
      const content = values.content ?? DEFAULTS.content;
      const ingestion = runIngest({ content, out: outDir, cache: values.cache ?? DEFAULTS.cache, jobs: values.jobs, quiet: values.quiet });
      ingestion.then((seconds) => (phases.ingest = Math.round(seconds * 1000) / 1000), () => {});
      const startBeforeData = (await countArticleFiles(content, LARGE_CORPUS_FILES)) < LARGE_CORPUS_FILES;
      if (trace) console.error(`build: Astro starts ${startBeforeData ? 'alongside' : 'after'} the ingest`);
      // Astro's phase runs from its start: now, or once the ingest is done.
      let astroStarted = performance.now();
      if (!startBeforeData) ingestion.then(() => (astroStarted = performance.now()), () => {});
      const rendered = renderSite({
        root: ROOT,
        outDir: staging.dir,
        logLevel: values.quiet ? 'error' : trace ? 'info' : 'warn',
        startBeforeData,
        env: { ...process.env, LETOPIS_DATA: path.resolve(outDir) },
        dataReady: ingestion,
        onPage: (url, html) => search.add(url, html),
        onProgress: values.quiet ? undefined : renderProgressPrinter(),
      });
      // A failed ingest is reported as itself (Astro is stopped), not as an Astro error.
      const [ingestSeconds] = await Promise.all([ingestion, rendered]);
      const astroSeconds = phase('astro', astroStarted);
      releaseMemory();
      const searchStarted = performance.now();
      const indexed = await search.write();
      const { pages } = indexed;
      const searchSeconds = phase('search', searchStarted);
      if (trace) console.error(`build: search parts: ${indexed.indexedParts.length} indexed (${indexed.indexedPages} pages), ${indexed.reusedParts.length} reused`);
      const commitStarted = performance.now();
      await staging.commit();
      phase('commit', commitStarted);
      console.log(`Built the site: ${pages.toLocaleString('en-US')} entity pages (indexed for search as Astro rendered them) in ${astroSeconds.toFixed(2)} s, search index written in ${searchSeconds.toFixed(2)} s → ${distDir}`);
      const searchParts = { indexed: indexed.indexedParts.length, reused: indexed.reusedParts.length, indexedPages: indexed.indexedPages };
      if (values.json) console.log(JSON.stringify({ ingestSeconds, astroSeconds, searchSeconds, pages, searchParts, phases, totalSeconds: (performance.now() - started) / 1000, dist: distDir }));
    } catch (error) {
      await search.close();
      await staging.abort();
      if (error instanceof FatalError) throw error;
      throw new FatalError(`The site build failed, and ${distDir} was left as it was: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await release();
  }
});
