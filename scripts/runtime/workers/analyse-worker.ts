/**
 * Worker thread entry: turns on Node's on-disk compile cache, then starts the
 * message loop (`analyse-worker-loop.ts`). Every worker loads the whole
 * analysis code; with the cache, later workers and runs reuse its compiled
 * (and type-stripped) form instead of redoing it, a fixed CPU cost per worker.
 * The loop is imported dynamically because static imports would be loaded
 * before this module's body could turn the cache on. The messages it
 * exchanges are typed in `analyse-messages.ts`.
 */
import { useCompileCache } from '../compile-cache.ts';

useCompileCache();
await import('./analyse-worker-loop.ts');
