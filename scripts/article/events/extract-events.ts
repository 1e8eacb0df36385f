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
import type { DatePrecision, EventStatus, EventType, Lang, LocalEntity, LocalEvent, LocalMention, ParsedArticle, Sentence, Span } from '../../model/model.ts';
import { eventStatus, isNegated } from './event-status.ts';
import { eventTitle, type TitlePerson } from './event-title.ts';
import { typeFamily } from '../../model/event-types.ts';
import { SCORE } from './event-lexicon.ts';
import { findClauses, clauseAt, findRelativeClauses } from './find-clauses.ts';
import { findEventPlace, type PlaceMention } from './find-event-place.ts';
import { findEventTriggers, lowerSameLength, type Trigger } from './find-event-triggers.ts';
import {
  ATTRIBUTION_BEFORE,
  BACKREF_BEFORE,
  CEASED_BEFORE_EN,
  CEASED_BEFORE_SLAVIC,
  COLLECTIVE,
  DEFINITE_BEFORE,
  ELIDED,
  EXPECTING,
  FIRST_PERSON_BEFORE,
  FRAME_BEFORE,
  FURTHER_BEFORE,
  GROUP_BEFORE_RELATIVE,
  JUDGED_BEFORE,
  NAMED_BEFORE,
  NEGATED_BEFORE,
  NEGATED_PAST_BEFORE,
  NEXT_BEFORE,
  NO_OBJECT_AFTER,
  POSSESSIVE,
  RECURRING,
  SAME_DAY,
  SPEECH_AFTER,
  SPEECH_BEFORE,
  STEPS_BACK,
  WEAK_GOVERNED,
} from './trigger-context.ts';

import {
  type ArticleDate,
  articleDateAsEventDate,
  type DateDirection,
  type DateExpression,
  findDateExpressions,
  dayOffsetBefore,
  parseArticleDate,
  type ResolvedDate,
  shiftIsoDay,
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
  /** «эта встреча», "the talks": a definite noun naming an event the article already reported. */
  definite: boolean;
  /** «следующая встреча», "the next meeting": another event of a recurring kind, never the one reported. */
  next: boolean;
  /** «ещё один пакет», "a further package": another one of its kind, whatever the kind. */
  nextWord: boolean;
  /** Participants named before the trigger (its subjects: "Macron … joined the talks"). */
  leading: string[];
  /** Days from the sentence's dated event ("two days after both men met": −2), when counted from it. */
  offsetDays: number | null;
}

interface EntityMention {
  entity: LocalEntity;
  mention: LocalMention;
}

/** A date after these is a bound («после 2019 года», "since February 2022"), not the event's date. */
const SINCE_BEFORE = /(?<![\p{L}])(?:после|після|since|з часів)\s{1,3}$/iu;
const SINCE_START = /^(?:после|після|since)(?![\p{L}])/iu;
/** "three days after his summit": counted from another event, not from the article's date. */
const RELATIVE_TO_EVENT = /(?<![\p{L}])(?:after|before|later than|после|після)$/iu;

