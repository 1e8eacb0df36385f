/**
 * Whole-folder atomic output. A run writes into a sibling staging folder and
 * swaps it in only when complete, so the previous output stays intact and
 * valid until the new one is whole, whatever kills the run. A lock file keeps
 * two runs from writing the same output at once.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { FatalError } from '../../util/fatal-error.ts';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const exists = (file: string) => stat(file).then(() => true, () => false);

/** Sibling paths of `dir` made by earlier runs, with the pid that made them. */
async function siblings(dir: string, marker: string): Promise<Array<{ path: string; pid: number }>> {
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.${marker}-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  return names
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ path: path.join(parent, name), pid: Number.parseInt(name.slice(prefix.length), 10) }));
}

/** How long a live lock holder is given to exit before a run gives up (see acquireLock). */
const HOLDER_GRACE_MS = 3000;

/** Resolves once `pid` has exited or `ms` have passed. */
async function exited(pid: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (isAlive(pid) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Take the output lock, or fail with a clear message while another live run
 * holds it. A lock left by a killed run is taken over.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const lock = `${dir}.lock`;
  await mkdir(path.dirname(lock), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new FatalError(`Cannot create the output folder's parent ${path.dirname(lock)} (${error.code}).`);
  });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => {
        await rm(lock, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new FatalError(`Cannot write to ${path.dirname(lock)} (${code}); check that the output folder is writable.`);
      const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
      // A run whose parent was just killed (the ingest of an interrupted `npm run build`) stops within
      // moments: restarting right away must not fail on it, so a live holder gets a short grace period.
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) await exited(holder, HOLDER_GRACE_MS);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new FatalError(`Another Letopis run (pid ${holder}) is writing ${dir}. Wait for it to finish, or delete ${lock} if no such run exists.`);
      }
      // No pid yet: another run has just created the lock and is writing its pid
      // (taking it over now would let both runs in); only an old one is abandoned.
      if (!Number.isFinite(holder) && (await stat(lock).then((info) => Date.now() - info.mtimeMs < 10_000, () => false))) {
        throw new FatalError(`Another Letopis run is starting to write ${dir}. Wait for it to finish, or delete ${lock} if no such run exists.`);
      }
      await rm(lock, { force: true });
    }
  }
  throw new FatalError(`Could not take the lock ${lock}; delete it and retry.`);
}

/** Put back output a killed run had moved aside, and clear its leftovers. */
export async function recoverOutput(dir: string): Promise<void> {
  const old = (await siblings(dir, 'old')).filter((entry) => !isAlive(entry.pid) || entry.pid === process.pid);
  if (!(await exists(dir)) && old.length > 0) await rename(old[0].path, dir);
  for (const entry of await siblings(dir, 'old')) if (!isAlive(entry.pid)) await rm(entry.path, { recursive: true, force: true });
  for (const entry of await siblings(dir, 'staging')) if (!isAlive(entry.pid)) await rm(entry.path, { recursive: true, force: true });
  // Replaced outputs whose deletion a crash or a reboot cut short.
  const trash = trashFolder(dir);
  if (await exists(trash)) deleteInBackground(trash);
}

/** Where replaced outputs wait to be deleted: beside the output, hidden, one for all outputs of that folder. */
function trashFolder(dir: string): string {
  return path.join(path.dirname(dir), '.letopis-trash');
}

/**
 * Delete `target` in a detached process, so that the run which replaced it
 * need not wait: removing a replaced large site takes long (its files are
 * gone from the output's path already, moved into the trash folder).
 * Falls back to deleting it here if no process can be started.
 */
function deleteInBackground(target: string): void {
  const script = `const fs=require('node:fs');try{fs.rmSync(process.argv[1],{recursive:true,force:true})}catch{}try{fs.rmdirSync(process.argv[2])}catch{}`;
  const trash = path.basename(target) === '.letopis-trash' ? target : path.dirname(target);
  try {
    const child = spawn(process.execPath, ['-e', script, target, trash], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(target, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(target, { recursive: true, force: true });
  }
}

/** Move a replaced output into the trash folder and delete it from there in the background. */
async function discard(aside: string, dir: string): Promise<void> {
  const trash = trashFolder(dir);
  const target = path.join(trash, `${path.basename(dir)}-${process.pid}-${randomBytes(3).toString('hex')}`);
  try {
    await mkdir(trash, { recursive: true });
    await rename(aside, target);
  } catch {
    // No trash folder possible (e.g. a read-only parent): delete it now.
    rmSync(aside, { recursive: true, force: true });
    return;
  }
  deleteInBackground(target);
}

/** Written into every output Letopis swaps in, so that it never replaces a folder it did not write. */
export const OUTPUT_MARKER = '.letopis-output';

/**
 * Fail unless `dir` is absent, an empty folder, or an earlier Letopis output
 * (the marker; or kb.json / pagefind/ from before the marker existed). The
 * swap deletes whatever `dir` held, so `--out .` or `--out ~/notes` must stop here.
 */
export async function checkReplaceable(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new FatalError(`${dir} exists and is not a folder; Letopis will not replace it. Pass a new or empty folder.`);
  const names = await readdir(dir);
  if (names.length === 0 || names.includes(OUTPUT_MARKER) || names.includes('kb.json') || names.includes('pagefind')) return;
  throw new FatalError(`${dir} is not empty and was not written by Letopis; a run replaces its output folder as a whole, so it refuses. Pass a new or empty folder, or delete this one.`);
}

export interface Staging {
  /** Folder to write the new output into. */
  dir: string;
  /** Swap the staging folder in as `dir`'s new content; `last` writes into it just before. */
  commit(last?: (staging: string) => void | Promise<void>): Promise<void>;
  /** Throw the staging folder away. */
  abort(): Promise<void>;
}

export async function openStaging(dir: string): Promise<Staging> {
  await checkReplaceable(dir);
  const staging = `${dir}.staging-${process.pid}-${randomBytes(3).toString('hex')}`;
  try {
    await mkdir(staging, { recursive: true });
  } catch (error) {
    throw new FatalError(`Cannot create ${staging} (${(error as NodeJS.ErrnoException).code}); check that the output folder's parent is writable and has free space.`);
  }
  return {
    dir: staging,
    async commit(last) {
      await checkReplaceable(dir);
      await writeFile(path.join(staging, OUTPUT_MARKER), 'Written by Letopis: the next run replaces this whole folder.\n');
      await last?.(staging);
      const aside = `${dir}.old-${process.pid}`;
      const hadOld = await exists(dir);
      if (hadOld) await rename(dir, aside);
      await rename(staging, dir);
      if (hadOld) await discard(aside, dir);
    },
    async abort() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
