/**
 * `node scripts/eval/synthetic-people.ts <kb.json> <truth.json> [--list]`: map the
 * people an ingest found to the people of a synthetic corpus (`npm run corpus`)
 * and count how far apart they are: found, matched to a truth person, split
 * (several found people for one truth person), wrong canonical name (matched,
 * but the name is none of the truth person's ru/uk/en names), unmatched.
 *
 * Matching: a found person matches the truth person one of whose full names
 * (any language) shares the first-name and surname stems with one of the found
 * person's names or aliases; failing that, a surname-only match when exactly
 * one truth person has that surname stem.
 */
import { readFileSync } from 'node:fs';
import { comparable, nameStem } from '../../article/entities/normalise-name.ts';
import { addTo } from '../../util/collections.ts';

interface TruthPerson {
  id: string;
  gender: string;
  names: Record<string, string>;
}
interface FoundPerson {
  id: string;
  name: string;
  names?: Record<string, string>;
  aliases?: string[];
}

const stemOf = (w: string): string => nameStem(comparable(w).replace(/[ії]/gu, 'и').replace(/є/gu, 'е'));
const words = (s: string): string[] => s.split(/[\s-]+/u).filter(Boolean);

function main(): void {
  const [kbPath, truthPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const list = process.argv.includes('--list');
  if (!kbPath || !truthPath) {
    console.error('usage: node scripts/eval/synthetic-people.ts <kb.json> <truth.json> [--list]');
    process.exit(2);
  }
  const kb = JSON.parse(readFileSync(kbPath, 'utf8')) as { people: FoundPerson[] };
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as { people: TruthPerson[] };

  const byFull = new Map<string, Set<string>>();
  const bySurname = new Map<string, Set<string>>();
  const truthNames = new Map<string, Set<string>>();
  for (const p of truth.people) {
    const names = new Set<string>();
    for (const n of Object.values(p.names)) {
      names.add(comparable(n));
      const w = words(n);
      if (w.length < 2) continue;
      addTo(byFull, `${stemOf(w[0])} ${stemOf(w[w.length - 1])}`, p.id);
      addTo(bySurname, stemOf(w[w.length - 1]), p.id);
    }
    truthNames.set(p.id, names);
  }

  const matchOf = (f: FoundPerson): string | null => {
    const forms = [f.name, ...Object.values(f.names ?? {}), ...(f.aliases ?? [])];
    const votes = new Map<string, number>();
    for (const form of forms) {
      const w = words(form);
      if (w.length < 2) continue;
      for (const id of byFull.get(`${stemOf(w[0])} ${stemOf(w[w.length - 1])}`) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    if (votes.size) return [...votes].sort((a, b) => b[1] - a[1])[0][0];
    for (const form of forms) {
      const w = words(form);
      const ids = bySurname.get(stemOf(w[w.length - 1] ?? ''));
      if (ids?.size === 1) return [...ids][0];
    }
    return null;
  };

  const found = new Map<string, FoundPerson[]>();
  const unmatched: FoundPerson[] = [];
  const wrong: [FoundPerson, string][] = [];
  for (const f of kb.people) {
    const id = matchOf(f);
    if (!id) {
      unmatched.push(f);
      continue;
    }
    const list = found.get(id) ?? [];
    list.push(f);
    found.set(id, list);
    if (!truthNames.get(id)?.has(comparable(f.name))) wrong.push([f, id]);
  }
  const split = [...found].filter(([, l]) => l.length > 1);
  const figures = {
    truth: truth.people.length,
    found: kb.people.length,
    matched: kb.people.length - unmatched.length,
    truthCovered: found.size,
    split: split.length,
    splitExtra: split.reduce((n, [, l]) => n + l.length - 1, 0),
    wrongName: wrong.length,
    unmatched: unmatched.length,
  };
  if (list) {
    console.log('## wrong canonical name');
    for (const [f, id] of wrong) console.log(`  ${f.name}  ← ${truth.people.find((p) => p.id === id)?.names.uk}`);
    console.log('## split');
    for (const [id, l] of split) console.log(`  ${id}: ${l.map((f) => f.name).join(' | ')}`);
    console.log('## unmatched');
    for (const f of unmatched) console.log(`  ${f.name}`);
  }
  console.log(JSON.stringify(figures));
}

main();
