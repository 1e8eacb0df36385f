/**
 * npm run bench -- --articles N [--seed S] [--keep] [--skip-site] [--profile] [--phases] [--jobs J] [--timeout SEC]
 * npm run bench -- --adversarial
 *
 * Generates (or reuses) a synthetic corpus of N articles, then runs as child
 * processes and measures (wall time, peak RSS of the process tree):
 *   a. full ingest with a cold cache
 *   b. incremental ingest after adding one article
 *   c. incremental ingest after editing one article
 *   d. site build (ingest from warm cache + Astro + Pagefind)
 *   e. site rebuild after adding one more article (what a rebuild after a small change costs)
 *   f. the Astro floor: plain markdown pages, same count, no Letopis logic
 *   g. search payload for a one-term query, and output sizes
 * A step that fails is reported as null with its error; the run goes on.
 * --profile runs the ingest steps under `node --cpu-prof` (slower) and prints
 * where they spend their time. --phases has the ingests report each phase's
 * wall time (LETOPIS_PHASES=1), kept in the JSON for the +1 steps.
 * Prints a table, then one JSON line (the figures docs/performance.md quotes).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAdversarial } from './tools/bench/adversarial.ts';
import { createFloorProject } from './tools/bench/astro-floor.ts';
import { ensureCorpus } from './tools/bench/corpus-cache.ts';
import { addArticle, editArticle, linkCorpus, readManifest } from './tools/bench/corpus-edits.ts';
import { lastLines, measure, type Measurement } from './tools/bench/measure-process.ts';
import { estimateSearchPayload, folderBytes } from './tools/bench/pagefind-payload.ts';
import { ingestPhases } from './tools/bench/phases.ts';
import { round, table } from './tools/bench/report.ts';
import { settle } from './tools/bench/settle.ts';
import { summariseProfiles, type ProfileSummary } from './tools/bench/cpu-profile.ts';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const NODE = process.execPath;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'skip-site': { type: 'boolean', default: false },
    adversarial: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    phases: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    timeout: { type: 'string', default: '3600' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('usage: npm run bench -- --articles N [--seed S] [--keep] [--skip-site] [--profile] [--phases] [--jobs J] [--timeout SEC] | --adversarial');
  process.exit(0);
}
const timeoutMs = Number(values.timeout) * 1000;
const work = mkdtempSync(path.join(tmpdir(), 'letopis-bench-run-'));
const log = (line: string): void => console.error(`bench: ${line}`);

interface Step {
  name: string;
  m: Measurement | null;
  note: string;
}
const steps: Step[] = [];
const errors: Record<string, string> = {};

const profiles: Record<string, ProfileSummary> = {};

async function run(name: string, args: string[], note = '', profile = false): Promise<Measurement> {
  const waited = await settle(work);
  log(`${name}…${waited >= 1 ? ` (after ${waited.toFixed(0)} s waiting for a quiet machine)` : ''}`);
  const profileDir = path.join(work, 'profiles', name.replace(/\W+/g, '-'));
  const flags = profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const env = values.phases ? { ...process.env, LETOPIS_PHASES: '1' } : process.env;
  const m = await measure(NODE, [...flags, ...args], { cwd: ROOT, timeoutMs, env });
  if (profile && existsSync(profileDir)) profiles[name] = summariseProfiles(profileDir, ROOT);
  if (!m.ok) errors[name] = m.error ?? 'failed';
  steps.push({ name, m, note });
  log(`${name}: ${m.ok ? `${m.seconds.toFixed(2)} s, ${m.peakRssMb ?? '?'} MB` : `FAILED (${m.error})`}`);
  return m;
}

/** Numbers from the ingest summary line ("Ingested 1,000 articles … 400,000 words … in 3.21 s"). */
function ingestFigures(m: Measurement | null): { words: number | null; seconds: number | null; analysed: number | null; cached: number | null } {
  const text = m?.stdout ?? '';
  const num = (re: RegExp): number | null => {
    const match = re.exec(text);
    return match === null ? null : Number(match[1].replace(/,/g, ''));
  };
  return {
    // A number starts after a non-digit: anchored, the scan cannot restart inside a run of digits (ReDoS).
    words: num(/(?<![\d,])([\d,]+) words/),
    seconds: num(/in ([\d.]+) s →/),
    analysed: num(/\(([\d,]+) analysed/),
    cached: num(/(?<![\d,])([\d,]+) cached\)/),
  };
}

