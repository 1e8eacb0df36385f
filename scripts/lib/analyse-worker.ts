/**
 * Worker thread: analyses the files it is sent and writes their analyses to
 * the cache. Dictionaries are loaded once per worker. The result is posted
 * before the cache write finishes, so the next file's analysis overlaps the
 * write; `flush` waits for every pending write before the worker is ended.
 * The result travels as JSON text: posting a string is a plain copy, while a
 * structured clone of the analysis's object graph cost the workers ~7% of
 * their time. Only the slim analysis is sent (see WorkerResult).
 */
import { parentPort } from 'node:worker_threads';
import { analyseFile } from './analyse-file.ts';
import { writeCached } from './analysis-cache.ts';
import { prepareAnalysis } from './prepare-analysis.ts';
import { pageSignature, slimResult } from './write/page-signature.ts';

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
 * whole one is written to the cache here and never sent.
 */
export interface WorkerResult {
  id: number;
  slim: string;
  pageSignature: string;
}

const ready = prepareAnalysis();
const pending = new Set<Promise<void>>();

parentPort?.on('message', async (message: WorkerTask | WorkerFlush) => {
  if ('flush' in message) {
    await Promise.all(pending);
    parentPort?.postMessage({ flushed: true });
    return;
  }
  await ready;
  const result = await analyseFile(message.file, message.path);
  const slim = JSON.stringify(slimResult(result));
  parentPort?.postMessage({ id: message.id, slim, pageSignature: pageSignature(message.key, result) } satisfies WorkerResult);
  const json = JSON.stringify(result);
  // A cache that cannot be written only costs speed next time.
  const write = writeCached(message.cacheDir, message.key, json).catch(() => undefined);
  pending.add(write);
  void write.then(() => pending.delete(write));
});
