import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { guessNominative } from '../../scripts/article/entities/normalise-name.ts';
import { CASE, wordInfo } from '../../scripts/article/entities/name-morphology.ts';
import { names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** Ukrainian (and Russian) oblique forms of names come back to the nominative. */
describe('Ukrainian given names in oblique cases', () => {
  it('reads a capital І spelling as a Ukrainian given name', () => {
    expect(wordInfo('Іваном').first.map((r) => r.lemma)).toContain('іван');
    expect(wordInfo('Іриною').first.map((r) => r.lemma)).toContain('ірина');
    expect(wordInfo('Микитою').first.map((r) => r.lemma)).toContain('микита');
  });

  it('instrumental first name and surname → nominative', () => {
    expect(names(people('Учора відбулася зустріч з Іваном Ковалевим у Києві.', 'uk'))).toEqual(['Іван Ковалев']);
    expect(names(people('Переговори з Микитою Покровським тривали.', 'uk'))).toEqual(['Микита Покровський']);
    expect(names(people('Зустріч з Іриною Ільіною та Іриною Вишневською і Іриною Калініною.', 'uk'))).toEqual([
      'Ірина Ільіна', 'Ірина Вишневська', 'Ірина Калініна',
    ]);
  });

  it('genitive feminine surnames', () => {
    expect(names(people('Переговори Світлани Орлової і Джулії Морган у Гельсінкі.', 'uk'))).toContain('Світлана Орлова');
    expect(guessNominative('Грігор\'євої', CASE.gent, 'f')).toBe('Грігор\'єва');
  });

  it('-енко surnames decline like -а nouns', () => {
    expect(guessNominative('Кравченка', CASE.gent, 'm')).toBe('Кравченко');
    expect(guessNominative('Литвиненком', CASE.ablt, 'm')).toBe('Литвиненко');
  });
});

describe('feminine names and surnames', () => {
  it('a verb in the feminine picks the feminine reading of the first name', () => {
    expect(names(people('Олеся Лисенко заявила, що угоду підписано.', 'uk'))).toContain('Олеся Лисенко');
  });

  it('a feminine first name makes the surname feminine', () => {
    expect(names(people('Анна Андреев заявила это журналистам.'))).toEqual(['Анна Андреева']);
  });

  it('a name after a role noun and its genitive complement stands in apposition to the role', () => {
    expect(names(people('Ситуацію прокоментувала губернатор Курської області Дарія Козлова: за її словами, все добре.', 'uk'))).toEqual(['Дарія Козлова']);
  });

  it('an undeclined consonant surname after a genitive noun keeps a woman in the nominative', () => {
    expect(names(people('Ситуацію прокоментувала губернатор Курської області Марина Семенюк: за її словами, все добре.', 'uk'))).toEqual(['Марина Семенюк']);
  });

  it('one person under a genitive-looking and a plain mention keeps the feminine name', () => {
    const found = people('У нараді брала участь губернатор Курської області Дарія Козлова. Марія Волкова провела консультації з Дарією Козловою.', 'uk');
    expect(names(found)).toEqual(['Дарія Козлова', 'Марія Волкова']);
  });
});

describe('words that are never part of a name', () => {
  it('a month name glued to a name', () => {
    expect(names(people('7 Августа Дарина Яковенко представила пакет санкций.'))).toEqual(['Дарина Яковенко']);
    expect(names(people('Сьогодні, 7 Серпня Дарина Яковенко заявила це.', 'uk'))).toEqual(['Дарина Яковенко']);
  });

  it('a Ukrainian common noun at a sentence start is not a given name', () => {
    expect(names(people('Олег Кравченко заявив це. Позицію Кравченка підтримали.', 'uk'))).toEqual(['Олег Кравченко']);
  });
});
