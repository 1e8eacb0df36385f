import { describe, expect, it } from 'vitest';
import { findDateExpressions, lastDayOf, parseArticleDate } from '../../scripts/article/events/resolve-event-date.ts';
import type { Lang } from '../../scripts/model/model.ts';

const ref = parseArticleDate('2025-10-14');
const dates = (text: string, lang: Lang, anchor: string | null = null): (string | null)[] =>
  findDateExpressions(text, lang, ref, anchor).map((d) => d.resolve('past')?.date ?? null);

describe('a day counted from another date in the text', () => {
  it('reads «на следующий день», «наступного дня», "the following day" after a date of the same sentence', () => {
    expect(dates('Министр прилетел 6 октября, а на следующий день провел переговоры', 'ru')).toEqual(['2025-10-06', '2025-10-07']);
    expect(dates('Посол прибув 3 жовтня, а наступного дня зустрівся з мером', 'uk')).toEqual(['2025-10-03', '2025-10-04']);
    expect(dates('The envoy landed on October 8 and met the mayor the following day', 'en')).toEqual(['2025-10-08', '2025-10-09']);
  });

  it('counts from the last day named in earlier sentences', () => {
    const anchor = lastDayOf(findDateExpressions('Делегация прибыла 9 октября.', 'ru', ref), null);
    expect(anchor).toBe('2025-10-09');
    expect(dates('На другой день начались консультации', 'ru', anchor)).toEqual(['2025-10-10']);
    expect(dates('Днем пізніше сторони підписали меморандум', 'uk', anchor)).toEqual(['2025-10-10']);
    expect(dates('The talks began the next day', 'en', anchor)).toEqual(['2025-10-10']);
  });

  it('reads "three days later", «спустя пять дней», «через шість днів по тому»', () => {
    expect(dates('Three days later the ministers met', 'en', '2025-10-02')).toEqual(['2025-10-05']);
    expect(dates('Спустя пять дней лидеры созвонились', 'ru', '2025-10-02')).toEqual(['2025-10-07']);
    expect(dates('Через шість днів по тому лідери зустрілися', 'uk', '2025-10-02')).toEqual(['2025-10-08']);
  });

  it('counts «через пять дней после того, как …» from the later-named event of the sentence', () => {
    const [offset] = findDateExpressions('Договор подписали через пять дней после того, как лидеры встретились 3 октября', 'ru', ref, '2025-09-20');
    expect(offset?.resolve('past')?.date).toBe('2025-10-08');
  });

  it('reads «накануне», «напередодні», "the previous day" as the day before the last day named', () => {
    expect(dates('Министр накануне прилетел в Осло', 'ru', '2025-10-09')).toEqual(['2025-10-08']);
    expect(dates('Посол напередодні зустрівся з мером', 'uk', '2025-10-09')).toEqual(['2025-10-08']);
    expect(dates('The envoys had met the previous day.', 'en', '2025-10-09')).toEqual(['2025-10-08']);
  });

  it('reads «накануне» with no day before it as the eve of the article date', () => {
    expect(dates('Накануне, как сообщили в кабинете, премьер подписал указ', 'ru')).toEqual(['2025-10-13']);
    expect(dates('Напередодні підписав указ прем’єр', 'uk')).toEqual(['2025-10-13']);
  });

  it('leaves the eve of a named event («накануне выборов», «напередодні виборів», "the day before the vote") alone', () => {
    expect(dates('Накануне выборов министр уехал', 'ru', '2025-10-09')).toEqual([]);
    expect(dates('Напередодні виборів посол поїхав', 'uk', '2025-10-09')).toEqual([]);
    expect(dates('He left the day before the vote', 'en', '2025-10-09')).toEqual([]);
  });

  it('gives no date without an earlier day to count from', () => {
    expect(dates('На следующий день министр уехал', 'ru')).toEqual([null]);
  });

  it('still reads «вчера», «в пятницу», "last Tuesday" against the article date', () => {
    expect(dates('вчера министр уехал', 'ru', '2025-09-01')).toEqual(['2025-10-13']);
    expect(dates('у п’ятницю посол зустрівся', 'uk')).toEqual(['2025-10-10']);
    expect(dates('They met last Tuesday', 'en')).toEqual(['2025-10-07']);
  });
});

describe('a weekday of a plan told in the past lies ahead of the telling', () => {
  const ahead = (text: string, lang: Lang): (string | null)[] =>
    findDateExpressions(text, lang, parseArticleDate('2025-10-15')).map((d) => d.resolve('past')?.date ?? null);
  it('reads "was due to … on Thursday", «должен был … в четверг», «мав … у четвер» forward', () => {
    expect(ahead('The minister was due to open the fair in Lyon on Thursday', 'en')).toEqual(['2025-10-16']);
    expect(ahead('Министр должен был открыть выставку в четверг', 'ru')).toEqual(['2025-10-16']);
    expect(ahead('Міністр мав відкрити виставку в четвер', 'uk')).toEqual(['2025-10-16']);
  });

  it('still counts a plain past weekday back', () => {
    expect(ahead('Министр открыл выставку в четверг', 'ru')).toEqual(['2025-10-09']);
  });
});
