/**
 * Build the site once for tests/screenshots. Preferred: the real command,
 * `node scripts/build.ts --content test/fixtures/site/content` (ingest →
 * writeSiteData → astro build → Pagefind). When that fails (pipeline not
 * ready) or LETOPIS_SITE_TEST_DATA=fixture, the hand-written fixture corpus
 * goes through writeSiteData → `astro build` → indexSite instead.
 * Reused within one run via a stamp file.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { KnowledgeBase } from '../../../scripts/model/model.ts';
import { indexSite } from '../../../scripts/emit/search/index-site.ts';
import { makeFixtureData } from '../../fixtures/site/fixture-corpus.ts';

export const projectRoot = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const run = promisify(execFile);
/** Real articles for the pipeline build (ru/uk/en, a curation file, an article full of markup). */
export const fixtureContent = path.join(projectRoot, 'test', 'fixtures', 'site', 'content');

/**
 * The environment without what vitest injects (BASE_URL, MODE, PROD, NODE_ENV=test…):
 * Vite would read those as import.meta.env and build a dev-flavoured site at base '/'.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

export interface BuiltSite {
  dist: string;
  data: string;
  base: string;
  kb: KnowledgeBase;
  /** Where the data came from: the real pipeline, the hand-written fixture, or an earlier build in this run. */
  source: 'pipeline' | 'fixture' | 'reused';
}

/**
 * Build into `test/.tmp/<name>`. `runId` identifies the test run: a build
 * stamped with the same id is reused (one build per run, several files).
 * `env` adds settings (LETOPIS_SITE, LETOPIS_LANG, …). `data: 'fixture'`
 * skips the pipeline for a test that needs what only the hand-written corpus
 * is sure to hold (a plan, a report's status).
 */
export async function buildFixtureSite(options: { name?: string; base?: string; runId?: string; env?: Record<string, string>; data?: 'fixture' } = {}): Promise<BuiltSite> {
  const name = options.name ?? 'site';
  const base = options.base ?? '/';
  const root = path.join(projectRoot, 'test', '.tmp', name);
  const dist = path.join(root, 'dist');
  const data = path.join(root, 'generated');
  const stamp = path.join(root, 'stamp');
  const runId = options.runId ?? String(process.pid);
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === runId) {
    return { dist, data, base, kb: JSON.parse(await readFile(path.join(data, 'kb.json'), 'utf8')) as KnowledgeBase, source: 'reused' };
  }
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const env = { ...cleanEnv(), LETOPIS_BASE: base, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  if (options.data !== 'fixture' && process.env.LETOPIS_SITE_TEST_DATA !== 'fixture') {
    try {
      await run(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts'), '--content', fixtureContent, '--out', data, '--dist', dist, '--cache', path.join(root, 'cache'), '--quiet'], {
        cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024,
      });
      await writeFile(stamp, runId);
      return { dist, data, base, kb: JSON.parse(await readFile(path.join(data, 'kb.json'), 'utf8')) as KnowledgeBase, source: 'pipeline' };
    } catch (error) {
      if (process.env.LETOPIS_SITE_TEST_DATA === 'pipeline') throw error;
      const message = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-3).join(' ') ?? String(error);
      console.warn(`scripts/build.ts failed on ${fixtureContent} (${message}); building from the hand-written fixture corpus instead.`);
      await rm(root, { recursive: true, force: true });
      await mkdir(root, { recursive: true });
    }
  }
  const kb = await makeFixtureData(data);
  await run(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist], {
    cwd: projectRoot,
    env: { ...env, LETOPIS_DATA: data },
    maxBuffer: 64 * 1024 * 1024,
  });
  await indexSite(dist);
  await writeFile(stamp, runId);
  return { dist, data, base, kb, source: 'fixture' };
}
