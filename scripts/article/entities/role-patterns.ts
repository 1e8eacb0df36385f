/**
 * Where a person's role stands relative to their name, as word patterns:
 *
 * - before the name, as an apposition («[adjectives] role [complements] Name»),
 *   also across a comma («the company's CEO, Name») and over a relative clause
 *   between the role and the name («role [complement], which …, Name»);
 * - after the name, set off by a comma, a dash or a bracket and closed by
 *   punctuation («Name, role [complements],», «Name — role.»);
 * - as a predicate: an appointment or copular verb after the name
 *   («Name was appointed role», «Name став role»).
 *
 * Each returns the role phrase's words (modifiers, head noun, complements) or null.
 */
import { CASE, wordInfo } from './name-morphology.ts';
import type { PeopleContext } from './people-context.ts';
import { agreesWithName, complementAfter, glued, isPluralRole, isRole, opensPhrase, rolePart, roleModifier, ukComplement } from './role-phrase.ts';
import type { Word } from './tokens-to-words.ts';

/** Relative pronouns that open a clause between a role and the name it belongs to. */
const RELATIVE = /^(который|которая|которое|которого|которой|которую|котрий|котра|котре|котрого|котрої|який|яка|яке|якого|якої|яку|which|who|whose|that)$/u;

/** Verbs that give their subject a role (appointment, election, copula), ru/uk/en, as stems or exact forms. */
const PREDICATE = /^(назнач\p{L}*|переназнач\p{L}*|избран\p{L}*|избра\p{L}*|стал|стала|став|стала|обран\p{L}*|обра\p{L}*|призначен\p{L}*|призначи\p{L}*|переобран\p{L}*|переизбран\p{L}*|является|являлся|являлась|служит|служил|служила|працює|працював|працювала|работает|работал|работала|appointed|named|elected|became|becomes|is|was|remains|remained)$/u;
/** Words that may stand between the name and the predicate, or the predicate and the role («был», «has been», «на посаду»). */
const AUX = /^(был|была|был|будет|буде|був|була|було|has|have|had|been|be|will|the|a|an|as|на|посаду|должность|пост|посту|должности|посаді|новым|новим|new)$/u;

/** «призначення Name role», «назначил Name role», "appointed Name role": the object gets the role. */
const APPOINTING = /^(призначення|призначенні|призначив|призначила|призначили|назначение|назначения|назначении|назначил|назначила|назначили|обрання|избрание|избрания|appointed|named|made|elected)$/u;

/** A role noun in the instrumental («министром», «головою»); English has no case to check. */
function instrumental(lang: string, w: Word): boolean {
  if (w.latin) return true;
  if (lang === 'ru') return (wordInfo(w.text).nounCases & CASE.ablt) !== 0;
  return /(ом|ем|єм|ою|ею|єю)$/u.test(w.lower);
}

const AND = /^(та|і|й|и|and)$/u;
const COMPLEMENT_PREPOSITION = /^(по|з|із|в|у|of|for|in|at)$/u;
const adjectiveLike = (w: Word | undefined): boolean => !!w && !w.latin && roleModifier(w);

/** The word a name mention ends with. */
export function lastWordOf(words: Word[], end: number, first: Word): Word {
  let w = first;
  while (words[w.index + 1] && words[w.index + 1].end <= end) w = words[w.index + 1];
  return w;
}

/**
 * Walk back from `end` (included) over a role phrase: complements, the role
 * noun, then its modifiers. The head is the leftmost role noun reached over
 * complement words («керівник Офісу президента»: керівник, not президента).
 */
