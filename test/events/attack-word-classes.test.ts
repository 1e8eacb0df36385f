/**
 * Attacks on people and territory beyond strikes and shelling: shootings,
 * attempts on a life, wounded and shot people, incursions — over their word
 * classes (inflected forms), ru/uk/en, in made-up phrases.
 */
import { describe, expect, it } from 'vitest';
import { findEventTriggers } from '../../scripts/article/events/find-event-triggers.ts';

const kinds = (text: string, lang: string): string[] => findEventTriggers(text.toLowerCase(), 0, lang).map((t) => t.type);

function allFind(type: string, lang: string, phrases: string[]): void {
  for (const phrase of phrases) expect(kinds(phrase, lang), phrase).toContain(type);
}

describe('attacks: shootings, attempts on a life, incursions', () => {
  it('reads ru forms', () => allFind('attack', 'ru', [
    'Покушение на мэра осудили все партии', 'После покушения охрану усилили', 'Стрельба началась у вокзала',
    'Во время стрельбы пострадали двое', 'Нападение на депутата', 'Полиция расследует нападения на кассиров',
    'Губернатор ранен в плечо', 'Раненного депутата доставили в больницу', 'Охранник был застрелен',
    'Неизвестный открыл огонь по толпе', 'Вторжение в приграничный район',
  ]));
  it('reads uk forms', () => allFind('attack', 'uk', [
    'Замах на мера засудили', 'Після замаху охорону посилили', 'Стрілянина почалася біля вокзалу',
    'Напад на депутата', 'Поранений губернатор у лікарні', 'Невідомий відкрив вогонь по натовпу', 'Вторгнення в прикордонний район',
  ]));
  it('reads en forms', () => allFind('attack', 'en', [
    'The shooting happened near the station', 'an assassination attempt on the mayor', "an attempt on the governor's life",
    'The senator was shot twice', 'Two guards were wounded', 'A man opened fire on the crowd', 'the incursion into the border region',
  ]));
  it('leaves look-alikes alone', () => {
    expect(kinds('Фильм снимали в Ранене', 'ru')).not.toContain('attack');
    expect(kinds('Он нападающий клуба', 'ru')).not.toContain('attack');
    expect(kinds('a photo shoot in the studio', 'en')).not.toContain('attack');
    expect(kinds('Нападник забив гол', 'uk')).not.toContain('attack');
  });
});
