/**
 * The sentences entity pages quote: for every linked entity, the sentence of
 * its first mention in each article ("reports"), and for every person, the
 * articles that name their surname without linking them ("unlinked"). Found
 * per article by the scans (scan-article.ts), gathered here.
 */
import type { KbArticle, KbPerson, PersonId, KnowledgeBase } from '../../model/model.ts';
import type { SiteReport } from '../../model/site-contract.ts';
import { getOrCreate, pushTo } from '../../util/collections.ts';
import type { OutputReuse } from '../../runtime/output/reuse-output.ts';
import { foldYo } from './name-forms.ts';
import { LIMITS } from './limits.ts';
import { articleRef } from './refs.ts';
import type { ArticleScan } from './scan-article.ts';

/** Surname-like keys of a person for the unlinked-mention scan: last word of each name, folded. */
function surnameKeys(person: KbPerson): string[] {
  const keys = new Set<string>();
  for (const name of [person.name, ...Object.values(person.names)]) {
    if (!name) continue;
    const words = name.split(/\s+/);
    const last = foldYo(words[words.length - 1].toLowerCase());
    if (words.length > 1 && last.length >= 4) keys.add(last);
  }
  return [...keys];
}

export interface Surnames {
  /** Surname key → the people it may name. */
  people: Map<string, PersonId[]>;
  /** Every key, sorted. */
  keys: string[];
  /** The previous run's keys; undefined when there was none. */
  previous: string[] | undefined;
  /** Keys the previous run did not look for (empty without a previous run). */
  added: Set<string>;
}

/**
 * The surname keys of this knowledge base. They decide which words the
 * unlinked-mention scan reports, so they are remembered: the next run knows
 * which keys its per-article scans already cover.
 */
export function surnameIndex(kb: KnowledgeBase, reuse: OutputReuse): Surnames {
  const people = new Map<string, PersonId[]>();
  for (const p of kb.people) for (const key of surnameKeys(p)) pushTo(people, key, p.id);
  const keys = [...people.keys()].sort();
  const previous = reuse.recall<string[]>('surname-keys', '');
  reuse.keep('surname-keys', '', keys);
  const known = new Set(previous);
  return { people, keys, previous, added: new Set(previous ? keys.filter((k) => !known.has(k)) : []) };
}

export interface MentionReports {
  /** `<type>:<id>` → reports, newest first, capped. */
  reports: Map<string, SiteReport[]>;
  /** Person id → unlinked mentions, newest first, capped. */
  unlinked: Map<string, SiteReport[]>;
}

function pushCapped(map: Map<string, SiteReport[]>, key: string, report: SiteReport, cap: number): void {
  const list = getOrCreate(map, key, (): SiteReport[] => []);
  if (list.length < cap && list[list.length - 1]?.id !== report.id) list.push(report);
}

/**
 * Gather the scans of `ordered` (newest first, `scans[i]` of `ordered[i]`):
 * replayed in date order, so the caps keep the same reports whatever order
 * the files were read in.
 */
export function mentionReports(ordered: KbArticle[], scans: ArticleScan[], people: ReadonlyMap<string, PersonId[]>): MentionReports {
  const reports = new Map<string, SiteReport[]>();
  const unlinked = new Map<string, SiteReport[]>();
  for (let i = 0; i < ordered.length; i++) {
    const ref = articleRef(ordered[i]);
    const { reports: found, hits } = scans[i];
    for (const [spanKey, sentence] of found) pushCapped(reports, spanKey, { ...ref, sentence }, LIMITS.reports);
    const linked = new Set(ordered[i].people);
    for (const [surname, sentence] of hits) {
      for (const id of people.get(surname) ?? []) {
        if (linked.has(id)) continue;
        linked.add(id); // once per article
        pushCapped(unlinked, id, { ...ref, sentence }, LIMITS.unlinked);
      }
    }
  }
  return { reports, unlinked };
}