function phraseEndingAt(ctx: PeopleContext, end: Word, taken: Set<number>): Word[] | null {
  const run: Word[] = [];
  let prev: Word | null = null;
  let usedPreposition = false;
  let names = 0;
  for (let k = 0; k < 8; k++) {
    const w = ctx.words[end.index - k];
    if (!w || (prev && !glued(ctx.text, w, prev))) break;
    // Another person's name may be a genitive complement («envoy of Name»), never the phrase's end.
    if (taken.has(w.index) && (k === 0 || ++names > 3)) break;
    const role = isRole(w, ctx.lang);
    // «лидерами», «leaders»: a plural role is about several people, not an apposition to this one.
    if (role && isPluralRole(w, ctx.lang)) break;
    // «лісового та мисливського»: a conjunction between two adjectives of one complement.
    const joined = !role && AND.test(w.lower) && prev !== null && adjectiveLike(prev) && adjectiveLike(ctx.words[w.index - 1]);
    // One prepositional complement («советник по безопасности», "ambassador in Washington").
    const preposition = !role && !usedPreposition && prev !== null && COMPLEMENT_PREPOSITION.test(w.lower);
    if (preposition) usedPreposition = true;
    else if (!role && !joined && !taken.has(w.index) && !rolePart(w) && !ukComplement(w, ctx.lang)) break;
    run.unshift(w);
    prev = w;
  }
  let head = headOf(ctx, run, taken);
  if (head < 0 || !namesInPlace(ctx, run, head, taken, usedPreposition)) return null;
  // «Name1, deputy of mayor Name2-genitive»: the outer role is Name1's apposition; Name2 holds the inner one.
  const holder = ctx.words[end.index + 1];
  if (afterOtherName(ctx, run[0], taken) && holder && genitiveName(holder)) head = Math.max(...run.flatMap((w, i) => (isRole(w, ctx.lang) && !taken.has(w.index) ? [i] : [])));
  // Before the head only its modifiers («Российский президент», «бывший министр», «US»).
  let from = head;
  while (from > 0 && modifierAt(ctx, run[from - 1])) from--;
  return run.slice(from);
}

/** Does the phrase starting at `w` follow another person's name after a comma or dash (an apposition to that name)? */
function afterOtherName(ctx: PeopleContext, w: Word, taken: Set<number>): boolean {
  const p = ctx.words[w.index - 1];
  return !!p && p.sentence === w.sentence && taken.has(p.index) && /^\s*(?:,|[–—])\s*$/u.test(ctx.text.slice(p.end, w.start));
}

/**
 * The head of a run of role words: the leftmost role noun («керівник Офісу
 * президента»), unless the role noun nearest the name has modifiers of its own
 * after a complement: they start a new phrase («министром обороны первого заместителя»).
 */
function headOf(ctx: PeopleContext, run: Word[], taken: Set<number>): number {
  const roles = run.flatMap((w, i) => (isRole(w, ctx.lang) && !taken.has(w.index) ? [i] : []));
  if (roles.length === 0) return -1;
  const last = roles[roles.length - 1];
  let m = last;
  while (m > 0 && roleModifier(run[m - 1]) && !taken.has(run[m - 1].index)) m--;
  // Modifiers right after a role noun are its complement's («речник російського диктатора»);
  // after another complement word they open a phrase of their own.
  if (m < last && m > 0 && !isRole(run[m - 1], ctx.lang)) return last;
  // A complement is genitive: «президента первому заместителю» is two phrases (Russian, where the dictionary can tell).
  return ctx.lang === 'ru' && last > 0 && notGenitive(run[last]) ? m : roles[0];
}

const notGenitive = (w: Word): boolean => {
  const cases = w.latin ? 0 : wordInfo(w.text).nounCases;
  return cases !== 0 && (cases & CASE.gent) === 0;
};

/**
 * Another person's name inside the phrase is a genitive complement right after
 * a role noun («envoy of Name»), after the head, and not together with a
 * prepositional phrase (that would join two phrases).
 */
function namesInPlace(ctx: PeopleContext, run: Word[], head: number, taken: Set<number>, preposition: boolean): boolean {
  for (let i = 0; i < run.length; i++) {
    if (!taken.has(run[i].index) || (i > 0 && taken.has(run[i - 1].index))) continue;
    if (i <= head || preposition || !isRole(run[i - 1], ctx.lang)) return false;
  }
  return true;
}

