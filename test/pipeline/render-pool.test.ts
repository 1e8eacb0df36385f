/**
 * Render workers: a task gives the same file and the same result whether it
 * runs in a worker thread or in this one.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KbArticle } from '../../scripts/model/model.ts';
import { articleId, personId } from '../../scripts/model/ids.ts';
import { openRenderPool } from '../../scripts/emit/render/render-pool.ts';
import type { RenderResult, RenderTask } from '../../scripts/emit/render/render-task.ts';
import { tempRoot } from '../helpers/paths.ts';

const TEXTS = [
  ` date 2025-08-20 Президент Финляндии Александр Стубб встретился с Владимиром Зеленским в Киеве.\n\nСтубб заявил, что Финляндия продолжит поддерживать Украину.\n`,
  ` date 2025-08-21 Сергей Лавров провел переговоры с Марко Рубио. <script>alert(1)</script> Лавров [[не]] приглашен.\n`,
];

function tasks(content: string, out: string): RenderTask[] {
  return TEXTS.flatMap((text, n): RenderTask[] => {
    const spec = { file: `a${n}.txt`, path: path.join(content, `a${n}.txt`), key: '', cacheDir: path.join(out, 'cache') };
    const article: KbArticle = {
      id: articleId(`a${n}`), file: spec.file, title: `Статья ${n}`, date: '2025-08-20', datePrecision: 'day', lang: 'ru', source: null, url: null,
      tags: [], words: 20, people: [personId('p1')], organisations: [], places: [], events: [],
    };
    const spans = [{ start: 46, end: 61, type: 'person' as const, id: 'p1' }];
    return [
      { kind: 'entry', spec, entry: { target: path.join(out, `entry-${n}.md`), article, spans, people: [['p1', 'Стубб']], events: [] } },
      {
        kind: 'page',
        spec,
        page: {
          spans: [{ start: 46, end: 61, type: 'person', id: 'p1' }],
          firsts: [['person:p1', 46]],
          scan: 'full',
          page: { target: path.join(out, `page-${n}.json`), mediaDir: path.join(out, 'media'), head: { id: article.id, title: article.title, date: article.date, lang: 'ru', source: null, datePrecision: 'day', url: null, tags: [], words: 20, people: [], organisations: [], places: [], events: [] } },
        },
      },
    ];
  });
}

async function render(workers: number, content: string, out: string): Promise<{ results: RenderResult[]; files: Record<string, string> }> {
  await mkdir(out, { recursive: true });
  const pool = openRenderPool({ workers, threshold: 0 });
  pool.share(['стубб', 'лавров', 'рубио']);
  try {
    const results = await Promise.all(tasks(content, out).map((task) => pool.run(task)));
    const files: Record<string, string> = {};
    for (const name of (await readdir(out)).filter((n) => n !== 'cache').sort()) files[name] = await readFile(path.join(out, name), 'utf8');
    return { results, files };
  } finally {
    await pool.close();
  }
}

describe('render pool', () => {
  let root: string;
  let content: string;
  beforeAll(async () => {
    root = await tempRoot('render-pool-');
    content = path.join(root, 'content');
    await mkdir(content, { recursive: true });
    await Promise.all(TEXTS.map((text, n) => writeFile(path.join(content, `a${n}.txt`), text)));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes the same files and returns the same scans in workers as in this thread', async () => {
    const here = await render(0, content, path.join(root, 'here'));
    const there = await render(2, content, path.join(root, 'there'));
    expect(Object.keys(here.files)).toEqual(['entry-0.md', 'entry-1.md', 'page-0.json', 'page-1.json']);
    expect(there.files).toEqual(here.files);
    expect(there.results).toEqual(here.results);
    const scan = here.results[1]?.scan;
    expect(scan?.hits.map((hit) => hit[0])).toEqual(['стубб']);
    expect(here.files['page-1.json']).not.toContain('<script>');
  });

  it('passes a task failure back as a rejection', async () => {
    const pool = openRenderPool({ workers: 1, threshold: 0 });
    try {
      const [task] = tasks(content, path.join(root, 'missing-folder'));
      await expect(pool.run(task as RenderTask)).rejects.toThrow(/ENOENT/);
    } finally {
      await pool.close();
    }
  });
});
