/**
 * Astro's incremental build: a rebuild copies the pages whose cacheKey
 * (src/lib/site-data.ts, from the ingest's page keys) is unchanged from the
 * previous build's cache, renders the rest, and still hands every page to the
 * search index. The result must be the site a build from scratch makes.
 */
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginPageCache, pageCacheDir } from '../../scripts/lib/site-build/page-cache.ts';
import { tempRoot } from '../helpers/paths.ts';
import { cleanEnv, fixtureContent, projectRoot } from './support/build-site.ts';

const run = promisify(execFile);

/** Relative path → bytes of every HTML page under `dir`. */
async function pages(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const full = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, full), await readFile(full, 'utf8'));
    }
  }
  return out;
}

const fragments = async (dist: string): Promise<string[]> => (await readdir(path.join(dist, 'pagefind', 'fragment'))).sort();

describe('incremental site build', () => {
  let root: string;
  let content: string;
  const build = async (dist: string, cache: string, out: string): Promise<string> => {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(projectRoot, 'scripts', 'build.ts'), '--content', content, '--out', out, '--dist', dist, '--cache', cache],
      { cwd: projectRoot, env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', LETOPIS_BUILD_TRACE: '1' }, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout + stderr;
  };

  beforeAll(async () => {
    root = await tempRoot('incremental-site-');
    content = path.join(root, 'content');
    await cp(fixtureContent, content, { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('re-renders only changed pages and builds what a build from scratch builds', async () => {
    const dist = path.join(root, 'dist');
    const cache = path.join(root, 'cache');
    const out = path.join(root, 'generated');
    const first = await build(dist, cache, out);
    expect(first).not.toContain('(restored)');

    await writeFile(
      path.join(content, 'articles', 'added.txt'),
      ' date 2025-09-02 Владимир Путин встретился с Александром Стуббом в Хельсинки.\n\nПутин заявил, что переговоры продолжатся.\n',
    );
    const second = await build(dist, cache, out);
    const restored = second.match(/\(restored\)/g)?.length ?? 0;
    const keys = JSON.parse(await readFile(path.join(out, 'site', 'index', 'page-keys.json'), 'utf8')) as { code: string; pages: Record<string, string> };
    // Every keyed page but the new article and the pages it changed came from the cache.
    expect(keys.code).not.toBe('');
    expect(restored).toBeGreaterThan(0);
    expect(restored).toBeLessThan(Object.keys(keys.pages).length);
    expect(second).toMatch(/articles\/added\/index\.html(?! \(restored\))/);

    const fresh = path.join(root, 'dist-fresh');
    await build(fresh, path.join(root, 'cache-fresh'), path.join(root, 'generated-fresh'));
    expect(await pages(dist)).toEqual(await pages(fresh));
    // The same pages, with the same text, in the search index (Pagefind names fragments by their content).
    expect(await fragments(dist)).toEqual(await fragments(fresh));
  }, 240_000);
});

describe('page cache', () => {
  it('is one folder per destination', () => {
    expect(pageCacheDir('/c', '/site/dist')).not.toBe(pageCacheDir('/c', '/site/dist2'));
    expect(pageCacheDir('/c', '/site/dist')).toBe(pageCacheDir('/c', '/site/./dist'));
  });

  it("drops Astro's manifest after a build that did not finish", async () => {
    const dir = path.join(await tempRoot('page-cache-'), 'cache');
    try {
      const manifest = path.join(dir, 'incremental-build.json');
      beginPageCache(dir).end();
      await writeFile(manifest, '{}');
      beginPageCache(dir); // dies before end()
      await expect(readFile(manifest, 'utf8')).resolves.toBe('{}');
      beginPageCache(dir).end();
      await expect(readFile(manifest, 'utf8')).rejects.toThrow();
      await writeFile(manifest, '{}');
      beginPageCache(dir).end();
      await expect(readFile(manifest, 'utf8')).resolves.toBe('{}');
    } finally {
      await rm(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