/** Capitalised words at the end of a phrase before a name that read as given names or surnames belong to that name. */
function withoutNameParts(ctx: PeopleContext, phrase: Word[] | null): Word[] | null {
  if (!phrase) return null;
  let end = phrase.length;
  while (end > 1 && phrase[end - 1].cap && !phrase[end - 1].latin && !isRole(phrase[end - 1], ctx.lang)) {
    const i = wordInfo(phrase[end - 1].text);
    if (!(i.first.length || i.last.length) || i.geo > 0 || i.org > 0) break;
    end--;
  }
  return end === phrase.length ? phrase : phrase.slice(0, end);
}

/** The role right before a name: glued to it, across a comma, or over a relative clause and a comma. */
export function roleBefore(ctx: PeopleContext, first: Word, taken: Set<number>): Word[] | null {
  const { words, text } = ctx;
  const prev = words[first.index - 1];
  if (!prev || prev.sentence !== first.sentence) return null;
  // «envoy NameGen NameNom»: the first name is the role's complement, the second holds it.
  if (glued(text, prev, first) && isRole(prev, ctx.lang) && nameFollowsDirectly(ctx, first, taken)) return null;
  if (glued(text, prev, first)) return withoutNameParts(ctx, phraseEndingAt(ctx, prev, taken));
  const gap = text.slice(prev.end, first.start);
  // «role – Name»: a role stated for the name that follows a dash.
  if (/^\s+[–—]\s+$/u.test(gap)) return isRole(prev, ctx.lang) ? phraseEndingAt(ctx, prev, taken) : null;
  if (!/^\s*,\s*$/u.test(gap)) return null;
  // «the company's CEO, Name»: the phrase must end in its role noun or a capitalised complement, not in a clause.
  // In Russian and Ukrainian a role before a comma is mostly the predicate of the previous clause («є директором X, Name»).
  const direct = prev.latin ? phraseEndingAt(ctx, prev, taken) : null;
  if (direct && (isRole(prev, ctx.lang) || prev.cap || prev.acronym)) return direct;
  // «role [complement], which …, Name»
  for (let k = 2; k < 16; k++) {
    const w = words[first.index - k];
    if (!w || w.sentence !== first.sentence || taken.has(w.index)) return null;
    if (!RELATIVE.test(w.lower)) continue;
    const end = words[w.index - 1];
    if (!end || !/^\s*,\s*$/u.test(text.slice(end.end, w.start))) return null;
    return phraseEndingAt(ctx, end, taken);
  }
  return null;
}

/** A name word that cannot be nominative (Russian dictionary): a genitive complement, not the next person. */
function genitiveName(w: Word): boolean {
  if (w.latin) return false;
  const i = wordInfo(w.text);
  const cases = [...i.first, ...i.last].reduce((c, r) => c | r.cases, 0);
  return cases !== 0 && (cases & CASE.nomn) === 0;
}

/** Is the name mention starting at `first` followed, with only a space between, by another person's name? */
function nameFollowsDirectly(ctx: PeopleContext, first: Word, taken: Set<number>): boolean {
  const mention = ctx.people.flatMap((p) => p.mentions).find((m) => m.kind === 'name' && m.start === first.start);
  if (!mention) return false;
  const last = lastWordOf(ctx.words, mention.end, first);
  const next = ctx.words[last.index + 1];
  return !!next && taken.has(next.index) && glued(ctx.text, last, next);
}

