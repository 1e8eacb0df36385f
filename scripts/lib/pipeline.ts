/**
 * The ingest pipeline: read → detect language → segment → find mentions →
 * normalise names (per article, cached, in worker threads) → resolve entities
 * across the corpus → cluster events → write entries (atomically).
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseCorpus, forEachLimited, type AnalysedFile } from './analyse-corpus.ts';
import { articleIds } from './article-ids.ts';
import { assembleKnowledgeBase } from './assemble-kb.ts';
import { loadCuration } from './entities/curation.ts';
import { linkKey, resolveEntities, type ArticleInput } from './entities/resolve-entities.ts';
import { clusterEvents } from './events/cluster-events.ts';
import { FatalError } from './fatal-error.ts';
import { openFileKeys } from './file-keys.ts';
import { analyseFile } from './analyse-file.ts';
import { readCached } from './analysis-cache.ts';
import type { ArticleAnalysis, KnowledgeBase, Problem } from './model.ts';
import { prepareAnalysis } from './prepare-analysis.ts';
import { decodeText } from './read/decode-text.ts';
import { discoverFiles } from './read/discover-files.ts';
import { writeSiteData, type LoadedArticle } from './site-data/write-site-data.ts';
import {
  articleEntry,
  entityEntry,
  eventEntry,
  linkedBody,
  lookup,
  personEntry,
  type LinkedSpan,
} from './write/obsidian-entries.ts';
import { writeJsonStreamed } from './write/write-json-streamed.ts';
import { openOutputReuse, signature, type OutputReuse } from './write/reuse-output.ts';
import { acquireLock, checkReplaceable, openStaging, recoverOutput } from './write/output-dir.ts';

export interface IngestOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Worker threads for analysis (default: all cores; 0 = none). */
  jobs?: number;
  /** Progress and summary lines (to stderr in the CLI). */
  log?: (line: string) => void;
}

export interface IngestStats {
  files: number;
  articles: number;
  analysed: number;
  cached: number;
  words: number;
  people: number;
  events: number;
  errors: number;
  warnings: number;
  seconds: number;
}

export interface IngestResult {
  kb: KnowledgeBase;
  stats: IngestStats;
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  const cacheDir = path.resolve(options.cacheDir);
  await checkFolders(contentDir, outDir);

  const phase = phaseTimer();
  const release = await acquireLock(outDir);
  try {
    await recoverOutput(outDir);
    const problems: Problem[] = [];
    const discovered = await discoverFiles(contentDir);
    problems.push(...discovered.problems);
    const { curation, problems: curationProblems } = await loadCuration(contentDir);
    problems.push(...curationProblems);

    phase('discover files');
    let lastReport = 0;
    const fileKeys = await openFileKeys(cacheDir, contentDir);
    const analysed = await analyseCorpus(discovered.files, {
      cacheDir,
      fileKeys,
      jobs: options.jobs,
      onProgress(done, total) {
        const now = performance.now();
        if (total >= 200 && (now - lastReport > 2000 || done === total)) {
          lastReport = now;
          log(`analysed ${done}/${total} articles`);
        }
      },
    });

    phase('analyse (cache reads)');
    await fileKeys.save().catch(() => undefined);
    const { inputs, keys } = acceptArticles(analysed.files, problems);
    const contentSignatures = slimAnalyses(inputs, keys);
    const resolved = resolveEntities(inputs, curation);
    phase('resolve entities');
    const events = clusterEvents(inputs, resolved.links, resolved.people, resolved.places);
    phase('cluster events');
    const kb = assembleKnowledgeBase(inputs, resolved, events, problems);
    phase('assemble kb');

    const staging = await openStaging(outDir);
    try {
      const reuse = await openOutputReuse(outDir, staging.dir);
      await writeOutput(staging.dir, kb, inputs, keys, contentSignatures, cacheDir, resolved.links, reuse, phase);
      await staging.commit();
      phase('commit');
    } catch (error) {
      await staging.abort();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
        throw new FatalError(`Cannot write the output to ${outDir} (${code}); the previous output was left as it was.`);
      }
      throw error;
    }

