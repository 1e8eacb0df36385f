/**
 * The hard links that carry the previous output's unchanged files into the
 * staging folder. A large output has several files per article, and each link
 * costs system time: in this thread they held up an incremental run's main
 * thread while the other cores idled. Past `workerFrom` expected
 * links they are made by a worker thread, in batches, while the main thread
 * goes on rendering; `done()` is awaited before the manifest is written.
 *
 * Where a link cannot be made (a file system without hard links, too many
 * links to one file) the file is copied: the same bytes either way.
 */
import { copyFileSync, linkSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface FileLinker {
  /** Make `to` a hard link to (or a copy of) `from`, now or soon. */
  link(from: string, to: string): void;
  /** Resolves once every link is made; rejects with the first failure (its `code` kept). */
  done(): Promise<void>;
  /** Stops making links (the run failed and its staging folder is being thrown away). */
  cancel(): Promise<void>;
}

/** One link, or a copy where links cannot be made; what both threads run. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EMLINK' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    copyFileSync(from, to);
  }
}

export type LinkBatch = [from: string, to: string][];
export type LinkReply = { ok: true } | { ok: false; message: string; code: string | undefined };

/** Links queued before a batch is handed to the worker. */
const BATCH = 512;
/** Fewer expected links than this are made in this thread: starting a worker costs more than they do. */
export const LINK_WORKER_FROM = 2000;

export function openFileLinker(expected: number, workerFrom = LINK_WORKER_FROM): FileLinker {
  if (expected < workerFrom) {
    let failure: unknown = null;
    return {
      link(from, to) {
        if (failure !== null) return;
        try {
          linkOrCopy(from, to);
        } catch (error) {
          failure = error;
        }
      },
      done: () => (failure === null ? Promise.resolve() : Promise.reject(failure)),
      cancel: async () => undefined,
    };
  }

  const worker = new Worker(new URL('./link-worker.ts', import.meta.url));
  // A run that fails before `done()` must still exit.
  worker.unref();
  let batch: LinkBatch = [];
  let sent = 0;
  let answered = 0;
  let failure: Error | null = null;
  let settle: (() => void) | null = null;
  const finished = () => answered === sent && settle?.();
  worker.on('message', (reply: LinkReply) => {
    answered++;
    if (!reply.ok && failure === null) failure = Object.assign(new Error(reply.message), { code: reply.code });
    finished();
  });
  worker.on('error', (error: Error) => {
    failure ??= error;
    answered = sent;
    finished();
  });
  const flush = () => {
    if (batch.length === 0) return;
    worker.postMessage(batch);
    sent++;
    batch = [];
  };
  return {
    link(from, to) {
      batch.push([from, to]);
      if (batch.length >= BATCH) flush();
    },
    async done() {
      flush();
      if (answered < sent) await new Promise<void>((resolve) => (settle = resolve));
      await worker.terminate();
      if (failure) throw failure;
    },
    async cancel() {
      batch = [];
      await worker.terminate();
    },
  };
}
