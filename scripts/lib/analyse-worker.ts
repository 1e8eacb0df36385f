/**
 * Worker thread: analyses the files it is sent and writes their analyses to
 * the cache. Dictionaries are loaded once per worker.
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

const ready = prepareAnalysis();

parentPort?.on('message', async (task: WorkerTask) => {
  await ready;
  const result = await analyseFile(task.file, task.path);
  try {
    await writeCached(task.cacheDir, task.key, result);
  } catch {
    // A cache that cannot be written only costs speed next time.
  }
  parentPort?.postMessage({ id: task.id, result });
});
