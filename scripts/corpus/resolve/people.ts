/**
 * People across articles and languages, one phase per rule (see
 * ../resolve-entities.ts for the rules): full names, cross-script spellings,
 * curated full names, bare surnames, curated aliases, role-only mentions; then
 * one KbPerson per cluster.
 */
import type { KbPerson, Lang, Problem, Quote } from '../../model/model.ts';
import { personId } from '../../model/ids.ts';
import { personSkeleton } from '../../lang/transliterate.ts';
import { personIdBase } from '../person-id-base.ts';
import { addTo, getOrCreate, groupBy } from '../../util/collections.ts';
import { compare } from './compare.ts';
import { curatedAliasTargets, curatedNodes, type CuratedNode } from './curated-people.ts';
import { entityBase, inOrder, quoteOrder } from './entity-base.ts';
import { setLink, type EntityLinks } from './links.ts';
import { assignIds } from './naming.ts';
import { identityKey, personNames } from './person-names.ts';
import { normaliseSurface, obliqueStem, personConsonants, personFacts } from './person-facts.ts';
import type { PeopleState } from './people-state.ts';
import { attachRoles } from './role-holders.ts';
import type { Curation, Item } from './types.ts';
import { UnionFind } from './union-find.ts';

export function resolvePeople(items: Item[], curation: Curation, links: EntityLinks, problems: Problem[]): KbPerson[] {
  const kept = keepPeople(items, curation);
  const uf = new UnionFind();
  for (let i = 0; i < kept.length; i++) uf.add();
  const s: PeopleState = { kept, facts: kept.map((item) => personFacts(item.entity)), uf, curated: curatedNodes(curation, uf), problems };
  const aliasTarget = curatedAliasTargets(s.curated, problems);
  const byFullKey = mergeFullNames(s);
  mergeAcrossScripts(s, byFullKey);
  linkCuratedFullNames(s, byFullKey);
  const index = indexFullNamed(s);
  warnCuratedSurnameClashes(s, index);
  attachSurnames(s, index);
  attachCuratedAliases(s, aliasTarget);
  const dropped = attachRoles(s);
  return buildPeople(s, dropped, links);
}

/** The items that curation does not mark as «not a person» (by name, or by every name mention). */
function keepPeople(items: Item[], curation: Curation): Item[] {
  const notPeople = new Set([...curation.notPeople, ...curation.people.flatMap((p) => p.notPeople)].map(normaliseSurface));
  return items.filter((item) => {
    if (notPeople.size === 0) return true;
    const e = item.entity;
    if (notPeople.has(normaliseSurface(e.name))) return false;
    const names = e.mentions.filter((m) => m.kind === 'name');
    return !(names.length > 0 && names.every((m) => notPeople.has(normaliseSurface(m.text))));
  });
}

/** 1. Full names merge by surname skeleton + first-name key; returns the first item per key. */
function mergeFullNames(s: PeopleState): Map<string, number> {
  const byFullKey = new Map<string, number>();
  for (let i = 0; i < s.kept.length; i++) {
    const f = s.facts[i]!;
    if (f.kind !== 'full') continue;
    const key = `${f.lastSk}|${f.firstCons}`;
    const seen = byFullKey.get(key);
    if (seen === undefined) byFullKey.set(key, i);
    else s.uf.union(seen, i);
  }
  return byFullKey;
}

/**
 * Consonants compared across scripts: a Latin c is ц in Slavic names (Dolec = Долец) and к in
 * English ones (Clark = Кларк), so c, ц and ч all count as k.
 */
const crossScript = (cons: string): string => cons.replace(/c/g, 'k');

/** 2. Cross-script: full names sharing a consonant key merge when each script has at most one person with it. */
function mergeAcrossScripts(s: PeopleState, byFullKey: Map<string, number>): void {
  const { facts, uf } = s;
  const consBuckets = new Map<string, Map<string, number>>();
  for (const [key, i] of byFullKey) {
    const f = facts[i]!;
    getOrCreate(consBuckets, `${crossScript(f.lastCons)}|${crossScript(f.firstCons ?? '')}`, () => new Map<string, number>()).set(key, i);
    // The same whole name split differently between given names and surname in two scripts.
    if (f.wholeCons && f.wholeCons.length >= 6) getOrCreate(consBuckets, `whole|${crossScript(f.wholeCons)}`, () => new Map<string, number>()).set(key, i);
  }
  // The scripts each full-name cluster is written in: a cluster written in both scripts
  // cannot also be the Latin spelling of another Cyrillic name.
  const rootScripts = new Map<number, Set<string>>();
  for (let i = 0; i < s.kept.length; i++) {
    if (facts[i]!.kind === 'full') addTo(rootScripts, uf.find(i), facts[i]!.script);
  }
  for (const bucket of consBuckets.values()) {
    if (bucket.size < 2) continue;
    const perScript = new Map<string, Set<number>>();
    for (const i of bucket.values()) {
      const root = uf.find(i);
      for (const script of rootScripts.get(root) ?? [facts[i]!.script]) addTo(perScript, script, root);
    }
    if (perScript.size < 2 || [...perScript.values()].some((roots) => roots.size > 1)) continue;
    const members = [...bucket.values()].sort((a, b) => a - b);
    for (const i of members) uf.union(members[0]!, i);
  }
}

