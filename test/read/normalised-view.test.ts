/**
 * Names behind invisible characters or in decomposed Unicode are read like
 * any other, and every offset still points into the source as it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/article/analyse-article.ts';
import { prepareAnalysis } from '../../scripts/article/prepare-analysis.ts';
import { normalisedView } from '../../scripts/article/read/normalised-view.ts';

const CLEAN = ' date 2030-02-03 Министр Ирина Коваленко встретилась с Марко Сандовалом в Лиссабоне.\n';

function people(text: string): { names: string[]; offsetsHold: boolean } {
  const analysis = analyseArticle({ file: 'x.txt', text, encoding: 'utf-8', hash: 'x' });
  const persons = analysis.entities.filter((e) => e.type === 'person');
  const spans = [...analysis.entities.flatMap((e) => [...e.mentions, ...e.roles, ...e.quotes]), ...analysis.sentences, ...analysis.events.flatMap((e) => e.mentions)];
  return {
    names: persons.map((p) => p.name).sort(),
    offsetsHold: spans.every((s) => !('text' in s) || text.slice(s.start, s.end) === s.text) && analysis.sentences.every((s) => s.end <= text.length),
  };
}

describe('the normalised view', () => {
  beforeAll(async () => prepareAnalysis());

  it('is not made for clean text', () => {
    expect(normalisedView(CLEAN)).toBeNull();
  });

  it('maps view offsets back over removed and composed characters', () => {
    const source = 'Ко\u00adва\u200bленко и\u0306';
    const view = normalisedView(source)!;
    expect(view.text).toBe('Коваленко й');
    const name = { start: 0, end: 'Коваленко'.length };
    expect(source.slice(view.toSource(name).start, view.toSource(name).end)).toBe('Ко\u00adва\u200bленко');
    const letter = { start: view.text.length - 1, end: view.text.length };
    expect(view.toSource(letter)).toEqual({ start: source.length - 2, end: source.length });
    expect(view.fromSource({ start: 0, end: source.length })).toEqual({ start: 0, end: view.text.length });
  });

  it.each([
    ['a soft hyphen', CLEAN.replace('Коваленко', 'Кова\u00adленко')],
    ['a zero-width space', CLEAN.replace('Коваленко', 'Ковален\u200bко')],
    ['direction marks', CLEAN.replace('Сандовалом', '\u200eСандовалом\u200f')],
  ])('finds the same people behind %s, with source offsets', (_, text) => {
    const found = people(text);
    expect(found.names).toEqual(people(CLEAN).names);
    expect(found.offsetsHold).toBe(true);
  });

  it('finds a name whose letters are decomposed', () => {
    const text = ' date 2030-02-03 Посол Андрій Зайчук прибув до Варшави.\n'.normalize('NFD');
    expect(text).not.toBe(text.normalize('NFC'));
    const found = people(text);
    expect(found.names).toEqual(['Андрій Зайчук']);
    expect(found.offsetsHold).toBe(true);
  });
});
