import { describe, expect, it } from 'vitest';
import { eventStatus } from '../../scripts/article/events/event-status.ts';

const status = (form: Parameters<typeof eventStatus>[0], clause: string, lang: string, governing = '') =>
  eventStatus(form, clause.toLowerCase(), governing.toLowerCase(), lang).status;

describe('eventStatus', () => {
  it('reads past reports as happened', () => {
    expect(status('past', 'Эрдоган вчера встретился с Макроном', 'ru')).toBe('happened');
    expect(status('noun', 'встреча, которая прошла 15 августа, является частью первых шагов', 'ru')).toBe('happened');
    expect(status('past', 'Trump met Putin in Alaska', 'en')).toBe('happened');
  });

  it('reads future tense and plans as planned', () => {
    expect(status('future', 'Лукашенко и Токаев встретятся 15 мая в Минске', 'ru')).toBe('planned');
    expect(status('noun', 'Romania will hold its presidential election on May 18', 'en')).toBe('planned');
    expect(status('infinitive', 'Наступного року Лукашенко планує відвідати Астану', 'uk')).toBe('planned');
    expect(status('noun', 'Следующий матч «Спартак» проведет 27 апреля', 'ru')).toBe('planned');
  });

  it('reads the seed article’s denied and wished-for meetings as hypothetical', () => {
    expect(status('noun', 'встреча между Зеленским и Путиным пока не запланирована', 'ru', 'Лавров заявил, что ')).toBe('hypothetical');
    expect(status('noun', 'маловероятной встречу Зеленского и Путина считает президент Финляндии', 'ru')).toBe('hypothetical');
    expect(status('past', 'чтобы Путин встретился с Зеленским для заключения мира', 'ru', 'настаивает на том, ')).toBe('hypothetical');
    expect(status('past', 'Путин встречался с Лукашенко на прошлой неделе', 'ru', 'Кремль опроверг сообщения о том, что ')).toBe('hypothetical');
    expect(status('noun', 'зустріч Путіна із Зеленським наразі не планується', 'uk')).toBe('hypothetical');
    expect(status('present', 'Putin and Zelensky could meet within two weeks', 'en')).toBe('hypothetical');
  });

  it('reads cancellations as cancelled even when the plan is mentioned', () => {
    expect(status('noun', 'Макрон скасував візит до Алжиру, запланований на 3 червня', 'uk')).toBe('cancelled');
    expect(status('noun', 'Визит канцлера в Пекин отменили в последний момент', 'ru')).toBe('cancelled');
    expect(status('noun', 'Macron has called off his visit to Algeria, which had been planned for June 3', 'en')).toBe('cancelled');
  });

  it('does not take the month May for the modal verb', () => {
    expect(status('noun', 'the election on may 18 will decide', 'en')).toBe('planned');
  });

  it('reads an idea of an event as hypothetical and its preparation as planned (sample corpus)', () => {
    expect(status('noun', 'президенты обсудили идею прямой встречи Путина с Зеленским', 'ru')).toBe('hypothetical');
    expect(status('noun', 'Трамп начал подготовку встречи Путина и Зеленского', 'ru')).toBe('planned');
    expect(status('noun', 'Зеленський подякував за підготовку нового пакета санкцій', 'uk')).toBe('planned');
    expect(status('noun', 'we are working on a meeting between President Putin and President Zelensky', 'en')).toBe('planned');
  });
});
