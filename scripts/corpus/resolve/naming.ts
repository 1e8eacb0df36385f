/** Canonical names per language and stable ids for resolved entities. */
import type { Lang, LocalEntity } from '../../model/model.ts';
import { shortHash } from '../../lang/transliterate.ts';
import { groupBy, mostCommon, pushTo } from '../../util/collections.ts';
import { compare } from './compare.ts';

const LANG_ORDER: Lang[] = ['ru', 'uk', 'en'];

/** Languages in the fixed order (ru, uk, en), others after them by code. */
export function langRank(lang: string): number {
  const i = LANG_ORDER.indexOf(lang);
  return i < 0 ? LANG_ORDER.length : i;
}

/** The most frequent value, the smallest (by code units) on a tie; '' when none. */
export function mostFrequent(values: Iterable<string>): string {
  return mostCommon(values, String, compare) ?? '';
}

/** The most frequent name per language, languages in order of first appearance: one pass, however large the cluster. */
export function namesByLang(entities: LocalEntity[]): Partial<Record<Lang, string>> {
  const names: Partial<Record<Lang, string>> = {};
  for (const [lang, group] of groupBy(entities, (e) => e.lang)) names[lang] = mostFrequent(group.map((e) => e.name));
  return names;
}

/** The record with its keys in language order. */
export function sortKeys<T>(record: Partial<Record<string, T>>): Partial<Record<string, T>> {
  const out: Partial<Record<string, T>> = {};
  for (const key of Object.keys(record).sort((a, b) => langRank(a) - langRank(b) || compare(a, b))) out[key] = record[key];
  return out;
}

/**
 * Ids from slugs; on a collision every entity but the one with the smallest
 * identity key gets `-<hash of identity>`, so ids never depend on input order.
 * `fixed` ids (curated files) always keep their slug.
 */
export function assignIds(drafts: { base: string; identity: string; fixed: boolean }[]): string[] {
  const byBase = new Map<string, number[]>();
  drafts.forEach((d, n) => pushTo(byBase, d.base, n));
  const ids: string[] = new Array<string>(drafts.length);
  for (const [base, members] of byBase) {
    members.sort((a, b) => Number(drafts[b]!.fixed) - Number(drafts[a]!.fixed) || compare(drafts[a]!.identity, drafts[b]!.identity));
    members.forEach((n, rank) => {
      ids[n] = rank === 0 ? base : `${base.slice(0, 72)}-${shortHash(drafts[n]!.identity)}`;
    });
  }
  // A hashed id could in theory meet another plain slug; extend the hash until unique.
  const seen = new Set<string>();
  return ids.map((id, n) => {
    let out = id;
    let salt = 1;
    while (seen.has(out)) out = `${id}-${shortHash(`${drafts[n]!.identity}#${salt++}`)}`;
    seen.add(out);
    return out;
  });
}
