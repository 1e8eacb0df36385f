import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

describe('a name inside a short quoted title names the title', () => {
  it('drops a person held by a campaign, film or party title', () => {
    expect(names(people('Сторонники поддержали акцию «Утро против Сомова» в субботу.'))).toEqual([]);
    expect(names(people('Журнал вийшов зі статтею «Таємна дача Олега Гурова» у вівторок.', 'uk'))).toEqual([]);
  });

  it('keeps names in quoted speech and in quotes that open with the name', () => {
    expect(names(people('«Иван Сомов нас обманул, и это видно», — сказала Анна Гурова.'))).toEqual(['Анна Гурова', 'Иван Сомов']);
    expect(names(people('Фильм называется «Иван Сомов».'))).toEqual(['Иван Сомов']);
  });
});

describe('a saint names a church or a square', () => {
  it('reads no person after «Святого», «Св.», "St"', () => {
    expect(names(people('Служба прошла в соборе Святого Онуфрия. Онуфрий Гуров молчал.'))).toEqual(['Онуфрий Гуров']);
    expect(names(people('Вони зустрілися на площі Святого Мирона.', 'uk'))).toEqual([]);
    expect(names(people('They prayed in St Bartholomew Church with Anna Grove.', 'en'))).toEqual(['Anna Grove']);
  });
});

describe('English party and group plurals are not people', () => {
  it('drops «… Democrats», «… Republicans», «… Socialists»', () => {
    expect(names(people('The Liberal Democrats and the Christian Socialists voted against. Republicans said nothing.', 'en'))).toEqual([]);
    expect(names(people('Mark Pelley of the Social Democrats said no.', 'en'))).toEqual(['Mark Pelley']);
  });
});

describe('Ukrainian plural role nouns refer to no one person', () => {
  it('links no «лідери», «президенти» to a named person', () => {
    const found = people('Президент Фінляндії Олег Гуров прибув до Києва. Лідери обговорили санкції, а президенти підписали угоду.', 'uk');
    expect(found.flatMap((p) => p.mentions.filter((m) => m.kind === 'role').map((m) => m.text))).toEqual([]);
  });
});

describe('a list of streets named by bare adjectives and names', () => {
  it('reads the names of a list that also holds bare feminine adjectives as streets', () => {
    expect(names(people('Мережі прокладено вулицями: Різдвяна, Гоголя, Промислова, Чехова, Івана Франка, Благовісна.', 'uk'))).toEqual([]);
    expect(names(people('Ремонт прошёл на улицах: Садовая, Гоголя, Лесная, Чехова.'))).toEqual([]);
  });

  it('keeps a list of people, feminine surnames included', () => {
    expect(names(people('Засновники: Олена Петрова, Ірина Ковальська, Оксана Зеленська.', 'uk'))).toEqual(['Ірина Ковальська', 'Оксана Зеленська', 'Олена Петрова']);
    expect(names(people('Пришли Анна Петрова, Ольга Лесная и Мария Садовая.'))).toEqual(['Анна Петрова', 'Мария Садовая', 'Ольга Лесная']);
  });
});
