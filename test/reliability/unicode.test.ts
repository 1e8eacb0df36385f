/**
 * Unicode: normalisation forms, invisible characters inside names, Latin–
 * Cyrillic look-alikes, Ukrainian apostrophes, RTL marks and emoji. Ingest
 * must not crash, offsets must hold, ids must stay ASCII slugs and stable.
 * Whether the names are still *found* is recognition quality: the test prints
 * what it observes (collected in docs/reliability.md) without asserting it.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIds, checkKnowledgeBase } from '../../scripts/tools/fuzz/invariants.ts';
import type { KnowledgeBase } from '../../scripts/model/model.ts';
import { ingest } from '../../scripts/pipeline/ingest.ts';
import { tempRoot } from '../helpers/paths.ts';

const BASE = 'Владимир Путин встретился с Дональдом Трампом на Аляске. Путин заявил, что переговоры были «конструктивными».';
const BASE_UK = "Володимир Зеленський зустрівся з Олександром Стуббом у Києві. Зеленський заявив, що обʼєднання зусиль — пам'ять і довіра.";

/** variant → text; the name each variant hides is Путин / Зеленський. */
const VARIANTS: Record<string, string> = {
  'plain (NFC)': BASE.normalize('NFC'),
  NFD: BASE.normalize('NFD'),
  'NFD with й': 'Сергей Лавров встретился с Марко Рубио. Лавров заявил, что встреча состоится.'.normalize('NFD'),
  'soft hyphens inside names': BASE.replace(/Путин/g, 'Пу\u00adтин').replace('Трампом', 'Трам\u00adпом'),
  'zero-width spaces inside names': BASE.replace(/Путин/g, 'Пу\u200bтин').replace('Трампом', 'Трам\u200dпом'),
  'Latin y in Путин (mixed script)': BASE.replace(/Путин/g, 'Пyтин'),
  'Latin P, e, o in names': BASE.replace(/Путин/g, 'Pутин').replace('Дональдом', 'Дoнальдом'),
  'Ukrainian apostrophes ʼ ’ \'': BASE_UK,
  'Ukrainian apostrophe variants in a name': "Володимир Зеленський зустрівся з Мар'яною Безуглою. Мар’яна Безугла і Марʼяна Безугла — одна людина.",
  'RTL and LTR marks': `\u200f${BASE.replace(/ /g, ' \u200e')}\u202c`,
  'RLO override around a name': BASE.replace('Путин заявил', '\u202eПутин\u202c заявил'),
  emoji: BASE.replace('Аляске.', 'Аляске 🇺🇸🇷🇺. 👍🏽👨‍👩‍👧').replace('Путин заявил', 'Путин 😀 заявил'),
  'astral letters (mathematical bold)': `${BASE} 𝐏𝐮𝐭𝐢𝐧 said hello.`,
  'BOM and NBSP': `\ufeff${BASE.replace(/ /g, '\u00a0')}`,
  'combining acute accents (stress marks)': BASE.replace('Путин', 'Пу́тин').replace('Аляске', 'Аля́ске'),
  'fullwidth and ligatures': `${BASE} ＰＵＴＩＮ ﬁnally agreed.`,
};

describe('unicode in article text', () => {
  let root: string;
  let content: string;
  let kb: KnowledgeBase;
  const files = Object.keys(VARIANTS).map((_, index) => `articles/variant-${String(index).padStart(2, '0')}.txt`);

  beforeAll(async () => {
    root = await tempRoot('unicode-');
    content = path.join(root, 'content');
    await mkdir(path.join(content, 'articles'), { recursive: true });
    for (const [index, text] of Object.values(VARIANTS).entries()) {
      // The closing number keeps variants that differ only in invisible characters from being dropped as duplicates.
      await writeFile(path.join(content, files[index]), ` date 2025-08-${String(index + 1).padStart(2, '0')} ${text} (${index})\n`);
    }
    ({ kb } = await ingest({ contentDir: content, outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), jobs: 0 }));
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('every variant is read, offsets hold and ids are ASCII slugs', async () => {
    expect(kb.problems.filter((problem) => /bug in Letopis|could not parse/.test(problem.message))).toEqual([]);
    expect([...(await checkKnowledgeBase({ kb, contentDir: content, inputs: files })), ...checkIds(kb)]).toEqual([]);
    expect(kb.articles.length).toBe(files.length);
  });

  it('ids are stable across runs', async () => {
    const again = await ingest({ contentDir: content, outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache-2'), jobs: 0 });
    const ids = (base: KnowledgeBase) => [base.articles, base.people, base.organisations, base.places, base.events].map((list) => list.map((item) => item.id));
    expect(ids(again.kb)).toEqual(ids(kb));
  }, 120_000);

  it('reports who is found in each variant (observation, not asserted)', () => {
    const names = new Map(kb.people.map((person) => [person.id, person.name]));
    const rows = Object.keys(VARIANTS).map((variant, index) => {
      const article = kb.articles.find((item) => item.file === files[index]);
      return `${variant}: ${(article?.people ?? []).map((id) => `${names.get(id)} (${id})`).join(', ') || '—'}`;
    });
    console.info(`people found per variant:\n${rows.join('\n')}`);
    expect(rows.length).toBe(files.length);
  });
});

describe('unicode in file names', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempRoot('unicode-names-');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('NFC and NFD spellings of one name are two articles with distinct ASCII ids, the same on every run', async () => {
    const content = path.join(root, 'content');
    await mkdir(path.join(content, 'articles'), { recursive: true });
    const names = ['Путин-й-ё.txt'.normalize('NFC'), 'Путин-й-ё.txt'.normalize('NFD'), 'Пyтин.txt', 'Путин.txt', 'Пу\u00adтин.txt', 'Пу\u200bтин.txt', 'Зеленськийʼ.txt', 'Зеленський’.txt'];
    for (const [index, name] of names.entries()) await writeFile(path.join(content, 'articles', name), ` date 2025-08-24 Статья номер ${index} о Путине.\n`);
    const run = async () => (await ingest({ contentDir: content, outDir: path.join(root, 'out'), cacheDir: path.join(root, 'cache'), jobs: 0 })).kb;
    const first = await run();
    expect(checkIds(first)).toEqual([]);
    expect(first.articles.length).toBe(names.length);
    expect(new Set(first.articles.map((article) => article.id)).size).toBe(names.length);
    const second = await run();
    expect(second.articles.map((article) => [article.file, article.id])).toEqual(first.articles.map((article) => [article.file, article.id]));
    console.info(`file name → id:\n${first.articles.map((article) => `${JSON.stringify(article.file)} → ${article.id}`).join('\n')}`);
  }, 120_000);
});