/** Curated full names pull in matching full-named people. */
function linkCuratedFullNames(s: PeopleState, byFullKey: Map<string, number>): void {
  for (const c of s.curated) {
    for (const key of c.fullKeys) {
      const i = byFullKey.get(key);
      if (i !== undefined) s.uf.union(c.node, i);
    }
  }
}

/** What is known of one full-named cluster, to decide whether a bare surname may join it. */
interface ClusterFacts {
  initials: Set<string>;
  genders: Set<string>;
  scripts: Set<string>;
  articles: Set<string>;
}

/** Full-named clusters by surname skeleton and consonants, the given names in use, and what each cluster is known by. */
interface FullNamedIndex {
  bySurname: Map<string, Set<number>>;
  byCons: Map<string, Set<number>>;
  givenNames: Set<string>;
  clusterFacts: Map<number, ClusterFacts>;
}

function indexFullNamed(s: PeopleState): FullNamedIndex {
  const { kept, facts, uf } = s;
  const bySurname = new Map<string, Set<number>>();
  const byCons = new Map<string, Set<number>>();
  for (let i = 0; i < kept.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'full') continue;
    addTo(bySurname, f.lastSk, uf.find(i));
    addTo(byCons, crossScript(f.lastCons), uf.find(i));
    // A surname with particles is also found by its last word.
    const tail = f.last && /\s/.test(f.last.trim()) ? f.last.trim().split(/\s+/).pop()! : null;
    if (tail) {
      addTo(bySurname, personSkeleton(tail), uf.find(i));
      addTo(byCons, crossScript(personConsonants(tail)), uf.find(i));
    }
  }
  const givenNames = new Set<string>();
  for (let i = 0; i < kept.length; i++) {
    const first = kept[i]!.entity.parts?.first;
    if (facts[i]!.kind === 'full' && first) givenNames.add(personSkeleton(first));
  }
  const clusterFacts = new Map<number, ClusterFacts>();
  for (let i = 0; i < kept.length; i++) {
    if (facts[i]!.kind !== 'full') continue;
    const cf = getOrCreate(clusterFacts, uf.find(i), (): ClusterFacts => ({ initials: new Set(), genders: new Set(), scripts: new Set(), articles: new Set() }));
    cf.articles.add(kept[i]!.article);
    if (facts[i]!.initial) cf.initials.add(facts[i]!.initial!);
    if (facts[i]!.gender) cf.genders.add(facts[i]!.gender!);
    cf.scripts.add(facts[i]!.script);
  }
  return { bySurname, byCons, givenNames, clusterFacts };
}

/** Curated surname aliases that also name a different full-named person: a warning, since they would link the wrong mentions. */
function warnCuratedSurnameClashes(s: PeopleState, index: FullNamedIndex): void {
  const { kept, uf } = s;
  for (const c of s.curated) {
    for (const surname of c.surnames) {
      for (const root of index.bySurname.get(surname) ?? []) {
        if (uf.find(root) === uf.find(c.node)) continue;
        const name = kept[root]!.entity.name;
        s.problems.push({
          file: c.person.file,
          severity: 'warning',
          message: `Alias «${kept[root]!.entity.parts?.last ?? surname}» also matches «${name}» (article ${kept[root]!.article}), a different person; list a full name instead so the right mentions are linked.`,
        });
      }
    }
  }
}

/**
 * 3. Surname-only (and initial) entities join a curated surname, else the one
 * full-named cluster that fits (surname, initial, gender) or overwhelmingly
 * dominates; otherwise the same surname's bare mentions form their own person.
 */
