/**
 * A person's role wherever the article states it: before the name (also
 * inflected, across a comma, over a relative clause), after it (comma, dash),
 * as a predicate (appointed, became), in English too. Every role keeps its
 * text as written with offsets into the article; `nominative` when it differs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import type { Lang, LocalEntity, Role } from '../../scripts/model/model.ts';
import { byName, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** Roles of one person as [text, nominative], after checking every offset against the text. */
function rolesOf(text: string, name: string, lang: Lang = 'ru'): [string, string | undefined][] {
  const found: LocalEntity[] = people(text, lang);
  const person = byName(found, name);
  expect(person, `${name} among ${found.map((p) => p.name).join(', ')}`).toBeDefined();
  for (const r of person!.roles) expect(text.slice(r.start, r.end)).toBe(r.text);
  return person!.roles.map((r: Role) => [r.text, r.nominative]);
}

describe('roles before the name', () => {
  it('keeps an inflected role as written and gives its nominative', () => {
    expect(rolesOf('Заступника міністра Олега Ткачука звільнили вчора.', 'Олег Ткачук', 'uk')).toEqual([['Заступника міністра', 'Заступник міністра']]);
  });

  it('leaves out modifiers that date the holder («бывший»)', () => {
    expect(rolesOf('Вчера бывший министр финансов Игорь Лаптев выступил на форуме.', 'Игорь Лаптев')).toEqual([['министр финансов', undefined]]);
  });

  it('takes the first role noun over a complement as the head («керівник Офісу президента»)', () => {
    expect(rolesOf('Учора керівник Офісу президента Назар Гордієнко провів нараду.', 'Назар Гордієнко', 'uk')).toEqual([['керівник Офісу президента', undefined]]);
  });

  it('reads a role over a relative clause between it and the name', () => {
    expect(rolesOf('Директор завода, который выпускает трамваи, Олег Зимин рассказал о планах.', 'Олег Зимин')).toEqual([['Директор завода', undefined]]);
  });

  it('reads an English role with a prepositional complement and across a comma', () => {
    expect(rolesOf('Secretary of Commerce Mark Bradley spoke on Monday.', 'Mark Bradley', 'en')).toEqual([['Secretary of Commerce', undefined]]);
    expect(rolesOf("The bank's chief executive, Laura Finch, resigned on Friday.", 'Laura Finch', 'en')).toEqual([["bank's chief executive", undefined]]);
  });
});

describe('which person a role phrase belongs to', () => {
  it('gives «role NameGen NameNom» to the second name, the first being its complement', () => {
    const text = 'Спецпосланець Гордієнка Стів Вікенко уточнив деталі.';
    expect(rolesOf(text, 'Стів Вікенко', 'uk')).toEqual([['Спецпосланець Гордієнка', undefined]]);
  });

  it('splits two role phrases before one name (a dative role is not a complement)', () => {
    expect(rolesOf('Указ о назначении министром обороны первого вице-премьера Андрея Белоконева.', 'Андрей Белоконев')).toEqual([['первого вице-премьера', undefined]]);
  });

  it('keeps a nested genitive role for the name it governs', () => {
    const text = 'Там був Олексій Гужвенко, екс-заступник мера Черкас Сергія Одаренка, та інші.';
    expect(rolesOf(text, 'Олексій Гужвенко', 'uk')).toEqual([['екс-заступник мера Черкас', undefined]]);
    expect(rolesOf(text, 'Сергій Одаренко', 'uk')).toEqual([['мера Черкас', 'мер Черкас']]);
  });

  it('ends an English role after one prepositional phrase', () => {
    expect(rolesOf('Mark Bradley was elected mayor of Springfield on Friday.', 'Mark Bradley', 'en')).toEqual([['mayor of Springfield', undefined]]);
  });
});

describe('roles after the name', () => {
  it('reads an apposition set off by commas', () => {
    expect(rolesOf('Тарас Вербицький, директор фабрики «Зоря», відкрив новий цех.', 'Тарас Вербицький', 'uk')).toEqual([['директор фабрики', undefined]]);
    expect(rolesOf('On Monday she met Mark Bradley, the secretary of commerce, in Ohio.', 'Mark Bradley', 'en')).toEqual([['secretary of commerce', undefined]]);
  });

  it('reads a role after a dash', () => {
    expect(rolesOf('Пётр Самойлов — глава района.', 'Пётр Самойлов')).toEqual([['глава района', undefined]]);
  });

  it('does not take the subject of the next clause for an apposition', () => {
    expect(rolesOf('По словам Олега Зимина, министр готов к переговорам.', 'Олег Зимин')).toEqual([]);
  });
});

describe('roles as predicates', () => {
  it('reads the role an appointment gives', () => {
    expect(rolesOf('Игорь Лаптев назначен главным тренером клуба.', 'Игорь Лаптев')).toEqual([['главным тренером клуба', 'главный тренер клуба']]);
    expect(rolesOf('Вчора після призначення Олега Ткачука міністром оборони нарада тривала.', 'Олег Ткачук', 'uk')).toEqual([['міністром оборони', 'міністр оборони']]);
  });
});
