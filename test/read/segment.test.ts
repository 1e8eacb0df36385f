import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/article/read/parse-article.ts';
import { tokenize } from '../../scripts/article/segment/tokenize.ts';
import { segment } from '../../scripts/article/segment/segment.ts';
import { decoded, expectOffsetInvariants, sentenceTexts } from './helpers.ts';

function sentencesOf(text: string): string[] {
  const a = parseArticle(decoded('t.txt', ` date 2025-01-01 ${text}`));
  const s = segment(a);
  expectOffsetInvariants(a, s);
  return sentenceTexts(a, s);
}

function tokensOf(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

describe('tokenize', () => {
  it('keeps hyphenated words and apostrophes inside words', () => {
    expect(tokensOf("Ростов-на-Дону пам'ять Мар’яна обʼєкт O'Neil")).toEqual(['Ростов-на-Дону', "пам'ять", 'Мар’яна', 'обʼєкт', "O'Neil"]);
  });
  it('makes quotes, dashes and brackets their own tokens', () => {
    expect(tokensOf('«Да», – сказал он (тихо) "ок" „так“ — всё.')).toEqual([
      '«', 'Да', '»', ',', '–', 'сказал', 'он', '(', 'тихо', ')', '"', 'ок', '"', '„', 'так', '“', '—', 'всё', '.',
    ]);
  });
  it('keeps decimal numbers whole and dot runs together', () => {
    expect(tokensOf('рост 3.5% и 1,25 млн... итого')).toEqual(['рост', '3.5', '%', 'и', '1,25', 'млн', '...', 'итого']);
  });
  it('does not glue a leading or trailing hyphen/apostrophe', () => {
    expect(tokensOf("-так 'вот' слово-")).toEqual(['-', 'так', "'", 'вот', "'", 'слово', '-']);
  });
  it('keeps surrogate pairs whole', () => {
    const toks = tokenize('ок 😀 да');
    expect(toks.map((t) => t.text)).toEqual(['ок', '😀', 'да']);
  });
  it('handles a 1 MB line without spaces in one token', () => {
    const big = 'а'.repeat(1_000_000);
    const toks = tokenize(big);
    expect(toks).toHaveLength(1);
    expect(toks[0].end).toBe(1_000_000);
  });
});

describe('segment', () => {
  it('splits plain sentences', () => {
    expect(sentencesOf('Первое предложение. Второе! Третье? Четвёртое…')).toEqual(['Первое предложение.', 'Второе!', 'Третье?', 'Четвёртое…']);
  });
  it('does not split at initials', () => {
    expect(sentencesOf('Вчера В. В. Путин приехал. Путин В.В. выступил. А потом ушёл.')).toEqual([
      'Вчера В. В. Путин приехал.',
      'Путин В.В. выступил.',
      'А потом ушёл.',
    ]);
  });
  it('does not split at common abbreviations', () => {
    expect(sentencesOf('Он жил в г. Москве, т.е. в столице, и т.д. и т.п. в 1990-х гг. работал. Бюджет 5 млн. руб. и 2 млрд. долларов. Ок.')).toEqual([
      'Он жил в г. Москве, т.е. в столице, и т.д. и т.п. в 1990-х гг. работал.',
      'Бюджет 5 млн. руб. и 2 млрд. долларов.',
      'Ок.',
    ]);
    expect(sentencesOf('Институт им. Склифосовского и проф. Иванов. См. ст. 105 УК.')).toEqual(['Институт им. Склифосовского и проф. Иванов.', 'См. ст. 105 УК.']);
    expect(sentencesOf('Mr. Smith met Dr. Jones in the U.S. last week. It was fine.')).toEqual(['Mr. Smith met Dr. Jones in the U.S. last week.', 'It was fine.']);
  });
  it('does not split at domain dots or enumeration numbers', () => {
    expect(sentencesOf('Как пишет Lenta.ru, адреса на .eu домене раздали. Итак.')).toEqual(['Как пишет Lenta.ru, адреса на .eu домене раздали.', 'Итак.']);
    expect(sentencesOf('1. Дюссельдорф — побратим Москвы. Второе.')).toEqual(['1. Дюссельдорф — побратим Москвы.', 'Второе.']);
    expect(sentencesOf('Их было 5. Потом 7.')).toEqual(['Их было 5.', 'Потом 7.']);
  });
  it('handles Ukrainian abbreviations and English months', () => {
    expect(sentencesOf('Мітинг на вул. Хрещатик у м. Київ біля ун-ту ім. Шевченка. Це було у 2025 р. Потім усі пішли.')).toEqual([
      'Мітинг на вул. Хрещатик у м. Київ біля ун-ту ім. Шевченка.',
      'Це було у 2025 р.',
      'Потім усі пішли.',
    ]);
    expect(sentencesOf('They met on Jan. 5 in Geneva. Talks failed.')).toEqual(['They met on Jan. 5 in Geneva.', 'Talks failed.']);
  });
  it('splits after a year abbreviation followed by a capital', () => {
    expect(sentencesOf('Это было в 2020 г. Потом всё изменилось.')).toEqual(['Это было в 2020 г.', 'Потом всё изменилось.']);
  });
  it('does not split decimal numbers', () => {
    expect(sentencesOf('Рост составил 3.5 процента. Итог 2.0 лучше.')).toEqual(['Рост составил 3.5 процента.', 'Итог 2.0 лучше.']);
  });
  it('keeps a quote with its attribution in one sentence', () => {
    expect(sentencesOf('"Мы готовы. Мы ждём", – сказал он. Потом ушёл.')).toEqual(['"Мы готовы. Мы ждём", – сказал он.', 'Потом ушёл.']);
    expect(sentencesOf('«Приду!» — пообещал он. Не пришёл.')).toEqual(['«Приду!» — пообещал он.', 'Не пришёл.']);
    expect(sentencesOf('Он сказал: «Всё. Хватит». Все ушли.')).toEqual(['Он сказал: «Всё. Хватит».', 'Все ушли.']);
  });
  it('splits a paragraph of whole quoted sentences that ends the quote', () => {
    expect(sentencesOf('«Мы пришли. Мы ушли.» Так и было.')).toEqual(['«Мы пришли.', 'Мы ушли.»', 'Так и было.']);
  });
  it('never crosses a block', () => {
    const a = parseArticle(decoded('t.txt', ' date 2025-01-01 Один без точки\n\nДва тоже'));
    const s = segment(a);
    expectOffsetInvariants(a, s);
    expect(sentenceTexts(a, s)).toEqual(['Один без точки', 'Два тоже']);
    expect(s.map((x) => x.block)).toEqual([0, 1]);
  });
  it('segments the seed-style quote paragraph with attribution as one sentence', () => {
    const text = '"Путин надеется на мир. Беспокойство растет", – резюмировали в ISW.';
    expect(sentencesOf(text)).toEqual([text]);
  });
  it('survives a 1 MB block without spaces or punctuation', () => {
    const a = parseArticle(decoded('big.txt', ' date 2025-01-01 ' + 'ж'.repeat(1_000_000)));
    const s = segment(a);
    expect(s).toHaveLength(1);
    expect(s[0].tokens).toHaveLength(1);
  });
  it('survives a 1 MB line of dots and quotes', () => {
    const a = parseArticle(decoded('big.txt', '".'.repeat(500_000)));
    const s = segment(a);
    expect(s).toHaveLength(1);
    expect(s[0].tokens).toHaveLength(1_000_000);
    expect(s[0].tokens[999_999]).toEqual({ start: 999_999, end: 1_000_000, text: '.' });
  });
});
