/** Messages between scripts/build.ts and the Astro child process (render-site.ts ↔ astro-child.ts). */

export interface ChildOptions {
  root: string;
  outDir: string;
  logLevel: 'info' | 'warn' | 'error';
}

export type ToChild = { type: 'data-ready' } | { type: 'ack' };

export type FromChild = { type: 'page'; url: string; html: string } | { type: 'done' } | { type: 'error'; message: string };

/** Pages sent to the parent but not yet taken by the search index; past this the child stops rendering until it catches up. */
export const MAX_PAGES_IN_FLIGHT = 32;
