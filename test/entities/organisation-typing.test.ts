import { beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationsAndPlaces } from '../../scripts/article/entities/find-organisations-places.ts';
import { initMorphology } from '../../scripts/lang/morphology.ts';
import { loadUkLexicon } from '../../scripts/lang/uk-lexicon.ts';
import type { EntityType, Lang } from '../../scripts/model/model.ts';
import { articleOf, sentencesOf } from './helpers.ts';

beforeAll(async () => {
  await initMorphology();
});

const mentions = (text: string, type: EntityType, lang: Lang = 'ru'): string[] =>
  findOrganisationsAndPlaces(articleOf(text), lang, sentencesOf(text))
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.text));

/** Names the article itself shows to be no organisation. */
describe('products and common-noun abbreviations', () => {
  it('a Latin name the article puts after a product noun is a product wherever it recurs', () => {
    const text = 'Вышла новая версия операционной системы Zorix. Программы под Zorix теперь работают быстрее.';
    expect(mentions(text, 'org')).toEqual([]);
  });

  it('the same name led by a company descriptor stays an organisation; a name never put after a product noun stays too', () => {
    const text = 'Смартфон Quorra выпустила компания Quorra Labs. Акции Brellix выросли.';
    expect(mentions(text, 'org')).toEqual(expect.arrayContaining(['компания Quorra Labs', 'Brellix']));
  });

  it('a Latin name after a noun of a contest or a slogan is that thing, in every mention', () => {
    const text = 'Стартовал конкурс Golden Quill Awards Night. Итоги Golden Quill Awards Night подведут весной, а кампания идёт под девизом Go Zorix.';
    expect(mentions(text, 'org')).toEqual([]);
  });

  it('an abbreviation spelled out in lowercase words before it abbreviates no name', () => {
    const text = 'Разработчики открытого рыночного кода (ОРК) собрались. Сообщество ОРК растёт, а ЗРК молчит.';
    expect(mentions(text, 'org')).toEqual(['ЗРК']);
  });

  it('an abbreviation of a kind of body stands for the article’s body and stays an organisation', () => {
    const text = 'Збори провело об’єднання власників гаражних боксів (ОВГБ). Голова ОВГБ виступив.';
    expect(mentions(text, 'org', 'uk')).toEqual(expect.arrayContaining(['ОВГБ']));
  });
});

describe('world organisations in the gazetteer', () => {
  it('movements, parliaments and agencies the dictionary does not know are organisations in any case form and language', () => {
    expect(mentions('Вчера активисты Гринпис и депутаты Кнессета встретились с главой Интерпола.', 'org')).toEqual(['Гринпис', 'Кнессета', 'Интерпола']);
    expect(mentions('Представники Грінпіс зустрілися з депутатами Кнесету.', 'org', 'uk')).toEqual(['Грінпіс', 'Кнесету']);
  });
});

describe('quoted names marked as organisations by the sentence', () => {
  it('a quoted name after a word of reporting is the medium, spanning the name inside the quotes', () => {
    expect(mentions('Об этом сообщает «Вечерний курьер» со ссылкой на мэрию.', 'org')).toEqual(['Вечерний курьер']);
    expect(mentions('Про це повідомляє «Ранковий кур’єр» сьогодні.', 'org', 'uk')).toEqual(['Ранковий кур’єр']);
  });

  it('a quoted name listed after a quoted organisation is one too; a quoted place is not', () => {
    expect(mentions('Акцию провели движение «Зелёный берег», «Чистый двор» и жители.', 'org')).toEqual(['движение «Зелёный берег»', 'Чистый двор']);
    expect(mentions('Об этом сообщает «Москва» и другие.', 'org')).toEqual([]);
  });
});

describe('bodies named by their building', () => {
  it('after a locative preposition the building is a place; elsewhere the body is an organisation', () => {
    const text = 'Президент выступил в Белом доме. Белый дом ответил критикам.';
    expect(mentions(text, 'place')).toEqual(['Белом доме']);
    expect(mentions(text, 'org')).toEqual(['Белый дом']);
  });
});

describe('quoted names after a member noun', () => {
  it('a quoted name after a fan, player or head is the body; a long quote is not', () => {
    expect(mentions('Болельщики «Зорянца» вышли на улицы.', 'org')).toEqual(['Зорянца']);
    expect(mentions('Лідер «Зорі» виступив.', 'org', 'uk')).toEqual(['Зорі']);
    expect(mentions('Корреспондент «Как мы провели это лето у моря» вернулся.', 'org')).toEqual([]);
  });
});

describe('Ukrainian places in the locative', () => {
  it('a capitalised word in the locative after «в/у» is a place, named in the nominative the lexicon lists', async () => {
    await loadUkLexicon();
    const text = 'Завод у Краматорську закрили, а склад у Севастополі продали.';
    const places = findOrganisationsAndPlaces(articleOf(text), 'uk', sentencesOf(text)).filter((e) => e.type === 'place');
    expect(places.map((e) => `${e.mentions[0]!.text} → ${e.name}`)).toEqual(['Краматорську → Краматорськ', 'Севастополі → Севастополь']);
  });

  it('a genitive after «у», a full name, or a form the lexicon does not list is no place', async () => {
    await loadUkLexicon();
    expect(mentions('Склад у Зорянську продали.', 'place', 'uk')).toEqual([]);
    expect(mentions('Гроші лежали у Петренка вдома.', 'place', 'uk')).toEqual([]);
    expect(mentions('Ми були у Олені Кравець вдома.', 'place', 'uk')).toEqual([]);
  });
});
