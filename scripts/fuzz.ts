/**
 * npm run fuzz -- [--runs N] [--seed S] [--ingest-runs N] [--large-runs N] [--files N]
 *
 * Property-based fuzzing of the readers and the whole ingest, with more cases
 * than CI runs (test/reliability/fuzz-readers.test.ts and fuzz-ingest.test.ts use the same properties).
 * Prints the failing case and its seed/path so it can be replayed; exit 1 on
 * any failure.
 */
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { ingestProperty } from './tools/fuzz/ingest-properties.ts';
import { decodeProperty, largeProperty, parseProperty } from './tools/fuzz/reader-properties.ts';
import { prepareAnalysis } from './article/prepare-analysis.ts';

const USAGE = 'Usage: npm run fuzz -- [--runs 5000] [--ingest-runs 100] [--large-runs 5] [--files 12] [--seed N]';

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        runs: { type: 'string', default: '5000' },
        'ingest-runs': { type: 'string', default: '100' },
        'large-runs': { type: 'string', default: '5' },
        files: { type: 'string', default: '12' },
        seed: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const count = (name: string, value: string): number => {
  const n = Number.parseInt(value, 10);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number ≥ 0, got ${value}.\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
};
const runs = count('runs', values.runs);
const ingestRuns = count('ingest-runs', values['ingest-runs']);
const largeRuns = count('large-runs', values['large-runs']);
const maxFiles = count('files', values.files);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : count('seed', values.seed);

await prepareAnalysis();
const root = path.join(os.tmpdir(), `letopis-fuzz-${process.pid}`);
await mkdir(root, { recursive: true });

let failed = false;
async function run<T>(name: string, numRuns: number, check: () => Promise<fc.RunDetails<T>> | fc.RunDetails<T>): Promise<void> {
  if (numRuns === 0) return;
  const started = performance.now();
  const details = await check();
  const seconds = (performance.now() - started) / 1000;
  if (details.failed) {
    failed = true;
    console.error(`✗ ${name}: failed after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath})`);
    console.error(fc.defaultReportMessage(details));
  } else {
    console.log(`✓ ${name}: ${details.numRuns} cases in ${seconds.toFixed(1)} s`);
  }
}

try {
  await run('parse + segment + analyse (generated text)', runs, () => fc.check(parseProperty(true), { numRuns: runs, seed }));
  await run('decode + parse + segment + analyse (hostile bytes)', runs, () => fc.check(decodeProperty(true), { numRuns: runs, seed }));
  await run('large inputs (1 MB lines, 100k paragraphs, deep nesting)', largeRuns, () => fc.check(largeProperty(true), { numRuns: largeRuns, seed }));
  await run(`whole ingest (≤ ${maxFiles} files per corpus)`, ingestRuns, () => fc.check(ingestProperty(root, maxFiles), { numRuns: ingestRuns, seed }));
} finally {
  await rm(root, { recursive: true, force: true });
}
console.log(`seed ${seed}`);
process.exitCode = failed ? 1 : 0;
