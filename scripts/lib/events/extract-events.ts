/**
 * Per-article event stage.
 *
 * For each sentence: find triggers (verbs and event nouns), scope each to its
 * clause, take the people in that clause as participants, the place after a
 * preposition, the nearest date expression, and the status cues around the
 * predicate. Then coreference within the article: a later mention of the same
 * event («встреча, которая прошла 15 августа» after «его встреча с Трампом на
 * Аляске») fills in the first one instead of becoming a second event.
 */
import type { DatePrecision, EventStatus, EventType, Lang, LocalEntity, LocalEvent, LocalMention, ParsedArticle, Sentence, Span } from '../model.ts';
import { eventStatus } from './event-status.ts';
import { eventTitle, type TitlePerson } from './event-title.ts';
import { typeFamily } from './event-types.ts';
import { SCORE } from './event-lexicon.ts';
import { findClauses, clauseAt, findRelativeClauses } from './find-clauses.ts';
import { findEventPlace, type PlaceMention } from './find-event-place.ts';
import { findEventTriggers, lowerSameLength, type Trigger } from './find-event-triggers.ts';
import {
  type ArticleDate,
  articleDateAsEventDate,
  type DateDirection,
  type DateExpression,
  findDateExpressions,
  parseArticleDate,
  type ResolvedDate,
} from './resolve-event-date.ts';

interface Draft {
  type: EventType;
  status: EventStatus;
  statusExplicit: boolean;
  pastPlan: boolean;
  /** Named as a further event («следующая встреча», "a second meeting"): not the one reported, and not yet held. */
  further: boolean;
  date: ResolvedDate | null;
  place: string | null;
  placeKey: string | null;
  participants: string[];
  orgs: string[];
  teams: string[];
  target: string | null;
  mentions: LocalMention[];
  firstSentence: number;
  lastSentence: number;
}

interface Candidate extends Draft {
  trigger: Trigger;
  /** Date expression found in the trigger's own clause (not borrowed from the sentence). */
  clauseDate: boolean;
  /** The clause names its people collectively («лидеры», "both sides"). */
  collective: boolean;
  /** The noun points back at an event reported before (see BACKREF_BEFORE). */
  backRef: boolean;
}

interface EntityMention {
  entity: LocalEntity;
  mention: LocalMention;
}

/** Event nouns after these are a time frame for the sentence, not a new event. */
const FRAME_BEFORE = /(?:во время|в ходе|в рамках|на полях|під час|в ході|у ході|у рамках|в рамках|during|on the sidelines of|in the course of)\s{1,3}(?:\p{L}{1,12}\s{1,3})?$/iu;
/** Collective references to the people of the event just reported. */
const COLLECTIVE = /(?<![\p{L}])(?:лидеры|стороны|президенты|собеседники|лидеров|сторон|лідери|сторони|президенти|співрозмовники|лідерів|the (?:two )?leaders|both (?:sides|leaders)|the (?:two )?presidents|the two sides)(?![\p{L}])/iu;
/** A group noun the relative clause after it names the members of. */
const GROUP_BEFORE_RELATIVE = /(?<![\p{L}])(?:лидер|лідер|президент|сторон|leaders|presidents|sides)\p{L}{0,6}\s{0,3}$/u;
/**
 * Event nouns after these point back at an event reported before («после
 * встречи на Аляске», «итоги переговоров», "after the Alaska summit"): a
 * mention of a known event, never a new one unless it carries its own date.
 */
const BACKREF_BEFORE = /(?<![\p{L}])(?:после|після|по итогам|итоги|итогах|за підсумками|підсумки|after|following|since|results of|outcome of)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}$/iu;
/** «без подписания», "without a deal": the event did not take place and is not reported. */
const NEGATED_BEFORE = /(?<![\p{L}])(?:без|without|no)\s{1,3}(?:[\p{L}-]{1,12}\s{1,3})?$/iu;
/** A person named as the source of the words («по словам Стубба», "according to Ushakov") is not a participant. */
const ATTRIBUTION_BEFORE = /(?<![\p{L}])(?:по словам|со слов|по данным|за словами|за даними|according to)\s{1,3}(?:[\p{L}-]{1,25}\s{1,3}){0,4}$/iu;
/** A date after these is a bound («после 2019 года», "since February 2022"), not the event's date. */
const SINCE_BEFORE = /(?<![\p{L}])(?:после|після|since|з часів)\s{1,3}$/iu;
const SINCE_START = /^(?:после|після|since)(?![\p{L}])/iu;
/** "three days after his summit": counted from another event, not from the article's date. */
const RELATIVE_TO_EVENT = /(?<![\p{L}])(?:after|before|later than|после|після)$/iu;

