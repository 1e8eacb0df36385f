/**
 * Worker thread entry: turns on Node's on-disk compile cache, then starts the
 * message loop (`analyse-worker-loop.ts`). Every worker loads the whole
 * analysis code; with the cache, later workers and runs reuse its compiled
 * (and type-stripped) form instead of redoing it, ~0.4 s of CPU per worker.
 * The loop is imported dynamically because static imports would be loaded
 * before this module's body could turn the cache on.
 */
import module from 'node:module';

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

/** A file's analysis, as `JSON.stringify(FileAnalysis)`. */
export interface WorkerResult {
  id: number;
  json: string;
}

// (Node's default cache folder under the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off.)
module.enableCompileCache?.();
await import('./analyse-worker-loop.ts');
