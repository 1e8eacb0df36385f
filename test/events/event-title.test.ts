import { describe, expect, it } from 'vitest';
import { eventTitle } from '../../scripts/article/events/event-title.ts';
import { inflectSurname, placeNominative } from '../../scripts/lang/inflect-name.ts';

const m = (name: string) => ({ name, gender: null });

describe('eventTitle', () => {
  it('declines participants and places in ru/uk and leaves English alone', () => {
    expect(eventTitle({ type: 'meeting', lang: 'ru', people: [m('Путин'), m('Трамп')], place: 'Аляска', orgs: [] })).toBe('Встреча Путина и Трампа на Аляске');
    expect(eventTitle({ type: 'meeting', lang: 'uk', people: [m('Путін'), m('Трамп')], place: 'Аляска', orgs: [] })).toBe('Зустріч Путіна і Трампа на Алясці');
    expect(eventTitle({ type: 'meeting', lang: 'en', people: [m('Putin'), m('Trump')], place: 'Alaska', orgs: [] })).toBe('Meeting of Putin and Trump in Alaska');
    expect(eventTitle({ type: 'call', lang: 'ru', people: [m('Зеленский'), m('Макрон')], place: null, orgs: [] })).toBe('Телефонный разговор Зеленского и Макрона');
    expect(eventTitle({ type: 'visit', lang: 'uk', people: [m('Моді')], place: 'Москва', orgs: [] })).toBe('Візит Моді до Москви');
    expect(eventTitle({ type: 'signing', lang: 'ru', people: [m('Зеленский'), m('Стармер')], place: 'Киев', orgs: [] })).toBe('Подписание соглашения между Зеленским и Стармером в Киеве');
  });

  it('tells namesakes apart by their initials', () => {
    const z = (given: string | null, gender: 'f' | null = null) => ({ name: 'Зинченко', gender, given });
    expect(eventTitle({ type: 'meeting', lang: 'ru', people: [z('Андрей'), z('Ольга', 'f'), m('Петров')], place: null, orgs: [] })).toBe('Встреча А. Зинченко, О. Зинченко и Петрова');
    const uk = (given: string, gender: 'f' | null) => ({ name: 'Зінченко', gender, given });
    expect(eventTitle({ type: 'signing', lang: 'uk', people: [uk('Андрій', null), uk('Олена', 'f')], place: null, orgs: [] })).toBe('Підписання угоди між А. Зінченком і О. Зінченко');
    expect(eventTitle({ type: 'meeting', lang: 'en', people: [{ name: 'Zinchenko', gender: null, given: 'Andriy' }, { name: 'Zinchenko', gender: null, given: 'Olena' }], place: null, orgs: [] })).toBe('Meeting of A. Zinchenko and O. Zinchenko');
    // One of a surname, or no first name to go by: the surname alone.
    expect(eventTitle({ type: 'meeting', lang: 'ru', people: [z('Андрей'), m('Петров')], place: null, orgs: [] })).toBe('Встреча Зинченко и Петрова');
    expect(eventTitle({ type: 'meeting', lang: 'ru', people: [z(null), z('Ольга')], place: null, orgs: [] })).toBe('Встреча Зинченко и О. Зинченко');
  });

  it('declines surnames by their ending', () => {
    expect(inflectSurname('Лукашенко', 'gen', 'ru')).toBe('Лукашенко');
    expect(inflectSurname('Лукашенко', 'gen', 'uk')).toBe('Лукашенка');
    expect(inflectSurname('Зеленський', 'gen', 'uk')).toBe('Зеленського');
    expect(inflectSurname('Токаев', 'ins', 'ru')).toBe('Токаевым');
    expect(inflectSurname('Каллас', 'gen', 'ru', 'f')).toBe('Каллас');
    expect(inflectSurname('Захарова', 'gen', 'ru')).toBe('Захаровой');
  });

  it('puts places back into the nominative', () => {
    expect(placeNominative('Алясці', 'uk')).toBe('Аляска');
    expect(placeNominative('Стамбулі', 'uk')).toBe('Стамбул');
    expect(placeNominative('Харькову', 'ru')).toBe('Харьков');
    expect(placeNominative('Одесу', 'uk')).toBe('Одеса');
  });
});