/** Dates that bound or count from something else are not candidates for the event's own date. */
function isOwnDate(original: string, d: DateExpression): boolean {
  return !SINCE_BEFORE.test(original.slice(Math.max(0, d.start - 16), d.start)) && !SINCE_START.test(d.text) && !RELATIVE_TO_EVENT.test(d.text);
}
/** Clauses that continue the sentence's subject: «…, где провел переговоры», «… и подписал». */
const CONTINUES_SUBJECT = /^\s*(?:где|де|where|и|і|й|та|and)(?![\p{L}])/iu;
/** «Зеленский заявил, что готов встретиться с Путиным»: the speaker is the one ready to meet. */
/** «Johnson said he planned to visit …»: a clause whose subject is a pronoun continues the speaker. */
const PRONOUN_CLAUSE = /^[\s,]*(?:(?:что|що|that)\s+)?(?:он|она|він|вона|he|she)(?![\p{L}])/iu;
const READY_CLAUSE = /^[\s,]*(?:(?:что|що|that)\s+)?(?:(?:он|она|він|вона|he|she)\s+)?(?:готов|готова|готовий|is ready|was ready)(?![\p{L}])/iu;
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
  return { name: parts?.first || parts?.last ? name : entity.name, gender: parts?.gender ?? null, given: parts?.first ?? null };
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
    const found = findEventTriggers(lower, sentence.start, lang);
    // An elided noun («Попередня відбулася 20 серпня») can stand alone in its sentence, after an event was reported.
    const triggers = found.length > 0 || drafts.length > 0 ? withElided(found, lower, sentence.start, drafts) : found;
    const mentions = bySentence.get(si) ?? [];
    // Dates and clauses are the costly part: skip sentences with no trigger that can stand.
    if (!triggers.slice(0, MAX_TRIGGERS_PER_SENTENCE).some((t) => canStand(t, typesSeen, mentions, text, sentence.start))) continue;
    const clauses = findClauses(lower);
    const allDates = findDateExpressions(original, lang, ref);
    const dates = allDates.filter((d) => isOwnDate(original, d));
    const candidates: Candidate[] = [];
    let frame: Draft | null = null;
    // Real sentences report a handful of events; a run-on line of thousands of
    // triggers (scraped lists, hostile input) must not make analysis quadratic.
    const kept = dropOverlaps(triggers, allDates, sentence.start).slice(0, MAX_TRIGGERS_PER_SENTENCE);
    for (const trigger of kept) {
      const before = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
      if (!canStand(trigger, typesSeen, mentions, text, sentence.start)) continue;
      // «Під час візиту Туск зустрівся …»: the visit is a known event framing this sentence.
      const framed = trigger.form === 'noun' && FRAME_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start));
      const framing = framed ? [...drafts].reverse().find((d) => typeFamily(d.type) === typeFamily(trigger.type)) : undefined;
      if (framing) {
        framing.mentions.push({ start: trigger.start, end: trigger.end, text: trigger.text, kind: 'name', sentence: si });
        frame = framing;
        continue;
      }
      if (trigger.form === 'noun' && (NEGATED_BEFORE.test(before) || CEASED_BEFORE_EN.test(before) || CEASED_BEFORE_SLAVIC.test(before))) continue;
      if ((trigger.form === 'past' || trigger.form === 'present') && !trigger.elided && NEGATED_PAST_BEFORE.test(before)) continue;
      // "signed no final documents": negated by its object.
      if (trigger.form === 'past' && NO_OBJECT_AFTER.test(text.slice(trigger.end, trigger.end + 12))) continue;
      // "two days after both men met Trump": the date is counted from another event, so none of the sentence's dates is this one's.
      const anchoredElsewhere = allDates.some((d) => RELATIVE_TO_EVENT.test(d.text) && trigger.start - (sentence.start + d.end) >= 0 && trigger.start - (sentence.start + d.end) <= 30);
      const own = anchoredElsewhere ? [] : dates.filter((d) => !behindOtherTrigger(d, trigger, kept, sentence.start));
      const c = buildCandidate(trigger, si, sentence, original, lower, clauses, own, mentions, bySentence, text, lang, kept);
      if (anchoredElsewhere) c.offsetDays = dayOffsetBefore(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start));
      // A back-reference is a report of its own only with a date right after it ("after the summit on 15 August").
      c.backRef =
        trigger.form === 'noun' &&
        ((BACKREF_BEFORE.test(before) && !own.some((d) => sentence.start + d.start >= trigger.end && sentence.start + d.start - trigger.end <= 60)) ||
          JUDGED_BEFORE.test(before) ||
          // Past the lede, "the Alaska summit" names an event reported elsewhere.
          (si > 1 && NAMED_BEFORE.test(before)));
      const ownCast = c.participants.length >= 2 && mentions.filter((m) => m.entity.type === 'person' && m.mention.start >= trigger.end && c.participants.includes(m.entity.key)).length >= 2;
      c.definite = trigger.form === 'noun' && !c.further && !ownCast && DEFINITE_BEFORE.test(before);
      candidates.push(c);
    }
    // "spoke on Wednesday, two days after both men met Trump": the earlier event is dated from the sentence's own.
    const main = candidates.find((c) => c.offsetDays === null && c.date?.precision === 'day' && !c.date.dateEnd);
    for (const c of candidates) if (c.offsetDays !== null && !c.date && main) c.date = { date: shiftIsoDay(main.date!.date, c.offsetDays), precision: 'day', dateEnd: null };
    for (const c of candidates) {
      if (frame && !c.clauseDate && frame.date) c.date = frame.date;
      // «Лидеры договорились о встрече»: the people of the event just reported — of this kind of event first.
      // An elided noun («попередня відбулася 20 серпня») is an earlier event between the same people.
      if ((c.collective || c.trigger.elided) && c.participants.length === 0) {
        const recent =
          latest(drafts, (d) => typeFamily(d.type) === typeFamily(c.type) && d.participants.length >= (c.trigger.elided ? 1 : 2) && si - d.lastSentence <= HELD_EVENT_WINDOW) ??
          (c.trigger.elided ? undefined : latest(drafts, (d) => d.participants.length >= 2 && si - d.lastSentence <= 3));
        if (recent) c.participants = [...recent.participants];
      }
      if (c.backRef) continue;
      // A happened event the sentence gives no date continues the dated report just before about the same people
      // («Джонсон учора прибув до Києва. Він зустрівся з Зеленським»), unless the text steps back in time.
      if (!c.date && c.status === 'happened' && drafts.length > 0 && !STEPS_BACK.test(lower)) {
        const previous = latest(drafts, (d) => d.lastSentence === si - 1 && d.status === 'happened' && d.date?.precision === 'day');
        if (previous && c.participants.some((p) => previous.participants.includes(p))) c.date = previous.date;
        // "Later in the evening Trump called Putin": the day of the latest dated report.
        const sameDay = !c.date && SAME_DAY.test(lower) ? latest(drafts, (d) => d.status === 'happened' && d.date?.precision === 'day') : undefined;
        if (sameDay) c.date = sameDay.date;
      }
      // The elided noun names another event than its antecedent: it never merges into it.
      if (!c.trigger.elided && mergeIntoExisting(drafts, c)) continue;
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

/**
 * Another event noun, not part of the trigger's own phrase ("sanctions
 * package" and "package of sanctions" are one phrase).
 */
function otherEventNoun(t: Trigger, trigger: Trigger): boolean {
  if (t === trigger || (t.form !== 'noun' && !t.elided)) return false;
  const gap = Math.max(t.start - trigger.end, trigger.start - t.end);
  return gap > (t.type === trigger.type ? 8 : 2);
}

/**
 * Triggers plus one per elided event noun (ELIDED), typed after the trigger
 * said just before it in the sentence, or else after the latest event.
 */
function withElided(triggers: Trigger[], lower: string, offset: number, drafts: readonly Draft[]): Trigger[] {
  ELIDED.lastIndex = 0;
  const elided: Trigger[] = [];
  // Bounded like the triggers a sentence keeps, so a hostile run-on line stays linear.
  for (let m = ELIDED.exec(lower); m && elided.length < MAX_TRIGGERS_PER_SENTENCE; m = ELIDED.exec(lower)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    let antecedent: EventType | undefined = drafts[drafts.length - 1]?.type;
    for (const t of triggers) if (t.end <= start) antecedent = t.type;
    if (!antecedent) continue;
    elided.push({ type: antecedent, form: 'past', weak: false, start, end, text: m[0], elided: true });
  }
  if (elided.length === 0) return triggers;
  const overlapsElided = (t: Trigger): boolean => elided.some((e) => t.start < e.end && t.end > e.start);
  return [...triggers.filter((t) => !overlapsElided(t)), ...elided].sort((a, b) => a.start - b.start);
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

/** The end of a verb trigger's arguments: the next other trigger of its clause. */
function verbStretchEnd(clause: Span, trigger: Trigger, triggers: readonly Trigger[]): number {
  let end = clause.end;
  for (const t of triggers) if (t !== trigger && t.start >= trigger.end + 2 && t.start < end) end = t.start;
  return end;
}

/**
 * A weak trigger stands only once its type was reported or when held or
 * expected ("expected a call"); a verb that takes a person as its object
 * («принял госсекретаря», "called Putin from …") only with that person.
 */
function canStand(trigger: Trigger, typesSeen: ReadonlySet<EventType>, mentions: readonly EntityMention[], text: string, sentenceStart: number): boolean {
  if (trigger.weak && !typesSeen.has(trigger.type) && !(trigger.form === 'noun' && WEAK_GOVERNED.test(text.slice(Math.max(sentenceStart, trigger.start - 40), trigger.start)))) return false;
  return !trigger.personAfter || hasPersonAfter(trigger, mentions, text);
}

function hasPersonAfter(trigger: Trigger, mentions: readonly EntityMention[], text: string): boolean {
  const rule = trigger.personAfter!;
  const object = mentions.find((m) => m.entity.type === 'person' && m.mention.start >= trigger.end && m.mention.start - trigger.end <= rule.within);
  return !!object && !(rule.notBetween && rule.notBetween.test(text.slice(trigger.end, object.mention.start).toLowerCase()));
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
  const allRelatives = findRelativeClauses(lower);
  // A trigger inside a relative clause («Борис Джонсон, …, who visited Kyiv last month») has that clause as its own.
  const ownRelative = allRelatives.find((r) => rel >= r.start && rel < r.end);
  const clauseRel = ownRelative
    ? { start: Math.max(clauses[ci]!.start, ownRelative.start), end: Math.min(clauses[ci]!.end, ownRelative.end) }
    : clauses[ci]!;
  const clause: Span = { start: sentence.start + clauseRel.start, end: sentence.start + clauseRel.end };
  const clauseLower = lower.slice(clauseRel.start, clauseRel.end);
  const inClause = mentions.filter((m) => m.mention.start >= clause.start && m.mention.end <= clause.end);
  // People named after another event noun are that event's («The talks focused on … a meeting between Zelensky and Putin»).
  // A verb's arguments end where another event is named ("spoke by phone …, two days after both men met Trump").
  const stretchEnd = trigger.form === 'noun' ? ownStretch(clause, trigger, others).end : verbStretchEnd(clause, trigger, others);
  let people: EntityMention[] = inClause.filter((m) => m.entity.type === 'person' && (m.mention.end <= stretchEnd || m.mention.start < trigger.start));
  // «Трамп позвонил Путину, прервав встречу с …»: a person after another predicate is its argument, not this noun's.
  if (trigger.form === 'noun') {
    const verbBefore = others.filter((t) => t !== trigger && t.form !== 'noun' && t.end <= trigger.start && t.start >= clause.start);
    const lastVerb = verbBefore[verbBefore.length - 1];
    if (lastVerb) people = people.filter((p) => p.mention.start >= trigger.start || p.mention.end <= lastVerb.start);
  }
  // The visitor is the subject: «Моди посетил Москву … и провел переговоры с Путиным».
  if (trigger.type === 'visit' && trigger.form !== 'noun') {
    const subjects = people.filter((p) => p.mention.end <= trigger.start);
    if (subjects.length > 0) people = subjects;
  }

  // An event noun's arguments follow it without an intervening predicate:
  // «встречу Зеленского и Путина считает президент Финляндии Стубб» — Стубб is the one who judges.
  if (trigger.form === 'noun' && (lang === 'ru' || lang === 'uk')) people = people.filter((p) => p.mention.start < trigger.start || !predicateBetween(text, trigger.end, p.mention.start));

  // The subject of the sentence carries over into «…, где провел переговоры с …».
  // A noun governed by holding or expecting ("he expected a call from Trump") has that verb's subject.
  const governed = trigger.weak ? WEAK_GOVERNED.exec(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)) : null;
  const verbal = trigger.form !== 'noun' || governed !== null;
  if ((ci > 0 || ownRelative) && (CONTINUES_SUBJECT.test(clauseLower) || (verbal && !people.some((p) => p.mention.start < trigger.start)))) {
    // The subject of a relative clause is its antecedent, the nearest person before it.
    const earlier = mentions.filter((m) => m.entity.type === 'person' && m.mention.end <= clause.start);
    const subject = ownRelative ? earlier[earlier.length - 1] : earlier[0];
    if (subject && (ownRelative || CONTINUES_SUBJECT.test(clauseLower) || READY_CLAUSE.test(clauseLower) || PRONOUN_CLAUSE.test(clauseLower) || !isSpeechClause(lower.slice(0, clauseRel.start)))) people.unshift(subject);
  }
  // «"Я зателефоную президенту Зеленському", – сказав Трамп»: the first person of a quote is its speaker.
  if (verbal && !people.some((p) => p.mention.start < trigger.start) && FIRST_PERSON_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 16), trigger.start))) {
    const speaker = quoteSpeaker(text, [...mentions, ...(bySentence.get(si + 1) ?? [])]);
    if (speaker && !people.includes(speaker)) people.unshift(speaker);
  }
  // «Об этом Лавров сказал на пресс-конференции», "Lavrov had announced … at a press conference": the speaker holds it.
  if (trigger.type === 'statement' && people.length === 0) {
    const speaker = [...mentions].reverse().find((m) => m.entity.type === 'person' && m.mention.end <= trigger.start);
    if (speaker) people.push(speaker);
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
  const relatives = allRelatives.filter((r) => (rel < r.start || rel >= r.end) && !(r.start > rel && GROUP_BEFORE_RELATIVE.test(lower.slice(Math.max(rel, r.start - 24), r.start))));
  const inRelative = (p: EntityMention): boolean => relatives.some((r) => p.mention.start - sentence.start >= r.start && p.mention.end - sentence.start <= r.end);
  // «лидеры, среди которых были Макрон и Стубб»: a collective already named there borrows no one from earlier sentences.
  const namedCollective = relatives.length > 0 && people.some(inRelative);
  if (namedCollective) people = people.filter((p) => !inRelative(p));
  const participants = unique(people.map((p) => p.entity.key));
  const leading = unique(people.filter((p) => p.mention.start < trigger.start).map((p) => p.entity.key));
  const orgs = unique(inClause.filter((m) => m.entity.type !== 'person').map((m) => m.entity.key));

  let type = trigger.type;
  if ((type === 'meeting' || type === 'talks') && participants.length === 0 && SPORT_CONTEXT.test(lower)) type = 'match';

  // The governing text is what comes just before the clause; bounded so each trigger costs O(1).
  // Cues inside a relative clause the trigger is not in belong to that clause's noun
  // («подготовку встречи, после которой может состояться саммит»).
  let statusClause = clauseLower;
  for (const r of allRelatives.length > 0 && others.length > 1 ? allRelatives : []) {
    if (r === ownRelative || r.end <= clauseRel.start || r.start >= clauseRel.end) continue;
    // A relative clause with no event of its own describes this one («пакет санкций, который готовит Еврокомиссия»).
    if (!others.some((t) => t !== trigger && t.start - sentence.start >= r.start && t.start - sentence.start < r.end)) continue;
    const from = Math.max(r.start, clauseRel.start) - clauseRel.start;
    const to = Math.min(r.end, clauseRel.end) - clauseRel.start;
    statusClause = statusClause.slice(0, from) + ' '.repeat(to - from) + statusClause.slice(to);
  }
  const status = eventStatus(trigger.form, statusClause, lower.slice(Math.max(0, clauseRel.start - GOVERNING_CHARS), clauseRel.start), lang);
  // "expected a call", «ждет звонка»: awaited, so planned.
  if (governed && EXPECTING.test(governed[0]) && (status.status === 'happened' || !status.explicit)) {
    status.status = 'planned';
    status.explicit = true;
  }
  const before = text.slice(Math.max(sentence.start, trigger.start - 24), trigger.start);
  const further = trigger.form === 'noun' && FURTHER_BEFORE.test(before);
  // «следующая встреча», "the next meeting … could take place in Moscow": proposed or
  // hoped-for, the next one of a recurring kind is a plan unless the clause negates it.
  const nextWord = trigger.form === 'noun' && NEXT_BEFORE.test(before);
  const next = nextWord && further && RECURRING.has(typeFamily(type));
  if (next && (status.status === 'hypothetical' || (status.status === 'happened' && !status.explicit)) && !isNegated(clauseLower, lang)) {
    status.status = 'planned';
    status.explicit = true;
  }
  const direction: DateDirection = status.status === 'planned' ? 'future' : status.status === 'happened' ? 'past' : 'any';
  const inClauseDates = dates.filter((d) => d.start >= clauseRel.start && d.end <= clauseRel.end);
  const pool = inClauseDates.length > 0 ? inClauseDates : dates;
  const nearest = pool.reduce<DateExpression | null>((best, d) => {
    const dist = Math.abs((d.start + d.end) / 2 - rel);
    return !best || dist < Math.abs((best.start + best.end) / 2 - rel) ? d : best;
  }, null);
  let date = nearest ? nearest.resolve(direction) : null;
  // «минулого тижня, 20 серпня»: the more exact of two agreeing expressions of the clause.
  if (date && date.precision !== 'day') {
    for (const d of pool) {
      const r = d === nearest ? null : d.resolve(direction);
      if (r && r.date.length > date.date.length && r.date.startsWith(date.date)) date = r;
    }
  }
  // Readiness or an invitation for a named day is an arranged plan («готов встретиться … 2 сентября»).
  if (status.willing && date?.precision === 'day' && inClauseDates.length > 0) status.status = 'planned';

  const blocked = mentions.filter((m) => m.entity.type === 'person' || m.entity.type === 'org').map((m) => m.mention as Span);
  const placeMentions: PlaceMention[] = mentions.filter((m) => m.entity.type === 'place');
  const place = findEventPlace(text, lang, type, ownStretch(clause, trigger, others), trigger, placeMentions, blocked);

  const teams = type === 'match' ? findTeams(original, lang, trigger.start - sentence.start) : [];
  const targetRe = TARGET_PHRASE[lang === 'ru' || lang === 'uk' ? lang : 'en']!;
  const targetMatch = type === 'sanctions' ? targetRe.exec(original.slice(clauseRel.start, clauseRel.end)) : null;
  const target = targetMatch?.[0] ?? null;
  // The target of sanctions («против России») is not who imposes them: it does not make the noun a report.
  const targetFrom = targetMatch ? clause.start + targetMatch.index : -1;
  const targetTo = targetMatch ? targetFrom + targetMatch[0].length : -1;
  const imposers = targetMatch
    ? orgs.filter((k) => !inClause.some((m) => m.entity.key === k && m.mention.start >= targetFrom && m.mention.end <= targetTo) || inClause.some((m) => m.entity.key === k && (m.mention.start < targetFrom || m.mention.end > targetTo)))
    : orgs;

  return {
    trigger,
    type,
    status: status.status,
    statusExplicit: status.explicit,
    pastPlan: status.pastPlan,
    further,
    next,
    nextWord,
    leading,
    offsetDays: null,
    date,
    clauseDate: inClauseDates.length > 0,
    collective: !namedCollective && COLLECTIVE.test(clauseLower),
    backRef: false,
    definite: false,
    place: place?.name ?? null,
    placeKey: place?.key ?? null,
    participants,
    orgs: place?.key ? unique([...imposers, place.key]) : imposers,
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

/** The person a quote is attributed to («– сказав Трамп», "Trump said"), among `mentions`. */
function quoteSpeaker(text: string, mentions: readonly EntityMention[]): EntityMention | undefined {
  return mentions.find(
    (m) =>
      m.entity.type === 'person' &&
      (SPEECH_BEFORE.test(text.slice(Math.max(0, m.mention.start - 50), m.mention.start)) || SPEECH_AFTER.test(text.slice(m.mention.end, m.mention.end + 12))),
  );
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
  // «нового саммита Путина», «нової зустрічі … в Парижі»: a named next event is a specific plan.
  if (c.next && (p >= 1 || c.place !== null || c.clauseDate)) return true;
  // "a further package could follow": sanctions come in numbered rounds, so the next one is an event of its own.
  if (c.nextWord && c.type === 'sanctions' && c.status !== 'happened') return true;
  if (c.trigger.form !== 'noun') {
    // One named side of a meeting is a report only with a where, a when or a group («встретился с волонтерами» is not).
    if (c.type === 'meeting' && p === 1) return c.place !== null || c.clauseDate || c.orgs.length > 0 || c.collective;
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
  // «эта встреча», "joined the talks": the latest event of the family, whatever the cues of this clause.
  // A mention reported as held ("The meeting was reported by …") names the held event, not a plan made since.
  if (c.definite) {
    const fits = (d: Draft): boolean =>
      c.firstSentence - d.lastSentence <= HELD_EVENT_WINDOW && typeFamily(d.type) === typeFamily(c.type) && datesCompatible(d.date, c.date);
    const candidates = recentFirst.map((i) => drafts[i]!).filter(fits);
    const target = candidates.find((d) => d.status === c.status) ?? candidates[0];
    if (target) {
      absorb(target, c, false);
      return true;
    }
  }
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
  if (c.next && !d.further) return false;
  // Two not-yet-held mentions of one meeting of the same people: the firmer word wins
  // («возможной встречи Зеленского и Путина» … "working on a meeting between Putin and Zelensky").
  const overlap = c.participants.filter((p) => d.participants.includes(p)).length;
  if (c.status === 'planned' && d.status === 'hypothetical' && overlap >= 2 && datesCompatible(d.date, c.date) && c.firstSentence - d.lastSentence <= HELD_EVENT_WINDOW) {
    absorb(d, c, true);
    d.status = 'planned';
    return true;
  }
  const sameSentence = d.lastSentence === c.firstSentence;
  // Readiness or doubt about a not-yet-held event with the very same cast
  // («готов встретиться с Путиным» after «встреча Зеленского и Путина не состоится»).
  const sameCastDoubt = c.status === 'hypothetical' && d.status !== 'happened' && d.participants.length >= 2 && c.participants.length >= 1 && c.participants.every((p) => d.participants.includes(p));
  // The same person's visits to one place in one article are one trip («Наступного дня Джонсон відвідав шпиталь у Києві»).
  const sameTrip = family === 'visit' && d.status === 'happened' && c.status === 'happened' && d.place !== null && d.place === c.place && c.participants.length > 0 && c.participants.every((p) => d.participants.includes(p));
  if (!anaphoric && !sameSentence && !sameCastDoubt && !sameTrip) return false;
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
  absorb(d, c, true);
  return true;
}

/** Draft `d` takes mention `c` and the detail it adds; `cues` lets an explicit status of `c` replace a default one. */
function absorb(d: Draft, c: Candidate, cues: boolean): void {
  d.mentions.push(...c.mentions);
  d.date = moreSpecific(d.date, c.date);
  if (cues) {
    d.place ??= c.place;
    d.placeKey ??= c.placeKey;
  }
  // A definite mention adds only its subjects ("Macron … joined the talks"), not the people of its own phrase
  // ("Stubb, who discussed the package with Zelensky").
  d.participants = unique([...d.participants, ...(cues ? c.participants : c.leading)]);
  if (cues) d.orgs = unique([...d.orgs, ...c.orgs]);
  d.teams = d.teams.length ? d.teams : c.teams;
  d.target ??= c.target;
  if (cues && !d.statusExplicit && c.statusExplicit) {
    d.status = c.status;
    d.statusExplicit = true;
  }
  if (cues) d.pastPlan ||= c.pastPlan;
  d.lastSentence = c.lastSentence;
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

/** The latest draft that passes `test`. */
function latest(drafts: readonly Draft[], test: (d: Draft) => boolean): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) if (test(drafts[i]!)) return drafts[i];
  return undefined;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
