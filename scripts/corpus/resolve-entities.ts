import type { ArticleAnalysis, EntityType, KbEntity, KbMention, KbPerson, Lang, LocalEntity, Problem, Quote, Role } from '../model/model.ts';
import { conceptId } from '../lang/lexicons/known-places-orgs.ts';
import { memoByString } from '../util/memo.ts';
import { personSkeleton, scriptOf, shortHash, slugify } from '../lang/transliterate.ts';

export interface ArticleInput {
  /** kb.json article id. */
  id: string;
  analysis: ArticleAnalysis;
}

/** User curation from content/people/*.md (loaded by ./curation.ts). */
export interface Curation {
  people: CuratedPerson[];
  /** Surface forms that are never people. */
  notPeople: string[];
}

export interface CuratedPerson {
  /** Slug from the file name; becomes the person id. */
  id: string;
  file: string;
  name: string | null;
  names: Record<string, string>;
  aliases: string[];
  description: string | null;
  notPeople: string[];
}

export interface ResolvedEntities {
  people: KbPerson[];
  organisations: KbEntity[];
  places: KbEntity[];
  links: EntityLinks;
  problems: Problem[];
}

/**
 * Which corpus entity each article's local entity became: article id → local
 * entity key → entity id. Per article, since every later stage looks links up
 * article by article (one flat map of ~100k concatenated keys was slower to
 * build and to probe).
 */
export type EntityLinks = Map<string, Map<string, string>>;

/** The corpus entity `localKey` in article `articleId` was resolved to, if any. */
export function linkOf(links: EntityLinks, articleId: string, localKey: string): string | undefined {
  return links.get(articleId)?.get(localKey);
}

export function setLink(links: EntityLinks, articleId: string, localKey: string, entityId: string): void {
  let own = links.get(articleId);
  if (!own) links.set(articleId, (own = new Map()));
  own.set(localKey, entityId);
}

