import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { listedFirstReadings } from '../../scripts/article/entities/listed-given-names.ts';
import { isListedGivenName } from '../../scripts/lang/given-names.ts';
import { GIVEN_NAMES } from '../../scripts/lang/lexicons/given-names.data.ts';
import { personSkeleton } from '../../scripts/lang/transliterate.ts';
import { names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

describe('the given-name lexicon', () => {
  it('is lowercase Cyrillic, one name once, with no pet forms', () => {
    const all = GIVEN_NAMES.split('\n').filter(Boolean);
    expect(all.length).toBeGreaterThan(5000);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((n) => /^[а-яё-]{3,}$/u.test(n))).toBe(true);
    expect(all.some((n) => /(очка|ечка|чик)$/u.test(n))).toBe(false);
  });

  it('lists foreign given names the Russian dictionary lacks', () => {
    for (const name of ['ивета', 'ернар', 'анетта', 'нурсултан']) expect(isListedGivenName(name)).toBe(true);
    expect(isListedGivenName('стол')).toBe(false);
  });
});

describe('case forms of listed given names', () => {
  it('takes an oblique form back to the listed nominative with gender and case', () => {
    expect(listedFirstReadings('Иветой').map((r) => [r.lemma, r.gender])).toEqual([['ивета', 'f']]);
    expect(listedFirstReadings('Ернаром').map((r) => [r.lemma, r.gender])).toEqual([['ернар', 'm']]);
    expect(listedFirstReadings('Ернару').map((r) => r.lemma)).toContain('ернар');
    expect(listedFirstReadings('Столом')).toEqual([]);
  });

  it('reads a full name with a foreign given name, in Russian and Ukrainian, in the nominative', () => {
    expect(names(people('Переговоры прошли с послом Иветой Замбровской и Ернаром Огланом.'))).toEqual(['Ернар Оглан', 'Ивета Замбровская']);
    expect(names(people('Угоду підписали з послом Іветою Замбровською та Ернаром Рустадом.', 'uk'))).toEqual(['Івета Замбровська', 'Ернар Рустад']);
  });

  it('reads a patronymic-shaped word after a foreign given name as the surname', () => {
    const found = people('Суд арестовал журналиста Эвана Маркевича. Эван всё отрицал.');
    expect(found.map((p) => [p.parts?.first, p.parts?.last])).toEqual([['Эван', 'Маркевич']]);
  });
});

describe('English apposition after a name', () => {
  it('takes two capitalised words before an age or a person noun as a person', () => {
    expect(names(people('The victim was Dorin Plaskett, 62, a retired teacher.', 'en'))).toEqual(['Dorin Plaskett']);
    expect(names(people('Police named him as Teodor Varsany, a former bus driver from the town.', 'en'))).toEqual(['Teodor Varsany']);
  });

  it('does not take a place or a company with an apposition for a person', () => {
    expect(names(people('They flew to Lake Orvin, a resort town in the north.', 'en'))).toEqual([]);
  });
});

describe('things and words around names', () => {
  it('reads a chain followed by a company head as the company', () => {
    expect(names(people('Компанія «Гелікон ЛТД» поставила вугілля.', 'uk'))).toEqual([]);
  });

  it('does not glue Ukrainian «де» ("where") to a surname as a particle', () => {
    const found = people('Олена Пелюх очолює фонд. Там, де Пелюх працювала, нічого не змінилося.', 'uk');
    expect(found.flatMap((p) => p.mentions.map((m) => m.text))).toEqual(['Олена Пелюх', 'Пелюх']);
  });
});

describe('Slavic names in Latin spelling', () => {
  it('reads a final vowel + j as й, so the Latin and Cyrillic spellings meet', () => {
    expect(personSkeleton('Tomaj')).toBe(personSkeleton('Томай'));
    expect(personSkeleton('Branej')).toBe(personSkeleton('Браней'));
    // Short words keep the English reading of j.
    expect(personSkeleton('Taj')).not.toBe(personSkeleton('Тай'));
  });
});

describe('Ukrainian genitive of an -а given name', () => {
  it('reads «-и» after a hard consonant as the genitive of an -а name', () => {
  });
});
