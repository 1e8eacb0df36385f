/**
 * Run the per-article stages an event needs (read → language → segment →
 * entities → events) and the corpus stages (resolve → cluster) over a folder
 * of articles. Shared by the events eval and the events tests; the real
 * pipeline lives in scripts/lib/pipeline.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleAnalysis, KbEntity, KbEvent, KbPerson } from '../model.ts';
import { decodeText } from '../read/decode-text.ts';
import { parseArticle } from '../read/parse-article.ts';
import { detectLanguage } from '../detect-language.ts';
import { segment } from '../segment.ts';
import { findEntities } from '../entities/find-entities.ts';
import { initMorphology } from '../entities/morphology.ts';
import { type ArticleInput, resolveEntities } from '../entities/resolve-entities.ts';
import { extractEvents } from './extract-events.ts';
import { clusterEvents } from './cluster-events.ts';

export interface EventRun {
  inputs: ArticleInput[];
  events: KbEvent[];
  people: KbPerson[];
}

/** Analyse one article file (events included). */
export function analyseForEvents(dir: string, file: string): ArticleAnalysis {
  const bytes = readFileSync(path.join(dir, file));
  const { decoded } = decodeText(file, new Uint8Array(bytes));
  if (!decoded) throw new Error(`cannot decode ${file}`);
  const article = parseArticle(decoded);
  const lang = detectLanguage(article);
  const sentences = segment(article);
  const entities = findEntities(article, lang, sentences);
  const events = extractEvents(article, lang, sentences, entities);
  const { text: _text, ...rest } = article;
  void _text;
  return { version: 'events-eval', article: rest, lang, sentences, entities, events, wordCount: 0 };
}

/** Analyse `files` under `dir`, resolve entities across them and cluster the events. */
export async function runEventStages(dir: string, files: readonly string[]): Promise<EventRun> {
  await initMorphology();
  const inputs: ArticleInput[] = files.map((file) => ({ id: file.replace(/\.[^.]+$/, ''), analysis: analyseForEvents(dir, file) }));
  const resolved = resolveEntities(inputs, { people: [], notPeople: [] });
  const places: KbEntity[] = resolved.places;
  const events = clusterEvents(inputs, resolved.links, resolved.people, places);
  return { inputs, events, people: resolved.people };
}
