import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { officeKeyOfText } from '../../scripts/article/entities/role-sense.ts';
import { linkOf, resolveEntities } from '../../scripts/corpus/resolve-entities.ts';
import { articleId } from '../../scripts/model/ids.ts';
import type { LocalEntity } from '../../scripts/model/model.ts';
import { article, noCuration, person } from '../entities/resolve-fixtures.ts';
import { people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

const roleOnly = (found: LocalEntity[]): LocalEntity[] => found.filter((p) => p.mentions.length > 0 && p.mentions.every((m) => m.kind !== 'name'));
const roleTexts = (found: LocalEntity[]): string[][] => roleOnly(found).map((p) => p.mentions.filter((m) => m.kind === 'role').map((m) => m.text));

describe('office keys: one office in every language and wording', () => {
  it('reads head of state and head of government of a named country', () => {
    expect(officeKeyOfText('президента Молдавии')).toBe('head|md');
    expect(officeKeyOfText('молдовський президент')).toBe('head|md');
    expect(officeKeyOfText("Moldova's president")).toBe('head|md');
    expect(officeKeyOfText('глава Кремля')).toBe('head|ru');
    expect(officeKeyOfText('the Slovak prime minister')).toBe('government|sk');
    expect(officeKeyOfText('прем\'єр-міністр Угорщини')).toBe('government|hu');
  });

  it('has none for ministers, offices without a country, and former or future holders', () => {
    expect(officeKeyOfText('министр обороны Молдавии')).toBeNull();
    expect(officeKeyOfText('президент')).toBeNull();
    expect(officeKeyOfText('бывший президент Молдавии')).toBeNull();
    expect(officeKeyOfText('the former Moldovan president')).toBeNull();
    expect(officeKeyOfText('обраний президент Молдови')).toBeNull();
  });
});

describe('people known only by an office', () => {
  it('keeps an office the article names no holder of as a person of its own, all its references together', () => {
    const found = people('Молдавский президент прибыл в Рим. Позже президент Молдавии выступил в сенате.');
    expect(roleTexts(found)).toEqual([['Молдавский президент', 'президент Молдавии']]);
    expect(roleOnly(found)[0]!.roles.length).toBeGreaterThan(0);
  });

  it('reads English possessive and adjective forms', () => {
    expect(roleTexts(people("Moldova's president flew to Rome on Monday.", 'en'))).toEqual([["Moldova's president"]]);
    expect(roleTexts(people('The Slovak prime minister spoke on Monday.', 'en'))).toEqual([['Slovak prime minister']]);
  });

  it('makes no person of a former holder, an election, a post, a deputy or a plural', () => {
    expect(roleOnly(people('Бывший президент Молдавии прибыл в Рим.'))).toEqual([]);
    expect(roleOnly(people('Выборы президента Молдавии прошли спокойно.'))).toEqual([]);
    expect(roleOnly(people('Он претендует на пост президента Молдавии.'))).toEqual([]);
    expect(roleOnly(people('The vice president of Moldova spoke.', 'en'))).toEqual([]);
    expect(roleOnly(people('Молдовські лідери зустрілися в Римі.', 'uk'))).toEqual([]);
  });

  it('links the reference to a person the article names with the same office, as before', () => {
    const found = people('Молдавский президент Ион Сомеску прибыл в Рим. Президент Молдавии выступил в сенате.');
    expect(roleOnly(found)).toEqual([]);
  });
});

describe('the corpus names the office holder', () => {
  it('joins a role-only person to whoever another article, in another language, names with that office', () => {
    const { people: kb, links } = resolveEntities(
      [
        article('a', 'ru', [person('Ион Сомеску', 'ru', { roles: ['президент Молдавии'] })], '2025-03-01'),
        article('b', 'en', [person("Moldova's president", 'en', { roleOnly: true, key: 'r', mentions: ["Moldova's president"] })], '2025-03-05'),
      ],
      noCuration,
    );
    expect(kb).toHaveLength(1);
    expect(linkOf(links, articleId('b'), 'r')).toBe(kb[0]!.id);
  });

  it('prefers the holder named nearest the date when the office changed hands within the year', () => {
    const holder = (id: string, name: string, date: string) => article(id, 'ru', [person(name, 'ru', { roles: ['президент Молдавии'] })], date);
    const { links, people: kb } = resolveEntities(
      [
        holder('a1', 'Ион Сомеску', '2025-01-10'), holder('a2', 'Ион Сомеску', '2025-02-10'), holder('a3', 'Ион Сомеску', '2025-03-10'),
        holder('b1', 'Петру Лунгану', '2025-09-01'),
        article('r', 'uk', [person('президент Молдови', 'uk', { roleOnly: true, key: 'r' })], '2025-09-20'),
      ],
      noCuration,
    );
    const lungan = kb.find((p) => p.name === 'Петру Лунгану')!;
    expect(linkOf(links, articleId('r'), 'r')).toBe(lungan.id);
  });
});
