/**
 * Roles within one article.
 *
 * - A role phrase next to a name becomes that person's `roles`: before it
 *   («министр финансов Иван Петров», "US President Jane Doe"), after it
 *   («Name, директор компании,», «Name — глава района»), or as a predicate
 *   («Name назначен главным тренером»); see role-patterns.ts. Each role keeps
 *   its text as written and its offsets, and its nominative when it differs
 *   (role-phrase.ts).
 * - References by role alone («глава Кремля», «Российский диктатор»,
 *   «министр», "the US president") become mentions of kind `role` of a named
 *   person when the article itself makes the link unambiguous: the person's
 *   own apposition role has the same kind (head of state / minister / head of
 *   government) and country, or the same role noun already referred to them.
 *   A role reference linked to a person is also one of that person's roles.
 * - An office of a named country that no one in the article holds
 *   («президент Молдавии», "Moldova's president") is still one person on
 *   the article's date: a person of its own, known by role only, whom the
 *   corpus joins to the holder other articles name (role-holders.ts). The
 *   kinds and countries come from role-sense.ts.
 */
import type { LocalEntity, LocalMention, Role } from '../../model/model.ts';
import { getOrCreate } from '../../util/collections.ts';
import { CASE, wordInfo } from './name-morphology.ts';
import type { PeopleContext } from './people-context.ts';
import { isRoleNoun, isRoleWord } from './person-cues.ts';
import { lastWordOf, roleAfter, roleBefore, rolePredicate } from './role-patterns.ts';
import { glued, isPluralRole, roleOf } from './role-phrase.ts';
import { countryOf, NOT_IN_OFFICE, OFFICE_NOT_HOLDER, officeKey, senseOf, startsHeadNoun, type RoleSense } from './role-sense.ts';
import { wordAt, type Word } from './tokens-to-words.ts';

const senses = new WeakMap<object, RoleSense[]>();

export function findAppositionRoles(ctx: PeopleContext): void {
  const taken = nameWordIndexes(ctx);
  for (const person of ctx.people) {
    const found: RoleSense[] = [];
    for (const m of person.mentions) {
      if (m.kind !== 'name') continue;
      const first = wordAt(ctx.words, m.start);
      if (!first) continue;
      const last = lastWordOf(ctx.words, m.end, first);
      const before = roleBefore(ctx, first, taken);
      for (const phrase of [before, roleAfter(ctx, first, last, taken), rolePredicate(ctx, first, last, taken)]) {
        if (!phrase) continue;
        addRole(person, roleOf(ctx, phrase));
        // Only a role written before the name says who later bare role words («глава Кремля») refer to.
        const sense = phrase === before ? senseOf(phrase) : null;
        if (sense) found.push(sense);
      }
    }
    senses.set(person, found);
  }
}

/** One role per wording (by its nominative) per person in an article: the first occurrence. */
function addRole(person: LocalEntity, role: Role): void {
  const key = (role.nominative ?? role.text).toLowerCase();
  const same = person.roles.findIndex((r) => (r.nominative ?? r.text).toLowerCase() === key);
  if (same < 0) person.roles.push(role);
  else if (role.start < person.roles[same].start) person.roles[same] = role;
  else return;
  person.roles.sort((a, b) => a.start - b.start);
}

function nameWordIndexes(ctx: PeopleContext): Set<number> {
  const taken = new Set<number>();
  for (const p of ctx.people) {
    for (const m of p.mentions) {
      let w = wordAt(ctx.words, m.start);
      while (w && w.start < m.end) {
        taken.add(w.index);
        w = ctx.words[w.index + 1];
      }
    }
  }
  return taken;
}

/** Words that can follow a role noun as its complement («Кремля», «МИД России», «США»). */
function mentionComplement(ctx: PeopleContext, head: Word, taken: Set<number>): Word[] {
  const out: Word[] = [];
  let prev = head;
  for (let k = 1; k <= 2; k++) {
    const w = ctx.words[head.index + k];
    if (!w || !glued(ctx.text, prev, w) || taken.has(w.index) || !(w.cap || w.acronym)) break;
    const i = w.latin ? null : wordInfo(w.text);
    if (i && (i.first.length || i.last.length) && !i.geo && !/^(кремл|белого|білого)/u.test(w.lower)) break;
    out.push(w);
    prev = w;
  }
  // «Белого дома»
  const n = ctx.words[prev.index + 1];
  if (out.length && /^(белого|білого)$/u.test(out[out.length - 1].lower) && n && /^(дом|дому)/u.test(n.lower)) out.push(n);
  return out;
}

