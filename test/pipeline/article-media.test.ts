/**
 * A markdown article's local image and its site warnings through the ingest:
 * the image is copied into the site, and both survive a run that re-uses the
 * article's page from the previous output.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';
import { MEDIA_DIR } from '../../scripts/emit/site-data/local-images.ts';
import { tempRoot } from '../helpers/paths.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cfc000000301010018dd8db40000000049454e44ae426082', 'hex');

describe('local images and site warnings of a markdown article', () => {
  let root: string;
  beforeAll(async () => {
    await prepareAnalysis();
    root = await tempRoot('article-media-');
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('copies the image into the site and keeps it and the warnings when the page is re-used', async () => {
    const content = path.join(root, 'content');
    const out = path.join(root, 'out');
    const options = { contentDir: content, outDir: out, cacheDir: path.join(root, 'cache'), jobs: 0 };
    await mkdir(path.join(content, 'articles', 'img'), { recursive: true });
    await writeFile(path.join(content, 'articles', 'img', 'map.png'), PNG);
    await writeFile(path.join(content, 'articles', 'a.md'), '---\ntitle: Карта\ndate: 2025-08-24\n---\n\nВладимир Путин показал карту. ![Карта](img/map.png) [x](ftp://x.org/a) ![Нет](img/none.png)\n');
    const media = async (): Promise<string[]> => readdir(path.join(out, 'site', ...MEDIA_DIR.split('/')));
    const siteWarnings = (problems: { message: string }[]): string[] => problems.map((p) => p.message).filter((m) => m.startsWith('on the site:')).sort();

    const pageInode = async (): Promise<number> => (await stat(path.join(out, 'site', 'pages', 'articles', 'a.json'))).ino;
    const first = await ingest(options);
    const copied = await media();
    expect(copied).toEqual([expect.stringMatching(/^[0-9a-f]{20}\.png$/)]);
    const inode = await pageInode();
    expect(siteWarnings(first.problems)).toHaveLength(2);

    await writeFile(path.join(content, 'articles', 'b.md'), '---\ntitle: Другое\ndate: 2025-08-25\n---\n\nДональд Трамп ответил.\n');
    const second = await ingest(options);
    // Hard-linked from the previous output: the page was not rendered again.
    expect(await pageInode()).toBe(inode);
    expect(await media()).toEqual(copied);
    expect(siteWarnings(second.problems)).toEqual(siteWarnings(first.problems));
  }, 300_000);
});
