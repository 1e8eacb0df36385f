/** Worker thread of render-pool.ts: runs the render tasks it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { FatalError } from '../../util/fatal-error.ts';
import type { RenderMessage, RenderReply } from './render-pool.ts';
import { runRenderTask } from './render-task.ts';

let surnames = new Set<string>();

parentPort?.on('message', async (message: RenderMessage) => {
  if ('share' in message) {
    surnames = new Set(message.share);
    return;
  }
  let reply: RenderReply;
  try {
    reply = { id: message.id, result: await runRenderTask(message.task, surnames) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error), fatal: error instanceof FatalError };
  }
  parentPort?.postMessage(reply);
});
