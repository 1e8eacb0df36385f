/**
 * docs/kb.schema.json: a valid draft 2020-12 schema, that the real kb.json
 * satisfies and that rejects what model.ts forbids (the check can fail).
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_PATH, validateKb } from '../../scripts/tools/fuzz/invariants.ts';
import type { KnowledgeBase } from '../../scripts/model/model.ts';
import { articleId } from '../../scripts/model/ids.ts';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { PROJECT_ROOT, tempRoot } from '../helpers/paths.ts';

describe('kb.json schema', () => {
  let root: string;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    root = await tempRoot('schema-');
    await ingest({ contentDir: path.join(PROJECT_ROOT, 'content'), outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), jobs: 0 });
    kb = JSON.parse(await readFile(path.join(root, 'out', 'kb.json'), 'utf8')) as KnowledgeBase;
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('is a draft 2020-12 schema', async () => {
    const schema = JSON.parse(await readFile(SCHEMA_PATH, 'utf8')) as { $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it("the repository's content gives a kb.json that validates, with people, events and mentions in it", () => {
    expect(validateKb(kb)).toEqual([]);
    expect(kb.people.length).toBeGreaterThan(0);
    expect(kb.events.length).toBeGreaterThan(0);
    expect(kb.people.some((person) => person.mentions.length > 0)).toBe(true);
  });

  const breakages: Array<[string, (kb: KnowledgeBase) => void]> = [
    ['a missing top-level list', (copy) => delete (copy as Partial<KnowledgeBase>).events],
    ['an unknown top-level field', (copy) => Object.assign(copy, { extra: 1 })],
    ['a non-slug article id', (copy) => (copy.articles[0].id = articleId('Путин на Аляске'))],
    ['an impossible date', (copy) => (copy.articles[0].date = '2025-13-45')],
    ['a javascript: url', (copy) => (copy.articles[0].url = 'javascript:alert(1)')],
    ['a negative offset', (copy) => (copy.people[0].mentions[0].start = -1)],
    ['an unknown event status', (copy) => ((copy.events[0] as { status: string }).status = 'maybe')],
    ['an unknown field on a person', (copy) => Object.assign(copy.people[0], { secret: true })],
    ['a problem without a message', (copy) => copy.problems.push({ file: 'x', severity: 'error' } as never)],
  ];
  it.each(breakages)('rejects %s', (_, breakIt) => {
    const copy = structuredClone(kb);
    breakIt(copy);
    expect(validateKb(copy)).not.toEqual([]);
  });
});
