/**
 * Resolve per-article entities into corpus entities: people across ru/uk/en
 * (./resolve/people.ts), organisations and places (./resolve/named.ts).
 */
import type { EntityType, Problem } from '../model/model.ts';
import { orgId, placeId } from '../model/ids.ts';
import { compare } from './resolve/compare.ts';
import type { EntityLinks } from './resolve/links.ts';
import { resolveNamed } from './resolve/named.ts';
import { resolvePeople } from './resolve/people.ts';
import type { ArticleInput, Curation, Item, ResolvedEntities } from './resolve/types.ts';

export type { ArticleInput, CuratedPerson, Curation, ResolvedEntities } from './resolve/types.ts';
export { linkOf, setLink, type EntityLinks } from './resolve/links.ts';


/*
 * How people are told apart (the rules, in order):
 *
 * 1. A full name (first + last) is keyed by the phonetic skeleton of the
 *    surname plus the consonants of the first name: Олег Сомов, Олег
 *    Сомов in Ukrainian and Oleg Somov share «somov|lg». Different first names never
 *    merge, so Boris Johnson and Dakota Johnson stay two.
 * 2. Cyrillic and Latin spellings whose surnames differ only in vowels
 *    (Трамп / Trump, Байден / Biden) merge when that is unambiguous: at most one
 *    distinct surname skeleton per script shares the consonant key.
 * 3. A surname alone (or with an initial) joins the one full-named person with
 *    that surname (and initial, and gender when both are known). If several
 *    fit, it stays a separate «surname only» person named by the surname —
 *    merging it into either could put words in the wrong mouth.
 * 4. A person known only by role («глава Кремля») joins whoever holds that role
 *    most often in articles within a year of it; otherwise it is dropped.
 * 5. Curation wins: its names and aliases pull matching people into the
 *    curated person; `not_a_person` forms are dropped.
 *
 * Ids are slugs of the canonical name (Latin), with a hash of the person's
 * identity key appended only on a slug collision, so they do not depend on
 * corpus order. Everything is hash maps keyed by skeleton: linear in mentions.
 */

/**
 * Resolve per-article entities into corpus entities: one page per person
 * across ru/uk/en, never two people merged. Deterministic regardless of input order.
 */
export function resolveEntities(inputs: ArticleInput[], curation: Curation): ResolvedEntities {
  const sorted = [...inputs].sort((a, b) => compare(a.id, b.id) || compare(a.analysis.article.hash, b.analysis.article.hash));
  const byType = new Map<EntityType, Item[]>([['person', []], ['org', []], ['place', []]]);
  for (const input of sorted) {
    const entities = [...input.analysis.entities].sort((a, b) => compare(a.key, b.key));
    for (const entity of entities) byType.get(entity.type)?.push({ article: input.id, date: input.analysis.article.date, entity });
  }
  const links: EntityLinks = new Map();
  const problems: Problem[] = [];
  const people = resolvePeople(byType.get('person')!, curation, links, problems);
  return {
    people,
    organisations: resolveNamed(byType.get('org')!, 'org', links, orgId),
    places: resolveNamed(byType.get('place')!, 'place', links, placeId),
    links,
    problems,
  };
}
