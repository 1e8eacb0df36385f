/**
 * Roles within one article.
 *
 * - A role phrase next to a name becomes that person's `roles`: before it
 *   («министр финансов Иван Петров», "US President Jane Doe"), after it
 *   («Name, директор компании,», «Name — глава района»), or as a predicate
 *   («Name назначен главным тренером»); see role-patterns.ts. Each role keeps
 *   its text as written and its offsets, and its nominative when it differs
 *   (role-phrase.ts).
 * - Role references: «глава Кремля», «Российский диктатор», «министр»,
 *   «the US president» become mentions of kind `role` of a named person, but
 *   only when the article itself makes the link unambiguous: the person's own
 *   apposition role has the same kind (head of state / minister / head of
 *   government) and country, or the same role noun already referred to them.
 *   The small table below only says which words mean which kind and country.
 *   A role reference linked to a person is also one of that person's roles.
 */
import type { LocalEntity, LocalMention, Role } from '../../model/model.ts';
import { memoByString } from '../../util/memo.ts';
import { CASE, wordInfo } from './name-morphology.ts';
import type { PeopleContext } from './people-context.ts';
import { isRoleNoun, isRoleWord } from './person-cues.ts';
import { lastWordOf, roleAfter, roleBefore, rolePredicate } from './role-patterns.ts';
import { glued, isPluralRole, roleOf } from './role-phrase.ts';
import { wordAt, type Word } from './tokens-to-words.ts';

type RoleKind = 'head' | 'minister' | 'government';

interface RoleSense {
  kind: RoleKind | null;
  country: string | null;
  /** The role noun, lowercase stem («президент», «диктатор»). */
  head: string;
}

// Role nouns whose referent can be resolved: kind by stem.
const HEAD_NOUNS: [RegExp, RoleKind | null][] = [
  [/^(президент|president|диктатор|dictator|лидер|leader|хозяин|правител|монарх|корол|king|президент)/u, 'head'],
  [/^(премьер|прем['’]єр|prime|канцлер|chancellor|премьер-министр)/u, 'government'],
  [/^(министр|міністр|minister|госсекретар|secretary)/u, 'minister'],
  [/^(глав|голов|очільник|head)/u, null],
];

/** Whether a lowercase word starts like one of HEAD_NOUNS (asked of every word of an article). */
const startsHeadNoun = memoByString((lower) => HEAD_NOUNS.some(([re]) => re.test(lower)));

// Country (or seat of power) by stem of an adjective or genitive complement.
const COUNTRIES: [RegExp, string][] = [
  [/^(росси|рф$|российск|кремл|русск|russia|kremlin|росій|кремл)/u, 'ru'],
  [/^(сша$|америк|американск|us$|u\.s|american|white|белого|білого|вашингтон)/u, 'us'],
  [/^(украин|україн|ukrain|банков)/u, 'ua'],
  [/^(финлянд|финск|фінлянд|фінськ|finland|finnish)/u, 'fi'],
  [/^(франци|французск|франц|france|french|елисейск)/u, 'fr'],
  [/^(германи|немецк|німеччин|німецьк|germany|german|фрг$)/u, 'de'],
  [/^(великобритани|британск|британі|britain|british|uk$)/u, 'gb'],
  [/^(турци|турецк|туреччин|turkey|turkish)/u, 'tr'],
  [/^(кита|китайск|china|chinese|кнр$)/u, 'cn'],
  [/^(белорус|білорус|belarus|беларус)/u, 'by'],
  [/^(польш|польск|польщ|poland|polish)/u, 'pl'],
  [/^(израил|ізраїл|israel)/u, 'il'],
  [/^(иран|іран|iran)/u, 'ir'],
  [/^(япони|японск|япон|japan)/u, 'jp'],
];
// What a «глава X» heads: the state (Кремль, государство), the government, a foreign ministry.
const HEAD_OF: [RegExp, RoleKind][] = [
  [/^(кремл|государств|держав|state|white|белого|білого|елисейск)/u, 'head'],
  [/^(правительств|уряд|кабмин|кабінет|government|cabinet)/u, 'government'],
  [/^(мид$|мзс$|министерств|міністерств|минобороны|минфин|ведомств|дипломат|foreign|ministry)/u, 'minister'],
];

const countryOf = (ws: Word[]): string | null => {
  for (const w of ws) for (const [re, c] of COUNTRIES) if (re.test(w.lower)) return c;
  return null;
};

/** What the words of a role phrase mean: kind and country. */
function senseOf(ws: Word[]): RoleSense | null {
  // The first role noun is the head («помощник президента России» is an aide, not a president).
  const headIdx = ws.findIndex((w) => isRoleNoun(w.lower, w.latin ? 'en' : 'ru'));
  if (headIdx < 0) return null;
  let kind: RoleKind | null = null;
  const match = HEAD_NOUNS.find(([re]) => re.test(ws[headIdx].lower));
  if (!match) return { kind: null, country: null, head: ws[headIdx].lower };
  kind = match[1];
  // «prime minister» heads a government, not a ministry.
  if (ws[headIdx].latin && ws.some((w) => w.lower === 'prime')) kind = 'government';
  const rest = ws.slice(headIdx + 1);
  if (kind === null) {
    for (const w of rest) for (const [re, k] of HEAD_OF) if (kind === null && re.test(w.lower)) kind = k;
  }
  return { kind, country: countryOf(ws), head: ws[headIdx].lower.replace(/(а|у|ом|е|ы|ой|ем|ю|я)$/u, '') };
}

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
  for (const w of words) {
    if (taken.has(w.index)) continue;
    if (!startsHeadNoun(w.lower)) continue;
    if (!isRoleWord(w.lower, w.latin ? 'en' : ctx.lang)) continue;
    if (isPluralRole(w, ctx.lang)) continue;
    if (nameFollows(ctx, w, taken)) continue;
    const complement = mentionComplement(ctx, w, taken);
    const after = words[(complement.length ? complement[complement.length - 1] : w).index + 1];
    // An apposition («президент Финляндии Александр Стубб») was handled as a role of that name.
    if (after && taken.has(after.index) && glued(text, complement.length ? complement[complement.length - 1] : w, after)) continue;
    const before = words[w.index - 1];
    const phrase = [w, ...complement];
    if (before && glued(text, before, w)) {
      const bi = before.latin ? null : wordInfo(before.text);
      const adjective = bi?.adjective || (before.latin && countryOf([before]) !== null) || before.acronym;
      // «на пост президента», «выборы президента», «администрация Трампа»: the role is not the referent.
      const roleCases = w.latin ? CASE.nomn : wordInfo(w.text).nounCases;
      if (!adjective && bi && bi.known && bi.nounCases && !bi.functionWord && !before.cap && !(roleCases & CASE.nomn)) continue;
      if (adjective && countryOf([before])) phrase.unshift(before);
      else if (adjective && /^(бывш|нын|действующ|former|current)/u.test(before.lower)) phrase.unshift(before);
    }
    const sense = senseOf(phrase);
    if (!sense || !sense.kind) continue;
    const target = resolve(ctx, sense, lastLinkByHead);
    if (target < 0) continue;
    lastLinkByHead.set(sense.head, target);
    const start = phrase[0].start;
    const end = phrase[phrase.length - 1].end;
    const mention: LocalMention = { start, end, text: text.slice(start, end), kind: 'role', sentence: w.sentence };
    ctx.people[target].mentions.push(mention);
    // The article gives them that role too («глава Кремля» of Putin).
    addRole(ctx.people[target], roleOf(ctx, phrase));
  }
}

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
