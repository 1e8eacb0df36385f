/** Organisations and places: merge on any shared key (gazetteer concept or name skeleton). */
import type { EntityType, KbEntity, OrgId, PlaceId } from '../../model/model.ts';
import { conceptId } from '../../lang/lexicons/known-places-orgs.ts';
import { slugify } from '../../lang/transliterate.ts';
import { groupBy } from '../../util/collections.ts';
import { compare } from './compare.ts';
import { entityBase } from './entity-base.ts';
import { setLink, type EntityLinks } from './links.ts';
import { assignIds, langRank, namesByLang, sortKeys } from './naming.ts';
import { normaliseSurface } from './person-facts.ts';
import type { Item } from './types.ts';
import { UnionFind } from './union-find.ts';

/** `idOf` brands the assigned slugs as the kind of id `type` has. */
export function resolveNamed<Id extends OrgId | PlaceId>(items: Item[], type: EntityType, links: EntityLinks, idOf: (slug: string) => Id): KbEntity<Id>[] {
  const uf = new UnionFind();
  const byKey = new Map<string, number>();
  items.forEach((item, i) => {
    uf.add();
    const keys = item.entity.keys.length > 0 ? item.entity.keys : [`${type}:${normaliseSurface(item.entity.name)}`];
    for (const key of keys) {
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else uf.union(seen, i);
    }
  });
  const clusters = groupBy(items.keys(), (i) => uf.find(i));
  const drafts = [...clusters.values()].map((members) => {
    const entities = members.map((i) => items[i]!.entity);
    const names = namesByLang(entities);
    const langs = Object.keys(names).sort((a, b) => langRank(a) - langRank(b) || compare(a, b));
    const name = names[langs[0]!]!;
    // A country can have tens of thousands of members: no intermediate array of all their keys.
    const keySet = new Set<string>();
    for (const i of members) for (const key of items[i]!.entity.keys) keySet.add(key);
    const keys = [...keySet].sort();
    const identity = keys[0] ?? `${type}:${name}`;
    // Gazetteer concepts give ids that do not depend on which languages are in the corpus.
    const concept = keys.map(conceptId).find((id): id is string => id !== null) ?? null;
    return { members, names: sortKeys(names), name, identity, base: slugify(concept ?? name) };
  });
  const ids = assignIds(drafts.map((d) => ({ base: d.base, identity: d.identity, fixed: false })));
  return drafts
    .map((d, n) => {
      const memberItems = d.members.map((i) => items[i]!);
      const id = idOf(ids[n]!);
      for (const item of memberItems) setLink(links, item.article, item.entity.key, id);
      return entityBase(id, d.name, d.names, memberItems, []);
    })
    .sort((a, b) => compare(a.id, b.id));
}
