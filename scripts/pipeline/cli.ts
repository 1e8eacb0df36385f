/** What the command-line entry points share: options, reporting, exit codes. */
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { FatalError } from '../util/fatal-error.ts';
import type { Problem } from '../model/model.ts';
import type { IngestOptions, IngestStats } from './ingest.ts';

export const DEFAULTS = {
  content: 'content',
  out: 'generated',
  cache: path.join('node_modules', '.cache', 'letopis'),
  dist: 'dist',
};

export const INGEST_FLAGS = {
  content: { type: 'string', default: DEFAULTS.content },
  out: { type: 'string', default: DEFAULTS.out },
  cache: { type: 'string', default: DEFAULTS.cache },
  jobs: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

export function parseCommandLine<const Options extends ParseArgsOptionsConfig>(flags: Options, usage: string) {
  try {
    const { values } = parseArgs({ options: flags, allowPositionals: false, strict: true });
    if ((values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

export function ingestOptions(values: { content?: string; out?: string; cache?: string; jobs?: string; quiet?: boolean }): IngestOptions {
  const jobs = values.jobs === undefined ? undefined : Number.parseInt(values.jobs, 10);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0)) throw new FatalError(`--jobs must be a whole number ≥ 0, got ${values.jobs}.`);
  return {
    contentDir: values.content ?? DEFAULTS.content,
    outDir: values.out ?? DEFAULTS.out,
    cacheDir: values.cache ?? DEFAULTS.cache,
    jobs,
    log: values.quiet ? undefined : (line) => console.error(line),
  };
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.severity}: ${problem.message}`;
}

export function reportProblems(problems: Problem[], limit = 50): void {
  for (const problem of problems.slice(0, limit)) console.error(formatProblem(problem));
  if (problems.length > limit) console.error(`… and ${problems.length - limit} more problems: see problems[] in kb.json.`);
}

export function summary(stats: IngestStats, outDir: string): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return (
    `${stats.upToDate ? 'Up to date (nothing changed since the last run): ' : 'Ingested '}` +
    `${n(stats.articles)} articles from ${n(stats.files)} files${stats.upToDate ? '' : ` (${n(stats.analysed)} analysed, ${n(stats.cached)} cached)`}, ` +
    `${n(stats.words)} words, ${n(stats.people)} people, ${n(stats.events)} events, ` +
    `${n(stats.errors)} errors, ${n(stats.warnings)} warnings in ${stats.seconds.toFixed(2)} s → ${path.join(outDir, 'kb.json')}`
  );
}

/** Run a CLI main: fatal errors print one clear line and exit 1; anything else is a bug. */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof FatalError) {
      console.error(`letopis: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  }
}
