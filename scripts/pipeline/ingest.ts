/**
 * The ingest pipeline. Per article (article/, cached by content hash, in
 * worker threads): read → detect language → segment → find people,
 * organisations and places → find the article's events. Then across the
 * corpus (corpus/): resolve entities → cluster events → assemble the
 * knowledge base. Last, the outputs (emit/), written into a staging folder
 * that replaces the output atomically (runtime/output/).
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { analyseAhead, analyseCorpus, type AnalysedFile } from './analyse-corpus.ts';
import { pushTo } from '../util/collections.ts';
import { forEachLimited } from '../util/concurrency.ts';
import { openAnalysisPack, type AnalysisPack, type PackEntry } from '../runtime/cache/analysis-pack.ts';
import { articleIds } from '../corpus/article-ids.ts';
import { assembleKnowledgeBase } from '../corpus/assemble-kb.ts';
import { loadCuration } from '../corpus/curation.ts';
import { resolveEntities, type ArticleInput, type Curation } from '../corpus/resolve-entities.ts';
import { clusterEvents } from '../corpus/cluster-events.ts';
import { FatalError } from '../util/fatal-error.ts';
import { openFileKeys } from '../runtime/cache/file-keys.ts';
import type { ArticleAnalysis, ArticleId, KnowledgeBase, Problem, SourceFile, Span } from '../model/model.ts';
import { loadArticle, type ArticleSpec } from '../runtime/cache/load-article.ts';
import { discoverFiles } from '../article/read/discover-files.ts';
import { writeSiteData } from '../emit/site-data/write-site-data.ts';
import { entityEntry, eventEntry, lookup, personEntry } from '../emit/obsidian/obsidian-entries.ts';
import { mentionSpans } from '../emit/mention-spans.ts';
import { pageSignature, slimResult } from '../runtime/output/page-signature.ts';
import { openRenderPool } from '../emit/render/render-pool.ts';
import { writeJsonStreamed } from '../runtime/files/write-json-streamed.ts';
import { openOutputReuse, signature, type OutputReuse } from '../runtime/output/reuse-output.ts';
import { currentStamp, stampDigest, writeStamp } from '../runtime/output/build-stamp.ts';
import { acquireLock, checkReplaceable, openStaging, recoverOutput } from '../runtime/output/output-dir.ts';

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
  /** Nothing the output depends on had changed, so the run left it as it was (write/build-stamp.ts). */
  upToDate: boolean;
}

export interface IngestResult {
  /**
   * The knowledge base. When the run found nothing changed, it is read from
   * the output's kb.json on first use (a cost the commands, needing only
   * `problems`, never pay).
   */
  readonly kb: KnowledgeBase;
  /** What the run found wrong with the content (the same as `kb.problems`). */
  problems: Problem[];
  stats: IngestStats;
}

/** Stats and problems a stamped output records for a run that finds nothing to do. */
interface Stamped {
  stats: Omit<IngestStats, 'seconds' | 'upToDate'>;
  problems: Problem[];
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const startedAt = Date.now();
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
    const digest = stampDigest({ contentDir, outDir, files: discovered.files, extra: { curation, problems } });
    const stamp = currentStamp<Stamped>(outDir, digest, discovered.files);
    if (stamp) {
      phase('up to date');
      const stats = { ...stamp.record.stats, seconds: (performance.now() - started) / 1000, upToDate: true };
      return withLazyKnowledgeBase(path.join(outDir, 'kb.json'), stamp.record.problems, stats);
    }
    const built = await buildKnowledgeBase(discovered.files, curation, problems, { cacheDir, contentDir, jobs: options.jobs, log, phase });
    const { kb, articles } = built;

