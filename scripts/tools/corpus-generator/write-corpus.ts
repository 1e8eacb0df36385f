/**
 * Stream a synthetic corpus to disk, one article at a time (memory stays flat
 * at 100k articles): `<out>/articles/<NNNN>/<index>-<slug>.<ext>` with at most
 * FILES_PER_FOLDER files per folder, plus three files beside `articles/`:
 * `manifest.jsonl` (one line per file: what it is about, ground truth),
 * `truth.json` (cast and events) and `corpus.json` (summary, written last so
 * its presence means the corpus is complete).
 */
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BAD_FILE_RATE, BAD_KINDS, makeBadFile, type BadFile, type BadKind } from './bad-files.ts';
import { isoDay } from './dates.ts';
import { planArticle } from './plan-article.ts';
import { createRng, hashSeed } from './prng.ts';
import { renderArticle, toMarkdown, toSeedText } from './render-article.ts';
import { PLACES } from './cast.ts';
import { buildWorld, type World } from './world.ts';

/** Bump when the output for a given seed changes (the bench cache keys on it). */
export const CORPUS_GENERATOR_VERSION = '1';
export const FILES_PER_FOLDER = 1000;

export interface CorpusOptions {
  articles: number;
  out: string;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ManifestEntry {
  file: string;
  lang: string;
  format: 'txt' | 'md';
  date: string;
  event: string;
  status: string;
  people: string[];
  words: number;
  bad: BadKind | null;
}

export interface CorpusSummary {
  generator: string;
  version: string;
  seed: number;
  articles: number;
  /** Words in the title and body of readable (non-bad) articles. */
  words: number;
  badFiles: number;
  badByKind: Partial<Record<BadKind, number>>;
  byLang: Record<string, number>;
  byFormat: Record<string, number>;
  folders: number;
  people: number;
  events: number;
}

export function articlePath(index: number, slug: string, ext: string): string {
  const folder = String(Math.floor(index / FILES_PER_FOLDER)).padStart(4, '0');
  return `articles/${folder}/${String(index).padStart(6, '0')}-${slug}.${ext}`;
}

function writeTruth(world: World, out: string): void {
  const truth = {
    people: world.cast.map((p) => ({
      id: p.id,
      gender: p.gender,
      origin: p.origin,
      names: Object.fromEntries((['ru', 'uk', 'en'] as const).map((l) => [l, `${p.names[l].first.nom} ${p.names[l].last.nom}`])),
      role: p.role,
    })),
    events: world.events.map((e) => ({
      id: e.id,
      // Talks are a template kind of the generator; the knowledge base calls them meetings.
      type: e.type === 'talks' ? 'meeting' : e.type,
      status: e.status,
      date: isoDay(e.day),
      place: PLACES[e.place].id,
      participants: e.people.slice(0, e.participantCount).map((i) => world.cast[i].id),
      ...(e.followsUp === undefined ? {} : { followsUp: e.followsUp }),
    })),
  };
  writeFileSync(path.join(out, 'truth.json'), JSON.stringify(truth, null, 1) + '\n');
}

/** Remove what an earlier run of the generator wrote (and nothing else). */
export function cleanCorpus(out: string): void {
  for (const name of ['articles', 'manifest.jsonl', 'truth.json', 'corpus.json']) {
    rmSync(path.join(out, name), { recursive: true, force: true });
  }
}

export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const { articles, out, seed } = options;
  const world = buildWorld(seed, articles);
  mkdirSync(out, { recursive: true });
  writeTruth(world, out);
  const manifest = openSync(path.join(out, 'manifest.jsonl'), 'w');
  const summary: CorpusSummary = {
    generator: 'letopis-corpus', version: CORPUS_GENERATOR_VERSION, seed, articles, words: 0, badFiles: 0,
    badByKind: {}, byLang: {}, byFormat: {}, folders: 0, people: world.cast.length, events: world.events.length,
  };
  let lastGood: BadFile | null = null;
  try {
    for (let i = 0; i < articles; i++) {
      const plan = planArticle(world, i);
      const article = renderArticle(world, plan);
      // A separate stream decides damage, so bad files do not shift the good ones.
      const badRng = createRng(hashSeed(seed, 'bad', i));
      const bad: BadKind | null = badRng.chance(BAD_FILE_RATE) ? badRng.pick(BAD_KINDS) : null;
      let file: BadFile;
      if (bad === null) {
        const text = plan.format === 'txt' ? toSeedText(article) : toMarkdown(article);
        file = { ext: plan.format, bytes: Buffer.from(text, 'utf8') };
        lastGood = file;
        summary.words += article.words;
      } else {
        file = makeBadFile(bad, article, plan.format, badRng, lastGood);
        summary.badFiles++;
        summary.badByKind[bad] = (summary.badByKind[bad] ?? 0) + 1;
      }
      const rel = articlePath(i, article.slug, file.ext);
      const abs = path.join(out, rel);
      if (i % FILES_PER_FOLDER === 0) {
        mkdirSync(path.dirname(abs), { recursive: true });
        summary.folders++;
      }
      writeFileSync(abs, file.bytes);
      summary.byLang[plan.lang] = (summary.byLang[plan.lang] ?? 0) + 1;
      summary.byFormat[file.ext] = (summary.byFormat[file.ext] ?? 0) + 1;
      const entry: ManifestEntry = {
        file: rel,
        lang: plan.lang,
        format: file.ext,
        date: article.date,
        event: plan.event.id,
        status: plan.reportedStatus,
        people: plan.event.people.slice(0, plan.event.participantCount).map((p) => world.cast[p].id),
        words: bad === null ? article.words : 0,
        bad,
      };
      writeSync(manifest, JSON.stringify(entry) + '\n');
      if (options.onProgress !== undefined && (i + 1) % 1000 === 0) options.onProgress(i + 1, articles);
    }
  } finally {
    closeSync(manifest);
  }
  writeFileSync(path.join(out, 'corpus.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

export function isCompleteCorpus(out: string): boolean {
  return existsSync(path.join(out, 'corpus.json'));
}