/** Dates that bound or count from something else are not candidates for the event's own date. */
function isOwnDate(original: string, d: DateExpression): boolean {
  return !SINCE_BEFORE.test(original.slice(Math.max(0, d.start - 16), d.start)) && !SINCE_START.test(d.text) && !RELATIVE_TO_EVENT.test(d.text);
}
/** «следующую встречу», «новый саммит», "a second meeting", "the next meeting". */
const FURTHER_BEFORE = /(?<![\p{L}])(?:следующ\p{L}{1,3}|втор\p{L}{2,3}|нов\p{L}{1,3}|наступн\p{L}{1,3}|друг\p{L}{1,3}|нов\p{L}{1,3}|second|next|another|new)\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?$/iu;
const POSSESSIVE = /(?:^|\s)(?:его|её|ее|их|його|її|їх|his|her|their)\s+$/iu;
/** Clauses that continue the sentence's subject: «…, где провел переговоры», «… и подписал». */
const CONTINUES_SUBJECT = /^\s*(?:где|де|where|и|і|й|та|and)(?![\p{L}])/iu;
/** «Зеленский заявил, что готов встретиться с Путиным»: the speaker is the one ready to meet. */
const READY_CLAUSE = /^[\s,]*(?:что|що|that)?\s{0,3}(?:(?:он|она|він|вона|he|she)\s{1,3})?(?:готов|готова|готовий|is ready|was ready)(?![\p{L}])/iu;
const SPORT_CONTEXT = new RegExp(`\\bcup\\b|league|stadium|матч|кубок|кубка|чемпионат|чемпіонат|турнир|турнір|${SCORE.source}`, 'iu');
const TARGET_PHRASE: Record<string, RegExp> = {
  ru: /(?<![\p{L}])против\s+[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/u,
  uk: /(?<![\p{L}])проти\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?/u,
  en: /(?<![\p{L}])(?:against|on)\s+(?:[\p{Lu}][\p{L}-]+)(?:\s+[\p{Lu}][\p{L}-]+)?/u,
};
const QUOTED_NAME = /«([^«»]{1,40})»/gu;

/** Types whose bare noun needs no participants to be an event, given a date or place. */
const SELF_STANDING: ReadonlySet<EventType> = new Set(['attack', 'sanctions', 'election', 'match', 'statement', 'summit', 'talks', 'signing']);

function surname(entity: LocalEntity): TitlePerson {
  const parts = entity.parts;
  const name = (parts?.last ?? entity.name).split(' ').pop() ?? entity.name;
  return { name: parts?.first || parts?.last ? name : entity.name, gender: parts?.gender ?? null };
}

function datesCompatible(a: ResolvedDate | null, b: ResolvedDate | null): boolean {
  if (!a || !b) return true;
  const short = a.date.length <= b.date.length ? a.date : b.date;
  const long = short === a.date ? b.date : a.date;
  if (!long.startsWith(short)) return false;
  if (a.precision === 'day' && b.precision === 'day' && a.date !== b.date) return false;
  return true;
}

function moreSpecific(a: ResolvedDate | null, b: ResolvedDate | null): ResolvedDate | null {
  if (!a) return b;
  if (!b) return a;
  return b.date.length > a.date.length ? b : a;
}

const MAX_TRIGGERS_PER_SENTENCE = 32;
const GOVERNING_CHARS = 400;

/** Per-article event stage: detect events with type, status, date, place and participants. */
export function extractEvents(
  article: ParsedArticle,
  lang: Lang,
  sentences: Sentence[],
  entities: LocalEntity[],
): LocalEvent[] {
  const text = article.text;
  const ref = parseArticleDate(article.date);
  const bySentence = new Map<number, EntityMention[]>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      let list = bySentence.get(mention.sentence);
      if (!list) bySentence.set(mention.sentence, (list = []));
      list.push({ entity, mention });
    }
  }
  for (const [si, list] of bySentence) bySentence.set(si, withoutShadowedPeople(list));

  const drafts: Draft[] = [];
  const typesSeen = new Set<EventType>();
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const original = text.slice(sentence.start, sentence.end);
    const lower = lowerSameLength(original);
    const triggers = findEventTriggers(lower, sentence.start, lang);
    if (triggers.length === 0) continue;
    const clauses = findClauses(lower);
    const allDates = findDateExpressions(original, lang, ref);
    const dates = allDates.filter((d) => isOwnDate(original, d));
    const mentions = bySentence.get(si) ?? [];
    const candidates: Candidate[] = [];
    let frame: Draft | null = null;
    // Real sentences report a handful of events; a run-on line of thousands of
    // triggers (scraped lists, hostile input) must not make analysis quadratic.
    const kept = dropOverlaps(triggers, allDates, sentence.start).slice(0, MAX_TRIGGERS_PER_SENTENCE);
    for (const trigger of kept) {
      if (trigger.weak && !typesSeen.has(trigger.type)) continue;
      // «Під час візиту Туск зустрівся …»: the visit is a known event framing this sentence.
      const framed = trigger.form === 'noun' && FRAME_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start));
      const framing = framed ? [...drafts].reverse().find((d) => typeFamily(d.type) === typeFamily(trigger.type)) : undefined;
      if (framing) {
        framing.mentions.push({ start: trigger.start, end: trigger.end, text: trigger.text, kind: 'name', sentence: si });
        frame = framing;
        continue;
      }
      const before = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
      if (trigger.form === 'noun' && NEGATED_BEFORE.test(before)) continue;
      // "two days after both men met Trump": the date is counted from another event, so none of the sentence's dates is this one's.
      const anchoredElsewhere = allDates.some((d) => RELATIVE_TO_EVENT.test(d.text) && trigger.start - (sentence.start + d.end) >= 0 && trigger.start - (sentence.start + d.end) <= 30);
      const own = anchoredElsewhere ? [] : dates.filter((d) => !behindOtherTrigger(d, trigger, kept, sentence.start));
      const c = buildCandidate(trigger, si, sentence, original, lower, clauses, own, mentions, bySentence, text, lang, kept);
      // A back-reference is a report of its own only with a date right after it ("after the summit on 15 August").
      c.backRef = trigger.form === 'noun' && BACKREF_BEFORE.test(before) && !own.some((d) => sentence.start + d.start >= trigger.end && sentence.start + d.start - trigger.end <= 60);
      candidates.push(c);
    }
    for (const c of candidates) {
      if (frame && !c.clauseDate && frame.date) c.date = frame.date;
      // «Лидеры договорились о встрече»: the people of the event just reported.
      if (c.collective && c.participants.length === 0) {
        const recent = [...drafts].reverse().find((d) => d.participants.length >= 2 && si - d.lastSentence <= 3);
        if (recent) c.participants = [...recent.participants];
      }
      if (c.backRef) continue;
      if (mergeIntoExisting(drafts, c)) continue;
      if (!isEventful(c)) continue;
      drafts.push(c);
      typesSeen.add(c.type);
    }
  }

  const anyCancelled = drafts.some((d) => d.status === 'cancelled');
  return drafts.map((d, i) => finalise(d, i, anyCancelled, ref, lang, entities));
}

