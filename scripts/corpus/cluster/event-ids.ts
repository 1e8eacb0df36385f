/** Stable event ids: date, type and surnames (or place), with a suffix from the members when two collide. */
import type { EventType, KbEvent, KbPerson } from '../../model/model.ts';
import { eventId } from '../../model/ids.ts';
import { shortHash, slugify } from '../../lang/transliterate.ts';
import { pushTo } from '../../util/collections.ts';
import type { Cluster } from './cluster.ts';
import { surnameKey, surnameOf } from './person-names.ts';

export interface Summary extends KbEvent {
  /** Slug parts for the id. */
  idParts: string[];
}

/**
 * Slug parts of an event's id: its date, type, up to three surnames — one per
 * person even when resolution split them (Токаев / Tokayev share a surname
 * key) — or else the `fallback` name (place or organisation).
 */
export function idParts(date: string | null, type: EventType, participants: readonly string[], byPerson: Map<string, KbPerson>, fallback: () => string | null | undefined): string[] {
  const bySurname = new Map<string, string>();
  for (const id of participants) {
    const person = byPerson.get(id);
    const name = person?.names.en ?? person?.name ?? '';
    const slug = slugCache(`${id}\u0000${name}`, () => surnameSlug(person, id));
    const key = name ? surnameKey(surnameOf(name)) : slug;
    const seen = bySurname.get(key);
    if (seen === undefined || slug < seen) bySurname.set(key, slug);
  }
  const idPeople = [...new Set(bySurname.values())].sort().slice(0, 3);
  if (idPeople.length) return [date ?? 'undated', type, ...idPeople];
  const name = fallback();
  return [date ?? 'undated', type, ...(name ? [slugify(name)] : [])];
}

let slugs = new Map<string, string>();

/** Person id + name → surname slug, memoised (the same people recur across thousands of events). */
function slugCache(id: string, make: () => string): string {
  let hit = slugs.get(id);
  if (hit === undefined) {
    hit = make();
    if (slugs.size > 200_000) slugs = new Map();
    slugs.set(id, hit);
  }
  return hit;
}

function surnameSlug(person: KbPerson | undefined, id: string): string {
  const en = person?.names.en;
  if (en) return slugify(surnameOf(en));
  if (person) return slugify(surnameOf(person.name));
  return slugify(id.split('-').pop() ?? id);
}

/** Ids from the event itself; equal ones get a suffix from their members, never from corpus order. */
export function assignIds(events: Summary[], clusters: Cluster[]): void {
  const groups = new Map<string, number[]>();
  events.forEach((e, i) => pushTo(groups, slugify(e.idParts.join('-')), i));
  for (const [base, list] of groups) {
    if (list.length === 1) {
      events[list[0]!]!.id = eventId(base);
      continue;
    }
    for (const i of list) {
      const identity = clusters[i]!.members.map((m) => m.identity).sort()[0]!;
      events[i]!.id = eventId(`${base}-${shortHash(identity)}`);
    }
  }
  for (const e of events) delete (e as Partial<Summary>).idParts;
}
