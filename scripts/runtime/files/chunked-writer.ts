/**
 * Append text to a file in ~1 MB writes, so that large outputs (kb.json, the
 * output manifest) are never built as one string: V8 caps a string at ~512 MB
 * and a 100k-article corpus comes near it, and the one big string (plus the
 * copies made while building it) costs a garbage collection of the heap.
 */
import { open } from 'node:fs/promises';

const CHUNK = 1 << 20;

export interface ChunkedWriter {
  push(text: string): Promise<void>;
  /** Write what is buffered and close the file. */
  close(): Promise<void>;
}

export async function openChunkedWriter(file: string): Promise<ChunkedWriter> {
  const handle = await open(file, 'w');
  let buffer: string[] = [];
  let size = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    await handle.write(buffer.join(''));
    buffer = [];
    size = 0;
  };
  return {
    async push(text) {
      buffer.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    },
    async close() {
      try {
        await flush();
      } finally {
        await handle.close();
      }
    },
  };
}