    const counts = {
      files: discovered.files.length,
      articles: kb.articles.length,
      analysed: built.analysed,
      cached: built.cached,
      words: kb.articles.reduce((sum, article) => sum + article.words, 0),
      people: kb.people.length,
      events: kb.events.length,
      errors: kb.problems.filter((problem) => problem.severity === 'error').length,
      warnings: kb.problems.filter((problem) => problem.severity === 'warning').length,
    };
    const staging = await openStaging(outDir);
    let reuse: OutputReuse | null = null;
    try {
      reuse = await openOutputReuse(outDir, staging.dir);
      await writeOutput(staging.dir, kb, articles, { cacheDir, jobs: options.jobs, previousDir: outDir }, reuse, phase);
      counts.warnings = kb.problems.filter((problem) => problem.severity === 'warning').length;
      // A later run with the same inputs finds nothing to do (and reports nothing newly analysed).
      const record: Stamped = { stats: { ...counts, analysed: 0, cached: built.analysed + built.cached }, problems: kb.problems };
      await staging.commit((dir) => writeStamp(dir, digest, startedAt, record));
      phase('commit');
    } catch (error) {
      await reuse?.cancel();
      await staging.abort();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
        throw new FatalError(`Cannot write the output to ${outDir} (${code}); the previous output was left as it was.`);
      }
      throw error;
    }

    const stats: IngestStats = { ...counts, seconds: (performance.now() - started) / 1000, upToDate: false };
    return { kb, problems: kb.problems, stats };
  } finally {
    await release();
  }
}

/**
 * A result whose knowledge base is read from `file` on first use. The file is
 * opened now: a later run swaps in a new output, but this result keeps the
 * knowledge base it stands for (an open file outlives its removal).
 */
function withLazyKnowledgeBase(file: string, problems: Problem[], stats: IngestStats): IngestResult {
  const fd = openSync(file, 'r');
  let kb: KnowledgeBase | undefined;
  const holder: IngestResult = {
    problems,
    stats,
    get kb(): KnowledgeBase {
      if (kb === undefined) {
        kb = JSON.parse(readFileSync(fd, 'utf8')) as KnowledgeBase;
        closeSync(fd);
        unread.unregister(holder);
      }
      return kb;
    },
  };
  unread.register(holder, fd, holder);
  return holder;
}

/** Closes the files of results dropped without reading their knowledge base. */
const unread = new FinalizationRegistry<number>((fd) => closeSync(fd));

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

/** What writing an article's entry and page needs once the knowledge base is built. */
interface ArticleSource {
  source: SourceFile;
  /** Cache key of its analysis ('' when it was not cached). */
  key: string;
  /**
   * Its bytes (cache key) and the analysis parts its page renders from: a
   * cache rebuilt by a changed analyser under the same key must not let
   * stale pages through. '' = unknown, never re-used.
   */
  signature: string;
}

interface BuildOptions {
  cacheDir: string;
  contentDir: string;
  jobs: number | undefined;
  log: (line: string) => void;
  phase: (name: string) => void;
}

/**
 * Analyse (or read from the cache) every file, then resolve people and
 * places and cluster events across the corpus into the knowledge base.
 * The per-article analyses live only inside this function: what is written
 * afterwards needs the knowledge base and a few facts per article, so the
 * corpus of analyses (the largest thing in memory)
 * can be collected before the output is written.
 */
