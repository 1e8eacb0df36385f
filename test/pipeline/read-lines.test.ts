/** readLines: lines across chunk boundaries, longer than a chunk, multi-byte characters, a torn last line. */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../../scripts/runtime/files/read-lines.ts';
import { tempRoot } from '../helpers/paths.ts';

describe('readLines', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempRoot('read-lines-');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives every whole line back exactly, and skips a last line without its newline', async () => {
    const lines = ['head', 'я'.repeat(3_000_000), '', 'ё'.repeat(5_000_000), ...Array.from({ length: 20_000 }, (_, i) => `строка ${i} ${'ж'.repeat(i % 300)}`)];
    const file = path.join(dir, 'lines.jsonl');
    await writeFile(file, `${lines.join('\n')}\ntorn`);
    const got: string[] = [];
    expect(readLines(file, (line) => (got.push(line), true))).toBe(true);
    expect(got.length).toBe(lines.length);
    expect(got.every((line, i) => line === lines[i])).toBe(true);
  });

  it('stops at a refused first line', async () => {
    const file = path.join(dir, 'refused.jsonl');
    await writeFile(file, 'bad header\nline\n');
    const got: string[] = [];
    expect(readLines(file, (line, first) => (got.push(line), !first))).toBe(false);
    expect(got).toEqual(['bad header']);
  });
});
