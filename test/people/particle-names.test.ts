import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { nameMentions, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** Long names with lowercase particles inside stay one name. */
describe('names with particles inside', () => {
  it('the name goes on through «де ла», «ибн» to the capitalised word after them', () => {
    const found = people('Встречу провели Хосе Мануэль де ла Серна и Абд аль-Карим ибн Халид.');
    expect(found.flatMap(nameMentions).sort()).toEqual(['Абд аль-Карим ибн Халид', 'Хосе Мануэль де ла Серна']);
  });

  it('a name without particles is left as it was', () => {
    expect(people('Встречу провели Олег Сомов и Иван Гуров.').flatMap(nameMentions).sort()).toEqual(['Иван Гуров', 'Олег Сомов']);
  });
});
