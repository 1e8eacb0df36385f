/**
 * Generate a deterministic synthetic corpus of ru/uk/en news articles.
 *
 *   npm run corpus -- --articles 10000 --out /tmp/corpus [--seed 1] [--force]
 *
 * Same seed and article count → byte-identical files. See
 * scripts/lib/corpus/write-corpus.ts for the layout.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanCorpus, generateCorpus } from './tools/corpus-generator/write-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || values.out === undefined) {
  console.log('usage: npm run corpus -- --articles N --out <dir> [--seed S] [--force]');
  process.exit(values.help ? 0 : 2);
}

const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 0 || !Number.isInteger(seed)) {
  console.error('--articles and --seed must be integers');
  process.exit(2);
}
const out = path.resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!values.force) {
    console.error(`${out} is not empty; pass --force to replace a corpus generated there before`);
    process.exit(2);
  }
  cleanCorpus(out);
}

const started = performance.now();
const summary = generateCorpus({
  articles,
  out,
  seed,
  onProgress: (done, total) => {
    if (done % 10000 === 0) console.error(`  ${done}/${total}`);
  },
});
const seconds = (performance.now() - started) / 1000;
console.log(`corpus: ${summary.articles} articles (${summary.badFiles} bad), ${summary.words} words, ${summary.folders} folders in ${seconds.toFixed(1)}s → ${out}`);
console.log(JSON.stringify({ ...summary, out, seconds: Number(seconds.toFixed(2)) }));
