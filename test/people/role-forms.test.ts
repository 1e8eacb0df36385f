import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

const rolesOf = (text: string, lang: 'uk' | 'ru' = 'uk'): string[] => people(text, lang).flatMap((p) => p.roles.map((r) => r.text));

describe('Ukrainian role complements in -ії', () => {
  it('keeps genitives of -ія nouns («історії», «академії») inside the role after a name', () => {
    expect(rolesOf('Фірму заснував Тарас Гуцало, професор кафедри історії університету.')).toEqual(['професор кафедри історії університету']);
    expect(rolesOf('Фірму заснував Орест Мацюк, директор бібліотеки академії.')).toEqual(['директор бібліотеки академії']);
  });
});

describe('a role noun hyphenated to a description of its holder', () => {
  it('reads «депутатом-соціалістом», «міністр-реформатор» as the role noun', () => {
    expect(rolesOf('Ми говорили з народним депутатом-соціалістом Гарегіном Мацюком.')).toEqual(['народним депутатом-соціалістом']);
  });
});
