/**
 * The entity stage on fixture articles, one folder per language: each
 * `<name>.txt` (or `.md`) beside `<name>.expected.json` listing the people
 * the article names, by canonical name. A new case is a new pair of files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/article/analyse-article.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const ROOT = path.join(PROJECT_ROOT, 'test', 'fixtures', 'stages', 'people');

const cases = readdirSync(ROOT).flatMap((lang) =>
  readdirSync(path.join(ROOT, lang))
    .filter((file) => /\.(txt|md)$/.test(file))
    .map((file) => ({ lang, file, expected: path.join(ROOT, lang, file.replace(/\.(txt|md)$/, '.expected.json')) })),
);

describe('people stage on fixture articles', () => {
  beforeAll(async () => prepareAnalysis());

  it('has fixtures in every language', () => {
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['en', 'ru', 'uk']));
  });

  it.each(cases)('$lang/$file', ({ lang, file, expected }) => {
    const text = readFileSync(path.join(ROOT, lang, file), 'utf8');
    const analysis = analyseArticle({ file, text, encoding: 'utf-8', hash: file });
    expect(analysis.lang).toBe(lang);
    const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    const want = (JSON.parse(readFileSync(expected, 'utf8')) as { people: string[] }).people;
    expect(people).toEqual([...want].sort());
  });
});
