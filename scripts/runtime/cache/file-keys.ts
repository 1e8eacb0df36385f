/**
 * Remembers each content file's size, modification time and cache key, so an
 * incremental run need not read and hash the bytes of unchanged files (the
 * same trade-off make and most build tools accept).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../../model/model.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

interface Entry {
  size: number;
  mtimeMs: number;
  key: string;
}

export interface FileKeys {
  get(source: SourceFile): string | undefined;
  set(source: SourceFile, key: string): void;
  save(): Promise<void>;
}

export async function openFileKeys(cacheDir: string, contentDir: string): Promise<FileKeys> {
  const name = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  const file = path.join(cacheDir, `files-${name}.json`);
  let previous: Record<string, Entry> = {};
  try {
    previous = JSON.parse(await readFile(file, 'utf8')) as Record<string, Entry>;
  } catch {
    // First run, or an unreadable index: every file is read and hashed.
  }
  const next: Record<string, Entry> = {};
  return {
    get(source) {
      const entry = previous[source.file];
      return entry && entry.size === source.size && entry.mtimeMs === source.mtimeMs ? entry.key : undefined;
    },
    set(source, key) {
      next[source.file] = { size: source.size, mtimeMs: source.mtimeMs, key };
    },
    async save() {
      await mkdir(cacheDir, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(next));
    },
  };
}