/**
 * A "person" whose mention is also an organisation or place mention («глава
 * Кремля» read as a person named Кремля) is not a participant.
 */
function withoutShadowedPeople(list: EntityMention[]): EntityMention[] {
  const other = list.filter((m) => m.entity.type !== 'person');
  return list
    .filter((m) => m.entity.type !== 'person' || !other.some((o) => m.mention.start >= o.mention.start && m.mention.end <= o.mention.end))
    .sort((a, b) => a.mention.start - b.mention.start);
}

/** Another event noun, not part of the trigger's own phrase ("sanctions package" is one phrase). */
function otherEventNoun(t: Trigger, trigger: Trigger): boolean {
  return t !== trigger && t.form === 'noun' && (t.start - trigger.end > 2 || trigger.start - t.end > 2);
}

/**
 * A date with another event noun between it and the trigger belongs to that
 * noun: «a second meeting … proposed at the end of the Alaska summit on 15 August».
 */
function behindOtherTrigger(d: DateExpression, trigger: Trigger, triggers: readonly Trigger[], offset: number): boolean {
  const from = Math.min(trigger.end, offset + d.start);
  const to = Math.max(trigger.start, offset + d.end);
  return triggers.some((t) => otherEventNoun(t, trigger) && t.start >= from && t.end <= to);
}

