/**
 * The events eval and tests run the real stages: `analyseArticle` per file
 * (read → language → segment → entities → events), then the corpus stages
 * (resolveEntities → clusterEvents), over a plain folder of articles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../../article/analyse-article.ts';
import { type ArticleInput, resolveEntities } from '../../corpus/resolve-entities.ts';
import type { ArticleAnalysis, KbEvent, KbPerson } from '../../model/model.ts';
import { articleId } from '../../model/ids.ts';
import { prepareAnalysis } from '../../article/prepare-analysis.ts';
import { decodeText } from '../../article/read/decode-text.ts';
import { clusterEvents } from '../../corpus/cluster-events.ts';

export interface EventRun {
  inputs: ArticleInput[];
  events: KbEvent[];
  people: KbPerson[];
}

/** Analyse one article file (call `prepareAnalysis()` first for full quality). */
export function analyseForEvents(dir: string, file: string): ArticleAnalysis {
  const { decoded } = decodeText(file, new Uint8Array(readFileSync(path.join(dir, file))));
  if (!decoded) throw new Error(`cannot decode ${file}`);
  return analyseArticle(decoded);
}

/** Analyse `files` under `dir`, resolve entities across them and cluster the events. */
export async function runEventStages(dir: string, files: readonly string[]): Promise<EventRun> {
  await prepareAnalysis();
  const inputs: ArticleInput[] = files.map((file) => ({ id: articleId(file.replace(/\.[^.]+$/, '')), analysis: analyseForEvents(dir, file) }));
  const resolved = resolveEntities(inputs, { people: [], notPeople: [] });
  const events = clusterEvents(inputs, resolved.links, resolved.people, resolved.places);
  return { inputs, events, people: resolved.people };
}
