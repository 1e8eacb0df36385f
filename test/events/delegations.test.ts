/**
 * Delegations and companions named in a sentence of their own join the talks
 * told just before; a «– said X after the talks» joins the talks the article
 * told; hyphenated and inflected city names get their nominative.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { fixture, type EntitySpec } from './helpers.ts';

const run = (f: ReturnType<typeof fixture>) => extractEvents(f.article, f.lang, f.sentences, f.entities);
const spec = (key: string, name: string, forms: string[]): EntitySpec => ({ key, name, first: name.split(' ')[0], forms });
const RU = [
  spec('orlov', 'Павел Орлов', ['Павел Орлов', 'Орлов']),
  spec('sato', 'Кэн Сато', ['Кэн Сато', 'Сато']),
  spec('berg', 'Ида Берг', ['Ида Берг', 'Берг']),
  spec('lunde', 'Карл Лунде', ['Карл Лунде', 'Лунде']),
];

describe('delegations', () => {
  it('adds the people who led or made up each side, with the verb left out after a dash', () => {
    const text = 'Делегации двух стран во вторник провели переговоры в Осло. Норвежскую делегацию возглавлял Павел Орлов, в ее состав вошел Кэн Сато. Шведскую – Ида Берг и Карл Лунде.';
    const [talks] = run(fixture(text, '2031-02-13', RU));
    expect(talks!.type).toBe('meeting');
    expect(talks!.participants.sort()).toEqual(['berg', 'lunde', 'orlov', 'sato']);
  });

  it('leaves talks alone when the sentence after them names people without a delegation word', () => {
    const text = 'Делегации двух стран во вторник провели переговоры в Осло. Павел Орлов и Кэн Сато давно знакомы.';
    const [talks] = run(fixture(text, '2031-02-13', RU));
    expect(talks!.participants).toEqual([]);
  });

  it('reads "accompanied" in English', () => {
    const text = 'Pavel Orlov held talks with Ken Sato in Oslo on Tuesday. He was accompanied by Ida Berg.';
    const en = [spec('orlov', 'Pavel Orlov', ['Pavel Orlov', 'Orlov']), spec('sato', 'Ken Sato', ['Ken Sato']), spec('berg', 'Ida Berg', ['Ida Berg'])];
    const [talks] = run(fixture(text, '2031-02-13', en, 'en'));
    expect(talks!.participants.sort()).toEqual(['berg', 'orlov', 'sato']);
  });
});

describe('a back-reference to the talks the article told', () => {
  it('joins them (its mention only: the people around it are often not of it)', () => {
    const text = 'Павел Орлов и Кэн Сато во вторник провели переговоры в Осло. «Мы довольны», – сказал Карл Лунде журналистам после переговоров.';
    const events = run(fixture(text, '2031-02-13', RU));
    expect(events).toHaveLength(1);
    expect(events[0]!.participants.sort()).toEqual(['orlov', 'sato']);
    expect(events[0]!.mentions).toHaveLength(2);
  });
});

describe('place names', () => {
  it('takes a hyphenated city name and a known inflected one in the nominative', () => {
    expect(run(fixture('Павел Орлов и Кэн Сато во вторник провели переговоры в Эр-Рияде.', '2031-02-13', RU))[0]!.place).toBe('Эр-Рияд');
    expect(run(fixture('Павел Орлов и Кэн Сато во вторник провели переговоры в Гааге.', '2031-02-13', RU))[0]!.place).toBe('Гаага');
  });
});
