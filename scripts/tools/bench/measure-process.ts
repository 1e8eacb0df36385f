/**
 * Run a command as a child process and measure wall time and peak memory of
 * its whole process tree (workers included): /proc is polled for the tree's
 * summed VmRSS and each process's VmHWM, and when /usr/bin/time exists it
 * also reports the largest descendant's max RSS. The peak is the largest of
 * these, so short-lived workers between polls are still mostly covered.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measurement {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  peakRssMb: number | null;
  stdout: string;
  stderr: string;
  /** Why the step failed (exit code, spawn error, timeout), or null. */
  error: string | null;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  pollMs?: number;
  /** Forward the child's stderr live (progress output), besides capturing it. */
  echo?: boolean;
}

const GNU_TIME = '/usr/bin/time';
const MAX_CAPTURE = 4 * 1024 * 1024;

function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m === null ? 0 : Number(m[1]);
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text !== '') for (const c of text.split(/\s+/)) out.push(Number(c));
    }
  } catch {
    // the process exited between listing and reading
  }
  return out;
}

function processTree(root: number): number[] {
  const seen: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    seen.push(pid);
    stack.push(...childrenOf(pid));
  }
  return seen;
}

export function measure(command: string, args: string[], options: MeasureOptions = {}): Promise<Measurement> {
  const useTime = existsSync(GNU_TIME) && existsSync('/proc/self/status');
  const timeDir = useTime ? mkdtempSync(path.join(tmpdir(), 'letopis-time-')) : null;
  const timeFile = timeDir === null ? null : path.join(timeDir, 'time.txt');
  const [cmd, argv] = timeFile === null ? [command, args] : [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]];
  const started = performance.now();
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let treePeakKb = 0;
    const hwm = new Map<number, number>();
    let spawnError: string | null = null;
    let timedOut = false;
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_CAPTURE) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (options.echo) process.stderr.write(chunk);
      if (stderr.length < MAX_CAPTURE) stderr += chunk.toString('utf8');
    });
    const poll = (): void => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        sum += readStatusKb(pid, 'VmRSS');
        const h = readStatusKb(pid, 'VmHWM');
        if (h > (hwm.get(pid) ?? 0)) hwm.set(pid, h);
      }
      if (sum > treePeakKb) treePeakKb = sum;
    };
    const timer = setInterval(poll, options.pollMs ?? 50);
    const killer = options.timeoutMs === undefined ? null : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (killer !== null) clearTimeout(killer);
      const seconds = (performance.now() - started) / 1000;
      let timeKb = 0;
      if (timeFile !== null) {
        try {
          const m = /(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8').trim());
          if (m !== null) timeKb = Number(m[1]);
        } catch {
          // no report: the command could not be started
        }
        rmSync(timeDir as string, { recursive: true, force: true });
      }
      // /usr/bin/time's own few MB are in the tree sum; negligible next to node.
      const peakKb = Math.max(treePeakKb, timeKb, ...hwm.values());
      const error = spawnError ?? (timedOut ? `timed out after ${options.timeoutMs} ms` : code !== 0 ? `exit ${code ?? signal}: ${errorLine(stderr || stdout)}` : null);
      resolve({
        ok: error === null,
        exitCode: code,
        seconds,
        peakRssMb: peakKb > 0 ? Math.round(peakKb / 102.4) / 10 : null,
        stdout,
        stderr,
        error,
      });
    });
  });
}

export function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join(' | ').slice(0, 600);
}

/** The line that says what went wrong: the first error line, else the last lines. */
export function errorLine(text: string): string {
  const lines = text.trim().split('\n');
  const line = lines.find((l) => /^\s*(\w*Error\b|letopis:)/.test(l));
  return (line?.trim() ?? lastLines(text, 3)).slice(0, 300);
}
