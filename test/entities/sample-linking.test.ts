import { existsSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import type { KbPerson, KnowledgeBase } from '../../scripts/model/model.ts';
import { PROJECT_ROOT, TMP } from '../helpers/paths.ts';

/**
 * Cross-article, cross-language linking on the sample corpus in content/
 * (Russian, Ukrainian and English versions of the same stories): each public
 * figure gets exactly one page whatever the language or case form, namesakes
 * stay apart, and no place, organisation or sentence adverb becomes a person.
 */
const CONTENT = path.join(PROJECT_ROOT, 'content');

describe.skipIf(!existsSync(path.join(CONTENT, 'articles')))('sample corpus linking', () => {
  let kb: KnowledgeBase;
  let root: string;
  beforeAll(async () => {
    mkdirSync(TMP, { recursive: true });
    root = mkdtempSync(path.join(TMP, 'sample-linking-'));
    ({ kb } = await ingest({ contentDir: CONTENT, outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), jobs: 0 }));
  }, 120_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const forms = (p: KbPerson): string[] => [p.name, ...Object.values(p.names), ...p.aliases].filter((x): x is string => !!x);
  const pagesFor = (re: RegExp): KbPerson[] => kb.people.filter((p) => forms(p).some((f) => re.test(f)));

  const figures: [string, RegExp][] = [
    ['Putin', /^(Путин|Путін|Putin|Владимир Путин|Володимир Путін|Vladimir Putin)$/iu],
    ['Zelensky', /^(Зеленский|Зеленський|Zelensky|Zelenskyy|Владимир Зеленский|Володимир Зеленський|Volodymyr Zelensky)$/iu],
    ['Trump', /^(Трамп|Trump|Дональд Трамп|Donald Trump)$/iu],
    ['Lavrov', /^(Лавров|Lavrov|Сергей Лавров|Сергій Лавров|Sergei Lavrov)$/iu],
    ['Stubb', /^(Стубб|Stubb|Александр Стубб|Олександр Стубб|Alexander Stubb)$/iu],
    ['Macron', /^(Макрон|Macron|Эммануэль Макрон|Емманюель Макрон|Emmanuel Macron)$/iu],
    ['Rubio', /^(Рубио|Рубіо|Rubio|Марко Рубио|Марко Рубіо|Marco Rubio)$/iu],
    ['Witkoff', /^(Уиткофф|Віткофф|Witkoff|Стив Уиткофф|Стів Віткофф|Steve Witkoff)$/iu],
    ['von der Leyen', /^(Урсула фон дер Ляйен|Урсула фон дер Ляєн|Ursula von der Leyen|фон дер Ляйен|von der Leyen)$/iu],
    ['Peskov', /^(Песков|Пєсков|Peskov|Дмитрий Песков|Дмитро Пєсков|Dmitry Peskov)$/iu],
  ];
  for (const [who, re] of figures) {
    it(`gives ${who} exactly one page`, () => {
      expect(pagesFor(re).map((p) => p.id)).toHaveLength(1);
    });
  }

  it('links the Russian, Ukrainian and English names of von der Leyen to one person', () => {
    const [p] = pagesFor(/^Ursula von der Leyen$/u);
    expect(p?.names).toMatchObject({ ru: 'Урсула фон дер Ляйен', uk: 'Урсула фон дер Ляєн', en: 'Ursula von der Leyen' });
  });

  it('links the Ukrainian and Russian spellings of Peskov and Witkoff', () => {
    expect(pagesFor(/^Дмитро Пєсков$/u)[0]?.names.ru).toBe('Дмитрий Песков');
    const [witkoff] = pagesFor(/^Steve Witkoff$/u);
    expect(witkoff?.names).toMatchObject({ ru: 'Стив Уиткофф', uk: 'Стів Віткофф' });
  });

  it('keeps Boris Johnson and Mike Johnson apart', () => {
    const boris = pagesFor(/^(Boris Johnson|Борис Джонсон)$/u);
    const mike = pagesFor(/^Mike Johnson$/u);
    expect(boris).toHaveLength(1);
    expect(mike).toHaveLength(1);
    expect(boris[0]?.id).not.toBe(mike[0]?.id);
  });

  it('makes no person out of a place, an organisation or a clause adverb', () => {
    const thingNames = new Set(
      [...kb.places, ...kb.organisations].flatMap((e) => [e.name, ...Object.values(e.names), ...e.aliases]).filter((x): x is string => !!x).map((x) => x.toLowerCase()),
    );
    // Genitive country/organisation words and sentence openers that once got glued to names.
    const glued = /^(Також|Офіційно|Водночас|Візит|Зустріч|Фінляндії|Франції|Францій|Великої|Незалежності|Європейського|Єврокомісії|Єврокомісій|України|Елисейский|Élysée)\b|\b(Британії|Союзу|України)$/u;
    const bad = kb.people.flatMap((p) => forms(p).filter((f) => thingNames.has(f.toLowerCase()) || glued.test(f)).map((f) => `${p.id}: ${f}`));
    expect(bad).toEqual([]);
  });
});