    const stats: IngestStats = {
      files: discovered.files.length,
      articles: kb.articles.length,
      analysed: analysed.analysed,
      cached: analysed.cached,
      words: kb.articles.reduce((sum, article) => sum + article.words, 0),
      people: kb.people.length,
      events: kb.events.length,
      errors: kb.problems.filter((problem) => problem.severity === 'error').length,
      warnings: kb.problems.filter((problem) => problem.severity === 'warning').length,
      seconds: (performance.now() - started) / 1000,
    };
    return { kb, stats };
  } finally {
    await release();
  }
}

async function checkFolders(contentDir: string, outDir: string): Promise<void> {
  const info = await stat(contentDir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new FatalError(`Content folder ${contentDir} does not exist. Create it and put articles in it, or pass --content <dir>.`);
  }
  const relative = path.relative(contentDir, outDir);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new FatalError(`The output folder ${outDir} is inside the content folder ${contentDir}; Letopis never writes into content. Pass another --out.`);
  }
  const back = path.relative(outDir, contentDir);
  if (!back.startsWith('..') && !path.isAbsolute(back)) {
    throw new FatalError(`The content folder ${contentDir} is inside the output folder ${outDir}, which a run replaces as a whole. Pass another --out.`);
  }
  await checkReplaceable(outDir);
}

/**
 * Keep the articles that were read, drop exact duplicates (same body text
 * saved twice: the path that sorts first wins), and give each its id.
 */
function acceptArticles(files: AnalysedFile[], problems: Problem[]): { inputs: ArticleInput[]; keys: Map<string, AnalysedFile> } {
  const byText = new Map<string, string>();
  const accepted: AnalysedFile[] = [];
  for (const item of files) {
    problems.push(...item.result.problems);
    const { analysis, textHash } = item.result;
    if (!analysis) continue;
    const original = textHash ? byText.get(textHash) : undefined;
    if (original) {
      problems.push({
        file: item.source.file,
        severity: 'warning',
        message: `Duplicate article: the same text as ${original}; skipped. Delete one of the two files.`,
      });
      continue;
    }
    if (textHash) byText.set(textHash, item.source.file);
    accepted.push(item);
  }
  const ids = articleIds(accepted.map((item) => item.source.file));
  const keys = new Map<string, AnalysedFile>();
  const inputs = accepted.map((item) => {
    const id = ids.get(item.source.file) as string;
    keys.set(id, item);
    return { id, analysis: item.result.analysis as NonNullable<typeof item.result.analysis> };
  });
  return { inputs, keys };
}

/**
 * Drop what only an article's own page needs (sentences and blocks: ~30% of
 * an analysis in memory) from the corpus-wide analyses, after recording each
 * article's content signature, which covers them. Resolution and clustering
 * never read them; the page renderer reads them back from the analysis cache
 * for the few articles it re-renders (`fullAnalysis`). This keeps the corpus
 * held in memory during resolution a third smaller (184 → 129 MB at 10k).
 */
function slimAnalyses(inputs: ArticleInput[], files: Map<string, AnalysedFile>): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const input of inputs) {
    const item = files.get(input.id) as AnalysedFile;
    const { analysis } = input;
    // The bytes (cache key) and the analysis parts pages render from: a cache rebuilt by a
    // changed analyser under the same key must not let stale pages through.
    signatures.set(input.id, item.key ? signature(item.key, analysis.article.body, analysis.article.blocks, analysis.sentences.map((s) => [s.start, s.end])) : '');
    const slim = { ...analysis, article: { ...analysis.article, blocks: [] }, sentences: [] };
    input.analysis = slim;
    item.result = { ...item.result, analysis: slim };
  }
  return signatures;
}

/** An article's whole analysis (with sentences and blocks), from the cache or, if gone, analysed again. */
async function fullAnalysis(item: AnalysedFile, cacheDir: string): Promise<ArticleAnalysis | null> {
  const cached = item.key ? readCached(cacheDir, item.key) : null;
  if (cached?.analysis) return cached.analysis;
  await prepareAnalysis();
  return (await analyseFile(item.source.file, item.source.path)).analysis;
}

