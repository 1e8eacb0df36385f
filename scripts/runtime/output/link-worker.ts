/** Worker thread of link-files.ts: makes the links of each batch it is sent, in order, and says whether all were made. */
import { parentPort } from 'node:worker_threads';
import { linkOrCopy, type LinkBatch, type LinkReply } from './link-files.ts';

parentPort?.on('message', (batch: LinkBatch) => {
  let reply: LinkReply = { ok: true };
  try {
    for (const [from, to] of batch) linkOrCopy(from, to);
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error), code: (error as NodeJS.ErrnoException).code };
  }
  parentPort?.postMessage(reply);
});
