import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countArticleFiles } from '../../scripts/pipeline/site-build/corpus-size.ts';

const root = mkdtempSync(path.join(tmpdir(), 'letopis-corpus-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('countArticleFiles', () => {
  it('counts .txt/.md files in nested folders, skipping dot-entries and other files', async () => {
    for (const rel of ['a.txt', 'b.md', 'x/c.markdown', 'x/y/d.TXT', 'x/e.pdf', '.hidden.txt', '.git/f.md']) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), 'text');
    }
    expect(await countArticleFiles(root, 100)).toBe(4);
  });

  it('stops at the limit, and a missing folder has none', async () => {
    expect(await countArticleFiles(root, 2)).toBe(2);
    expect(await countArticleFiles(path.join(root, 'missing'), 10)).toBe(0);
  });
});
