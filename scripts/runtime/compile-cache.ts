/**
 * Node's on-disk compile cache for the command-line entry points. Compiling
 * (and stripping the types of) the modules an ingest loads is a fixed cost of
 * every run, most of an incremental run's start-up; with the cache a second
 * run reuses the compiled code. Node keys entries by file content, so an
 * edited module is compiled afresh. Entry points call this, then import
 * their command dynamically: static imports are compiled before any code runs.
 */
import { enableCompileCache } from 'node:module';

export function useCompileCache(): void {
  // A read-only or missing temp folder only costs the speed-up, never the run.
  try {
    enableCompileCache();
  } catch {
    // ignore
  }
}