async function writeOutput(
  dir: string,
  kb: KnowledgeBase,
  inputs: ArticleInput[],
  files: Map<string, AnalysedFile>,
  contentSignatures: Map<string, string>,
  cacheDir: string,
  links: Map<string, string>,
  reuse: OutputReuse,
  phase: (name: string) => void = () => undefined,
): Promise<void> {
  for (const folder of ['articles', 'people', 'events', 'organisations', 'places']) await mkdir(path.join(dir, folder), { recursive: true });
  // Compact (pretty-printing made it ~2× larger and slower); written while the entries are rendered.
  const kbWritten = writeJsonStreamed(path.join(dir, 'kb.json'), kb as unknown as Record<string, unknown>);
  kbWritten.catch(() => undefined); // awaited below; this only stops an early failure being "unhandled"
  phase('kb.json');

  const index = lookup(kb);
  const eventsOf = new Map<string, string[]>();
  for (const event of kb.events) {
    for (const person of event.participants) {
      const list = eventsOf.get(person);
      if (list) list.push(event.id);
      else eventsOf.set(person, [event.id]);
    }
  }
  const eventSpans = new Map<string, LinkedSpan[]>();
  for (const event of kb.events) {
    for (const mention of event.mentions) {
      const spans = eventSpans.get(mention.article) ?? [];
      spans.push({ start: mention.start, end: mention.end, folder: 'events', id: event.id });
      eventSpans.set(mention.article, spans);
    }
  }
  const folderOf = new Map<string, LinkedSpan['folder']>();
  for (const person of kb.people) folderOf.set(person.id, 'people');
  for (const org of kb.organisations) folderOf.set(org.id, 'organisations');
  for (const place of kb.places) folderOf.set(place.id, 'places');

  const analyses = new Map(inputs.map((input) => [input.id, input.analysis]));
  const readText = async (id: string): Promise<string> => {
    const item = files.get(id) as AnalysedFile;
    const { decoded } = decodeText(item.source.file, await readFile(item.source.path));
    return decoded?.text ?? '';
  };

  const contentSignature = (id: string): string => contentSignatures.get(id) ?? '';
  await forEachLimited(kb.articles, 16, async (article) => {
    const analysis = analyses.get(article.id);
    if (!analysis) return;
    const spans: LinkedSpan[] = [...(eventSpans.get(article.id) ?? [])];
    for (const entity of analysis.entities) {
      const id = links.get(linkKey(article.id, entity.key));
      const folder = id ? folderOf.get(id) : undefined;
      if (!id || !folder) continue;
      for (const mention of entity.mentions) spans.push({ start: mention.start, end: mention.end, folder, id });
    }
    // Everything the entry shows: the file's bytes (its cache key), its record, its links and their labels.
    const sig = signature(
      contentSignature(article.id),
      article,
      spans,
      article.people.map((id) => index.people.get(id)?.name ?? null),
      article.events.map((id) => index.events.get(id)?.title ?? null),
    );
    await reuse.write(path.join(dir, 'articles', `${article.id}.md`), sig, async () =>
      articleEntry(article, linkedBody(await readText(article.id), analysis.article.body, spans), index),
    );
  });
  // Cheap to render, so their signature is their text: an unchanged entry is linked, not rewritten.
  const put = (file: string, text: string) => reuse.write(path.join(dir, file), signature(text), () => text);
  await forEachLimited(kb.people, 16, (person) => put(`people/${person.id}.md`, personEntry(person, eventsOf.get(person.id) ?? [], index)));
  await forEachLimited(kb.organisations, 16, (org) => put(`organisations/${org.id}.md`, entityEntry('organisation', org, index)));
  await forEachLimited(kb.places, 16, (place) => put(`places/${place.id}.md`, entityEntry('place', place, index)));
  await forEachLimited(kb.events, 16, (event) => put(`events/${event.id}.md`, eventEntry(event, index)));

  phase('obsidian entries');
  const load = async (id: string): Promise<LoadedArticle> => {
    const item = files.get(id) as AnalysedFile;
    const analysis = (await fullAnalysis(item, cacheDir)) ?? (analyses.get(id) as ArticleAnalysis);
    return { text: await readText(id), analysis };
  };
  await writeSiteData(kb, load, path.join(dir, 'site'), { reuse, articleKey: contentSignature });
  phase('site data');
  await reuse.save();
  await kbWritten;
  phase(`manifest (${reuse.counts.reused} files re-used, ${reuse.counts.written} written)`);
}

/** `LETOPIS_PHASES=1`: log each stage's wall time to stderr (for profiling runs). */
function phaseTimer(): (name: string) => void {
  if (!process.env.LETOPIS_PHASES) return () => undefined;
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    process.stderr.write(`phase ${name}: ${((now - last) / 1000).toFixed(2)} s, heap ${heap} MB\n`);
    last = now;
  };
}