/**
 * The part of the clause that speaks of this trigger: up to the next other
 * event noun, and from the trigger itself when another one precedes it, so
 * «саммит …, о котором говорили после переговоров на Аляске» and «итоги
 * переговоров в Вашингтоне и идею встречи» do not take the talks' place.
 */
function ownStretch(clause: Span, trigger: Trigger, triggers: readonly Trigger[]): Span {
  let { start, end } = clause;
  for (const t of triggers) {
    if (!otherEventNoun(t, trigger)) continue;
    if (t.start >= trigger.end && t.start < end) end = t.start;
    if (t.end <= trigger.start && t.end > start) start = trigger.start;
  }
  return { start, end };
}

/** Words inside a date phrase are not triggers. */
function dropOverlaps(triggers: Trigger[], dates: DateExpression[], offset: number): Trigger[] {
  return triggers.filter((t) => !dates.some((d) => t.start < offset + d.end && t.end > offset + d.start));
}

function buildCandidate(
  trigger: Trigger,
  si: number,
  sentence: Sentence,
  original: string,
  lower: string,
  clauses: Span[],
  dates: DateExpression[],
  mentions: EntityMention[],
  bySentence: Map<number, EntityMention[]>,
  text: string,
  lang: Lang,
  others: readonly Trigger[],
): Candidate {
  const rel = trigger.start - sentence.start;
  const ci = clauseAt(clauses, rel);
  const clauseRel = clauses[ci]!;
  const clause: Span = { start: sentence.start + clauseRel.start, end: sentence.start + clauseRel.end };
  const clauseLower = lower.slice(clauseRel.start, clauseRel.end);
  const inClause = mentions.filter((m) => m.mention.start >= clause.start && m.mention.end <= clause.end);
  // People named after another event noun are that event's («The talks focused on … a meeting between Zelensky and Putin»).
  const stretchEnd = trigger.form === 'noun' ? ownStretch(clause, trigger, others).end : clause.end;
  let people: EntityMention[] = inClause.filter((m) => m.entity.type === 'person' && (m.mention.end <= stretchEnd || m.mention.start < trigger.start));
  // The visitor is the subject: «Моди посетил Москву … и провел переговоры с Путиным».
  if (trigger.type === 'visit' && trigger.form !== 'noun') {
    const subjects = people.filter((p) => p.mention.end <= trigger.start);
    if (subjects.length > 0) people = subjects;
  }

  // An event noun's arguments follow it without an intervening predicate:
  // «встречу Зеленского и Путина считает президент Финляндии Стубб» — Стубб is the one who judges.
  if (trigger.form === 'noun' && (lang === 'ru' || lang === 'uk')) people = people.filter((p) => p.mention.start < trigger.start || !predicateBetween(text, trigger.end, p.mention.start));

  // The subject of the sentence carries over into «…, где провел переговоры с …».
  const verbal = trigger.form !== 'noun';
  if (ci > 0 && (CONTINUES_SUBJECT.test(clauseLower) || (verbal && !people.some((p) => p.mention.start < trigger.start)))) {
    const subject = mentions.find((m) => m.entity.type === 'person' && m.mention.end <= clause.start);
    if (subject && (CONTINUES_SUBJECT.test(clauseLower) || READY_CLAUSE.test(clauseLower) || !isSpeechClause(lower.slice(0, clauseRel.start)))) people.unshift(subject);
  }
  // «его встреча с Трампом»: the possessor is the nearest person before, else the previous sentence's first person.
  const beforeTrigger = text.slice(Math.max(sentence.start, trigger.start - 8), trigger.start);
  if (POSSESSIVE.test(beforeTrigger) && !people.some((p) => p.mention.end <= trigger.start && p.mention.end >= trigger.start - 8)) {
    const owner =
      [...mentions].reverse().find((m) => m.entity.type === 'person' && m.mention.end <= trigger.start - 4) ??
      (bySentence.get(si - 1) ?? []).find((m) => m.entity.type === 'person');
    if (owner) people.unshift(owner);
  }
  people = people.filter((p) => !ATTRIBUTION_BEFORE.test(text.slice(Math.max(sentence.start, p.mention.start - 60), p.mention.start)));
  // People in a relative clause the trigger is not in describe a noun of another clause.
  // Except one naming the members of a group the trigger takes as its argument: «переговоры с лидерами, среди которых были …».
  const relatives = findRelativeClauses(lower).filter((r) => (rel < r.start || rel >= r.end) && !(r.start > rel && GROUP_BEFORE_RELATIVE.test(lower.slice(Math.max(rel, r.start - 24), r.start))));
  const inRelative = (p: EntityMention): boolean => relatives.some((r) => p.mention.start - sentence.start >= r.start && p.mention.end - sentence.start <= r.end);
  // «лидеры, среди которых были Макрон и Стубб»: a collective already named there borrows no one from earlier sentences.
  const namedCollective = relatives.length > 0 && people.some(inRelative);
  if (namedCollective) people = people.filter((p) => !inRelative(p));
  const participants = unique(people.map((p) => p.entity.key));
  const orgs = unique(inClause.filter((m) => m.entity.type !== 'person').map((m) => m.entity.key));

  let type = trigger.type;
  if ((type === 'meeting' || type === 'talks') && participants.length === 0 && SPORT_CONTEXT.test(lower)) type = 'match';

  // The governing text is what comes just before the clause; bounded so each trigger costs O(1).
  const status = eventStatus(trigger.form, clauseLower, lower.slice(Math.max(0, clauseRel.start - GOVERNING_CHARS), clauseRel.start), lang);
  const direction: DateDirection = status.status === 'planned' ? 'future' : status.status === 'happened' ? 'past' : 'any';
  const inClauseDates = dates.filter((d) => d.start >= clauseRel.start && d.end <= clauseRel.end);
  const pool = inClauseDates.length > 0 ? inClauseDates : dates;
  const nearest = pool.reduce<DateExpression | null>((best, d) => {
    const dist = Math.abs((d.start + d.end) / 2 - rel);
    return !best || dist < Math.abs((best.start + best.end) / 2 - rel) ? d : best;
  }, null);
  const date = nearest ? nearest.resolve(direction) : null;

  const blocked = mentions.filter((m) => m.entity.type === 'person' || m.entity.type === 'org').map((m) => m.mention as Span);
  const placeMentions: PlaceMention[] = mentions.filter((m) => m.entity.type === 'place');
  const place = findEventPlace(text, lang, type, ownStretch(clause, trigger, others), trigger, placeMentions, blocked);

  const teams = type === 'match' ? findTeams(original, lang, trigger.start - sentence.start) : [];
  const targetRe = TARGET_PHRASE[lang === 'ru' || lang === 'uk' ? lang : 'en']!;
  const target = type === 'sanctions' ? (targetRe.exec(original.slice(clauseRel.start, clauseRel.end))?.[0] ?? null) : null;

  return {
    trigger,
    type,
    status: status.status,
    statusExplicit: status.explicit,
    pastPlan: status.pastPlan,
    further: trigger.form === 'noun' && FURTHER_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 24), trigger.start)),
    date,
    clauseDate: inClauseDates.length > 0,
    collective: !namedCollective && COLLECTIVE.test(clauseLower),
    backRef: false,
    place: place?.name ?? null,
    placeKey: place?.key ?? null,
    participants,
    orgs: place?.key ? unique([...orgs, place.key]) : orgs,
    teams,
    target,
    mentions: [{ start: trigger.start, end: trigger.end, text: trigger.text, kind: 'name', sentence: si }],
    firstSentence: si,
    lastSentence: si,
  };
}

