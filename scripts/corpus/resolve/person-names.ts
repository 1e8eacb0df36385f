/** A resolved person's identity key and names. */
import type { Lang, LocalEntity } from '../../model/model.ts';
import { compare } from './compare.ts';
import type { CuratedNode } from './curated-people.ts';
import { langRank, mostFrequent, namesByLang, sortKeys } from './naming.ts';
import { isInitial, type PersonFacts } from './person-facts.ts';

/** What identifies a cluster whatever the corpus order: the curated id, else its smallest full-name key, else its smallest surname key. */
export function identityKey(members: number[], facts: PersonFacts[], curated: CuratedNode | null): string {
  if (curated) return `curated:${curated.person.id}`;
  // The smallest key (what sorting them would put first), without an array of every member's key.
  let full: string | null = null;
  for (const i of members) {
    const f = facts[i]!;
    if (f.kind !== 'full') continue;
    const key = `${f.lastSk}|${f.firstCons}`;
    if (full === null || key < full) full = key;
  }
  if (full !== null) return full;
  let rest: string | null = null;
  for (const i of members) {
    const f = facts[i]!;
    if (f.kind === 'role') continue;
    const key = `${f.kind}:${f.lastSk}`;
    if (rest === null || key < rest) rest = key;
  }
  return rest ?? 'role';
}

/** Canonical name (ru full form first, then uk, then en) and names per language. */
export function personNames(entities: LocalEntity[], curated: CuratedNode | null): { name: string; names: Partial<Record<Lang, string>> } {
  const full = entities.filter((e) => e.parts?.first && e.parts.last && !isInitial(e.parts.first));
  const named = entities.filter((e) => e.mentions.some((m) => m.kind === 'name'));
  const pool = full.length > 0 ? full : named.length > 0 ? named : entities;
  const names = namesByLang(pool);
  if (curated) Object.assign(names, curated.person.names);
  const langs = Object.keys(names).sort((a, b) => langRank(a) - langRank(b) || compare(a, b));
  const name = curated?.person.name ?? names[langs[0]!] ?? mostFrequent(entities.map((e) => e.name));
  return { name, names: sortKeys(names) };
}
