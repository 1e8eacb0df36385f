import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** The context, not the first reading the dictionary offers, decides the case of a foreign name. */
describe('case evidence for foreign names', () => {
  it('a role noun in the genitive beats a verb that belongs to another subject', () => {
    const found = people('Представитель генерал-лейтенанта Аксары Кердпола сообщил, что всё спокойно.');
    expect(names(found)).toContain('Аксара Кердпол');
  });

  it('a Latin gloss ending in a consonant marks the Cyrillic form as oblique', () => {
    expect(names(people('Суд над видеоблогером Джошуа Вольфа (Joshua Wolf) отложен.'))).toContain('Джошуа Вольф');
    expect(names(people('Он должен заменить Гаррета Рейсмана (Garrett Reisman) в экипаже.'))).toContain('Гаррет Рейсман');
  });

  it('names joined by «и» share a case', () => {
    const found = people('Он обогнал обоих преследователей - Кими Райкконена и Марка Уэббера, чьи моторы отказали.');
    expect(names(found)).toEqual(['Кими Райкконен', 'Марк Уэббер']);
    expect(names(people('Это было в работах Авраама и Абу Машара. Потом забыли.'))).toContain('Абу Машар');
  });

  it('consonant + -ы after a first name is the genitive of an -а surname', () => {
    expect(names(people('Это заявление министра иностранных дел Японии Сейджи Маехары.'))).toContain('Сейджи Маехара');
  });

  it('a word the dictionary knows better as an indeclinable surname does not fix the case', () => {
    expect(names(people('Итоги. 3. Аркади Патаркацишвили — 6,69 % голосов.'))).toContain('Аркади Патаркацишвили');
  });

  it('a woman\'s name in a sure nominative position stays as written', () => {
    expect(names(people('Умерла всемирно известная Ванга. Потом.'))).toEqual(['Ванга']);
    expect(names(people('Приедут его дочь Лиза и 74-летняя мать Раиса, приехавшие в США.'))).toEqual(['Лиза', 'Раиса']);
    expect(names(people('Мы видели Марка вчера.'))).toEqual(['Марк']);
  });

  it('keeps nominative and native forms as written', () => {
    expect(names(people('Мэри Смит заявила, что согласна.'))).toContain('Мэри Смит');
    expect(names(people('Встреча Сергея Лаврова и Анны Ивановой прошла в Москве.'))).toEqual(['Анна Иванова', 'Сергей Лавров']);
  });
});
