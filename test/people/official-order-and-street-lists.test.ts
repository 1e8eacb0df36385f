import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { nameMentions, names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** «Surname First Patronymic» is one name even when the dictionary knows neither the surname nor the spelling. */
describe('surname, given name and patronymic in the official order', () => {
  it('the patronymic by its shape, in any case, joins a surname unknown to the dictionary', () => {
    const found = people('Засновниками фірми є Гривчук Орест Миколайович та Лазоренко Дарина Михайлівна.', 'uk');
    expect(found.flatMap(nameMentions).sort()).toEqual(['Гривчук Орест Миколайович', 'Лазоренко Дарина Михайлівна']);
    expect(people('Суд виніс вирок Зорянчуку Андрію Валерійовичу у вівторок.', 'uk').flatMap(nameMentions)).toEqual(['Зорянчуку Андрію Валерійовичу']);
  });

  it('a common noun mid-sentence before a sure given name and patronymic is the surname', () => {
    expect(people('Керівником фірми є Мельник Андрій Володимирович, який її зареєстрував.', 'uk').flatMap(nameMentions)).toEqual(['Мельник Андрій Володимирович']);
  });

  it('a common noun before «First Patronymic Surname» is not taken as the surname', () => {
    expect(people('Глава Республики Олег Петрович Сомов предложил закон.').flatMap(nameMentions)).toEqual(['Олег Петрович Сомов']);
  });
});

/** Streets named after people, one after another in a list after the street noun, are places. */
describe('lists of streets', () => {
  it('every item of a list after a street noun is a street', () => {
    expect(names(people('Відремонтують вулиці: Зорянська, Гурова, Івана Сомова та Лісова, а також 30 років Перемоги.', 'uk'))).toEqual([]);
  });

  it('a lowercase word ends the list: a person later in the sentence stays', () => {
    expect(names(people('На вулиці Франка, 12 відкрили кафе, а Петро Сомов прийшов першим.', 'uk'))).toEqual(['Петро Сомов']);
  });
});
