import { describe, expect, it } from 'vitest';
import { findEventTriggers } from '../../scripts/article/events/find-event-triggers.ts';

const types = (text: string, lang: string) => findEventTriggers(text.toLowerCase(), 0, lang).map((t) => `${t.type}:${t.form}`);

describe('findEventTriggers', () => {
  it('finds inflected verbs and nouns in Russian', () => {
    expect(types('Путин встретился с Трампом', 'ru')).toEqual(['meeting:past']);
    expect(types('Лидеры встретятся в Минске', 'ru')).toEqual(['meeting:future']);
    expect(types('его встречу с Трампом', 'ru')).toEqual(['meeting:noun']);
    expect(types('Путин и Трамп провели телефонный разговор', 'ru')).toEqual(['call:noun']);
    expect(types('Президенты созвонились', 'ru')).toEqual(['call:past']);
    expect(types('после встречи позвонит Зеленскому', 'ru')).toEqual(['meeting:noun', 'call:future']);
    expect(types('Моди посетил Москву и провел переговоры', 'ru')).toEqual(['visit:past', 'meeting:noun']);
    expect(types('армия нанесла удар по Харькову, обстрел продолжался', 'ru')).toEqual(['attack:noun', 'attack:noun']);
  });

  it('finds Ukrainian and English triggers', () => {
    expect(types('Ердоган зустрівся з Макроном', 'uk')).toEqual(['meeting:past']);
    expect(types('провели телефонну розмову', 'uk')).toEqual(['call:noun']);
    expect(types('Росія атакувала Одесу', 'uk')).toEqual(['attack:past']);
    expect(types('Я зателефоную президенту', 'uk')).toEqual(['call:future']);
    expect(types('Trump spoke by phone with Putin', 'en')).toEqual(['call:past']);
    expect(types('Erdogan met Macron', 'en')).toEqual(['meeting:past']);
    expect(types('A missile strike hit Odesa', 'en')).toEqual(['attack:noun']);
  });

  it('needs context for ambiguous predicates', () => {
    // «подписал» needs a document, «приговор»-verbs need a court, "beat" needs sport.
    expect(types('Путин подписал указ о призыве', 'ru')).toEqual(['signing:past']);
    expect(types('Он подписал открытку', 'ru')).toEqual([]);
    expect(types('Суд приговорил экс-депутата к восьми годам', 'ru')).toEqual(['legal:past']);
    expect(types('Он признал ошибку', 'ru')).toEqual([]);
    expect(types('Arsenal beat Chelsea 2-1', 'en')).toEqual(['sport:past']);
    expect(types('Inflation beat expectations', 'en')).toEqual([]);
    expect(types('ЕС ввел санкции против России', 'ru')).toEqual(['sanctions:noun']);
    expect(types('без дальнейших санкций', 'ru')).toEqual([]);
  });

  it('does not match inside longer words', () => {
    expect(types('визитка и встречный иск', 'ru')).toEqual([]);
    expect(types('metropolitan summitry', 'en')).toEqual([]);
  });
});
