/**
 * Child process of `npm run bench -- --adversarial`: times the per-article
 * analysis (decode → parse → segment → entities → events, i.e. analyseBytes)
 * of each file given on the command line, in this one process so that node
 * start-up and dictionary loading are not counted. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseBytes } from '../../article/analyse-file.ts';
import { prepareAnalysis } from '../../article/prepare-analysis.ts';
import { decodeText } from '../../article/read/decode-text.ts';
import { articleEntryBody } from '../../emit/obsidian/article-entry-body.ts';
import { entryHtml } from '../../emit/site-data/entry-html.ts';
import type { FileAnalysis } from '../../article/analyse-file.ts';

/** Milliseconds to make the article's page body: its entry markdown, then that rendered to HTML. */
function renderMs(file: string, bytes: Uint8Array, result: FileAnalysis): number {
  const text = decodeText(file, bytes).decoded?.text;
  if (!result.analysis || text === undefined) return 0;
  const started = performance.now();
  entryHtml(articleEntryBody(text, result.analysis, []).markdown);
  return Math.round((performance.now() - started) * 10) / 10;
}

await prepareAnalysis();
const warm = new TextEncoder().encode(' date 2025-08-24 Владимир Путин встретился с Дональдом Трампом на Аляске.\n\n– пишут аналитики.\n');
for (let i = 0; i < 3; i++) analyseBytes('warm.txt', warm);
// Lazy per-word caches fill on first sight of a name: warm up on the first (smallest) input too.
if (process.argv[2] !== undefined) analyseBytes('warm.txt', readFileSync(process.argv[2]));

const results: Array<{ file: string; ms: number; renderMs: number; entities: number; sentences: number; problems: number }> = [];
for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  // The first run may pay for JIT compilation of new paths: when it is quick,
  // take the best of two more; a very slow one is measurement enough.
  let started = performance.now();
  let last = analyseBytes(path.basename(file), bytes);
  let best = performance.now() - started;
  if (best < 5000) {
    for (let run = 0; run < 2; run++) {
      started = performance.now();
      last = analyseBytes(path.basename(file), bytes);
      best = Math.min(best, performance.now() - started);
    }
  }
  results.push({
    file: path.basename(file),
    ms: Math.round(best * 10) / 10,
    renderMs: renderMs(path.basename(file), bytes, last),
    entities: last.analysis?.entities.length ?? 0,
    sentences: last.analysis?.sentences.length ?? 0,
    problems: last.problems.length,
  });
}
console.log(JSON.stringify(results));
