import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, SETS, type FullGold } from './gold-sets.ts';

/**
 * Every own gold set (./gold-sets.ts) is well-formed guide gold
 * (../shared/annotation/README.md, "Gold file format"). Scoring the sets
 * through the whole ingest is guide-scores.slow.test.ts.
 */

const TYPES = new Set(['meeting', 'call', 'visit', 'summit', 'signing', 'vote', 'office', 'legal', 'sanctions', 'attack', 'protest', 'disaster', 'award', 'sport', 'launch', 'ceremony', 'death']);
const STATUSES = new Set(['happened', 'planned', 'hypothetical', 'cancelled']);
const PRECISION: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

/** Everything that makes a gold file inconsistent with the guide's format, as readable lines. */
function formatProblems(gold: FullGold, articlesDir: string): string[] {
  const problems: string[] = [];
  for (const [id, p] of Object.entries(gold.persons)) {
    for (const lang of ['ru', 'uk', 'en']) if (!p.names[lang]) problems.push(`person ${id}: no ${lang} name`);
  }
  for (const [id, e] of Object.entries(gold.events)) {
    if (!TYPES.has(e.type)) problems.push(`event ${id}: type ${e.type}`);
    if (!e.date || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date)) problems.push(`event ${id}: date ${e.date} (an undated event gets no event page)`);
    else if (PRECISION[e.date.length] !== e.datePrecision) problems.push(`event ${id}: precision ${e.datePrecision} for ${e.date}`);
    if (!STATUSES.has(e.status)) problems.push(`event ${id}: status ${e.status}`);
    for (const p of e.participants) if (!gold.persons[p]) problems.push(`event ${id}: unknown participant ${p}`);
    for (const f of e.articles) if (!gold.articles[f]?.events?.includes(id)) problems.push(`event ${id}: ${f} does not list it`);
    const latest = [...e.articles].sort((a, b) => (gold.articles[a]?.date ?? '').localeCompare(gold.articles[b]?.date ?? '')).pop();
    if (latest && gold.articles[latest]?.status?.[id] !== e.status) problems.push(`event ${id}: status is not that of its latest report`);
  }
  for (const [file, a] of Object.entries(gold.articles)) {
    if (!existsSync(path.join(articlesDir, file))) problems.push(`article ${file}: no such file`);
    for (const p of a.persons) if (!gold.persons[p]) problems.push(`article ${file}: unknown person ${p}`);
    for (const id of a.events ?? []) {
      if (!gold.events[id]?.articles.includes(file)) problems.push(`article ${file}: event ${id} does not list it`);
      if (!STATUSES.has(a.status?.[id] ?? '')) problems.push(`article ${file}: no status for ${id}`);
    }
  }
  return problems;
}

describe('the gold format check', () => {
  it('reports an undated event, an unknown participant, a missing file and a stale event status', () => {
    const gold: FullGold = {
      persons: { a: { names: { ru: 'А', uk: 'А', en: 'A' } } },
      events: {
        e: { type: 'meeting', date: null, datePrecision: null, place: null, participants: ['b'], status: 'planned', articles: ['x.txt'] },
      },
      articles: { 'x.txt': { lang: 'en', date: '2025-01-01', persons: ['a'], events: ['e'], status: { e: 'happened' } } },
    };
    expect(formatProblems(gold, path.join(root, 'test/gold'))).toEqual([
      'event e: date null (an undated event gets no event page)',
      'event e: unknown participant b',
      'event e: status is not that of its latest report',
      'article x.txt: no such file',
    ]);
  });
});

for (const set of SETS) {
  describe(`gold set ${set.name}`, () => {
    const gold = JSON.parse(readFileSync(path.join(root, set.gold), 'utf8')) as FullGold;

    it('is well-formed guide gold: dated events, known people, statuses per report, files present', () => {
      expect(formatProblems(gold, path.join(root, set.articles))).toEqual([]);
      expect(Object.values(gold.articles).reduce((n, a) => n + (a.events?.length ?? 0), 0)).toBe(set.pairs);
    });
  });
}
