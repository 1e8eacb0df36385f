/** Messages between the main thread (pipeline/analyse-corpus.ts) and an analysis worker. */

export interface WorkerTask {
  id: number;
  file: string;
  path: string;
  key: string;
  cacheDir: string;
}

/** Sent last: the worker answers `{ flushed: true }` once its cache writes are done. */
export interface WorkerFlush {
  flush: true;
}

/**
 * A file's analysis without its page parts, as JSON, and their signature
 * (write/page-signature.ts): the main thread holds only slim analyses, so the
 * whole one is written to the cache in the worker and never sent.
 */
export interface WorkerResult {
  id: number;
  slim: string;
  pageSignature: string;
}
