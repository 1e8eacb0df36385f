/**
 * Run the ingest (`scripts/ingest.ts`, same flags, same output) as a child
 * process (through ingest-child.ts, which stops it if the build dies). The site build's memory peak comes later, while Pagefind writes
 * its index; by then the ingest's process, with everything it loaded and
 * allocated (dictionaries, the knowledge base, native buffers V8 would not
 * hand back), is gone.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FatalError } from '../../util/fatal-error.ts';

const INGEST = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));

export interface IngestFlags {
  content: string;
  out: string;
  cache: string;
  jobs?: string;
  quiet?: boolean;
}

/** Resolves with the ingest's wall time in seconds; rejects (FatalError) when it fails, after it has printed why. */
export function runIngest(flags: IngestFlags): Promise<number> {
  const started = performance.now();
  const args = [INGEST, '--content', flags.content, '--out', flags.out, '--cache', flags.cache];
  if (flags.jobs !== undefined) args.push('--jobs', flags.jobs);
  if (flags.quiet) args.push('--quiet');
  // The IPC channel only tells the ingest when this process dies (ingest-child.ts).
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new FatalError(`Could not start the ingest: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new FatalError(`The ingest failed (${signal ?? `exit code ${code}`}), so the site was not built.`));
    });
  });
}