function attachSurnames(s: PeopleState, index: FullNamedIndex): void {
  const { kept, facts, uf } = s;
  const orphanBySurname = new Map<string, number>();
  for (let i = 0; i < kept.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'surname' && f.kind !== 'mononym') continue;
    const curatedHit = s.curated.find((c) => c.surnames.has(f.lastSk));
    if (curatedHit) {
      uf.union(curatedHit.node, i);
      continue;
    }
    // Roots as indexed before this phase: full-named clusters do not merge
    // with each other from here on, so they stay valid cluster ids.
    let candidates = [...(index.bySurname.get(f.lastSk) ?? [])];
    if (candidates.length === 0) {
      candidates = [...(index.byCons.get(crossScript(f.lastCons)) ?? [])].filter((r) => !index.clusterFacts.get(r)?.scripts.has(f.script));
    }
    // A surname the article only gives in an oblique case: try it without the ending.
    const stem = candidates.length === 0 && f.last && f.script === 'cyrillic' ? obliqueStem(f.last) : null;
    if (stem) candidates = [...(index.bySurname.get(personSkeleton(stem)) ?? [])];
    candidates = [...new Set(candidates)].filter((r) => {
      const cf = index.clusterFacts.get(r);
      if (!cf) return true;
      if (f.initial && f.kind === 'surname' && kept[i]!.entity.parts?.first && !cf.initials.has(f.initial)) return false;
      if (f.gender && cf.genders.size > 0 && !cf.genders.has(f.gender)) return false;
      return true;
    });
    const owner = candidates.length === 1 ? candidates[0]! : dominant(candidates, index.clusterFacts);
    // A lone word read as a given name that no full-named person has as a given name
    // but one has as a surname is that surname.
    // (In its own script only: skeletons of names across scripts are too coarse, Камилла against Kimmel.)
    const surnameAfterAll = f.kind === 'mononym' && f.gender !== null && !index.givenNames.has(f.lastSk) &&
      owner !== null && index.clusterFacts.get(owner)?.scripts.has(f.script) === true;
    if ((f.kind === 'surname' || surnameAfterAll) && owner !== null) {
      uf.union(owner, i);
      continue;
    }
    // No single owner: surname-only mentions of that surname form their own person.
    const key = `${f.kind}:${f.lastSk}`;
    const seen = orphanBySurname.get(key);
    if (seen === undefined) orphanBySurname.set(key, i);
    else uf.union(seen, i);
  }
}

/**
 * Among several people sharing a surname, the one a bare surname means when
 * one of them overwhelmingly dominates the corpus (≥ 3 articles and at least
 * five times the articles of all the others together); otherwise null.
 */
function dominant(candidates: number[], facts: Map<number, { articles: Set<string> }>): number | null {
  if (candidates.length < 2) return null;
  const counts = candidates.map((root) => ({ root, n: facts.get(root)?.articles.size ?? 0 })).sort((a, b) => b.n - a.n || a.root - b.root);
  const others = counts.slice(1).reduce((sum, c) => sum + c.n, 0);
  return counts[0]!.n >= 3 && counts[0]!.n >= 5 * others ? counts[0]!.root : null;
}

/** Exact surface aliases from curation (nicknames, odd spellings) pull in the items that use them. */
function attachCuratedAliases(s: PeopleState, aliasTarget: Map<string, CuratedNode>): void {
  for (let i = 0; i < s.kept.length && aliasTarget.size > 0; i++) {
    if (s.facts[i]!.kind === 'role') continue;
    const e = s.kept[i]!.entity;
    for (const form of [e.name, ...e.mentions.filter((m) => m.kind === 'name').map((m) => m.text)]) {
      const c = aliasTarget.get(normaliseSurface(form));
      if (c) {
        s.uf.union(c.node, i);
        break;
      }
    }
  }
}

/** One person per cluster (dropped items left out), with names, ids, links and quotes. */
function buildPeople(s: PeopleState, dropped: Set<number>, links: EntityLinks): KbPerson[] {
  const { kept, facts, uf } = s;
  const clusters = groupBy([...kept.keys()].filter((i) => !dropped.has(i)), (i) => uf.find(i));
  const curatedByRoot = new Map<number, CuratedNode>();
  for (const c of s.curated) {
    const root = uf.find(c.node);
    const existing = curatedByRoot.get(root);
    if (existing) {
      s.problems.push({
        file: c.person.file,
        severity: 'warning',
        message: `This person and people/${existing.person.id}.md matched the same mentions and were merged into «${existing.person.id}»; make their names/aliases distinct.`,
      });
    } else curatedByRoot.set(root, c);
  }

  const drafts = [...clusters].map(([root, members]) => {
    const c = curatedByRoot.get(root) ?? null;
    const identity = identityKey(members, facts, c);
    return { members, curated: c, identity, ...personNames(members.map((i) => kept[i]!.entity), c) };
  });
  const ids = assignIdsFor(drafts);

  const result: KbPerson[] = drafts.map((d, n) => {
    const id = personId(ids[n]!);
    const memberItems = d.members.map((i) => kept[i]!);
    for (const item of memberItems) setLink(links, item.article, item.entity.key, id);
    const base = entityBase(id, d.name, d.names, memberItems, d.curated?.person.aliases ?? []);
    const quotes: Quote[] = [];
    for (const item of memberItems) for (const q of item.entity.quotes) quotes.push({ ...q, article: item.article });
    return {
      ...base,
      quotes: inOrder(quotes, quoteOrder) ? quotes : quotes.sort(quoteOrder),
      description: d.curated?.person.description ?? null,
    };
  });
  return result.sort((a, b) => compare(a.id, b.id));
}

/** Ids for the person drafts: the curated file's id, else the slug of the (English) name. */
function assignIdsFor(drafts: { curated: CuratedNode | null; name: string; names: Partial<Record<Lang, string>>; identity: string }[]): string[] {
  return assignIds(drafts.map((d) => ({ base: d.curated ? d.curated.person.id : personIdBase(d.name, d.names), identity: d.identity, fixed: d.curated !== null })));
}
