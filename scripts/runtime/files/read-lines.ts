/** Line-by-line reading of large JSON-lines files (the analysis pack, the output manifest). */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 8 * 2 ** 20;

/**
 * Calls `onLine` for each line of `file`, reading it in chunks (the pack and
 * the output manifest of a large corpus do not fit one string, and readline is
 * slower). The
 * first call has `first` set; returning false there stops the reading.
 * Returns whether the header was accepted.
 */
export function readLines(file: string, onLine: (line: string, first: boolean) => boolean): boolean {
  const fd = openSync(file, 'r');
  try {
    // One buffer for the whole file: the unfinished line is moved to its start before the next read
    // (allocating and concatenating chunks cost more than the parsing, in copies and garbage collections).
    let buffer = Buffer.allocUnsafe(CHUNK);
    let kept = 0;
    let first = true;
    for (;;) {
      if (kept === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2); // a line longer than the buffer
        buffer.copy(larger, 0, 0, kept);
        buffer = larger;
      }
      const read = readSync(fd, buffer, kept, buffer.length - kept, null);
      if (read === 0) break;
      const end = kept + read;
      let start = 0;
      for (let nl = buffer.indexOf(10, start); nl !== -1 && nl < end; nl = buffer.indexOf(10, start)) {
        const ok = onLine(buffer.toString('utf8', start, nl), first);
        if (first && !ok) return false;
        first = false;
        start = nl + 1;
      }
      buffer.copy(buffer, 0, start, end);
      kept = end - start;
    }
    // A last line without its newline is a torn append: ignored.
    return !first;
  } finally {
    closeSync(fd);
  }
}