/** A finite verb or short participle by its ending (lowercase whole word). */
const VERB_WORD = /^\p{Ll}{2,30}(?:ает|яет|еет|ует|ит|ют|ят|ут|ал|ял|ел|ил|ала|яла|ела|ила|али|яли|ели|или|лся|лась|лись|ає|ує|ить|ють|ован[аоы]?|ирован[аоы]?)$/u;
/** A comma followed by two words opens something new («…, министр добавил»). */
const COMMA_THEN_WORDS = /,\s{0,3}\p{L}{1,30}\s{1,3}\p{L}/u;

/** A predicate (verb-like word, or a comma opening new words) between two offsets. */
function predicateBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const gap = text.slice(from, Math.min(to, from + 200));
  return COMMA_THEN_WORDS.test(gap) || gap.split(/[^\p{L}]+/u).some((w) => VERB_WORD.test(w));
}

function isSpeechClause(lower: string): boolean {
  return /(?:заявил|сообщил|сказал|отметил|заявив|повідомив|сказав|зазначив|said|says|told)\p{L}{0,3}[\s,]{0,4}$/u.test(lower.replace(/,?\s{0,3}(?:что|що|that)\s{0,3}$/u, ''));
}

function findTeams(original: string, lang: Lang, at: number): string[] {
  if (lang !== 'en') {
    QUOTED_NAME.lastIndex = 0;
    const out: string[] = [];
    for (let m = QUOTED_NAME.exec(original); m; m = QUOTED_NAME.exec(original)) out.push(m[1]!);
    return unique(out).slice(0, 2);
  }
  const words = original.slice(Math.max(0, at - 70), at).trim().split(/\s+/u);
  const capital = (w: string | undefined): w is string => !!w && /^\p{Lu}[\p{L}-]{1,30}$/u.test(w);
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  const before = capital(last) ? [null, capital(prev) ? `${prev} ${last}` : last] : null;
  const after = /^\S{1,30}(?:\s{1,3}with|\s{1,3}to)?\s{1,3}(\p{Lu}[\p{L}-]{1,30}(?:\s\p{Lu}[\p{L}-]{1,30})?)/u.exec(original.slice(at, at + 100));
  return [before?.[1], after?.[1]].filter((x): x is string => !!x);
}

