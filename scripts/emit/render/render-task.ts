/**
 * One unit of text-bound output work (an article's site page, an article's
 * Obsidian entry): it reads the article back, renders and writes the file
 * itself. Plain data in and out, so that it runs in the main thread or in a
 * render worker (render-pool.ts) with the same result.
 */
import { writeFileSync } from 'node:fs';
import { loadArticle, readArticleText, type ArticleSpec } from '../../runtime/cache/load-article.ts';
import type { KbArticle, Span } from '../../model/model.ts';
import { articlePageWork, type ArticlePageResult, type ArticlePageTask } from '../site-data/article-page.ts';
import { articleEntry, linkedBody } from '../obsidian/obsidian-entries.ts';
import type { MentionSpan } from '../mention-spans.ts';

export interface ArticleEntryTask {
  target: string;
  article: KbArticle;
  body: Span;
  spans: MentionSpan[];
  /** Names of the people and titles of the events the entry links to. */
  people: [id: string, name: string][];
  events: [id: string, title: string][];
}

export type RenderTask = { kind: 'page'; spec: ArticleSpec; page: ArticlePageTask } | { kind: 'entry'; spec: ArticleSpec; entry: ArticleEntryTask };

export type RenderResult = ArticlePageResult | null;

export async function runRenderTask(task: RenderTask, surnames: ReadonlySet<string>): Promise<RenderResult> {
  if (task.kind === 'page') return articlePageWork(task.page, await loadArticle(task.spec), surnames);
  const { target, article, body, spans, people, events } = task.entry;
  const labels = {
    people: new Map(people.map(([id, name]) => [id, { name }])),
    events: new Map(events.map(([id, title]) => [id, { title }])),
  };
  writeFileSync(target, articleEntry(article, linkedBody(readArticleText(task.spec), body, spans), labels));
  return null;
}
