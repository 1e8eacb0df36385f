import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { guessNominative } from '../../scripts/article/entities/normalise-name.ts';
import { CASE } from '../../scripts/article/entities/name-morphology.ts';
import { isListedGivenNameAnySpelling, isListedLatinGivenName } from '../../scripts/lang/given-names.ts';
import { names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** Issue 16: names in oblique cases come back to the nominative, with the gender the first name gives. */
describe('a man\'s surname in -а declines as an -а noun', () => {
  it('instrumental -ою and accusative -у of a man keep the -а', () => {
    expect(guessNominative('Гулою', CASE.ablt, 'm')).toBe('Гула');
    expect(guessNominative('Шмигою', CASE.ablt, null)).toBe('Шмига');
    expect(guessNominative('Гулу', CASE.gent | CASE.accs, 'm')).toBe('Гула');
    // The dative of a consonant stem keeps dropping its -у.
    expect(guessNominative('Сомову', CASE.datv, 'm')).toBe('Сомов');
  });

  it('reads the whole name back in both languages', () => {
    expect(names(people('Глава ведомства встретится с коллегой Остапом Шмигою в среду.'))).toEqual(['Остап Шмига']);
    expect(names(people('Суд оштрафовал блогера Тараса Шмигу за репост.'))).toEqual(['Тарас Шмига']);
    expect(names(people('Міністр зустрівся з колегою Остапом Шмигою у середу.', 'uk'))).toEqual(['Остап Шмига']);
  });

  it('a Ukrainian genitive in consonant + и is the genitive of an -а surname', () => {
    expect(names(people('Учора відбулася зустріч Андрія Шмиги з фермерами.', 'uk'))).toEqual(['Андрій Шмига']);
    expect(names(people('Учора відбулася зустріч Галини Шмиги з фермерами.', 'uk'))).toEqual(['Галина Шмига']);
  });
});

describe('double surnames decline both halves', () => {
  it('both halves of a woman\'s double surname come back to the nominative', () => {
    expect(guessNominative('Сомової-Гурової', CASE.gent, 'f')).toBe('Сомова-Гурова');
    expect(names(people('Суд допитав радницю Оксани Сомової-Гурової вчора.', 'uk'))).toContain('Оксана Сомова-Гурова');
  });

  it('a fixed first half stays as written', () => {
    expect(guessNominative('Ага-Шмигу', CASE.accs, 'm')).toBe('Ага-Шмига');
  });
});

describe('a woman\'s first name in the accusative', () => {
  it('a noun in apposition fixes the case the name agrees with', () => {
    expect(names(people('В финале она обыграла американку Арину Котельник.'))).toEqual(['Арина Котельник']);
    expect(names(people('У фіналі вона обіграла чешку Вікторію Котельник.', 'uk'))).toEqual(['Вікторія Котельник']);
  });

  it('an unknown foreign first name in -у after an accusative noun is a woman\'s -а name', () => {
    expect(names(people('У фіналі вона обіграла чешку Іґу Квятек.', 'uk'))).toEqual(['Іґа Квятек']);
  });

  it('a listed given name beats a rare one the dictionary guesses', () => {
    expect(isListedGivenNameAnySpelling('вікторія')).toBe(true);
    expect(isListedGivenNameAnySpelling('вікторій')).toBe(false);
    expect(names(people('Суперниця перемогла Вікторію Котельник у трьох сетах.', 'uk'))).toEqual(['Вікторія Котельник']);
  });

  it('a man in the dative still reads as a man', () => {
    expect(names(people('Медаль вручили Олегу Котельнику вчера.'))).toEqual(['Олег Котельник']);
  });
});

describe('awards named after a person are not mentions (the annotation guide)', () => {
  it('an award noun before a name in the genitive names the award', () => {
    expect(names(people('Он получил премию Андрея Шмиги в прошлом году.'))).toEqual([]);
    expect(names(people('Премию Андрея Шмиги вручили вчера в столице.'))).toEqual([]);
    expect(names(people('Він отримав стипендію Остапа Шмиги цього року.', 'uk'))).toEqual([]);
  });

  it('the recipient in the dative after the award noun stays a person', () => {
    expect(names(people('Жюри присудило премию Андрею Котельнику единогласно.'))).toEqual(['Андрей Котельник']);
  });
});

describe('an award an adjective already names', () => {
  it('keeps the genitive name after it as its laureate', () => {
    expect(names(people('Выступил лауреат Нобелевской премии Андрей Шмига.'))).toEqual(['Андрей Шмига']);
    expect(names(people('Відкрили пам’ятник лауреата Нобелівської премії Остапа Шмиги.', 'uk'))).toEqual(['Остап Шмига']);
  });
});

describe('Ukrainian genitive of a listed given name', () => {
  it('a guessed -я name gives way to the listed -а name', () => {
    expect(names(people('Учора відбулася зустріч Галини Шевчук з фермерами.', 'uk'))).toEqual(['Галина Шевчук']);
  });
});

describe('a regnal number belongs to the name', () => {
  it('joins a Cyrillic given name in any case', () => {
    expect(names(people('Вчера в столице короновали короля Олафа IV. Король Олаф IV поблагодарил гостей.'))).toEqual(['Олаф IV']);
  });

  it('after a role in an oblique case and its place complement, the name agrees with the role', () => {
    expect(names(people('Учора в столиці привітали короля Великої Британії Карла III.', 'uk'))).toEqual(['Карл III']);
  });

  it('vouches for an English given name alone, even at a sentence start', () => {
    expect(names(people('Henry VIII opened the new bridge on Saturday.', 'en'))).toEqual(['Henry VIII']);
  });
});

describe('a nickname in quotes between the given name and the surname', () => {
  it('gives the person the given name and surname', () => {
    expect(names(people('Боксер Сергей «Бульдог» Котельник защитил титул.'))).toEqual(['Сергей Котельник']);
    expect(names(people('Боксер Хорхе "Тигре" Мендес защитил титул. Мендес доволен.'))).toEqual(['Хорхе Мендес']);
  });

  it('a quoted company between a clause-opening noun and a name is no nickname', () => {
    expect(names(people('Президент «Газпрома» Алексей Котельник выступил вчера.'))).toEqual(['Алексей Котельник']);
  });
});

describe('a quoted company name after a legal form', () => {
  it('is no nickname of the person after it', () => {
    expect(names(people('Тендер виграло ПрАТ «Зорянка» Олени Котельник.', 'uk'))).toEqual(['Олена Котельник']);
  });
});

describe('romanised given names of the lexicon in English text', () => {
  it('a mid-sentence romanised given name opens a full name', () => {
    expect(isListedLatinGivenName('vasilisa')).toBe(true);
    expect(names(people('The crew, photographer Bogdan Maloletko and producer Vasilisa Stepanko, left the city.', 'en'))).toEqual(['Bogdan Maloletko', 'Vasilisa Stepanko']);
  });

  it('short spellings that collide with English words are not names', () => {
    expect(isListedLatinGivenName('royal')).toBe(false);
    expect(names(people('Ships of the Royal Navy sailed out on Monday.', 'en'))).toEqual([]);
  });
});

describe('a Ukrainian ordinary word that is an oblique given name at a clause start', () => {
  it('before a verb is the ordinary word, not a person', () => {
    expect(names(people('Зранку в місті почалася злива. Влада оголосила евакуацію району.', 'uk'))).toEqual([]);
  });

  it('a given name whose likeliest reading is the nominative stays a name', () => {
    expect(names(people('Зранку в місті почалася злива. Ярина оголосила перерву.', 'uk'))).toEqual(['Ярина']);
  });
});

describe('an initial before an English given name and a surname', () => {
  it('belongs to the full name, not to a name of its own', () => {
    expect(names(people('The actor who played J. Robert Hallworth won the prize. Hallworth was a physicist.', 'en'))).toEqual(['J. Robert Hallworth']);
  });
});

describe('a generational suffix after an English surname', () => {
  it('stays in the canonical name, and the bare surname still finds the person', () => {
    const found = people('The jury chose Thomas Hallworth Jr. on Friday. Hallworth thanked his family.', 'en');
    expect(names(found)).toEqual(['Thomas Hallworth Jr.']);
    expect(found[0].mentions.map((m) => m.text)).toEqual(['Thomas Hallworth Jr', 'Hallworth']);
  });
});

describe('a foreign -а first name read only as a man\'s genitive', () => {
  it('is a woman\'s name as written when the verbs say she is a woman and the surname does not decline', () => {
    expect(names(people('На встрече будут министр Джорджа Пеллегрини и президент. «Мы готовы», – написала Пеллегрини.'))).toEqual(['Джорджа Пеллегрини']);
  });

  it('stays a man\'s genitive when a verb says he is a man', () => {
    expect(names(people('Визит Джорджа Пеллегрини в Рим. Пеллегрини заявил о поддержке.'))).toEqual(['Джордж Пеллегрини']);
  });
});

describe('a second given name used without the surname', () => {
  it('does not become a surname that splits the full name where it comes first', () => {
    const found = people('Бывший мэр Турина Сильвио Феллини ушел на покой.\n\nФеллини руководил городом.\n\nЕго дочь Анна Феллини возглавляет фонд, а сын Пьер Сильвио руководит заводом.');
    expect(names(found)).toEqual(['Анна Феллини', 'Пьер Сильвио', 'Сильвио Феллини']);
  });
});
