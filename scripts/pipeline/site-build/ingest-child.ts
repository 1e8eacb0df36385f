/**
 * `scripts/ingest.ts` as a child of scripts/build.ts, tied to its parent: if
 * the build dies (even SIGKILL), the IPC channel closes and the ingest stops
 * as if killed too (the ingest is crash-safe; the next run recovers), instead
 * of running on as an orphan that holds the output lock.
 */
import { useCompileCache } from '../../runtime/compile-cache.ts';

process.on('disconnect', () => process.exit(1));
// The channel is only a lifeline; it must not keep the ingest alive once it is done.
process.channel?.unref();
useCompileCache();
await import('../ingest-command.ts');
