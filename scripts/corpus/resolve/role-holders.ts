/**
 * People known only by a role («глава Кремля»): each joins whoever holds that
 * role most often in articles within a year of it; otherwise it is dropped.
 * A role counts as the same when it has the same wording in the same
 * language, or names the same office of the same country in any language
 * («президент России», "the Russian president": role-sense.ts).
 */
import { getOrCreate } from '../../util/collections.ts';
import { memoByString } from '../../util/memo.ts';
import { officeKeyOfText } from '../../article/entities/role-sense.ts';
import { normaliseRole } from './person-facts.ts';
import type { PeopleState } from './people-state.ts';

/** How often a cluster holds a role: undated holdings (they match any date) and the sorted times of dated ones. */
interface RoleHoldings {
  undated: number;
  times: number[];
}

const wordingKey = (lang: string, text: string): string => `${lang}|${normaliseRole(text)}`;
const officeIndexKey = (office: string): string => `office|${office}`;

/** "Within a year" of each other, as role holdings are matched. */
const YEAR_MS = 366 * 86_400_000;
const WINDOWS_MS = [92 * 86_400_000, YEAR_MS];

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) as a time, mid-year or mid-month when vague; null when absent or unreadable. */
function dayTime(date: string | null): number | null {
  return date ? dayTimeOf(date) : null;
}

const dayTimeOf = memoByString((date: string): number | null => {
  const time = Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);
  return Number.isNaN(time) ? null : time;
});

/** How many of the sorted `times` lie in [lo, hi]. */
function countWithin(times: readonly number[], lo: number, hi: number): number {
  const at = (bound: number, inclusive: boolean): number => {
    let a = 0;
    let b = times.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (times[mid]! < bound || (inclusive && times[mid] === bound)) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  return at(hi, true) - at(lo, false);
}

/**
 * How often each cluster holds each role («lang|role»), dates sorted: a vote
 * then costs a binary search per holder instead of a pass over every holding
 * (quadratic at corpus scale).
 */
function roleIndex(s: PeopleState): Map<string, Map<number, RoleHoldings>> {
  const index = new Map<string, Map<number, RoleHoldings>>();
  for (let i = 0; i < s.kept.length; i++) {
    if (s.facts[i]!.kind === 'role') continue;
    const root = s.uf.find(i);
    for (const role of s.kept[i]!.entity.roles) {
      const time = dayTime(role.date ?? s.kept[i]!.date);
      const office = officeKeyOfText(role.nominative ?? role.text);
      for (const key of office ? [wordingKey(role.lang, role.nominative ?? role.text), officeIndexKey(office)] : [wordingKey(role.lang, role.nominative ?? role.text)]) {
        const held = getOrCreate(getOrCreate(index, key, () => new Map<number, RoleHoldings>()), root, (): RoleHoldings => ({ undated: 0, times: [] }));
        if (time === null) held.undated++;
        else held.times.push(time);
      }
    }
  }
  for (const holders of index.values()) for (const held of holders.values()) held.times.sort((a, b) => a - b);
  return index;
}

/**
 * The clear winner of the holders' vote: first among holdings within a
 * quarter of the date (offices change hands; the nearest evidence says who
 * held it then), else within a year. Undated holdings count in both.
 */
function nearestWinner(s: PeopleState, holderSets: readonly Map<number, RoleHoldings>[], time: number | null): number | null {
  for (const span of time === null ? [0] : WINDOWS_MS) {
    const votes = new Map<number, number>();
    for (const holders of holderSets) {
      for (const [holder, held] of holders) {
        const n = held.undated + (time === null ? held.times.length : countWithin(held.times, time - span, time + span));
        if (n === 0) continue;
        const root = s.uf.find(holder);
        votes.set(root, (votes.get(root) ?? 0) + n);
      }
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) return ranked[0]![0];
  }
  return null;
}

/** Join each role-only person to the clear winner of the vote of that role's holders around its date; the indexes of those with none. */
export function attachRoles(s: PeopleState): Set<number> {
  const index = roleIndex(s);
  const dropped = new Set<number>();
  for (let i = 0; i < s.kept.length; i++) {
    if (s.facts[i]!.kind !== 'role') continue;
    const e = s.kept[i]!.entity;
    const texts = [e.name, ...e.roles.flatMap((r) => (r.nominative ? [r.text, r.nominative] : [r.text])), ...e.mentions.filter((m) => m.kind === 'role').map((m) => m.text)];
    // The same wording in the article's language, or the same office (head of state or government of one country) in any.
    const keys = new Set(texts.map((t) => wordingKey(e.lang, t)));
    for (const t of texts) {
      const office = officeKeyOfText(t);
      if (office) keys.add(officeIndexKey(office));
    }
    const time = dayTime(s.kept[i]!.date);
    const winner = nearestWinner(s, [...keys].map((key) => index.get(key)).filter((h) => h !== undefined), time);
    if (winner === null) dropped.add(i);
    else s.uf.union(winner, i);
  }
  return dropped;
}