/*
 * How people are told apart (the rules, in order):
 *
 * 1. A full name (first + last) is keyed by the phonetic skeleton of the
 *    surname plus the consonants of the first name: Владимир Путин, Володимир
 *    Путін and Vladimir Putin share «putin|vldmr». Different first names never
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

interface Item {
  article: string;
  date: string | null;
  entity: LocalEntity;
}

interface PersonFacts {
  last: string | null;
  lastSk: string;
  lastCons: string;
  firstCons: string | null;
  initial: string | null;
  script: 'latin' | 'cyrillic' | 'other';
  gender: 'm' | 'f' | null;
  kind: 'full' | 'surname' | 'role' | 'mononym';
}

/** Union-find over item indexes (plus virtual nodes for curated people). */
class UnionFind {
  parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index becomes the root: stable whatever order unions happen in.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/**
 * Resolve per-article entities into corpus entities: one page per person
 * across ru/uk/en, never two people merged. Deterministic regardless of input order.
 */
export function resolveEntities(inputs: ArticleInput[], curation: Curation): ResolvedEntities {
  const sorted = [...inputs].sort((a, b) => compare(a.id, b.id) || compare(a.analysis.article.hash, b.analysis.article.hash));
  const people: Item[] = [];
  const orgs: Item[] = [];
  const places: Item[] = [];
  for (const input of sorted) {
    const entities = [...input.analysis.entities].sort((a, b) => compare(a.key, b.key));
    for (const entity of entities) {
      const item = { article: input.id, date: input.analysis.article.date, entity };
      if (entity.type === 'person') people.push(item);
      else if (entity.type === 'org') orgs.push(item);
      else if (entity.type === 'place') places.push(item);
    }
  }
  const links: EntityLinks = new Map();
  const problems: Problem[] = [];
  const resolvedPeople = resolvePeople(people, curation, links, problems);
  return {
    people: resolvedPeople,
    organisations: resolveNamed(orgs, 'org', links),
    places: resolveNamed(places, 'place', links),
    links,
    problems,
  };
}

/* ---------------------------------------------------------------- people */

/** Consonants of a name's skeleton: survives English vowel spellings (Trump = Трамп, Biden = Байден). */
const personConsonants = memoByString((word: string): string => {
  // ф/v: «фон дер Ляйен» = «von der Leyen».
  return personSkeleton(word).replace(/[aeiou]/g, '').replace(/f/g, 'v');
});

const scriptOfWord = memoByString(scriptOf);

function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

function isInitial(word: string | null): boolean {
  return word !== null && isInitialWord(word);
}

const isInitialWord = memoByString((word: string): boolean => /^\p{L}{1,2}\.?$/u.test(word) && word.replace('.', '').length <= 2 && /\.$|^\p{L}$/u.test(word));

function personFacts(entity: LocalEntity): PersonFacts {
  const parts = entity.parts;
  const hasName = entity.mentions.some((m) => m.kind === 'name');
  let first = parts?.first ?? null;
  let last = parts?.last ?? null;
  if (!parts && hasName) {
    const words = nameWords(entity.name);
    if (words.length >= 2) {
      first = words[0]!;
      last = words[words.length - 1]!;
    } else if (words.length === 1) last = words[0]!;
  }
  const script = scriptOfWord(last ?? first ?? entity.name);
  const gender = parts?.gender ?? null;
  let kind: PersonFacts['kind'];
  if (!hasName || (!first && !last)) kind = 'role';
  else if (last && first && !isInitial(first)) kind = 'full';
  else if (last) kind = 'surname';
  else kind = 'mononym';
  if (kind === 'mononym') last = first;
  const initial = first ? (personSkeleton(first)[0] ?? null) : null;
  return {
    last,
    lastSk: last ? personSkeleton(last) : '',
    lastCons: last ? personConsonants(last) : '',
    firstCons: first && kind === 'full' ? firstNameKey(first) : null,
    initial,
    script,
    gender,
    kind,
  };
}

/**
 * First names whose Ukrainian, Russian and English forms start (or end) differently
 * (Микола = Николай, Микита = Никита, Ганна = Анна, Олена = Елена, Христина =
 * Кристина, Костянтин = Константин, Michael = Майкл), as skeleton rewrites.
 */
const FIRST_NAME_STARTS: [RegExp, string][] = [
  [/^mik(?=ol|it)/, 'nik'],
  [/^nikola$/, 'nikoli'],
  [/^hana/, 'ana'],
  [/^olin(?=a$)/, 'ilin'],
  [/^hris/, 'kris'],
  [/^kost(?=i?antin)/, 'konst'],
  [/^mic(?=ail)/, 'mik'],
];

/**
 * The first name's key: its consonants (Павло = Павел = Pavel, Михайло =
 * Михаил), or the whole skeleton when one consonant or none is left, since
 * then the vowels are what tell names apart (Олег / Юлия / Илья, Анна / Яна).
 * A final -a is kept: it tells a woman's name from the man's (Александра /
 * Александр, Ярослава / Ярослав, Дарья / Дарий).
 */
const firstNameKey = memoByString((first: string): string => {
  let sk = personSkeleton(first);
  for (const [re, to] of FIRST_NAME_STARTS) sk = sk.replace(re, to);
  const cons = sk.replace(/[aeiou]/g, '').replace(/f/g, 'v');
  if (cons.length < 2) return sk;
  return sk.endsWith('a') ? `${cons}a` : cons;
});

/** A Cyrillic surname form without a case ending, or null when it has none to drop. */
function obliqueStem(last: string): string | null {
  const stem = last.replace(/(ові|еві|ому|ого|ою|ею|им|ым|ом|ем|а|я|у|ю)$/u, '');
  return stem !== last && stem.length >= 3 ? stem : null;
}

function normaliseSurface(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

const normaliseRole = memoByString((text: string): string => normaliseSurface(text).replace(/[«»"“”„.,]/g, ''));

interface CuratedNode {
  person: CuratedPerson;
  node: number;
  fullKeys: Set<string>;
  surnames: Set<string>;
  firstNames: Set<string>;
}

function aliasFacts(alias: string): { lastSk: string; firstCons: string | null } | null {
  const words = nameWords(alias);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const first = words.length >= 2 && !isInitial(words[0]!) ? words[0]! : null;
  return { lastSk: personSkeleton(last), firstCons: first ? firstNameKey(first) : null };
}

function resolvePeople(items: Item[], curation: Curation, links: EntityLinks, problems: Problem[]): KbPerson[] {
  const notPeople = new Set([...curation.notPeople, ...curation.people.flatMap((p) => p.notPeople)].map(normaliseSurface));
  const kept = items.filter((item) => {
    if (notPeople.size === 0) return true;
    const e = item.entity;
    if (notPeople.has(normaliseSurface(e.name))) return false;
    const names = e.mentions.filter((m) => m.kind === 'name');
    return !(names.length > 0 && names.every((m) => notPeople.has(normaliseSurface(m.text))));
  });
  const facts = kept.map((item) => personFacts(item.entity));
  const uf = new UnionFind();
  for (let i = 0; i < kept.length; i++) uf.add();

  // Curated people are virtual nodes after the items.
  const curated = [...curation.people].sort((a, b) => compare(a.id, b.id)).map((person): CuratedNode => {
    const node = uf.add();
    const fullKeys = new Set<string>();
    const surnames = new Set<string>();
    const firstNames = new Set<string>();
    for (const form of [person.name, ...Object.values(person.names), ...person.aliases]) {
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
  const curatedById = new Map(curated.map((c) => [c.person.id, c]));

  // Surface aliases: an alias claimed by two curated files is a conflict and matches nothing.
  const aliasOwners = new Map<string, Set<string>>();
  for (const c of curated) {
    for (const form of [c.person.name, ...Object.values(c.person.names), ...c.person.aliases]) {
      if (!form) continue;
      const key = normaliseSurface(form);
      let owners = aliasOwners.get(key);
      if (!owners) aliasOwners.set(key, (owners = new Set()));
      owners.add(c.person.id);
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

  // 1. Full names by surname skeleton + first-name key.
  const byFullKey = new Map<string, number>();
  const fullKeyOf = (i: number) => `${facts[i]!.lastSk}|${facts[i]!.firstCons}`;
  for (let i = 0; i < kept.length; i++) {
    if (facts[i]!.kind !== 'full') continue;
    const key = fullKeyOf(i);
    const seen = byFullKey.get(key);
    if (seen === undefined) byFullKey.set(key, i);
    else uf.union(seen, i);
  }
  // 2. Cross-script: consonant key shared by at most one person per script.
  const consBuckets = new Map<string, Map<string, number>>();
  for (const [key, i] of byFullKey) {
    const f = facts[i]!;
    const bucketKey = `${f.lastCons}|${f.firstCons}`;
    let bucket = consBuckets.get(bucketKey);
    if (!bucket) consBuckets.set(bucketKey, (bucket = new Map()));
    bucket.set(key, i);
  }
  // The scripts each full-name cluster is written in: «Olga Yakovleva» and «Ольга Яковлева» are one
  // cluster in both scripts, so it cannot be the Latin spelling of «Ольга Ковалёва» as well.
  const rootScripts = new Map<number, Set<string>>();
  for (let i = 0; i < kept.length; i++) {
    if (facts[i]!.kind !== 'full') continue;
    const root = uf.find(i);
    const set = rootScripts.get(root) ?? new Set<string>();
    set.add(facts[i]!.script);
    rootScripts.set(root, set);
  }
  for (const bucket of consBuckets.values()) {
    if (bucket.size < 2) continue;
    const perScript = new Map<string, Set<number>>();
    for (const i of bucket.values()) {
      const root = uf.find(i);
      for (const script of rootScripts.get(root) ?? [facts[i]!.script]) {
        const roots = perScript.get(script) ?? new Set<number>();
        roots.add(root);
        perScript.set(script, roots);
      }
    }
    if (perScript.size < 2 || [...perScript.values()].some((roots) => roots.size > 1)) continue;
    const members = [...bucket.values()].sort((a, b) => a - b);
    for (const i of members) uf.union(members[0]!, i);
  }
  // Curated full names pull in matching full-named people.
  for (const c of curated) {
    for (const key of c.fullKeys) {
      const i = byFullKey.get(key);
      if (i !== undefined) uf.union(c.node, i);
    }
  }

  // Index full-named clusters by surname skeleton (and consonants, for cross-script).
  const clustersBySurname = new Map<string, Set<number>>();
  const clustersByCons = new Map<string, Set<number>>();
  const addTo = (map: Map<string, Set<number>>, key: string, root: number) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(root);
  };
  for (let i = 0; i < kept.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'full') continue;
    addTo(clustersBySurname, f.lastSk, uf.find(i));
    addTo(clustersByCons, f.lastCons, uf.find(i));
    // «фон дер Ляйен» is also found as «Ляйен».
    const tail = f.last && /\s/.test(f.last.trim()) ? f.last.trim().split(/\s+/).pop()! : null;
    if (tail) {
      addTo(clustersBySurname, personSkeleton(tail), uf.find(i));
      addTo(clustersByCons, personConsonants(tail), uf.find(i));
    }
  }
  const givenNames = new Set<string>();
  for (let i = 0; i < kept.length; i++) {
    const first = kept[i]!.entity.parts?.first;
    if (facts[i]!.kind === 'full' && first) givenNames.add(personSkeleton(first));
  }
  const clusterFacts = new Map<number, { initials: Set<string>; genders: Set<string>; scripts: Set<string>; articles: Set<string> }>();
  for (let i = 0; i < kept.length; i++) {
    if (facts[i]!.kind !== 'full') continue;
    const root = uf.find(i);
    let cf = clusterFacts.get(root);
    if (!cf) clusterFacts.set(root, (cf = { initials: new Set(), genders: new Set(), scripts: new Set(), articles: new Set() }));
    cf.articles.add(kept[i]!.article);
    if (facts[i]!.initial) cf.initials.add(facts[i]!.initial!);
    if (facts[i]!.gender) cf.genders.add(facts[i]!.gender!);
    cf.scripts.add(facts[i]!.script);
  }

  // Curated surname aliases that also name a different full-named person → warning.
  for (const c of curated) {
    for (const surname of c.surnames) {
      for (const root of clustersBySurname.get(surname) ?? []) {
        if (uf.find(root) === uf.find(c.node)) continue;
        const i = root;
        const name = kept[i]!.entity.name;
        problems.push({
          file: c.person.file,
          severity: 'warning',
          message: `Alias «${kept[i]!.entity.parts?.last ?? surname}» also matches «${name}» (article ${kept[i]!.article}), a different person; list a full name instead so the right mentions are linked.`,
        });
      }
    }
  }

  // 3. Surname-only (and initial) entities.
  const orphanBySurname = new Map<string, number>();
  for (let i = 0; i < kept.length; i++) {
    const f = facts[i]!;
    if (f.kind !== 'surname' && f.kind !== 'mononym') continue;
    const curatedHit = curated.find((c) => c.surnames.has(f.lastSk));
    if (curatedHit) {
      uf.union(curatedHit.node, i);
      continue;
    }
    // Roots as snapshotted before this loop: full-named clusters do not merge
    // with each other from here on, so they stay valid cluster ids.
    let candidates = [...(clustersBySurname.get(f.lastSk) ?? [])];
    if (candidates.length === 0) {
      candidates = [...(clustersByCons.get(f.lastCons) ?? [])].filter((r) => !clusterFacts.get(r)?.scripts.has(f.script));
    }
    // A surname the article only gives in an oblique case («путіна», «Стуббом»): try it without the ending.
    const stem = candidates.length === 0 && f.last && f.script === 'cyrillic' ? obliqueStem(f.last) : null;
    if (stem) candidates = [...(clustersBySurname.get(personSkeleton(stem)) ?? [])];
    candidates = [...new Set(candidates)].filter((r) => {
      const cf = clusterFacts.get(r);
      if (!cf) return true;
      if (f.initial && f.kind === 'surname' && kept[i]!.entity.parts?.first && !cf.initials.has(f.initial)) return false;
      if (f.gender && cf.genders.size > 0 && !cf.genders.has(f.gender)) return false;
      return true;
    });
    const owner = candidates.length === 1 ? candidates[0]! : dominant(candidates, clusterFacts);
    // A lone word read as a given name («Ильина») that no full-named person has as a given name
    // but one has as a surname is that surname.
    const surnameAfterAll = f.kind === 'mononym' && f.gender !== null && !givenNames.has(f.lastSk);
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

  // Exact surface aliases from curation (nicknames, odd spellings).
  for (let i = 0; i < kept.length && aliasTarget.size > 0; i++) {
    if (facts[i]!.kind === 'role') continue;
    const e = kept[i]!.entity;
    for (const form of [e.name, ...e.mentions.filter((m) => m.kind === 'name').map((m) => m.text)]) {
      const c = aliasTarget.get(normaliseSurface(form));
      if (c) {
        uf.union(c.node, i);
        break;
      }
    }
  }

  // 4. Role-only entities: link to the usual holder of that role around the date.
  // Holdings are counted per role and cluster, their dates sorted: a vote then costs a binary
  // search per holder instead of a pass over every holding (quadratic at 100k articles).
  const roleIndex = new Map<string, Map<number, RoleHoldings>>();
  for (let i = 0; i < kept.length; i++) {
    if (facts[i]!.kind === 'role') continue;
    const root = uf.find(i);
    for (const role of kept[i]!.entity.roles) {
      const key = `${role.lang}|${normaliseRole(role.text)}`;
      let holders = roleIndex.get(key);
      if (!holders) roleIndex.set(key, (holders = new Map()));
      let held = holders.get(root);
      if (!held) holders.set(root, (held = { undated: 0, times: [] }));
      const time = dayTime(role.date ?? kept[i]!.date);
      if (time === null) held.undated++;
      else held.times.push(time);
    }
  }
  for (const holders of roleIndex.values()) for (const held of holders.values()) held.times.sort((a, b) => a - b);
  const dropped = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    if (facts[i]!.kind !== 'role') continue;
    const e = kept[i]!.entity;
    const texts = new Set([e.name, ...e.roles.map((r) => r.text), ...e.mentions.filter((m) => m.kind === 'role').map((m) => m.text)].map(normaliseRole));
    const time = dayTime(kept[i]!.date);
    const votes = new Map<number, number>();
    for (const text of texts) {
      for (const [holder, held] of roleIndex.get(`${e.lang}|${text}`) ?? []) {
        const n = held.undated + (time === null ? held.times.length : countWithin(held.times, time - YEAR_MS, time + YEAR_MS));
        if (n === 0) continue;
        const root = uf.find(holder);
        votes.set(root, (votes.get(root) ?? 0) + n);
      }
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) uf.union(ranked[0]![0], i);
    else dropped.add(i);
  }

  // Build clusters.
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < kept.length; i++) {
    if (dropped.has(i)) continue;
    const root = uf.find(i);
    let list = clusters.get(root);
    if (!list) clusters.set(root, (list = []));
    list.push(i);
  }
  const curatedByRoot = new Map<number, CuratedNode>();
  for (const c of curated) {
    const root = uf.find(c.node);
    const existing = curatedByRoot.get(root);
    if (existing) {
      problems.push({
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
  const ids = assignIds(drafts.map((d) => ({ base: d.curated ? d.curated.person.id : slugify(d.name), identity: d.identity, fixed: d.curated !== null })));

  const result: KbPerson[] = drafts.map((d, n) => {
    const id = ids[n]!;
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

/** How often a cluster holds a role: undated holdings (they match any date) and the sorted times of dated ones. */
interface RoleHoldings {
  undated: number;
  times: number[];
}

/** "Within a year" of each other, as role holdings are matched. */
const YEAR_MS = 366 * 86_400_000;

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

function identityKey(members: number[], facts: PersonFacts[], curated: CuratedNode | null): string {
  if (curated) return `curated:${curated.person.id}`;
  // The smallest key (what sorting them would put first), without an array of every member's key.
  let full: string | null = null;
  for (const i of members) {
    const f = facts[i]!;
    if (f.kind !== 'full') continue;
    const key = `${f.lastSk}|${f.firstCons}`;
    if (full === null || key < full) full = key;
  }
  if (full !== null) return full;
  let rest: string | null = null;
  for (const i of members) {
    const f = facts[i]!;
    if (f.kind === 'role') continue;
    const key = `${f.kind}:${f.lastSk}`;
    if (rest === null || key < rest) rest = key;
  }
  return rest ?? 'role';
}

const LANG_ORDER: Lang[] = ['ru', 'uk', 'en'];

/** Canonical name (ru full form first, then uk, then en) and names per language. */
function personNames(entities: LocalEntity[], curated: CuratedNode | null): { name: string; names: Partial<Record<Lang, string>> } {
  const full = entities.filter((e) => e.parts?.first && e.parts.last && !isInitial(e.parts.first));
  const named = entities.filter((e) => e.mentions.some((m) => m.kind === 'name'));
  const pool = full.length > 0 ? full : named.length > 0 ? named : entities;
  const names = namesByLang(pool);
  if (curated) Object.assign(names, curated.person.names);
  const langs = Object.keys(names).sort((a, b) => langRank(a) - langRank(b) || compare(a, b));
  const name = curated?.person.name ?? names[langs[0]!] ?? mostFrequent(entities.map((e) => e.name));
  return { name, names: sortKeys(names) };
}

function langRank(lang: string): number {
  const i = LANG_ORDER.indexOf(lang);
  return i < 0 ? LANG_ORDER.length : i;
}

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return mostCounted(counts);
}

/** The most counted value, the smallest on a tie; '' when none. */
function mostCounted(counts: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [value, n] of counts) {
    if (n > most || (n === most && compare(value, best) < 0)) {
      best = value;
      most = n;
    }
  }
  return best;
}

/** The most frequent name per language, languages in order of first appearance: one pass, however large the cluster. */
function namesByLang(entities: LocalEntity[]): Partial<Record<Lang, string>> {
  const counts = new Map<Lang, Map<string, number>>();
  for (const e of entities) {
    let perLang = counts.get(e.lang);
    if (!perLang) counts.set(e.lang, (perLang = new Map()));
    perLang.set(e.name, (perLang.get(e.name) ?? 0) + 1);
  }
  const names: Partial<Record<Lang, string>> = {};
  for (const [lang, perLang] of counts) names[lang] = mostCounted(perLang);
  return names;
}

function sortKeys<T>(record: Partial<Record<string, T>>): Partial<Record<string, T>> {
  const out: Partial<Record<string, T>> = {};
  for (const key of Object.keys(record).sort((a, b) => langRank(a) - langRank(b) || compare(a, b))) out[key] = record[key];
  return out;
}

/**
 * Ids from slugs; on a collision every entity but the one with the smallest
 * identity key gets `-<hash of identity>`, so ids never depend on input order.
 * `fixed` ids (curated files) always keep their slug.
 */
function assignIds(drafts: { base: string; identity: string; fixed: boolean }[]): string[] {
  const byBase = new Map<string, number[]>();
  drafts.forEach((d, n) => {
    const list = byBase.get(d.base) ?? [];
    list.push(n);
    byBase.set(d.base, list);
  });
  const ids: string[] = new Array<string>(drafts.length);
  const taken = new Set<string>();
  for (const [base, members] of byBase) {
    members.sort((a, b) => Number(drafts[b]!.fixed) - Number(drafts[a]!.fixed) || compare(drafts[a]!.identity, drafts[b]!.identity));
    members.forEach((n, rank) => {
      ids[n] = rank === 0 ? base : `${base.slice(0, 72)}-${shortHash(drafts[n]!.identity)}`;
    });
    taken.add(base);
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

/** Fields shared by people, organisations and places. */
function entityBase(id: string, name: string, names: Partial<Record<Lang, string>>, items: Item[], extraAliases: string[]): KbEntity {
  const aliases = new Set<string>([name, ...Object.values(names).filter((n): n is string => !!n), ...extraAliases]);
  const mentions: KbMention[] = [];
  const roles = new Map<string, Role>();
  const articles: string[] = [];
  // The same spelling recurs in most articles: each is tidied once.
  const spellings = new Set<string>();
  for (const item of items) {
    // Items come in article order, so a repeated article is the previous one (checked below).
    if (item.article !== articles[articles.length - 1]) articles.push(item.article);
    aliases.add(item.entity.name);
    for (const m of item.entity.mentions) {
      if (m.kind === 'name' && !spellings.has(m.text)) {
        spellings.add(m.text);
        aliases.add(m.text.replace(/\s+/g, ' ').trim());
      }
      mentions.push({ article: item.article, start: m.start, end: m.end, text: m.text, kind: m.kind });
    }
    for (const role of item.entity.roles) {
      const key = `${role.lang}|${normaliseRole(role.text)}`;
      const date = role.date ?? item.date;
      const existing = roles.get(key);
      const candidate: Role = { text: role.text, lang: role.lang, date, article: role.article ?? item.article };
      if (!existing || earlier(candidate, existing)) roles.set(key, candidate);
    }
  }
  aliases.delete('');
  return {
    id,
    name,
    names,
    aliases: [...aliases].sort(compare),
    roles: [...roles.values()].sort((a, b) => compare(a.date ?? '\uffff', b.date ?? '\uffff') || compare(a.text, b.text)),
    articles: inOrder(articles, compare) ? articles : [...new Set(articles)].sort(compare),
    mentions: inOrder(mentions, byPlace) ? mentions : mentions.sort(byPlace),
  };
}

const quoteOrder = (a: Quote, b: Quote): number => compare(a.article!, b.article!) || a.start - b.start || a.end - b.end;

const byPlace = (a: KbMention, b: KbMention): number => compare(a.article, b.article) || a.start - b.start || a.end - b.end;

/** Items come in article order, so the mentions mostly already are: checking is far cheaper than sorting. */
function inOrder<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

function earlier(a: Role, b: Role): boolean {
  if (a.date && !b.date) return true;
  if (!a.date) return false;
  if (a.date !== b.date) return a.date < b.date!;
  return compare(a.article ?? '', b.article ?? '') < 0;
}

/* ------------------------------------------------------- orgs and places */

/** Organisations and places: merge on any shared key (gazetteer concept or name skeleton). */
function resolveNamed(items: Item[], type: EntityType, links: EntityLinks): KbEntity[] {
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
  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = uf.find(i);
    const list = clusters.get(root) ?? [];
    list.push(i);
    clusters.set(root, list);
  });
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
      for (const item of memberItems) setLink(links, item.article, item.entity.key, ids[n]!);
      return entityBase(ids[n]!, d.name, d.names, memberItems, []);
    })
    .sort((a, b) => compare(a.id, b.id));
}

/** Locale-independent string order (code units), so output never depends on ICU. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
