import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects (`npm test` runs both; `npm run test:fast` only `fast`):
 *
 * - `slow`: what spawns processes, builds a site, drives a browser or searches
 *   a large space: the reliability suite (crash/kill, concurrency, determinism,
 *   fuzz, adversarial input, ReDoS, hostile file systems), ReDoS analysis,
 *   the browser tests, full ingests through the CLI, incremental output.
 *   A new test of that kind goes into test/reliability/ or is named
 *   `*.slow.test.ts`.
 * - `fast`: everything else — stage functions on fixtures, small in-process
 *   ingests. Files share one module graph per worker (`isolate: false`), so the
 *   morphology dictionaries and the analysis code load once, not once per file.
 *   A test that mocks modules, stubs globals or changes process state must not
 *   live here.
 */
const SLOW = [
  'test/reliability/**/*.test.ts',
  'test/**/*.slow.test.ts',
];

const EXCLUDE = [...configDefaults.exclude, 'test/.tmp/**'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: [...EXCLUDE, ...SLOW], isolate: false },
      },
      {
        extends: true,
        test: { name: 'slow', include: SLOW, exclude: EXCLUDE },
      },
    ],
  },
});
