/**
 * Worker thread entry: turns on Node's on-disk compile cache, then starts the
 * message loop (`analyse-worker-loop.ts`). Every worker loads the whole
 * analysis code; with the cache, later workers and runs reuse its compiled
 * (and type-stripped) form instead of redoing it, ~0.4 s of CPU per worker.
 * The loop is imported dynamically because static imports would be loaded
 * before this module's body could turn the cache on.
 */
import { useCompileCache } from '../compile-cache.ts';

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

useCompileCache();
await import('./analyse-worker-loop.ts');
