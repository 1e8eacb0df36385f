import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { inArticleLanguage, wordInfo } from '../../scripts/article/entities/name-morphology.ts';
import { annotateSentence, lexiconFor } from '../../scripts/lang/annotate.ts';
import type { Lexicon } from '../../scripts/lang/uk-lexicon.ts';
import { isUkAdjective, isUkOrgCompound, isUkPlaceAdjective, isUkTownForm, ukWordClass } from '../../scripts/lang/uk-word-class.ts';
import { names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** A tiny lexicon over made-up forms: the word classes are read from listed forms only. */
function fakeLexicon(common: string[], proper: string[]): Lexicon {
  const c = new Set(common);
  const p = new Set(proper);
  return { isCommonWord: (w) => c.has(w), isProperNoun: (w) => p.has(w) };
}

describe('Ukrainian word classes from listed forms', () => {
  const lexicon = fakeLexicon(
    ['зорянський', 'зорянського', 'зорянської', 'зоряна', 'ради', 'залізниці', 'пошти', 'глечик', 'ясний', 'ясного', 'ясна', 'але'],
    ['Зорянськ', 'Зоряна', 'Буг', 'Але'],
  );

  it('an adjective has its masculine nominative and genitive forms listed', () => {
    expect(isUkAdjective('зорянської', lexicon)).toBe(true);
    expect(isUkAdjective('ясна', lexicon)).toBe(true);
    expect(isUkAdjective('глечик', lexicon)).toBe(false);
  });

  it('an adjective made from a listed place is a place adjective; a town in -ськ is a town in every case', () => {
    expect(isUkPlaceAdjective('зорянської', lexicon)).toBe(true);
    expect(isUkPlaceAdjective('ясна', lexicon)).toBe(false);
    expect(isUkTownForm('зорянська', false, lexicon)).toBe(true);
    expect(isUkTownForm('зорянського', true, lexicon)).toBe(true);
    // A capitalised-only adjective on a town stem is a surname, not the town's adjective.
    expect(isUkTownForm('зорянський', false, lexicon)).toBe(false);
  });

  it('a root glued to an ordinary noun is an organisation name', () => {
    // An abbreviation root («укр-») or a place root (one that forms «-ський»).
    expect(isUkOrgCompound('укрзалізниці', lexicon)).toBe(true);
    expect(isUkOrgCompound('укрпошти', lexicon)).toBe(true);
    expect(isUkOrgCompound('зорянради', fakeLexicon(['ради', 'зорянський'], ['Зоряна']))).toBe(true);
    // A surname ending after a root is no body: short tails other than a council do not count.
    expect(isUkOrgCompound('зоряненко', fakeLexicon(['енко', 'зорянський'], ['Зоряна']))).toBe(false);
    // A proper noun as the root is not enough: it must form a place adjective.
    expect(isUkOrgCompound('бугглечик', lexicon)).toBe(false);
  });

  it('a state root makes an organisation even of a word the dictionary lists as ordinary', () => {
    const listed = fakeLexicon(['держкомітету', 'комітету', 'лісосіки', 'сіки'], []);
    expect(isUkOrgCompound('держкомітету', listed)).toBe(true);
    // Other roots do not: «ліс-» opens ordinary words (and surnames) too.
    expect(isUkOrgCompound('лісосіки', listed)).toBe(false);
  });

  it('function words are a closed class, even when the dictionary lists them capitalised too', () => {
    const c = ukWordClass('Але', lexicon);
    expect(c.functionWord).toBe(true);
    expect(c.proper).toBe(true);
  });
});

describe('capitalised Ukrainian ordinary words are not people', () => {
  it('conjunctions, pronouns and sentence adverbs at a sentence start', () => {
    expect(names(people('Але Остап Вернидуб цього не знав.', 'uk'))).toEqual(['Остап Вернидуб']);
    expect(names(people('Її призначили торік. Нині вона працює в Полтаві.', 'uk'))).toEqual([]);
    expect(names(people('Нагадаємо, що Тарас Ковзун очолив відділ.', 'uk'))).toEqual(['Тарас Ковзун']);
  });

  it('common nouns capitalised at a sentence start', () => {
    expect(names(people('Замовник відхилив пропозицію. Дирекція погодилась. Відділення закрили на ремонт.', 'uk'))).toEqual([]);
  });

  it('institutions in the genitive and oblast adjectives', () => {
    expect(names(people('Рішення Кабміну оскаржив Петро Гайовий.', 'uk'))).toEqual(['Петро Гайовий']);
    expect(names(people('Голова Європейської Комісії приїхала до Києва.', 'uk'))).toEqual([]);
    expect(names(people('Представники Волинської облради та Чернігівської ОДА зустрілися.', 'uk'))).toEqual([]);
    expect(names(people('Депутат Чернігівської обласної ради Іван Дорош проголосував проти.', 'uk'))).toEqual(['Іван Дорош']);
  });

  it('organisations named as one word on a place or abbreviation root, and towns in -ськ', () => {
    expect(names(people('Засідання Одесміськради перенесли. Укрпошти це не стосується.', 'uk'))).toEqual([]);
    expect(names(people('Фірма зареєстрована в Луганську, мер Луганська мовчить.', 'uk'))).toEqual([]);
  });

  it('the article\'s apostrophe does not hide an ordinary word', () => {
    expect(names(people('Його судитимуть в Об’єднаних Арабських Еміратах.', 'uk'))).toEqual([]);
  });
});

describe('a given name that is an ordinary word too', () => {
  it('at a sentence start is the word when the article also writes it in lowercase', () => {
    expect(names(people('Влада ухвалила закон. Місцева влада мовчить.', 'uk'))).toEqual([]);
    expect(names(people('Влада Зорич ухвалила рішення. Місцева влада мовчить.', 'uk'))).toEqual(['Влада Зорич']);
    expect(names(people('Марина прийшла додому пізно.', 'uk'))).toEqual(['Марина']);
  });

  it('so is a surname that is an ordinary word, unless a role vouches for it', () => {
    expect(names(people('Мороз ударив уночі. Такий мороз протримається тиждень.', 'uk'))).toEqual([]);
    expect(names(people('Мороз ударив уночі. Такий холод протримається тиждень.', 'uk'))).toEqual(['Мороз']);
    expect(names(people('Суддя Мороз ударив молотком. Такий мороз протримається тиждень.', 'uk'))).toEqual(['Мороз']);
  });
});

describe('surnames that are ordinary words too', () => {
  it('stay surnames after a given name, and alone once the article names them', () => {
    expect(names(people('Директор Андрій Коваль і бухгалтерка Оксана Мельник підписали акт.', 'uk'))).toEqual(['Андрій Коваль', 'Оксана Мельник']);
    const found = people('Тарас Ткач виступив. Потім Ткач пішов додому.', 'uk');
    expect(found.map((p) => p.mentions.filter((m) => m.kind === 'name').length)).toEqual([2]);
  });

  it('an adjectival surname the dictionary lists only as an ordinary adjective, after a given name', () => {
    expect(names(people('Слідчий Олег Веселий відкрив справу.', 'uk'))).toEqual(['Олег Веселий']);
  });
});

describe('the Ukrainian lexicon reads Ukrainian articles only', () => {
  it('corrects word readings in a Ukrainian article and leaves Russian ones to az', () => {
    expect(inArticleLanguage('uk', () => wordInfo('Нині')).first).toEqual([]);
    expect(inArticleLanguage('uk', () => wordInfo('Нині')).functionWord).toBe(true);
    expect(inArticleLanguage('ru', () => wordInfo('Нині')).functionWord).toBe(false);
  });

  it('a lowercase ordinary word keeps what az knows of it (the context rules read that)', () => {
    expect(inArticleLanguage('uk', () => wordInfo('заспівала')).known).toBe(false);
    expect(inArticleLanguage('uk', () => wordInfo('Замовник')).known).toBe(true);
  });

  it('fills the Ukrainian slot of the annotation pass', () => {
    const ann = annotateSentence([{ text: 'Чернігівської' }, { text: 'області' }, { text: 'Оксана' }], lexiconFor('uk'));
    expect(ann.at(0).adjective).toBeDefined();
    expect(ann.at(0).genitive).toBe(true);
    expect(ann.at(1).known).toBe(true);
    // A proper noun gets no reading: a name stays name-like.
    expect(ann.at(2).parses).toEqual([]);
  });
});
