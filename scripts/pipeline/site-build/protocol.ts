/** Messages between scripts/build.ts and the Astro child process (render-site.ts ↔ astro-child.ts). */

export interface ChildOptions {
  root: string;
  outDir: string;
  logLevel: 'info' | 'warn' | 'error';
}

export type ToChild = { type: 'data-ready' } | { type: 'ack' };

export type FromChild =
  | { type: 'page'; url: string; html: string }
  | { type: 'progress'; rendered: number; total: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** The Astro child reports its render progress at most this often. */
export const PROGRESS_INTERVAL_MS = 2000;

/** Pages sent to the parent but not yet taken by the search index; past this the child stops rendering until it catches up. */
export const MAX_PAGES_IN_FLIGHT = 32;
