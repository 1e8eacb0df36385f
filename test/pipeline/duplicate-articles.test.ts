import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { tempRoot } from '../helpers/paths.ts';

const TEXT = ' date 2030-05-06 Министр Ирина Коваленко открыла мост через реку.\n\nОткрытие прошло без происшествий.\n';

describe('duplicate articles', () => {
  let root = '';
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('keep the oldest file, whatever the copy is called, and name both files', async () => {
    root = await tempRoot('duplicates-');
    const articles = path.join(root, 'content', 'articles');
    await mkdir(articles, { recursive: true });
    // The copy sorts first by name but was saved later: the original keeps its page.
    await writeFile(path.join(articles, 'original.txt'), TEXT);
    await writeFile(path.join(articles, 'a copy.txt'), TEXT);
    await utimes(path.join(articles, 'original.txt'), new Date('2030-05-06T10:00:00Z'), new Date('2030-05-06T10:00:00Z'));
    await utimes(path.join(articles, 'a copy.txt'), new Date('2030-05-07T10:00:00Z'), new Date('2030-05-07T10:00:00Z'));
    const { kb } = await ingest({ contentDir: path.join(root, 'content'), outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), jobs: 0 });
    expect(kb.articles.map((a) => a.file)).toEqual(['articles/original.txt']);
    const problem = kb.problems.find((p) => p.file === 'articles/a copy.txt');
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toContain('articles/original.txt');
    expect(problem?.message).toContain('articles/a copy.txt');
  });
});
