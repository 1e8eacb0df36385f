import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { nameMentions, names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** Companies, brands, media, events and streets named by capitalised words are not people. */
describe('things and places that look like names', () => {
  it('a company head word makes the run a company, in Latin and in Cyrillic', () => {
    expect(names(people('Analysts at Brelton Capital said the shares fell, Olaf Grint reported.', 'en'))).toEqual(['Olaf Grint']);
    expect(names(people('Акции компании Норвест Кэпитал упали, сказал Иван Сомов.'))).toEqual(['Иван Сомов']);
    expect(names(people('Договір підписала «Сопрема Трейдінг», повідомив Олег Дубенко.', 'uk'))).toEqual(['Олег Дубенко']);
  });

  it('a one-word body by its shape (…залізниця, …рада, …кадастр) and a «… Менеджмент» run are no people', () => {
    expect(names(people('Рішення Міськради оскаржила Західзалізниця, повідомив Олег Дубенко.', 'uk'))).toEqual(['Олег Дубенко']);
    expect(names(people('Власником є компанія «Варна Менеджмент», повідомив Олег Дубенко.', 'uk'))).toEqual(['Олег Дубенко']);
  });

  it('a person named right after a company in one capitalised run is still found', () => {
    expect(names(people('Голова Брелтон Кепітал Олаф Грінт заявив про нову угоду.', 'uk'))).toEqual(['Олаф Грінт']);
  });

  it('a legal form after a Latin run makes it a company', () => {
    expect(names(people('The deal was signed by Varno Holding B. V. and Lorna Trading S. A. last week.', 'en'))).toEqual([]);
    expect(names(people('Shares of Kestrel Dunmore Ltd rose on Monday.', 'en'))).toEqual([]);
  });

  it('whatever stands in quotes after a legal form is the company', () => {
    expect(names(people('Компанію ТОВ «Фірма Зорян + К» заснував бізнесмен Петро Коваль.', 'uk'))).toEqual(['Петро Коваль']);
    expect(names(people('Склад купило ООО «Виктор Лаптев и партнёры» в прошлом году.'))).toEqual([]);
  });

  it('a thing noun before an unknown run names the thing: a brand, an airline, a pipeline', () => {
    expect(names(people('Лоукостер Флайрон объявил о новых рейсах.'))).toEqual([]);
    expect(names(people('Газопровод Бельтрон Стрим запустят весной, заявил Иван Сомов.'))).toEqual(['Иван Сомов']);
  });

  it('a thing noun before a given name or a surname-shaped word leaves the person', () => {
    expect(names(people('Керує компанією Ілля Гринчук, який до цього був аудитором.', 'uk'))).toEqual(['Ілля Гринчук']);
    expect(names(people('Представитель компании Олег Сомов отказался от комментариев.'))).toEqual(['Олег Сомов']);
  });

  it('a street, avenue or airport named after a person is a place, not a mention of the person', () => {
    expect(names(people('Офіс розташований на вулиці Івана Франка, а склад на проспекті Степана Бандери.', 'uk'))).toEqual([]);
    expect(names(people('Магазин открыли на ул. Сомова, рядом с парком.'))).toEqual([]);
    expect(names(people('Самолёт сел в аэропорту имени Андрея Туполева.'))).toEqual([]);
  });

  it('a thing named after a person («хор імені …», «театр имени …») is no mention, even of a surname known in the article', () => {
    expect(names(people('Для учнів виступить хор імені Лисенка.', 'uk'))).toEqual([]);
    const found = people('Олег Сомов приехал в город. Вечером выступил хор имени Сомова.');
    expect(found.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text))).toEqual(['Олег Сомов']);
  });

  it('a square its own adjective names is no street name for the person after it', () => {
    const found = people('Прибув Олег Гуров. На Зорянській площі Гуров поспілкувався з ветеранами.', 'uk');
    expect(found.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text))).toEqual(['Олег Гуров', 'Гуров']);
  });

  it('a natural place named after its noun («острова …», «Острове …») is no person', () => {
    expect(names(people('Туристы приплыли на Острове Гурова вчера, а потом к мысу Сомова.'))).toEqual([]);
  });

  it('a comma after the street noun starts a new clause; a person who owns the thing keeps the name', () => {
    expect(names(people('Вони зупинилися у провулку, Олег Сомов розплатився.', 'uk'))).toEqual(['Олег Сомов']);
    expect(people('Гостей зустрів господар фестивалю Ілля Варнюк.', 'uk').flatMap(nameMentions)).toEqual(['Ілля Варнюк']);
  });

  it('«мис» opens no word that merely starts with it', () => {
    expect(people('Олег Сомов виступив. Саме так мислить Сомов, кажуть аналітики.', 'uk').flatMap(nameMentions)).toEqual(['Олег Сомов', 'Сомов']);
  });

  it('an English verb that merely starts like a thing noun leaves the name', () => {
    expect(names(people('The board approved Varno Trent as chief executive, Olaf Grint said.', 'en'))).toContain('Olaf Grint');
  });
});
