/**
 * The analysis worker's message loop (started by `analyse-worker.ts` once the
 * compile cache is on): analyses the files it is sent and writes their
 * analyses to the cache. Dictionaries are loaded once per worker. The result
 * is posted before the cache write, so the main thread takes it in meanwhile;
 * `flush` waits for every pending write before the worker is ended. The result travels as JSON text: posting a string is a plain
 * copy, while a structured clone of the analysis's object graph cost the
 * workers a noticeable share of their time. Only the slim analysis is sent (see WorkerResult).
 */
import { parentPort } from 'node:worker_threads';
import { analyseFile } from '../../article/analyse-file.ts';
import { writeCached } from '../cache/analysis-cache.ts';
import type { WorkerFlush, WorkerResult, WorkerTask } from './analyse-messages.ts';
import { prepareAnalysis } from '../../article/prepare-analysis.ts';
import { pageSignature, slimResult } from '../output/page-signature.ts';

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
  // A cache that cannot be written only costs speed next time.
  const write = writeCached(message.cacheDir, message.key, JSON.stringify(result)).catch(() => undefined);
  pending.add(write);
  void write.then(() => pending.delete(write));
});
