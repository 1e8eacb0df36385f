/**
 * A pool of analysis worker threads that survives its workers. A worker can
 * die mid-article (out of memory on a pathological file, killed): the pool
 * then starts a new one in its place and sends the article again, once; an
 * article whose analysis kills a worker twice is reported as a problem for
 * that file, and every other article is still analysed. Without this, a dead
 * worker stayed in the rotation and the run waited for its answer forever.
 */
import { Worker } from 'node:worker_threads';
import type { FileAnalysis } from '../../article/analyse-file.ts';
import type { Problem } from '../../model/model.ts';
import type { WorkerFlush, WorkerResult, WorkerTask } from './analyse-messages.ts';

export interface PoolItem {
  source: { file: string; path: string };
  key: string;
}

export interface PoolOptions {
  workers: number;
  cacheDir: string;
  /** Called once per item, in completion order: its slim analysis and page signature. */
  done: (at: number, slim: FileAnalysis, pageSignature: string) => void;
  /** Starts a worker (tests pass one they can kill). */
  spawn?: () => Worker;
}

const spawnAnalysisWorker = (): Worker => new Worker(new URL('./analyse-worker.ts', import.meta.url));

/** How an article is reported when its analysis killed a worker twice. */
export function workerDiedTwice(file: string, reason: string): FileAnalysis {
  const problem: Problem = {
    file,
    severity: 'error',
    message: `Analysing this file stopped its worker twice (${reason}); the article is skipped. If the file is very large, split it; otherwise please report it.`,
  };
  return { analysis: null, problems: [problem], textHash: null };
}

const describeExit = (error: unknown, code: number | null): string =>
  error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : `exit code ${code ?? 'unknown'}`;

/** Analyse `items` in `options.workers` threads; resolves when every item is done and every cache write is flushed. */
export function analyseInPool(items: readonly PoolItem[], options: PoolOptions): Promise<void> {
  const spawn = options.spawn ?? spawnAnalysisWorker;
  const queue: number[] = items.map((_, i) => i);
  const attempts = new Map<number, number>();
  const live = new Set<Worker>();
  let pending = items.length;

  return new Promise<void>((resolve, reject) => {
    let failed = false;
    // Set once every item is done: workers then exit because they are told to, not because they died.
    let finishing = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      for (const worker of live) void worker.terminate();
      reject(error);
    };
    const finishIfDone = (): void => {
      if (pending > 0 || failed || finishing) return;
      finishing = true;
      void flushAll().then(resolve, fail);
    };
    const flushAll = async (): Promise<void> => {
      await Promise.all([...live].map(flush));
      await Promise.all([...live].map((worker) => worker.terminate()));
    };

    const start = (): void => {
      const worker = spawn();
      live.add(worker);
      let current: number | null = null;
      let dead = false;
      const sendNext = (): void => {
        current = queue.shift() ?? null;
        if (current === null) return;
        const { source, key } = items[current]!;
        worker.postMessage({ id: current, file: source.file, path: source.path, key, cacheDir: options.cacheDir } satisfies WorkerTask);
      };
      const died = (reason: string): void => {
        if (dead) return;
        dead = true;
        live.delete(worker);
        void worker.terminate();
        if (current !== null) {
          const tries = (attempts.get(current) ?? 0) + 1;
          attempts.set(current, tries);
          if (tries >= 2) {
            pending--;
            try {
              options.done(current, workerDiedTwice(items[current]!.source.file, reason), '');
            } catch (error) {
              return fail(error);
            }
          } else queue.unshift(current);
        }
        // A replacement only while there is work left and fewer workers than asked for.
        if (queue.length > 0 && !failed) start();
        finishIfDone();
      };
      worker.on('message', (message: WorkerResult | { flushed: true }) => {
        if ('flushed' in message || current === null || message.id !== current) return;
        pending--;
        try {
          options.done(message.id, JSON.parse(message.slim) as FileAnalysis, message.pageSignature);
        } catch (error) {
          return fail(error);
        }
        sendNext();
        finishIfDone();
      });
      worker.on('error', (error) => {
        if (!finishing) died(describeExit(error, null));
      });
      worker.on('exit', (code) => {
        if (live.has(worker) && !finishing) died(describeExit(null, code));
      });
      sendNext();
    };

    if (items.length === 0) return resolve();
    for (let i = 0; i < Math.min(options.workers, items.length); i++) start();
  });
}

/** Ask a worker to finish its cache writes; a worker that dies meanwhile has nothing left to flush. */
function flush(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: { flushed?: true }): void => {
      if (!message.flushed) return;
      cleanup();
      resolve();
    };
    const onExit = (): void => {
      cleanup();
      resolve();
    };
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.postMessage({ flush: true } satisfies WorkerFlush);
  });
}
