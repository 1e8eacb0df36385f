import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../scripts/model/model.ts';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { HAS_SEED, SEED_DIR, tempRoot } from '../helpers/paths.ts';

/** What one real feed article (../shared/seed) must yield end to end: its people, their roles, and which meetings happened. */
describe.skipIf(!HAS_SEED)('seed article, ingested end to end', () => {
  let kb: KnowledgeBase;
  let root: string;

  beforeAll(async () => {
    root = await tempRoot('seed-');
    ({ kb } = await ingest({ contentDir: SEED_DIR, outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), jobs: 0 }));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const person = (name: string) => kb.people.find((p) => p.name === name);

  it('reads the article with its date', () => {
    expect(kb.articles).toHaveLength(1);
    expect(kb.articles[0]).toMatchObject({ date: '2025-08-24', datePrecision: 'day', lang: 'ru' });
  });

  it('finds Владимир Путин, also reached as «глава Кремля»', () => {
    const putin = person('Владимир Путин');
    expect(putin).toBeDefined();
    expect(putin!.mentions.some((m) => m.kind === 'role' && /глав[аы] Кремля/i.test(m.text))).toBe(true);
    expect(putin!.mentions.filter((m) => m.kind === 'name').length).toBeGreaterThanOrEqual(10);
  });

  it('finds Дональд Трамп and Зеленский', () => {
    expect(person('Дональд Трамп')).toBeDefined();
    expect(kb.people.some((p) => /^(Владимир )?Зеленский$/.test(p.name))).toBe(true);
  });

  it('finds Сергей Лавров with the role глава МИД России', () => {
    expect(person('Сергей Лавров')?.roles.map((r) => r.text)).toContain('глава МИД России');
  });

  it('finds Александр Стубб with the role президент Финляндии', () => {
    expect(person('Александр Стубб')?.roles.map((r) => r.text.toLowerCase())).toContain('президент финляндии');
  });

  it('records no organisation, outlet or place as a person', () => {
    for (const name of ['ISW', 'The Telegraph', '24 Канал', 'Кремль', 'Аляска', 'США', 'Россия']) {
      expect(kb.people.some((p) => p.name === name || p.aliases.includes(name)), name).toBe(false);
    }
  });

  it('records the meeting of Putin and Trump in Alaska on 2025-08-15 as happened', () => {
    const putin = person('Владимир Путин')!.id;
    const trump = person('Дональд Трамп')!.id;
    const meeting = kb.events.find((e) => e.participants.includes(putin) && e.participants.includes(trump) && e.date === '2025-08-15');
    expect(meeting).toMatchObject({ status: 'happened', datePrecision: 'day' });
    expect(meeting!.place).toMatch(/Аляск/);
    expect(['meeting', 'summit', 'talks']).toContain(meeting!.type);
  });

  it('does not record a Putin–Zelensky meeting as happened', () => {
    const putin = person('Владимир Путин')!.id;
    const zelensky = kb.people.find((p) => /Зеленский$/.test(p.name))!.id;
    const happened = kb.events.filter((e) => e.status === 'happened' && e.participants.includes(putin) && e.participants.includes(zelensky));
    expect(happened).toEqual([]);
  });
});
