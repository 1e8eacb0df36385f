/**
 * Adversarial single articles: each must go through the whole ingest and come
 * out as valid output (every offset holding). No timing assertions here; the
 * times printed are collected in docs/reliability.md.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIds, checkKnowledgeBase } from '../../scripts/tools/fuzz/invariants.ts';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';
import { tempRoot } from '../helpers/paths.ts';

const NAMES = ['Путин', 'Трамп', 'Зеленский', 'Лавров', 'Макрон', 'Стубб', 'Рубио', 'Байден'];

/** name → [file, text]; each is a known way to make text-processing code quadratic or recursive. */
const ADVERSARIAL: Record<string, [string, string]> = {
  '50,000 capitalised words in one sentence': ['caps.txt', ` date 2025-08-24 ${Array.from({ length: 50_000 }, (_, i) => NAMES[i % NAMES.length]).join(' ')} заявил.\n`],
  '100,000 letters with no space': ['letters.txt', ` date 2025-08-24 Путин ${'а'.repeat(100_000)} заявил.\n`],
  '10,000 nested quotes': ['quotes.txt', ` date 2025-08-24 ${'«'.repeat(10_000)}Путин заявил${'»'.repeat(10_000)}, – сказал Трамп.\n`],
  '10,000 unbalanced quotes': ['open-quotes.txt', ` date 2025-08-24 ${'«Путин, '.repeat(10_000)}– сказал Трамп.\n`],
  '100,000 paragraphs': ['paragraphs.txt', ` date 2025-08-24 ${'Путин заявил.\n\n'.repeat(100_000)}`],
  '100,000 blank lines': ['blank.txt', ` date 2025-08-24 Путин заявил.${'\n'.repeat(100_000)}Трамп ответил.\n`],
  '100,000 tabs and dashes': ['tabs.txt', ` date\t${'\t'.repeat(100_000)}2025-08-24 ${'-'.repeat(100_000)}${'\t'.repeat(100_000)},\n`],
  'deeply nested markdown': ['nested.md', `---\ntitle: deep\n---\n${'> '.repeat(5_000)}${'- '.repeat(5_000)}${'['.repeat(5_000)}Путин${']'.repeat(5_000)}\n`],
  'frontmatter line of 100,000 spaces': ['spaces.md', `---\ntitle: a${' '.repeat(100_000)}b\ndate: 2025-08-24${' '.repeat(100_000)}\n---\nПутин заявил.\n`],
  '10,000 sentences of one name': ['one-name.txt', ` date 2025-08-24 ${'Путин. '.repeat(10_000)}\n`],
  // Both once took minutes (a date-hint walk and per-trigger clause scans were quadratic).
  '100,000 digits': ['digits.txt', ` date 2025-08-24 Счёт ${'0'.repeat(100_000)}:1 в матче.\n`],
  // micromark resolves emphasis per paragraph in quadratic time: the page renderer keeps such a paragraph as plain text.
  '20,000 repeated *a in one markdown paragraph': ['emphasis.md', `---\ntitle: stars\n---\nПутин заявил.\n\n${'*a'.repeat(20_000)}\n`],
  '100 markdown paragraphs just under the emphasis guard': ['emphasis-chunks.md', `---\ntitle: stars\n---\n${`Путин ${'*a'.repeat(495)}\n\n`.repeat(100)}`],
  '1 MB single line of event triggers': ['line.txt', ` date 2025-08-24 ${'Путин встретился с Трампом, '.repeat(40_000)}.\n`],
};

describe('adversarial articles', () => {
  let root: string;
  beforeAll(async () => {
    await prepareAnalysis();
    root = await tempRoot('adversarial-');
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  const check = async (name: string, [file, text]: [string, string]) => {
    const dir = path.join(root, file);
    const contentDir = path.join(dir, 'content');
    await mkdir(path.join(contentDir, 'articles'), { recursive: true });
    await writeFile(path.join(contentDir, 'articles', file), text);
    const started = performance.now();
    const { kb } = await ingest({ contentDir, outDir: path.join(dir, 'out'), cacheDir: path.join(dir, 'cache'), jobs: 0 });
    console.info(`${name}: ${((performance.now() - started) / 1000).toFixed(2)} s, ${kb.people.length} people, ${kb.events.length} events, ${kb.problems.length} problems`);
    const problems = kb.problems.filter((problem) => /bug in Letopis|could not parse/.test(problem.message));
    expect(problems, 'an analysis stage threw').toEqual([]);
    expect([...(await checkKnowledgeBase({ kb, contentDir, inputs: [`articles/${file}`] })), ...checkIds(kb)]).toEqual([]);
    expect(kb.articles.length + kb.problems.length).toBeGreaterThan(0);
    await rm(dir, { recursive: true, force: true });
  };
  it.each(Object.entries(ADVERSARIAL))('%s: ingest completes with valid output', check, 600_000);
});