export function findRoleMentions(ctx: PeopleContext): void {
  const taken = nameWordIndexes(ctx);
  const { words, text } = ctx;
  const lastLinkByHead = new Map<string, number>();
  const unnamed = new Map<string, { mentions: LocalMention[]; roles: Role[] }>();
  for (const w of words) {
    if (taken.has(w.index)) continue;
    if (!startsHeadNoun(w.lower)) continue;
    if (!isRoleWord(w.lower, w.latin ? 'en' : ctx.lang)) continue;
    if (isPluralRole(w, ctx.lang) || ukPluralHead(w, ctx.lang)) continue;
    if (nameFollows(ctx, w, taken)) continue;
    const complement = mentionComplement(ctx, w, taken);
    const after = words[(complement.length ? complement[complement.length - 1] : w).index + 1];
    // An apposition («президент Исландии Олег Сомов») was handled as a role of that name.
    if (after && taken.has(after.index) && glued(text, complement.length ? complement[complement.length - 1] : w, after)) continue;
    const pre = modifiersBefore(ctx, w);
    if (!pre) continue;
    const phrase = [...pre, w, ...complement];
    const sense = senseOf(phrase);
    if (!sense || !sense.kind) continue;
    const target = resolve(ctx, sense, lastLinkByHead);
    const start = phrase[0].start;
    const end = phrase[phrase.length - 1].end;
    const mention: LocalMention = { start, end, text: text.substring(start, end), kind: 'role', sentence: w.sentence };
    if (target < 0) {
      // No one in the article holds it: an office of a named country is still one person on the article's date,
      // whom the corpus names (role-holders.ts); a former or future holder is not.
      const key = officeKey(sense);
      if (!key || pre.some((p) => NOT_IN_OFFICE.test(p.lower)) || notHolderBefore(ctx, phrase[0]) || coordinatedWithName(ctx, phrase, taken)) continue;
      const entry = getOrCreate(unnamed, key, () => ({ mentions: [], roles: [] }));
      entry.mentions.push(mention);
      entry.roles.push(roleOf(ctx, phrase));
      continue;
    }
    lastLinkByHead.set(sense.head, target);
    ctx.people[target].mentions.push(mention);
    // The article gives them that role too («глава Кремля» of Putin).
    addRole(ctx.people[target], roleOf(ctx, phrase));
  }
  for (const [key, { mentions, roles }] of unnamed) ctx.people.push(roleOnlyPerson(ctx, key, mentions, roles));
}

/** A person the article knows only by an office: named by the role's nominative, every reference a `role` mention. */
function roleOnlyPerson(ctx: PeopleContext, key: string, mentions: LocalMention[], roles: Role[]): LocalEntity {
  const person: LocalEntity = { key: `person:office:${key}`, type: 'person', name: roles[0]!.nominative ?? roles[0]!.text, parts: null, lang: ctx.lang, keys: [], mentions, roles: [], quotes: [] };
  for (const role of roles) addRole(person, role);
  return person;
}

/**
 * The modifiers glued before a role noun that belong to the reference: a
 * country adjective or possessive («российский», "Hungary's"), «бывший»,
 * "prime" of "prime minister". Null when the noun is not the referent: the
 * object of another noun («на пост президента», «выборы президента»), or a
 * deputy's title ("vice president").
 */