async function buildKnowledgeBase(
  files: SourceFile[],
  curation: Curation,
  problems: Problem[],
  options: BuildOptions,
): Promise<{ kb: KnowledgeBase; articles: Map<string, ArticleSource>; analysed: number; cached: number }> {
  let lastReport = 0;
  const fileKeys = await openFileKeys(options.cacheDir, options.contentDir);
  // Changed files are analysed in a worker while the pack is read (a failure there only loses the head start).
  const ahead = analyseAhead(files, { cacheDir: options.cacheDir, fileKeys, jobs: options.jobs }).catch(() => new Set<string>());
  const pack = openAnalysisPack(options.cacheDir);
  const analysedAhead = await ahead;
  const analysed = await analyseCorpus(files, {
    cacheDir: options.cacheDir,
    fileKeys,
    pack,
    jobs: options.jobs,
    keep: withoutPageParts,
    onProgress(done, total) {
      const now = performance.now();
      if (total >= 200 && (now - lastReport > 2000 || done === total)) {
        lastReport = now;
        options.log(`analysed ${done}/${total} articles`);
      }
    },
  });
  options.phase('analyse (cache reads)');
  await fileKeys.save().catch(() => undefined);
  // A cache that cannot be written only costs speed next time.
  await updatePack(pack, analysed.files).catch(() => undefined);
  const { inputs, articles } = acceptArticles(analysed.files, problems);
  const resolved = resolveEntities(inputs, curation);
  options.phase('resolve entities');
  const events = clusterEvents(inputs, resolved.links, resolved.people, resolved.places);
  options.phase('cluster events');
  const kb = assembleKnowledgeBase(inputs, resolved, events, problems);
  options.phase('assemble kb');
  // Files analysed ahead were then read from the cache, but this run analysed them.
  const early = analysed.files.filter((item) => analysedAhead.has(item.key)).length;
  return { kb, articles, analysed: analysed.analysed + early, cached: analysed.cached - early };
}

/** Oldest first by modification time, then by path. */
const olderFirst = (a: SourceFile, b: SourceFile): number => a.mtimeMs - b.mtimeMs || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Keep the articles that were read, drop exact duplicates (the same body text
 * saved twice), and give each its id. Of duplicates the oldest file is kept
 * (modification time, then path), so a copy dropped in later never takes an
 * existing article's place or page.
 */
function acceptArticles(
  files: AnalysedFile[],
  problems: Problem[],
): { inputs: ArticleInput[]; articles: Map<string, ArticleSource> } {
  const keeper = new Map<string, SourceFile>();
  for (const { source, result } of files) {
    if (!result.analysis || !result.textHash) continue;
    const kept = keeper.get(result.textHash);
    if (!kept || olderFirst(source, kept) < 0) keeper.set(result.textHash, source);
  }
  const accepted: AnalysedFile[] = [];
  for (const item of files) {
    problems.push(...item.result.problems);
    const { analysis, textHash } = item.result;
    if (!analysis) continue;
    const kept = textHash ? keeper.get(textHash) : undefined;
    if (kept && kept !== item.source) {
      problems.push({
        file: item.source.file,
        severity: 'warning',
        message: `Duplicate article: ${item.source.file} has the same text as ${kept.file}, which is older and is kept; ${item.source.file} is skipped. Delete one of the two files.`,
      });
      continue;
    }
    accepted.push(item);
  }
  const ids = articleIds(accepted.map((item) => item.source.file));
  const articles = new Map<string, ArticleSource>();
  const inputs = accepted.map(({ source, key, result, pageSignature }) => {
    const id = ids.get(source.file) as ArticleId;
    const analysis = result.analysis as ArticleAnalysis;
    articles.set(id, { source, key, signature: pageSignature ?? '' });
    return { id, analysis };
  });
  return { inputs, articles };
}

/**
 * Each analysis is made slim as soon as it is read (write/page-signature.ts),
 * once its page signature is recorded, so much less is held at once. The page
 * renderer reads the whole analysis back from the cache
 * for the articles it re-renders.
 */
function withoutPageParts(item: AnalysedFile): AnalysedFile {
  if (item.pageSignature !== undefined) return item;
  return { ...item, result: slimResult(item.result), pageSignature: pageSignature(item.key, item.result) };
}

/** Adds what this run analysed or read from the full cache to the analysis pack. */
function updatePack(pack: AnalysisPack, files: AnalysedFile[]): Promise<void> {
  const used: PackEntry[] = [];
  const fresh: PackEntry[] = [];
  for (const item of files) {
    if (!item.key) continue;
    const entry = { key: item.key, signature: item.pageSignature ?? '', result: item.result };
    used.push(entry);
    if (!item.packed) fresh.push(entry);
  }
  return pack.update(fresh, used);
}

