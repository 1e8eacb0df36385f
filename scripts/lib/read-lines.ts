/** Line-by-line reading of large JSON-lines files (the analysis pack, the output manifest). */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 8 * 2 ** 20;

/**
 * Calls `onLine` for each line of `file`, reading it in chunks (the pack of a
 * 100k-article corpus is ~0.7 GB, its output manifest ~0.4 GB: neither fits
 * one string, and readline is several times slower). The
 * first call has `first` set; returning false there stops the reading.
 * Returns whether the header was accepted.
 */
export function readLines(file: string, onLine: (line: string, first: boolean) => boolean): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let carry: Buffer | null = null;
    let first = true;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      let data: Buffer = buffer.subarray(0, read);
      if (carry) data = Buffer.concat([carry, data]);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        const ok = onLine(data.toString('utf8', start, nl), first);
        if (first && !ok) return false;
        first = false;
        start = nl + 1;
      }
      // Copied: the chunk buffer is overwritten by the next read.
      carry = start < data.length ? Buffer.from(data.subarray(start)) : null;
    }
    // A last line without its newline is a torn append: ignored.
    return !first;
  } finally {
    closeSync(fd);
  }
}