function modifiersBefore(ctx: PeopleContext, w: Word): Word[] | null {
  const pre: Word[] = [];
  let next = w;
  for (let k = 1; k <= 3; k++) {
    const before = ctx.words[w.index - k];
    if (!before || !glued(ctx.text, before, next)) break;
    if (/^(vice|deputy|віце|вице|заступник|заместител)/u.test(before.lower)) return null;
    const bi = before.latin ? null : wordInfo(before.text);
    const country = countryOf([before]) !== null;
    const adjective = bi?.adjective || (before.latin && country) || before.acronym;
    if (k === 1 && !adjective && bi && bi.known && bi.nounCases && !bi.functionWord && !before.cap) {
      const roleCases = w.latin ? CASE.nomn : wordInfo(w.text).nounCases;
      if (!(roleCases & CASE.nomn)) return null;
    }
    if (before.latin && before.lower === 'prime' && k === 1) pre.unshift(before);
    else if (adjective && country) pre.unshift(before);
    else if (adjective && /^(бывш|нын|действующ|former|current)/u.test(before.lower)) pre.unshift(before);
    else break;
    next = before;
  }
  return pre;
}

/**
 * «X та президент Фінляндії Олег Сомов», "Jane Doe and the French president":
 * a reference coordinated with a named person is read with that name's
 * clause, where the article's own people are the participants; an office
 * holder the article never names is left to the corpus only when it stands
 * on its own.
 */
function coordinatedWithName(ctx: PeopleContext, phrase: Word[], taken: Set<number>): boolean {
  const first = phrase[0]!;
  const last = phrase[phrase.length - 1]!;
  const joiner = (w: Word | undefined): boolean => !!w && /^(та|і|й|и|and|&)$/u.test(w.lower);
  const after = ctx.words[last.index + 1];
  if (after && after.sentence === last.sentence && joiner(after)) {
    for (let k = 2; k <= 6; k++) {
      const w = ctx.words[last.index + k];
      if (!w || w.sentence !== last.sentence) break;
      if (taken.has(w.index)) return true;
    }
  }
  const before = ctx.words[first.index - 1];
  return !!before && joiner(before) && !!ctx.words[first.index - 2] && taken.has(ctx.words[first.index - 2]!.index);
}

/** «бывший», "former", or a noun whose object the office is («выборы», «пост») right before the reference. */
function notHolderBefore(ctx: PeopleContext, first: Word): boolean {
  for (let k = 1; k <= 2; k++) {
    const before = ctx.words[first.index - k];
    if (!before || before.sentence !== first.sentence) return false;
    if (NOT_IN_OFFICE.test(before.lower) || OFFICE_NOT_HOLDER.test(before.lower)) return true;
    // Two words back only across a preposition or article: «на пост президента», "of the president".
    if (k === 1 && !/^(the|of|на|в|у|за|від|от|для|of)$/u.test(before.lower)) return false;
  }
  return false;
}

/**
 * «лідери», «президенти»: a masculine role noun in -и is a Ukrainian
 * nominative plural, no reference to one person (-а nouns such as «глави»
 * take -и in the genitive singular). Before a list of names the plural is
 * still each one's role (role-patterns.ts).
 */
const ukPluralHead = (w: Word, lang: string): boolean =>
  lang === 'uk' && !w.latin && /[бвгджзклмнпрстфхцчшщ]и$/u.test(w.lower) && !/^(глав|голов|очільниц|керівниц)/u.test(w.lower);

/** Index of the one person this role reference can mean, or -1. */
function resolve(ctx: PeopleContext, sense: RoleSense, lastLinkByHead: Map<string, number>): number {
  const candidates: number[] = [];
  ctx.people.forEach((p, i) => {
    const own = senses.get(p) ?? [];
    if (own.some((s) => s.kind === sense.kind && (sense.country === null || s.country === null || s.country === sense.country))) {
      // A country on both sides must agree; a bare role needs the person's country not to contradict.
      if (sense.country === null || own.some((s) => s.kind === sense.kind && s.country === sense.country)) candidates.push(i);
    }
  });
  if (sense.country === null) {
    const previous = lastLinkByHead.get(sense.head);
    if (previous !== undefined) return previous;
  }
  return candidates.length === 1 ? candidates[0] : -1;
}

/** A name within the next few words of the same clause: «Foreign Minister Jane Doe» is an apposition. */
function nameFollows(ctx: PeopleContext, w: Word, taken: Set<number>): boolean {
  for (let k = 1; k <= 4; k++) {
    const n = ctx.words[w.index + k];
    const p = ctx.words[w.index + k - 1];
    if (!n || !glued(ctx.text, p, n)) return false;
    if (taken.has(n.index)) return true;
  }
  return false;
}