/**
 * An event noun with no participants, date or place is talk about a kind of
 * event («мирные переговоры», "talks of a boycott"), not a report of one.
 */
function isEventful(c: Candidate): boolean {
  const p = c.participants.length;
  if (c.trigger.form !== 'noun') {
    if (c.type === 'meeting' || c.type === 'call' || c.type === 'talks') return p >= 1;
    return p >= 1 || c.orgs.length > 0 || c.place !== null || c.clauseDate;
  }
  if (p >= 2) return true;
  if (p === 1 && (c.place !== null || c.clauseDate || c.type === 'visit' || c.type === 'statement' || c.type === 'ruling')) return c.type !== 'meeting' && c.type !== 'call' && c.type !== 'talks' ? true : c.place !== null || c.clauseDate;
  // "A planned signing … was called off": a cancellation is itself a report of a specific event.
  if (SELF_STANDING.has(c.type)) return c.place !== null || c.clauseDate || c.status === 'cancelled' || (c.orgs.length > 0 && (c.type === 'sanctions' || c.type === 'statement'));
  return false;
}

/**
 * Later mentions of an event already reported in the article: same type
 * family, participants a subset of the earlier ones (or none), compatible date
 * and place. The earlier draft absorbs the mention and any new detail.
 */
function mergeIntoExisting(drafts: Draft[], c: Candidate): boolean {
  const recentFirst = drafts.map((_, i) => drafts.length - 1 - i);
  // Prefer the draft with the very date of the mention, and for a cue-less
  // mention the event reported as held: «встреча 15 августа стала первой…»
  // belongs to the summit, not to «следующую встречу в Москве» proposed since.
  const preferred = recentFirst.filter((i) => {
    const d = drafts[i]!;
    return (c.date !== null && d.date?.date === c.date.date) || (c.status === 'happened' && d.status === 'happened');
  });
  // A cue-less mention of a held event reaches further back to it («Кто ещё участвовал в переговорах?»
  // six sentences after the summit report) rather than joining a proposal made in between.
  for (const i of preferred) if (mergeInto(drafts[i]!, c, c.status === 'happened' && drafts[i]!.status === 'happened' ? HELD_EVENT_WINDOW : NEAR_WINDOW)) return true;
  for (const i of recentFirst) if (mergeInto(drafts[i]!, c, NEAR_WINDOW)) return true;
  return false;
}

/** Sentences a later mention may lie from the report it joins. */
const NEAR_WINDOW = 4;
const HELD_EVENT_WINDOW = 12;

