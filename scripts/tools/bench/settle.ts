/**
 * Before a measured step: wait until the replaced outputs of the previous
 * steps are deleted (a run hands them to a background process, see
 * write/output-dir.ts), the disk has written back what they wrote, and the
 * machine is quiet again. Back to back, a step paid for the one before it:
 * deleting a replaced large output and flushing the fresh one competed for
 * the virtual disk, and the same incremental run took much longer in one
 * bench than in the next. The virtual disk stays busy for a while
 * after `sync` returns (it discards the freed blocks), which only the
 * kernel's pressure figures show.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Share of the last 10 s in which some task waited for the disk or a CPU, in % (Linux PSI); null where unavailable. */
export function pressure(resource: 'io' | 'cpu'): number | null {
  try {
    const line = readFileSync(`/proc/pressure/${resource}`, 'utf8').split('\n').find((l) => l.startsWith('some '));
    const value = Number(/avg10=([\d.]+)/.exec(line ?? '')?.[1]);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** Highest pressure a step may start at: the idle machine reads 0–2 %. */
const QUIET = { io: 5, cpu: 10 };

/** Resolves with the seconds spent waiting. */
export async function settle(work: string, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  const trash = path.join(work, '.letopis-trash');
  const until = Date.now() + timeoutMs;
  while (existsSync(trash) && Date.now() < until) await sleep(200);
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // No `sync` (not POSIX): the step is measured as it is.
  }
  const quietBy = Date.now() + 60_000;
  const busy = (): boolean => (pressure('io') ?? 0) > QUIET.io || (pressure('cpu') ?? 0) > QUIET.cpu;
  while (busy() && Date.now() < quietBy) await sleep(500);
  return (Date.now() - started) / 1000;
}
