/** The ingest command (scripts/ingest.ts loads it once the compile cache is on). */
import { INGEST_FLAGS, ingestOptions, parseCommandLine, reportProblems, runMain, summary } from './cli.ts';
import { ingest } from './ingest.ts';

const USAGE = `Usage: npm run ingest -- [--content content] [--out generated] [--cache dir] [--jobs N] [--quiet]`;

await runMain(async () => {
  const values = parseCommandLine(INGEST_FLAGS, USAGE);
  const options = ingestOptions(values);
  const { problems, stats } = await ingest(options);
  reportProblems(problems);
  console.log(summary(stats, options.outDir));
});
