/**
 * npm run ingest -- [--content <dir>] [--out <dir>] [--cache <dir>] [--jobs N] [--quiet]
 *
 * Reads every article under the content folder and writes <out>/kb.json plus
 * Obsidian-compatible entries. Exit 0 when the run completed (even with
 * problems in some articles), 1 on a fatal error.
 */
import { useCompileCache } from './runtime/compile-cache.ts';

useCompileCache();
await import('./pipeline/ingest-command.ts');
