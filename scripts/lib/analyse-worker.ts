/**
 * Worker thread: analyses the files it is sent and writes their analyses to
 * the cache. Dictionaries are loaded once per worker. The result is posted
 * before the cache write finishes, so the next file's analysis overlaps the
 * write; `flush` waits for every pending write before the worker is ended.
 */
import { parentPort } from 'node:worker_threads';
import { analyseFile } from './analyse-file.ts';
import { writeCached } from './analysis-cache.ts';
import { prepareAnalysis } from './prepare-analysis.ts';

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
  parentPort?.postMessage({ id: message.id, result });
  // A cache that cannot be written only costs speed next time.
  const write = writeCached(message.cacheDir, message.key, result).catch(() => undefined);
  pending.add(write);
  void write.then(() => pending.delete(write));
});
