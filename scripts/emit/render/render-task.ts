/**
 * One unit of text-bound output work (an article's site page, an article's
 * Obsidian entry): it reads the article back, renders and writes the file
 * itself. Plain data in and out, so that it runs in the main thread or in a
 * render worker (render-pool.ts) with the same result.
 */
import { writeFileSync } from 'node:fs';
import { loadArticle, type ArticleSpec } from '../../runtime/cache/load-article.ts';
import type { KbArticle } from '../../model/model.ts';
import { articlePageWork, type ArticlePageResult, type ArticlePageTask } from '../site-data/article-page.ts';
import { articleEntryBody } from '../obsidian/article-entry-body.ts';
import { articleEntry } from '../obsidian/obsidian-entries.ts';
import type { MentionSpan } from '../mention-spans.ts';

export interface ArticleEntryTask {
  target: string;
  article: KbArticle;
  spans: MentionSpan[];
  /** Names of the people and titles of the events the entry links to. */
  people: [id: string, name: string][];
  events: [id: string, title: string][];
}

export type RenderTask = { kind: 'page'; spec: ArticleSpec; page: ArticlePageTask } | { kind: 'entry'; spec: ArticleSpec; entry: ArticleEntryTask };

export type RenderResult = ArticlePageResult | null;

export async function runRenderTask(task: RenderTask, surnames: ReadonlySet<string>): Promise<RenderResult> {
  if (task.kind === 'page') return articlePageWork(task.page, await loadArticle(task.spec), surnames, task.spec);
  const { target, article, spans, people, events } = task.entry;
  const labels = {
    people: new Map(people.map(([id, name]) => [id, { name }])),
    events: new Map(events.map(([id, title]) => [id, { title }])),
  };
  const loaded = await loadArticle(task.spec);
  writeFileSync(target, articleEntry(article, articleEntryBody(loaded.text, loaded.analysis, spans).markdown, labels));
  return null;
}