/** The build prints its per-step timings as JSON on the last stdout line (--json). */
function lastJson(m: Measurement | null): Record<string, unknown> | null {
  const line = (m?.stdout ?? '').trim().split('\n').at(-1) ?? '';
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The surname of the person in most articles: the query the search payload is measured for. */
function mostMentionedSurname(kbFile: string): string | null {
  try {
    const kb = JSON.parse(readFileSync(kbFile, 'utf8')) as { people?: Array<{ name: string; articles: string[] }> };
    const top = (kb.people ?? []).reduce<{ name: string; articles: string[] } | null>((best, p) => (best === null || p.articles.length > best.articles.length ? p : best), null);
    return top === null ? null : (top.name.split(/\s+/).at(-1) ?? null);
  } catch {
    return null;
  }
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

async function main(): Promise<void> {
  if (values.adversarial) {
    await runAdversarial({ work, root: ROOT, node: NODE, timeoutMs, log });
    return;
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const jobs = values.jobs === undefined ? [] : ['--jobs', values.jobs];

  log(`corpus of ${articles} articles (seed ${seed})…`);
  const corpus = ensureCorpus(articles, seed);
  log(`corpus ${corpus.reused ? 'reused' : `generated in ${corpus.seconds.toFixed(1)} s`}: ${corpus.dir}`);
  const manifest = readManifest(corpus.dir);
  // Each run works on its own hard-linked copy, so runs sharing the cache cannot disturb each other.
  const content = path.join(work, 'content');
  linkCorpus(corpus.dir, content);
  const gen = path.join(work, 'gen');
  const cache = path.join(work, 'cache');
  const dist = path.join(work, 'dist');
  const ingestArgs = ['scripts/ingest.ts', '--content', content, '--out', gen, '--cache', cache, '--quiet', ...jobs];

  const profile = values.profile;
  const full = await run('ingest (cold cache)', ingestArgs, profile ? 'profiled' : '', profile);
  const fullFigures = ingestFigures(full);
  let add: Measurement | null = null;
  let edit: Measurement | null = null;
  if (full.ok) {
    addArticle(content, corpus.summary);
    add = await run('ingest after adding 1', ingestArgs, profile ? 'profiled' : '', profile);
    editArticle(content, manifest);
    edit = await run('ingest after editing 1', ingestArgs, profile ? 'profiled' : '', profile);
  }

  let site: Measurement | null = null;
  let siteJson: Record<string, unknown> | null = null;
  let rebuild: Measurement | null = null;
  let rebuildJson: Record<string, unknown> | null = null;
  let floor: Measurement | null = null;
  if (!values['skip-site']) {
    const buildArgs = ['scripts/build.ts', '--content', content, '--out', gen, '--dist', dist, '--cache', cache, '--quiet', '--json', ...jobs];
    site = await run('site build', buildArgs);
    siteJson = lastJson(site);
    if (site.ok) {
      addArticle(content, corpus.summary, 1);
      rebuild = await run('site rebuild after adding 1', buildArgs);
      rebuildJson = lastJson(rebuild);
    }
    const pages = num(siteJson?.pages) ?? articles;
    const floorDir = createFloorProject(path.join(work, 'astro-floor'), ROOT, corpus.dir, manifest, pages);
    floor = await run('astro floor', [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', floorDir, '--silent'], `${pages} plain pages`);
  }

  const payload = existsSync(dist) ? estimateSearchPayload(dist, mostMentionedSurname(path.join(gen, 'kb.json'))) : null;
  const words = fullFigures.words ?? corpus.summary.words;
  const peaks = steps.map((s) => s.m?.peakRssMb ?? 0);
  const result = {
    articles,
    words,
    ingestSeconds: full.ok ? round(full.seconds) : null,
    ingestInternalSeconds: fullFigures.seconds,
    wordsPerSecond: full.ok ? Math.round(words / full.seconds) : null,
    wordsPerSecondInternal: full.ok && fullFigures.seconds ? Math.round(words / fullFigures.seconds) : null,
    ingestPeakRssMb: full.peakRssMb,
    incrementalAddSeconds: add?.ok ? round(add.seconds) : null,
    incrementalAddAnalysed: ingestFigures(add).analysed,
    incrementalEditSeconds: edit?.ok ? round(edit.seconds) : null,
    incrementalEditAnalysed: ingestFigures(edit).analysed,
    siteSeconds: site?.ok ? round(site.seconds) : null,
    astroSeconds: round(num(siteJson?.astroSeconds)),
    searchSeconds: round(num(siteJson?.searchSeconds)),
    siteRebuildSeconds: rebuild?.ok ? round(rebuild.seconds) : null,
    rebuildIngestSeconds: round(num(rebuildJson?.ingestSeconds)),
    rebuildAstroSeconds: round(num(rebuildJson?.astroSeconds)),
    rebuildSearchSeconds: round(num(rebuildJson?.searchSeconds)),
    /** The search index parts the rebuild re-indexed and reused, and the pages it re-indexed. */
    rebuildSearchParts: rebuildJson?.searchParts ?? null,
    rebuildPhases: rebuildJson?.phases ?? null,
    ...(values.phases ? { incrementalAddPhases: ingestPhases(add?.stderr ?? ''), rebuildIngestPhases: ingestPhases(rebuild?.stderr ?? '') } : {}),
    pages: num(siteJson?.pages),
    astroFloorSeconds: floor?.ok ? round(floor.seconds) : null,
    peakRssMb: Math.max(...peaks) || null,
    searchPayloadKb: payload?.totalKb ?? null,
    searchPayload: payload,
    outputMb: existsSync(dist) ? round(folderBytes(dist) / 1048576, 1) : null,
    generatedMb: existsSync(gen) ? round(folderBytes(gen) / 1048576, 1) : null,
    cacheMb: existsSync(cache) ? round(folderBytes(cache) / 1048576, 1) : null,
    corpusMb: round(folderBytes(path.join(corpus.dir, 'articles')) / 1048576, 1),
    cores: (await import('node:os')).availableParallelism(),
    node: process.version,
    errors,
    ...(values.profile ? { profiles } : {}),
  };

  console.log('');
  console.log(table(
    ['step', 'seconds', 'peak RSS MB', 'notes'],
    steps.map((s) => [s.name, s.m?.ok ? round(s.m.seconds) : null, s.m?.peakRssMb ?? null, s.m?.ok ? s.note : `FAILED: ${s.m?.error ?? ''}`.slice(0, 90)]),
  ));
  console.log('');
  console.log(table(['figure', 'value'], [
    ['articles', articles],
    ['words', words],
    ['words / s (wall, incl. start-up)', result.wordsPerSecond],
    ['words / s (ingest-reported)', result.wordsPerSecondInternal],
    ['incremental add analysed / cached', `${result.incrementalAddAnalysed ?? '—'} / ${ingestFigures(add).cached ?? '—'}`],
    ['incremental edit analysed / cached', `${result.incrementalEditAnalysed ?? '—'} / ${ingestFigures(edit).cached ?? '—'}`],
    ['site: astro s / search s / pages', `${result.astroSeconds ?? '—'} / ${result.searchSeconds ?? '—'} / ${result.pages ?? '—'}`],
    ['site rebuild +1: ingest s / astro s / search s', `${result.rebuildIngestSeconds ?? '—'} / ${result.rebuildAstroSeconds ?? '—'} / ${result.rebuildSearchSeconds ?? '—'}`],
    [`search payload KB (one term${payload?.term ? `: «${payload.term}»` : ', largest chunk'})`, result.searchPayloadKb],
    ['dist MB / generated MB / cache MB / corpus MB', `${result.outputMb ?? '—'} / ${result.generatedMb ?? '—'} / ${result.cacheMb ?? '—'} / ${result.corpusMb ?? '—'}`],
  ]));
  for (const [name, summary] of Object.entries(profiles)) {
    console.log(`\nCPU profile of "${name}" (${summary.totalMs} ms sampled, all threads), self time by file:`);
    console.log(table(['file', 'ms', '%'], summary.byFile.map((h) => [h.name, h.ms, h.share])));
    console.log('by function:');
    console.log(table(['function', 'ms', '%'], summary.byFunction.map((h) => [h.name, h.ms, h.share])));
  }
  for (const [name, error] of Object.entries(errors)) console.log(`error in ${name}: ${error}`);
  if (full.ok === false) console.log(`ingest output: ${lastLines(full.stderr || full.stdout, 10)}`);
  console.log(JSON.stringify(result));
}

try {
  await main();
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
