/**
 * npm run ingest -- [--content <dir>] [--out <dir>] [--cache <dir>] [--jobs N] [--quiet]
 *
 * Reads every article under the content folder and writes <out>/kb.json plus
 * Obsidian-compatible entries. Exit 0 when the run completed (even with
 * problems in some articles), 1 on a fatal error.
 */
import { INGEST_FLAGS, ingestOptions, parseCommandLine, reportProblems, runMain, summary } from './lib/cli.ts';
import { ingest } from './lib/pipeline.ts';

const USAGE = `Usage: npm run ingest -- [--content content] [--out generated] [--cache dir] [--jobs N] [--quiet]`;

await runMain(async () => {
  const values = parseCommandLine(INGEST_FLAGS, USAGE);
  const options = ingestOptions(values);
  const { kb, stats } = await ingest(options);
  reportProblems(kb.problems);
  console.log(summary(stats, options.outDir));
});
