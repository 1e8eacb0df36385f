import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const tmpName = (file: string): string => `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

export interface AtomicWriteOptions {
  /**
   * Flush the file to disk before the rename and the folder after it (the
   * default), so that after a power loss the file is the old one or the whole
   * new one: without the first flush the rename can reach the disk before the
   * data and leave an empty file under the final name. Caches whose entries are
   * checked on reading and rebuilt when broken may skip it.
   */
  durable?: boolean;
}

/** Flush a folder's entries (the rename) to disk; platforms that cannot open a folder skip it. */
function syncFolder(file: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path.dirname(file), 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory for syncing; the rename is as durable as the platform makes it.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Write a file so that readers see either the old or the new content, never a torn one. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = tmpName(file);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      if (options.durable !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
    if (options.durable !== false) syncFolder(file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * The same, blocking: for many small files (one per analysed article) it is
 * several times cheaper than the promise API, which pays a thread-pool round
 * trip for each of open, write, close and rename.
 */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const tmp = tmpName(file);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      let written = 0;
      while (written < bytes.byteLength) written += writeSync(fd, bytes, written, bytes.byteLength - written);
      if (options.durable !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    if (options.durable !== false) syncFolder(file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
