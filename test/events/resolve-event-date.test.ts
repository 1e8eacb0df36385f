import { describe, expect, it } from 'vitest';
import { type DateDirection, findDateExpressions, parseArticleDate } from '../../scripts/article/events/resolve-event-date.ts';

function first(text: string, lang: string, articleDate: string | null, direction: DateDirection = 'past') {
  const [expr] = findDateExpressions(text, lang, parseArticleDate(articleDate));
  return expr ? expr.resolve(direction) : null;
}

describe('findDateExpressions', () => {
  it('reads absolute dates in ru/uk/en, taking the year from the article', () => {
    expect(first('встреча, которая прошла 15 августа', 'ru', '2025-08-24')).toEqual({ date: '2025-08-15', precision: 'day', dateEnd: null });
    expect(first('зустріч 15 серпня 2024 року', 'uk', '2025-08-24')).toMatchObject({ date: '2024-08-15', precision: 'day' });
    expect(first('Trump met Putin on August 15.', 'en', '2025-08-24')).toMatchObject({ date: '2025-08-15', precision: 'day' });
  });

  it('puts a past day-month without a year into the previous year when it would be in the future', () => {
    expect(first('встреча прошла 28 декабря', 'ru', '2025-01-05')).toMatchObject({ date: '2024-12-28' });
    expect(first('встреча пройдет 5 января', 'ru', '2024-12-28', 'future')).toMatchObject({ date: '2025-01-05' });
  });

  it('resolves relative days against a day-precision article date', () => {
    expect(first('Вчера лидеры созвонились', 'ru', '2025-08-24')).toMatchObject({ date: '2025-08-23', precision: 'day' });
    expect(first('Учора президенти провели переговори', 'uk', '2025-05-16')).toMatchObject({ date: '2025-05-15', precision: 'day' });
    expect(first('The leaders spoke yesterday', 'en', '2025-05-16')).toMatchObject({ date: '2025-05-15', precision: 'day' });
  });

  it('never invents a day from a month-only article date', () => {
    expect(first('Вчера лидеры созвонились', 'ru', '2025-08')).toEqual({ date: '2025-08', precision: 'month', dateEnd: null });
    expect(first('Trump met Putin last Tuesday', 'en', '2025-08')).toMatchObject({ date: '2025-08', precision: 'month' });
    expect(first('встреча 3 июня', 'ru', '2025-06')).toMatchObject({ date: '2025-06-03', precision: 'day' });
  });

  it('counts a bare weekday back for past events and forward for planned ones', () => {
    // 2025-08-24 is a Sunday.
    expect(first('в пятницу лидеры встретились', 'ru', '2025-08-24', 'past')).toMatchObject({ date: '2025-08-22' });
    expect(first('у вівторок лідери зустрінуться', 'uk', '2025-08-24', 'future')).toMatchObject({ date: '2025-08-26' });
    expect(first('met last Tuesday', 'en', '2025-08-24', 'past')).toMatchObject({ date: '2025-08-19' });
    // The expression's own direction wins over the tense; typographic apostrophes and «-го» are read.
    expect(first('в прошлую пятницу', 'ru', '2025-06-25', 'future')).toMatchObject({ date: '2025-06-20' });
    expect(first('минулої п’ятниці', 'uk', '2025-06-25', 'any')).toMatchObject({ date: '2025-06-20' });
    expect(first('у п’ятницю зустрінуться', 'uk', '2025-06-25', 'future')).toMatchObject({ date: '2025-06-27' });
    expect(first('15-го августа', 'ru', '2025-08-24')).toMatchObject({ date: '2025-08-15', precision: 'day' });
  });

  it('gives weeks month precision and years year precision', () => {
    expect(first('минулого тижня', 'uk', '2025-08-24')).toMatchObject({ date: '2025-08', precision: 'month' });
    expect(first('на прошлой неделе', 'ru', '2025-08-05')).toMatchObject({ date: '2025-07', precision: 'month' });
    expect(first('В 2024 году Путин посетил Пхеньян', 'ru', '2025-03-20')).toMatchObject({ date: '2024', precision: 'year' });
    expect(first('Наступного року Лукашенко планує відвідати Астану', 'uk', '2025-05-16', 'future')).toMatchObject({ date: '2026', precision: 'year' });
    expect(first('в будущем году', 'ru', '2025-05-16')).toMatchObject({ date: '2026', precision: 'year' });
    expect(first('в августе', 'ru', '2025-08-24')).toMatchObject({ date: '2025-08', precision: 'month' });
  });

  it('reads ranges', () => {
    expect(first('прошли в Стамбуле с 3 по 4 ноября', 'ru', '2025-11-05')).toEqual({ date: '2025-11-03', precision: 'day', dateEnd: '2025-11-04' });
    expect(first('відбулися 3–4 листопада', 'uk', '2025-11-05')).toMatchObject({ date: '2025-11-03', dateEnd: '2025-11-04' });
    expect(first('held talks from November 3 to 4', 'en', '2025-11-06')).toMatchObject({ date: '2025-11-03', dateEnd: '2025-11-04' });
  });

  it('ignores durations, scores, ordinals and the modal "may"', () => {
    expect(findDateExpressions('could meet within two weeks', 'en', parseArticleDate('2025-08-24'))).toEqual([]);
    expect(findDateExpressions('Встреча может пройти через две недели', 'ru', parseArticleDate('2025-08-24'))).toEqual([]);
    expect(findDateExpressions('«Спартак» обыграл «Зенит» со счетом 2:1 на 88-й минуте', 'ru', parseArticleDate('2025-08-24'))).toEqual([]);
    expect(findDateExpressions('Об этом сообщает 24 Канал', 'ru', parseArticleDate('2025-08-24'))).toEqual([]);
    expect(findDateExpressions('The leaders may meet again', 'en', parseArticleDate('2025-08-24'))).toEqual([]);
    expect(findDateExpressions('проведуть зустріч у Берліні', 'uk', parseArticleDate('2025-09-15'))).toEqual([]);
  });
});