/** A modifier of a role noun, including an English possessive («the company's CEO»). */
const modifierAt = (ctx: PeopleContext, w: Word): boolean => roleModifier(w) || (w.latin && /^['’]s\s/u.test(ctx.text.slice(w.end, w.end + 3)));

/** Modifiers then the role noun, from word index `i` on: the head and the phrase so far, or null. */
function headFrom(ctx: PeopleContext, i: number, taken: Set<number>): Word[] | null {
  const phrase: Word[] = [];
  for (let k = 0; k < 4; k++) {
    const w = ctx.words[i + k];
    if (!w || (phrase.length && !glued(ctx.text, phrase[phrase.length - 1], w))) return null;
    // "a Smith ally": in English another person's name may modify the role noun.
    if (taken.has(w.index)) {
      if (!w.latin) return null;
      phrase.push(w);
      continue;
    }
    if (isRole(w, ctx.lang)) {
      if (isPluralRole(w, ctx.lang)) return null;
      phrase.push(w);
      return phrase;
    }
    if (!modifierAt(ctx, w) || !rolePart(w)) return null;
    phrase.push(w);
  }
  return null;
}

/** The full phrase from its first modifier: head, then complements; null when a person's name follows it directly. */
function completePhrase(ctx: PeopleContext, start: number, taken: Set<number>): Word[] | null {
  const head = headFrom(ctx, start, taken);
  if (!head) return null;
  const last = head[head.length - 1];
  const phrase = [...head, ...complementAfter(ctx, last, taken)];
  const end = phrase[phrase.length - 1];
  const n = ctx.words[end.index + 1];
  // «Name, minister Other Name»: the role is the next person's apposition, unless a
  // second role noun in the complement takes that name («deputy of mayor Other Name»).
  if (n && taken.has(n.index) && glued(ctx.text, end, n)) {
    const inner = phrase.findIndex((w, i) => i >= head.length && isRole(w, ctx.lang));
    return inner > 0 && genitiveName(n) ? phrase : null;
  }
  return phrase;
}

/** «Name, role [complements],» / «Name — role.» / «Name (role)»: set off after the name and closed by punctuation. */
export function roleAfter(ctx: PeopleContext, first: Word, last: Word, taken: Set<number>): Word[] | null {
  const { words, text } = ctx;
  let i = last.index + 1;
  const next = words[i];
  if (!next || next.sentence !== last.sentence) return null;
  if (!/^\s*(?:,|[–—]|\s-\s|\()\s*$/u.test(text.slice(last.end, next.start))) return null;
  if (next.latin && /^(the|a|an)$/u.test(next.lower)) i++;
  const phrase = completePhrase(ctx, i, taken);
  if (!phrase || !agreesWithName(ctx.lang, ctx.words.slice(first.index, last.index + 1), phrase.find((w) => isRole(w, ctx.lang))!)) return null;
  // An apposition is closed: «По словам Name, президент готов…» is a new clause whose subject is the role.
  const end = phrase[phrase.length - 1];
  const after = words[end.index + 1];
  const gap = text.slice(end.end, after && after.sentence === end.sentence ? after.start : end.end + 1);
  // (A complement's own role noun may end at its holder's name: «deputy of mayor Other Name».)
  return !after || after.sentence !== end.sentence || /[,.;:()!?–—«»"“”]/u.test(gap) || opensPhrase(after) || RELATIVE.test(after.lower) || taken.has(after.index) ? phrase : null;
}

/** «Name назначен role», «Name став role», "Name was named role": the role an appointment or copula gives the name. */
export function rolePredicate(ctx: PeopleContext, first: Word, last: Word, taken: Set<number>): Word[] | null {
  const { words, text } = ctx;
  const before = words[first.index - 1];
  if (before && glued(text, before, first) && APPOINTING.test(before.lower)) {
    const phrase = completePhrase(ctx, last.index + 1, taken);
    const head = phrase?.find((w) => isRole(w, ctx.lang));
    if (phrase && head && glued(text, last, phrase[0]) && instrumental(ctx.lang, head)) return phrase;
  }
  let prev = last;
  let verb = false;
  for (let k = 1; k < 7; k++) {
    const w = words[last.index + k];
    if (!w || !glued(text, prev, w) || taken.has(w.index)) return null;
    if (PREDICATE.test(w.lower)) verb = true;
    else if (!AUX.test(w.lower)) return verb ? completePhrase(ctx, w.index, taken) : null;
    prev = w;
  }
  return null;
}
