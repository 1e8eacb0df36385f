/**
 * Render workers for the text-bound output work (render-task.ts): after the
 * knowledge base is built, writing a cold output was a long stretch of one
 * thread reading texts and analyses back, scanning and rendering them, while
 * the other core idled. A run that re-renders only a handful of pages
 * (an incremental one) never starts a worker: the first `threshold` tasks run
 * in this thread, and workers start only once more arrive.
 *
 * Output does not depend on where a task ran: each writes its own file and
 * returns plain data; the caller combines results in its own order.
 */
import { Worker } from 'node:worker_threads';
import { FatalError } from '../../util/fatal-error.ts';
import { runRenderTask, type RenderResult, type RenderTask } from './render-task.ts';

export interface RenderPool {
  /** The surname keys full scans look for; call before the page tasks that need them. */
  share(surnames: readonly string[]): void;
  run(task: RenderTask): Promise<RenderResult>;
  /** Ends the workers (after every task has settled). */
  close(): Promise<void>;
}

export type RenderMessage = { share: string[] } | { id: number; task: RenderTask };
export type RenderReply = { id: number; result: RenderResult } | { id: number; error: string; fatal: boolean };

interface Slot {
  worker: Worker;
  busy: number;
}

export function openRenderPool(options: { workers: number; threshold?: number }): RenderPool {
  const threshold = options.threshold ?? 200;
  let surnames = new Set<string>();
  let shared: string[] = [];
  let submitted = 0;
  let slots: Slot[] | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: RenderResult) => void; reject: (e: Error) => void; slot: Slot }>();

  const start = (): Slot[] =>
    Array.from({ length: options.workers }, () => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
      const slot: Slot = { worker, busy: 0 };
      worker.postMessage({ share: shared } satisfies RenderMessage);
      worker.on('message', (reply: RenderReply) => {
        const job = pending.get(reply.id);
        if (!job) return;
        pending.delete(reply.id);
        slot.busy--;
        if ('error' in reply) job.reject(reply.fatal ? new FatalError(reply.error) : new Error(reply.error));
        else job.resolve(reply.result);
      });
      worker.on('error', (error) => {
        for (const [id, job] of pending) {
          if (job.slot !== slot) continue;
          pending.delete(id);
          job.reject(error as Error);
        }
      });
      return slot;
    });

  return {
    share(list) {
      shared = [...list];
      surnames = new Set(shared);
      for (const slot of slots ?? []) slot.worker.postMessage({ share: shared } satisfies RenderMessage);
    },
    run(task) {
      submitted++;
      if (!slots && options.workers > 0 && submitted > threshold) slots = start();
      if (!slots) return runRenderTask(task, surnames);
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      const id = nextId++;
      return new Promise<RenderResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, task } satisfies RenderMessage);
      });
    },
    async close() {
      await Promise.all((slots ?? []).map((slot) => slot.worker.terminate()));
      slots = null;
    },
  };
}
