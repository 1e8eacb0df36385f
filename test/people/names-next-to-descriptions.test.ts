/**
 * Words that describe a person are not the person, and a description never
 * swallows a name: a nationality before a role noun, a profession written as
 * a title at a sentence start, a body named after «of the», an indeclinable
 * surname after an instrumental first name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/article/analyse-article.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';

const entities = (body: string): string[] =>
  analyseArticle({ file: 'x.txt', text: ` date 2030-09-09 ${body}\n`, encoding: 'utf-8', hash: 'x' })
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe('names next to descriptions', () => {
  beforeAll(async () => prepareAnalysis());

  it('a nationality before a role noun is not a person', () => {
    const found = entities('The envoy met Chilean minister Tomas Araya in Oslo.');
    expect(found).toContain('person:Tomas Araya');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual(['person:Tomas Araya']);
  });

  it('a profession written as a title opens a name', () => {
    expect(entities('Historian Maren Oduya said the archive would reopen.')).toContain('person:Maren Oduya');
  });

  it('a person «of the» a body keeps their name; the body is named after «of the»', () => {
    const found = entities('Sociologist Ilka Vantree of the Harbour Institute said turnout would rise.');
    expect(found).toContain('person:Ilka Vantree');
    expect(found).toContain('org:Harbour Institute');
  });

  it('a surname without an instrumental ending stays as written after an instrumental first name', () => {
    const found = entities('Мер зустрівся з послом Литви Ірмою Ліепіньте. Ліепіньте заявила, що підтримка триватиме.');
    expect(found).toContain('person:Ірма Ліепіньте');
  });
});
