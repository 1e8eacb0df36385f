/** Curated people (content/people/*.md) as virtual union-find nodes, with the keys and aliases they claim. */
import type { Problem } from '../../model/model.ts';
import { addTo } from '../../util/collections.ts';
import { compare } from './compare.ts';
import { aliasFacts, normaliseSurface } from './person-facts.ts';
import type { CuratedPerson, Curation } from './types.ts';
import type { UnionFind } from './union-find.ts';

export interface CuratedNode {
  person: CuratedPerson;
  node: number;
  fullKeys: Set<string>;
  surnames: Set<string>;
  firstNames: Set<string>;
}

/** Every name form a curated file gives (name, names per language, aliases). */
const formsOf = (person: CuratedPerson): (string | null)[] => [person.name, ...Object.values(person.names), ...person.aliases];

/** One virtual node per curated person (after the items' nodes), in id order, with its full-name and surname keys. */
export function curatedNodes(curation: Curation, uf: UnionFind): CuratedNode[] {
  return [...curation.people].sort((a, b) => compare(a.id, b.id)).map((person): CuratedNode => {
    const node = uf.add();
    const fullKeys = new Set<string>();
    const surnames = new Set<string>();
    const firstNames = new Set<string>();
    for (const form of formsOf(person)) {
      if (!form) continue;
      const f = aliasFacts(form);
      if (!f) continue;
      if (f.firstCons) {
        fullKeys.add(`${f.lastSk}|${f.firstCons}`);
        firstNames.add(f.firstCons);
      } else surnames.add(f.lastSk);
    }
    return { person, node, fullKeys, surnames, firstNames };
  });
}

/**
 * Surface aliases to the curated person they name. An alias claimed by two
 * curated files is a conflict: it matches nothing (not even as a surname key)
 * and each file gets a warning.
 */
export function curatedAliasTargets(curated: CuratedNode[], problems: Problem[]): Map<string, CuratedNode> {
  const curatedById = new Map(curated.map((c) => [c.person.id, c]));
  const aliasOwners = new Map<string, Set<string>>();
  for (const c of curated) {
    for (const form of formsOf(c.person)) {
      if (form) addTo(aliasOwners, normaliseSurface(form), c.person.id);
    }
  }
  const aliasTarget = new Map<string, CuratedNode>();
  for (const [alias, owners] of [...aliasOwners].sort((a, b) => compare(a[0], b[0]))) {
    if (owners.size === 1) {
      aliasTarget.set(alias, curatedById.get([...owners][0]!)!);
      continue;
    }
    const ids = [...owners].sort();
    for (const id of ids) {
      const c = curatedById.get(id)!;
      problems.push({
        file: c.person.file,
        severity: 'warning',
        message: `Alias «${alias}» is also claimed by ${ids.filter((x) => x !== id).map((x) => `people/${x}.md`).join(', ')}; it is ignored until only one file lists it.`,
      });
    }
  }
  const conflicted = new Set([...aliasOwners].filter(([, o]) => o.size > 1).map(([a]) => a));
  for (const c of curated) {
    // Key-level matching must not reuse a conflicted alias either.
    for (const alias of conflicted) {
      if (!aliasOwners.get(alias)!.has(c.person.id)) continue;
      const f = aliasFacts(alias);
      if (f && !f.firstCons) c.surnames.delete(f.lastSk);
    }
  }
  return aliasTarget;
}
