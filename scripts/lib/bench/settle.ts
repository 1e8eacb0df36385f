/**
 * Before a measured step: wait until the replaced outputs of the previous
 * steps are deleted (a run hands them to a background process, see
 * write/output-dir.ts) and the disk has written back what they wrote. Back to
 * back, a step paid for the one before it: deleting a replaced 10k output
 * (31k files) and flushing ~550 MB of fresh output competed for the virtual
 * disk, and an incremental run took 8.8 s in one bench and 12.4 s in the next.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export async function settle(work: string, timeoutMs = 120_000): Promise<void> {
  const trash = path.join(work, '.letopis-trash');
  const until = Date.now() + timeoutMs;
  while (existsSync(trash) && Date.now() < until) await sleep(200);
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // No `sync` (not POSIX): the step is measured as it is.
  }
}
