import { describe, expect, it } from 'vitest';
import { isOwnDate } from '../../scripts/article/events/candidate-date.ts';
import { findDateExpressions, parseArticleDate } from '../../scripts/article/events/resolve-event-date.ts';
import type { Lang } from '../../scripts/model/model.ts';

/** The resolved dates a sentence's own (non-bound) expressions give a past event. */
const own = (text: string, lang: Lang): (string | null)[] =>
  findDateExpressions(text, lang, parseArticleDate('2025-10-14'))
    .filter((d) => isOwnDate(text, d))
    .map((d) => d.resolve('past')?.date ?? null);

describe('a bound never dates the event it bounds', () => {
  it('reads «с марта», «со второго квартала», «с 2019 года» as bounds (ru)', () => {
    expect(own('Завод простаивает с апреля, сообщил директор', 'ru')).toEqual([]);
    expect(own('С 2019 года министр возглавляет комиссию', 'ru')).toEqual([]);
    expect(own('После 2018 года переговоры не возобновлялись', 'ru')).toEqual([]);
    expect(own('Соглашение действует до конца декабря', 'ru')).toEqual([]);
  });

  it('reads «з травня», «з 2020 року», «після 2017 року», «до кінця листопада» as bounds (uk)', () => {
    expect(own('З травня посол працює у Варшаві', 'uk')).toEqual([]);
    expect(own('Він очолює відомство з 2020 року', 'uk')).toEqual([]);
    expect(own('Після 2017 року делегації не зустрічалися', 'uk')).toEqual([]);
    expect(own('Мораторій діятиме до кінця листопада', 'uk')).toEqual([]);
  });

  it('reads "since 2020", "until June", "by the end of May" as bounds (en)', () => {
    expect(own('The minister has chaired the panel since 2020', 'en')).toEqual([]);
    expect(own('The ban stays in force until June', 'en')).toEqual([]);
    expect(own('The parties must agree by the end of May', 'en')).toEqual([]);
  });

  it('keeps a range, whose start dates the event', () => {
    expect(own('Форум пройдет с 3 по 5 ноября', 'ru')).toEqual(['2025-11-03']);
    expect(own('Навчання тривали з 6 до 9 вересня', 'uk')).toEqual(['2025-09-06']);
  });

  it('keeps a document date after «від»', () => {
    expect(own('Указ від 4 жовтня набув чинності', 'uk')).toEqual(['2025-10-04']);
  });

  it('keeps a plain date next to a bound', () => {
    expect(own('Посол, работающий в Риме с 2021 года, встретился с министром 2 октября', 'ru')).toEqual(['2025-10-02']);
  });
});