async function writeOutput(
  dir: string,
  kb: KnowledgeBase,
  articles: Map<string, ArticleSource>,
  options: { cacheDir: string; jobs: number | undefined; previousDir: string },
  reuse: OutputReuse,
  phase: (name: string) => void = () => undefined,
): Promise<void> {
  for (const folder of ['articles', 'people', 'events', 'organisations', 'places']) await mkdir(path.join(dir, folder), { recursive: true });
  // Compact (pretty-printing made it much larger and slower); written while the entries are rendered.
  const kbWritten = writeJsonStreamed(path.join(dir, 'kb.json'), kb as unknown as Record<string, unknown>);
  kbWritten.catch(() => undefined); // awaited below; this only stops an early failure being "unhandled"
  phase('kb.json');

  const index = lookup(kb);
  const eventsOf = new Map<string, string[]>();
  for (const event of kb.events) {
    for (const person of event.participants) pushTo(eventsOf, person, event.id);
  }
  const spansOf = mentionSpans(kb);
  const specOf = (id: string): ArticleSpec => {
    const { source, key } = articles.get(id) as ArticleSource;
    return { file: source.file, path: source.path, key, cacheDir: options.cacheDir };
  };
  const contentSignature = (id: string): string => articles.get(id)?.signature ?? '';
  const renderPool = openRenderPool({ workers: options.jobs ?? availableParallelism() });
  let siteProblems: Problem[] = [];
  try {
    // Article entries are rendered by the pool's workers while this thread goes on with the site data.
    const entriesWritten = forEachLimited(kb.articles, 64, async (article) => {
      const source = articles.get(article.id);
      if (!source) return;
      const spans = spansOf.get(article.id) ?? [];
      const people = article.people.map((id): [string, string] => [id, index.people.get(id)?.name ?? id]);
      const events = article.events.map((id): [string, string] => [id, index.events.get(id)?.title ?? id]);
      // Everything the entry shows: the file's bytes (its cache key), its record, its links and their labels.
      const target = path.join(dir, 'articles', `${article.id}.md`);
      if (reuse.claim(target, signature(source.signature, article, spans, people, events))) return;
      await renderPool.run({ kind: 'entry', spec: specOf(article.id), entry: { target, article, spans, people, events } });
    });
    entriesWritten.catch(() => undefined); // awaited below
    // Cheap to render, so their signature is their text: an unchanged entry is linked, not rewritten.
    const put = (file: string, text: string) => reuse.write(path.join(dir, file), signature(text), () => text);
    await forEachLimited(kb.people, 16, (person) => put(`people/${person.id}.md`, personEntry(person, eventsOf.get(person.id) ?? [], index)));
    await forEachLimited(kb.organisations, 16, (org) => put(`organisations/${org.id}.md`, entityEntry('organisation', org, index)));
    await forEachLimited(kb.places, 16, (place) => put(`places/${place.id}.md`, entityEntry('place', place, index)));
    await forEachLimited(kb.events, 16, (event) => put(`events/${event.id}.md`, eventEntry(event, index)));
    phase('obsidian entries (other than articles)');

    siteProblems = await writeSiteData(kb, (id) => loadArticle(specOf(id)), path.join(dir, 'site'), {
      reuse,
      previousDir: path.join(options.previousDir, 'site'),
      articleKey: contentSignature,
      renderer: {
        share: (surnames) => renderPool.share(surnames),
        page: async (id, task) => (await renderPool.run({ kind: 'page', spec: specOf(id), page: task })) ?? {},
      },
    });
    await entriesWritten;
    phase('site data and article entries');
  } finally {
    await renderPool.close();
  }
  await reuse.save();
  await kbWritten;
  // After kb.json is written (it streams kb.problems): the report and the stamp still get them.
  kb.problems.push(...siteProblems);
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
