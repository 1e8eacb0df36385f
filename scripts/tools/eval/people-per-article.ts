/**
 * Scoring by the annotation guide's "People per article" rule: the set of
 * gold persons an article mentions (by name or role) against the people the
 * knowledge base links to that article. A system person matches a gold person
 * when one of its names equals one of the gold names or aliases after
 * lower-casing, ё→е and removing dots. Also counted: splits (one gold person
 * spread over several system people), merges (one system person matching
 * several gold people), canonical names per language and roles.
 */
import type { KbPerson, KnowledgeBase } from '../../model/model.ts';
import { stemWord } from '../../lang/stem-word.ts';
import type { GuideGold } from './people-sets.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PerArticleScore {
  byLang: Record<string, Counts>;
  /** Gold person id → the system ids it was spread over (only those over more than one). */
  splits: Record<string, string[]>;
  /** System person id → the gold ids it covered (only those covering more than one). */
  merges: Record<string, string[]>;
  /** Matched (article, person) pairs whose system name in the article's language equals the gold one. */
  names: { ok: number; total: number };
  /** Matched (article, person) pairs where the gold person has a role: the person carries a role with the same head word. */
  roles: { ok: number; total: number };
  errors: string[];
}

export const normaliseName = (name: string): string =>
  name.toLowerCase().replace(/ё/g, 'е').replace(/\./g, '').replace(/\s+/g, ' ').trim();

/** Head word of a role: its first word of four or more letters, without its case ending («министра» → «министр»). */
export function roleHead(role: string): string {
  const words = role.toLowerCase().replace(/ё/g, 'е').match(/\p{L}{4,}/gu) ?? [];
  return stemWord(words[0] ?? '');
}

const systemNames = (person: KbPerson): Set<string> => new Set([person.name, ...Object.values(person.names), ...person.aliases].filter((n): n is string => !!n).map(normaliseName));

const add = (map: Record<string, string[]>, key: string, value: string): void => {
  const list = (map[key] ??= []);
  if (!list.includes(value)) list.push(value);
};

export function scorePerArticle(gold: GuideGold, kb: KnowledgeBase, files: readonly string[]): PerArticleScore {
  const goldNames = new Map(Object.entries(gold.persons).map(([id, p]) => [id, new Set([...Object.values(p.names), ...(p.aliases ?? [])].filter((n): n is string => !!n).map(normaliseName))]));
  const articles = new Map(kb.articles.map((a) => [a.file, a]));
  const people = new Map(kb.people.map((p) => [p.id, p]));
  const score: PerArticleScore = { byLang: {}, splits: {}, merges: {}, names: { ok: 0, total: 0 }, roles: { ok: 0, total: 0 }, errors: [] };
  const spread: Record<string, string[]> = {};
  const covered: Record<string, string[]> = {};
  for (const file of files) {
    const goldArticle = gold.articles[file];
    if (!goldArticle) continue;
    const counts = (score.byLang[goldArticle.lang] ??= { tp: 0, fp: 0, fn: 0 });
    const system = (articles.get(file)?.people ?? []).map((id) => people.get(id)).filter((p): p is KbPerson => !!p);
    const matched = new Set<string>();
    for (const person of system) {
      const names = systemNames(person);
      const hits = goldArticle.persons.filter((id) => [...(goldNames.get(id) ?? [])].some((n) => names.has(n)));
      if (hits.length === 0) {
        counts.fp++;
        score.errors.push(`${file}\tFP\t${person.name}`);
        continue;
      }
      for (const id of hits) {
        matched.add(id);
        add(spread, id, person.id);
        add(covered, person.id, id);
        scoreNameAndRole(score, gold, id, person, { file, id: articles.get(file)?.id ?? file, lang: goldArticle.lang });
      }
    }
    counts.tp += matched.size;
    counts.fn += goldArticle.persons.length - matched.size;
    for (const id of goldArticle.persons) if (!matched.has(id)) score.errors.push(`${file}\tFN\t${id}`);
  }
  for (const [id, ids] of Object.entries(spread)) if (ids.length > 1) score.splits[id] = ids;
  for (const [id, ids] of Object.entries(covered)) if (ids.length > 1) score.merges[id] = ids;
  return score;
}

function scoreNameAndRole(score: PerArticleScore, gold: GuideGold, id: string, person: KbPerson, article: { file: string; id: string; lang: string }): void {
  const { file, lang } = article;
  const goldPerson = gold.persons[id];
  const goldName = goldPerson?.names[lang];
  if (goldName) {
    score.names.total++;
    const systemName = person.names[lang] ?? person.name;
    if (normaliseName(systemName) === normaliseName(goldName)) score.names.ok++;
    else score.errors.push(`${file}\tNAME\t${systemName} ≠ ${goldName}`);
  }
  const goldRoles = goldPerson?.roles ?? [];
  if (goldRoles.length > 0) {
    score.roles.total++;
    const heads = new Set(goldRoles.map(roleHead));
    // The knowledge base keeps one entry per distinct role (its earliest report), so a role the article
    // gives counts when the person it is linked to carries it, whichever article reported it first.
    const systemRoles = person.roles;
    if (systemRoles.some((r) => heads.has(roleHead(r.text)) || (r.nominative !== undefined && heads.has(roleHead(r.nominative))))) score.roles.ok++;
    else score.errors.push(`${file}\tROLE\t${person.name}: ${systemRoles.map((r) => r.text).join('; ') || '∅'} ≠ ${goldRoles.join('; ')}`);
  }
}
