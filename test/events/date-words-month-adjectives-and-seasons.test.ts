import { describe, expect, it } from 'vitest';
import { type DateDirection, findDateExpressions, parseArticleDate } from '../../scripts/article/events/resolve-event-date.ts';
import type { Lang } from '../../scripts/model/model.ts';

const first = (text: string, lang: Lang, direction: DateDirection = 'past', ref = '2025-10-14') =>
  findDateExpressions(text, lang, parseArticleDate(ref))[0]?.resolve(direction) ?? null;

describe('a month given as an adjective dates to the month', () => {
  it('reads ru month adjectives in several forms', () => {
    expect(first('итоги апрельского саммита подвели министры', 'ru')).toEqual({ date: '2025-04', precision: 'month', dateEnd: null });
    expect(first('на июльской встрече стороны поспорили', 'ru')?.date).toBe('2025-07');
    expect(first('сентябрьские выборы прошли спокойно', 'ru')?.date).toBe('2025-09');
    expect(first('после февральских консультаций', 'ru')?.date).toBe('2025-02');
  });

  it('reads uk month adjectives in several forms', () => {
    expect(first('після квітневого саміту лідери', 'uk')).toEqual({ date: '2025-04', precision: 'month', dateEnd: null });
    expect(first('на липневій зустрічі сторони', 'uk')?.date).toBe('2025-07');
    expect(first('вереснева сесія парламенту', 'uk')?.date).toBe('2025-09');
    expect(first('учасники листопадових перемовин', 'uk', 'past', '2026-01-20')?.date).toBe('2025-11');
  });

  it('takes the year given after the noun', () => {
    expect(first('итоги ноябрьских выборов 2019 года', 'ru')?.date).toBe('2019-11');
    expect(first('після червневого саміту 2022 року', 'uk')?.date).toBe('2022-06');
  });

  it('keeps the English month name before a noun', () => {
    expect(first('the April summit ended early', 'en')?.date).toBe('2025-04');
  });
});

describe('a season dates to the year, never to a month or day', () => {
  it('takes the year given with the season', () => {
    expect(first('осенью 2023 года делегации встретились', 'ru')).toEqual({ date: '2023', precision: 'year', dateEnd: null });
    expect(first('навесні 2022 року вони зустрілися', 'uk')).toEqual({ date: '2022', precision: 'year', dateEnd: null });
    expect(first('they met in the winter of 2021', 'en')).toEqual({ date: '2021', precision: 'year', dateEnd: null });
  });

  it('takes the article year for a past season without one, the year before for «прошлым летом»', () => {
    expect(first('весной министры встретились', 'ru')).toEqual({ date: '2025', precision: 'year', dateEnd: null });
    expect(first('влітку делегації зустрілися', 'uk')?.date).toBe('2025');
    expect(first('прошлой зимой делегации встретились', 'ru')?.date).toBe('2024');
    expect(first('the envoys met last spring', 'en')?.date).toBe('2024');
  });

  it('leaves a plan for a season without a year undated', () => {
    expect(first('a new round may come in the winter', 'en', 'any')).toBeNull();
    expect(first('переговоры продолжатся осенью', 'ru', 'future')).toBeNull();
  });

  it('does not read a season as a plain noun ("a long winter")', () => {
    expect(findDateExpressions('Officials warned of a long winter', 'en', parseArticleDate('2025-10-14'))).toEqual([]);
  });
});

describe('a day without a year for a plan', () => {
  it('reads a day eight or more months ahead as the recent past one', () => {
    expect(first('сторони мали підписати угоду 20 лютого', 'uk', 'future', '2025-06-10')?.date).toBe('2025-02-20');
    expect(first('стороны должны были встретиться 10 мая', 'ru', 'future', '2025-07-01')?.date).toBe('2025-05-10');
  });

  it('keeps a near future day in the coming months', () => {
    expect(first('саммит пройдет 12 декабря', 'ru', 'future', '2025-07-01')?.date).toBe('2025-12-12');
    expect(first('the summit will open on 9 January', 'en', 'future', '2025-11-20')?.date).toBe('2026-01-09');
  });
});

describe('a season named as an object is not a date', () => {
  it('skips «пережить зиму», «чекати на весну»', () => {
    expect(findDateExpressions('город готовится пережить зиму', 'ru', parseArticleDate('2025-10-14'))).toEqual([]);
    expect(findDateExpressions('фермери чекають на весну', 'uk', parseArticleDate('2025-10-14'))).toEqual([]);
  });
});

describe('a past day without a year', () => {
  it('reads a day eight or more months back as the coming one', () => {
    expect(first('Kovač faces Novak in the runoff on 2 December', 'en', 'past', '2025-10-01')?.date).toBe('2025-12-02');
    expect(first('вони зустрілися 20 вересня', 'uk', 'past', '2025-10-01')?.date).toBe('2025-09-20');
  });

  it('still reaches most of a year back for a bare month', () => {
    expect(first('министры встретились в ноябре', 'ru', 'past', '2025-09-20')?.date).toBe('2024-11');
  });
});
