import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalEntity } from '../../scripts/model/model.ts';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { HAS_SEED, SEED_DIR } from '../helpers/paths.ts';
import { byName, people } from './analyse.ts';

describe.skipIf(!HAS_SEED)('seed article', () => {
  let found: LocalEntity[] = [];
  beforeAll(async () => {
    await initMorphology();
    const file = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()[0];
    found = people(readFileSync(path.join(SEED_DIR, file), 'utf8'), 'ru', file);
  });

  const roleMentions = (e: LocalEntity | undefined): string[] =>
    (e?.mentions ?? []).filter((m) => m.kind === 'role').map((m) => m.text.toLowerCase());

  it('finds exactly the people the article names', () => {
    expect(found.map((e) => e.name).sort()).toEqual(['Александр Стубб', 'Владимир Путин', 'Дональд Трамп', 'Зеленский', 'Сергей Лавров']);
  });

  it('reaches Путин through «глава Кремля» and «Российский диктатор» / «Диктатор»', () => {
    const putin = byName(found, 'Владимир Путин');
    const roles = roleMentions(putin);
    expect(roles).toContain('глава кремля');
    expect(roles).toContain('российский диктатор');
    expect(roles).toContain('диктатор');
    expect(putin?.quotes.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps Зеленский surname-only, masculine', () => {
    expect(byName(found, 'Зеленский')?.parts).toMatchObject({ first: null, last: 'Зеленский', gender: 'm' });
  });

  it('attaches roles to Лавров and Стубб and Стубб’s quote through «Он заявил»', () => {
    expect(byName(found, 'Сергей Лавров')?.roles.map((r) => r.text)).toContain('глава МИД России');
    const stubb = byName(found, 'Александр Стубб');
    expect(stubb?.roles.map((r) => [r.text, r.date])).toEqual([['президент Финляндии', '2025-08-24']]);
    expect(stubb?.mentions.some((m) => m.kind === 'pronoun' && m.text === 'Он')).toBe(true);
    expect(stubb?.quotes.map((q) => q.text)).toEqual([expect.stringMatching(/^Путин не готов к мирным переговорам/)]);
  });

  it('finds no person in «ISW», «The Telegraph», «24 Канал»', () => {
    const texts = found.flatMap((e) => e.mentions.map((m) => m.text));
    for (const t of ['ISW', 'Telegraph', 'The Telegraph', 'Канал', '24 Канал']) expect(texts).not.toContain(t);
  });
});
