/**
 * Permalinks that survive a change of id: when the corpus grows, a person's
 * id may change (a better name is found, a curated file is added). Each run
 * records a few mentions of every person; the next run finds the person who
 * now holds most of a vanished id's mentions and redirects the old id there.
 * Older redirects are carried over and re-pointed when their target moves on.
 * An output from before this map has only its people index: its names stand in.
 */
import type { KbPerson } from '../../model/model.ts';
import type { SiteRedirects } from '../../model/site-contract.ts';

/** Mentions recorded per person: enough to recognise them, small at any corpus size. */
const IDENTITY_MENTIONS = 4;

const mentionKey = (m: { article: string; start: number }): string => `${m.article}@${m.start}`;

/** Each vanished id → the current person holding most of its recorded mentions. */
function successors(previous: SiteRedirects, people: readonly KbPerson[], current: ReadonlySet<string>): Map<string, string> {
  const owner = new Map<string, string>();
  for (const [id, keys] of Object.entries(previous.identities)) {
    if (!current.has(id)) for (const key of keys) owner.set(key, id);
  }
  const votes = new Map<string, Map<string, number>>();
  if (owner.size > 0) {
    for (const person of people) {
      for (const m of person.mentions) {
        const old = owner.get(mentionKey(m));
        if (old === undefined) continue;
        const tally = votes.get(old) ?? new Map<string, number>();
        tally.set(person.id, (tally.get(person.id) ?? 0) + 1);
        votes.set(old, tally);
      }
    }
  }
  const next = new Map<string, string>();
  for (const [old, tally] of votes) {
    const [best] = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    next.set(old, best[0]);
  }
  // No mention found again (an output from before identities, edited articles): the one current person of the same name.
  const byName = new Map<string, string | null>();
  for (const person of people) byName.set(person.name, byName.has(person.name) ? null : person.id);
  for (const [old, name] of Object.entries(previous.names ?? {})) {
    const now = byName.get(name);
    if (!current.has(old) && !next.has(old) && now) next.set(old, now);
  }
  return next;
}

export function personRedirects(previous: SiteRedirects | null, people: readonly KbPerson[]): SiteRedirects {
  const current: ReadonlySet<string> = new Set<string>(people.map((p) => p.id));
  const identities: Record<string, string[]> = {};
  const names: Record<string, string> = {};
  for (const person of people) {
    names[person.id] = person.name;
    const named = person.mentions.filter((m) => m.kind !== 'pronoun');
    identities[person.id] = (named.length > 0 ? named : person.mentions).slice(0, IDENTITY_MENTIONS).map(mentionKey);
  }
  if (!previous) return { people: {}, identities, names };
  const next = successors(previous, people, current);
  const redirects: Record<string, string> = {};
  const follow = (target: string): string | undefined => (current.has(target) ? target : next.get(target));
  for (const [old, target] of Object.entries(previous.people)) {
    const now = follow(target);
    if (now !== undefined && !current.has(old)) redirects[old] = now;
  }
  for (const [old, now] of next) redirects[old] = now;
  return { people: Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => (a < b ? -1 : 1))), identities, names };
}