/** Merge candidate `c` into draft `d` when it is a later mention of it (see mergeIntoExisting). */
function mergeInto(d: Draft, c: Candidate, window: number): boolean {
  const family = typeFamily(c.type);
  const anaphoric = c.trigger.form === 'noun' || c.participants.length === 0;
  if (typeFamily(d.type) !== family) return false;
  const sameSentence = d.lastSentence === c.firstSentence;
  // Readiness or doubt about a not-yet-held event with the very same cast
  // («готов встретиться с Путиным» after «встреча Зеленского и Путина не состоится»).
  const sameCastDoubt = c.status === 'hypothetical' && d.status !== 'happened' && d.participants.length >= 2 && c.participants.length >= 1 && c.participants.every((p) => d.participants.includes(p));
  if (!anaphoric && !sameSentence && !sameCastDoubt) return false;
  const sameCast = c.participants.length >= 2 && c.participants.length === d.participants.length && c.participants.every((p) => d.participants.includes(p));
  if (c.firstSentence - d.lastSentence > window && !sameCast && !sameCastDoubt) return false;
  // A bare later mention («для переговоров», "for the talks") may name one person the first report lacked.
  const subset = c.participants.every((p) => d.participants.includes(p)) || (c.trigger.form === 'noun' && d.participants.length === 0 && c.participants.length <= 1);
  const superset = d.participants.every((p) => c.participants.includes(p));
  if (!subset && !(sameSentence && superset)) return false;
  if (!datesCompatible(d.date, c.date)) return false;
  // The date was kept from the earlier noun of the sentence because this one
  // stands between (behindOtherTrigger): it dates another event, not the one
  // proposed or doubted («предложил провести следующую встречу … в конце саммита 15 августа»).
  if (sameSentence && c.clauseDate && !d.date && d.statusExplicit && d.status !== 'happened') return false;
  // A bare follow-up noun right after the report may name a narrower place
  // («Встреча на Аляске … Переговоры в Анкоридже …») or a place of another phrase.
  const bareFollowUp = c.participants.length === 0 && c.trigger.form === 'noun' && c.firstSentence - d.lastSentence <= 2;
  if (d.place && c.place && d.place !== c.place && !bareFollowUp) return false;
  // A cue-less mention may join a reported event; an explicitly planned or
  // hypothetical one («следующий пакет», "could follow") is another event —
  // except readiness or doubt about the very same cast (sameCastDoubt).
  if (d.status !== c.status && c.statusExplicit && !sameCastDoubt && !(d.status === 'happened' && c.status === 'happened')) {
    if (d.statusExplicit || c.status !== 'happened') return false;
  }
  d.mentions.push(...c.mentions);
  d.date = moreSpecific(d.date, c.date);
  d.place ??= c.place;
  d.placeKey ??= c.placeKey;
  d.participants = unique([...d.participants, ...c.participants]);
  d.orgs = unique([...d.orgs, ...c.orgs]);
  d.teams = d.teams.length ? d.teams : c.teams;
  d.target ??= c.target;
  if (!d.statusExplicit && c.statusExplicit) {
    d.status = c.status;
    d.statusExplicit = true;
  }
  d.pastPlan ||= c.pastPlan;
  d.lastSentence = c.lastSentence;
  return true;
}

function finalise(d: Draft, index: number, anyCancelled: boolean, ref: ArticleDate | null, lang: Lang, entities: LocalEntity[]): LocalEvent {
  let status = d.status;
  // A further event someone proposed («предложил провести следующую встречу») stays a plan, whatever else the article cancels.
  if (d.further && !d.date && status === 'cancelled') status = 'planned';
  if (d.pastPlan && anyCancelled && status === 'planned' && !d.further) status = 'cancelled';
  let date = d.date;
  if (!date && (status === 'happened' || status === 'cancelled')) date = articleDateAsEventDate(ref, 'month');
  if (status === 'happened' && !d.statusExplicit && date && ref && date.precision === 'day' && ref.day !== null && ref.month !== null) {
    const refIso = `${ref.year}-${String(ref.month).padStart(2, '0')}-${String(ref.day).padStart(2, '0')}`;
    if (date.date > refIso) status = 'planned';
  }
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const people = d.participants.map((k) => byKey.get(k)).filter((e): e is LocalEntity => !!e).map(surname);
  const orgNames = d.type === 'match' ? d.teams : d.orgs.filter((k) => k !== d.placeKey).map((k) => byKey.get(k)?.name).filter((n): n is string => !!n).slice(0, 1);
  const precision: DatePrecision | null = date?.precision ?? null;
  return {
    key: `e${index + 1}`,
    type: d.type,
    status,
    date: date?.date ?? null,
    datePrecision: precision,
    dateEnd: date?.dateEnd ?? null,
    place: d.place,
    participants: d.participants,
    orgs: d.orgs,
    title: eventTitle({ type: d.type, lang, people, place: d.place, orgs: orgNames, target: d.target }),
    mentions: d.mentions,
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
