/**
 * Per-article event stage.
 *
 * For each sentence: find triggers (verbs and event nouns), scope each to its
 * clause, take the people in that clause as participants, the place after a
 * preposition, the nearest date expression, and the status cues around the
 * predicate (build-candidate.ts). Then coreference within the article
 * (merge-mentions.ts): a later mention of the same event («переговоры,
 * которые прошли 3 мая» after «его переговоры с X в Риме») fills in the first
 * one instead of becoming a second event.
 */
import type { EventType, Lang, LocalEntity, LocalEvent, ParsedArticle, Sentence } from '../../model/model.ts';
import { typeFamily } from '../../model/event-types.ts';
import { pushTo } from '../../util/collections.ts';
import { buildCandidate } from './build-candidate.ts';
import { canStand } from './can-stand.ts';
import { isOwnDate, isRelativeToEvent } from './candidate-date.ts';
import { type Candidate, type Draft, type EntityMention, HELD_EVENT_WINDOW, latest, MAX_TRIGGERS_PER_SENTENCE } from './event-draft.ts';
import { withElided } from './elided-triggers.ts';
import { collectDelegation } from './collect-delegations.ts';
import { finaliseEvent } from './finalise-event.ts';
import { foldVisitsIntoTalks } from './fold-trip.ts';
import { findClauses } from './find-clauses.ts';
import { findEventTriggers, lowerSameLength, type Trigger } from './find-event-triggers.ts';
import { isEventful } from './is-eventful.ts';
import {
  BACKREF_BEFORE,
  CEASED_BEFORE_EN,
  CEASED_BEFORE_SLAVIC,
  DEFINITE_BEFORE,
  FRAME_BEFORE,
  JUDGED_BEFORE,
  NAMED_BEFORE,
  NEGATED_BEFORE,
  NEGATED_PAST_BEFORE,
  NO_OBJECT_AFTER,
  SAME_DAY,
  STEPS_BACK,
} from './lexicons/trigger-context.ts';
import { mergeIntoExisting } from './merge-mentions.ts';
import { SIDELINES } from './lexicons/delegation-cues.ts';
import { type ArticleDate, type DateExpression, dayOffsetBefore, findDateExpressions, lastDayOf, parseArticleDate, shiftIsoDay } from './resolve-event-date.ts';
import type { SentenceScope } from './sentence-scope.ts';
import { behindOtherTrigger, dropOverlaps } from './trigger-scope.ts';

/** What the stage carries from sentence to sentence of one article. */
interface ArticleState {
  text: string;
  lang: Lang;
  ref: ArticleDate | null;
  bySentence: Map<number, EntityMention[]>;
  /** The events reported so far, in order. */
  drafts: Draft[];
  typesSeen: Set<EventType>;
  /** The last day the text named so far: «на следующий день» counts from it. */
  lastDay: string | null;
}

/** The candidates of one sentence, and the reported event that frames it («во время визита …»), if any. */
interface SentenceReading {
  scope: SentenceScope;
  candidates: Candidate[];
  frame: Draft | null;
}

/** Per-article event stage: detect events with type, status, date, place and participants. */
export function extractEvents(article: ParsedArticle, lang: Lang, sentences: Sentence[], entities: LocalEntity[]): LocalEvent[] {
  const ref = parseArticleDate(article.date);
  const state: ArticleState = { text: article.text, lang, ref, bySentence: mentionsBySentence(entities), drafts: [], typesSeen: new Set(), lastDay: null };
  let listing = false;
  for (let si = 0; si < sentences.length; si++) {
    const reading = readSentence(state, si, sentences[si]!);
    if (reading) settle(state, reading);
    listing = !reading && collectDelegation(state.drafts, si, sentences[si]!, state.text, state.bySentence.get(si) ?? [], listing);
  }
  const drafts = foldVisitsIntoTalks(state.drafts);
  const anyCancelled = drafts.some((d) => d.status === 'cancelled');
  return drafts.map((d, i) => finaliseEvent(d, i, anyCancelled, ref, lang, entities));
}

/** Entity mentions per sentence, in text order, without people shadowed by other entities. */
function mentionsBySentence(entities: readonly LocalEntity[]): Map<number, EntityMention[]> {
  const bySentence = new Map<number, EntityMention[]>();
  for (const entity of entities) for (const mention of entity.mentions) pushTo(bySentence, mention.sentence, { entity, mention });
  for (const [si, list] of bySentence) bySentence.set(si, withoutShadowedPeople(list));
  return bySentence;
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

/** The lowercased paragraph (the lines between line breaks) that holds `sentence`. */
function paragraphOf(text: string, sentence: Sentence): string {
  const from = text.lastIndexOf('\n', sentence.start) + 1;
  const lineBreak = text.indexOf('\n', sentence.end);
  return text.slice(from, lineBreak < 0 ? text.length : lineBreak).toLowerCase();
}

/** The candidates sentence `si` reports, or null when no trigger of it can stand. */
function readSentence(state: ArticleState, si: number, sentence: Sentence): SentenceReading | null {
  const { text, lang, ref, bySentence, drafts, typesSeen } = state;
  const original = text.slice(sentence.start, sentence.end);
  const lower = lowerSameLength(original);
  const found = findEventTriggers(lower, sentence.start, lang, undefined, paragraphOf(text, sentence));
  // An elided noun («попередня відбулася …») can stand alone in its sentence, after an event was reported.
  const triggers = found.length > 0 || drafts.length > 0 ? withElided(found, lower, sentence.start, drafts) : found;
  const mentions = bySentence.get(si) ?? [];
  // Dates and clauses are the costly part: skip sentences with no trigger that can stand.
  if (!triggers.slice(0, MAX_TRIGGERS_PER_SENTENCE).some((t) => canStand(t, typesSeen, mentions, text, sentence.start))) return null;
  const clauses = findClauses(lower);
  const allDates = findDateExpressions(original, lang, ref, state.lastDay);
  const dates = allDates.filter((d) => isOwnDate(original, d));
  state.lastDay = lastDayOf(dates, state.lastDay);
  const kept = dropOverlaps(triggers, allDates, sentence.start).slice(0, MAX_TRIGGERS_PER_SENTENCE);
  const scope: SentenceScope = { text, lang, si, sentence, original, lower, clauses, mentions, bySentence, triggers: kept };
  const candidates: Candidate[] = [];
  let frame: Draft | null = null;
  for (const trigger of kept) {
    if (!canStand(trigger, typesSeen, mentions, text, sentence.start)) continue;
    const framing = framingEvent(scope, trigger, drafts);
    if (framing) {
      framing.mentions.push({ start: trigger.start, end: trigger.end, text: trigger.text, kind: 'name', sentence: si });
      frame = framing;
      continue;
    }
    const c = readTrigger(scope, trigger, allDates, dates);
    if (c) candidates.push(c);
  }
  return { scope, candidates, frame };
}

/** «Під час візиту X зустрівся …»: the visit is a known event framing this sentence. */
function framingEvent(scope: SentenceScope, trigger: Trigger, drafts: readonly Draft[]): Draft | undefined {
  const framed = trigger.form === 'noun' && FRAME_BEFORE.test(scope.text.slice(Math.max(scope.sentence.start, trigger.start - 30), trigger.start));
  return framed ? [...drafts].reverse().find((d) => typeFamily(d.type) === typeFamily(trigger.type)) : undefined;
}

/** The candidate a trigger reports, or null when the words around it negate it. */
function readTrigger(scope: SentenceScope, trigger: Trigger, allDates: readonly DateExpression[], dates: readonly DateExpression[]): Candidate | null {
  const { text, sentence, si, mentions } = scope;
  const before = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
  if (trigger.form === 'noun' && (NEGATED_BEFORE.test(before) || CEASED_BEFORE_EN.test(before) || CEASED_BEFORE_SLAVIC.test(before))) return null;
  if ((trigger.form === 'past' || trigger.form === 'present') && !trigger.elided && NEGATED_PAST_BEFORE.test(before)) return null;
  // "signed no final documents": negated by its object.
  if (trigger.form === 'past' && NO_OBJECT_AFTER.test(text.slice(trigger.end, trigger.end + 12))) return null;
  // "two days after both men met Trump": the date is counted from another event, so none of the sentence's dates is this one's.
  const anchoredElsewhere = allDates.some((d) => isRelativeToEvent(d) && trigger.start - (sentence.start + d.end) >= 0 && trigger.start - (sentence.start + d.end) <= 30);
  const own = anchoredElsewhere ? [] : dates.filter((d) => !behindOtherTrigger(d, trigger, scope.triggers, sentence.start));
  const c = buildCandidate(scope, trigger, own);
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
  if (c.type !== 'summit' && SIDELINES.test(scope.lower)) c.sideline = true;
  return c;
}

/** The sentence's candidates join the events reported so far: merged into one, kept as new, or dropped. */
function settle(state: ArticleState, reading: SentenceReading): void {
  const { drafts, typesSeen } = state;
  const { scope, candidates, frame } = reading;
  const { si, lower } = scope;
  // "spoke on Monday, the day after the two ministers met": the earlier event is dated from the sentence's own.
  const main = candidates.find((c) => c.offsetDays === null && c.date?.precision === 'day' && !c.date.dateEnd);
  for (const c of candidates) if (c.offsetDays !== null && !c.date && main) c.date = { date: shiftIsoDay(main.date!.date, c.offsetDays), precision: 'day', dateEnd: null };
  for (const c of candidates) {
    if (frame && !c.clauseDate && frame.date) c.date = frame.date;
    borrowCast(c, drafts, si);
    if (c.backRef) {
      keepBackReference(drafts, c);
      continue;
    }
    // A happened event the sentence gives no date continues the dated report just before about the same people
    // («X вчера прибыл в Рим. Он встретился с Y»), unless the text steps back in time.
    if (!c.date && c.status === 'happened' && drafts.length > 0 && !STEPS_BACK.test(lower)) continueDate(c, drafts, si, lower);
    // The elided noun names another event than its antecedent: it never merges into it.
    if (!c.trigger.elided && mergeIntoExisting(told(drafts), c)) continue;
    if (!isEventful(c)) continue;
    drafts.push(c);
    typesSeen.add(c.type);
  }
}

/** The events the article tells (back-references point elsewhere: nothing merges into them). */
const told = (drafts: readonly Draft[]): Draft[] => drafts.filter((d) => !d.backReference);

/**
 * «после переговоров в Женеве», "two days after the talks": an earlier held
 * event the article tells is this one (the mention joins it); otherwise, when the
 * reference names someone or somewhere to find it by, it is kept as a
 * back-reference for clustering to link to the event told elsewhere.
 */
function keepBackReference(drafts: Draft[], c: Candidate): void {
  // Only an event told as held: a planned summit proposed after some talks is not those talks.
  const held = told(drafts).filter((d) => d.status === 'happened');
  if (mergeIntoExisting(held, c)) return;
  // «…, – сказал X после переговоров»: the talks the article told, when it told one of that family at a
  // compatible place. Only the mention joins: the people around a back-reference are often not of it.
  const family = typeFamily(c.type);
  const told1 = held.filter((d) => typeFamily(d.type) === family && (c.place === null || d.place === null || d.place === c.place));
  if (told1.length === 1) {
    told1[0]!.mentions.push(...c.mentions);
    return;
  }
  if (c.participants.length === 0 && c.place === null) return;
  const reference: Candidate = { ...c, date: null, status: 'happened', statusExplicit: true, backReference: true };
  // Several references to the same earlier event («после переговоров», then «на переговорах в Джидде») are one.
  if (!mergeIntoExisting(drafts.filter((d) => d.backReference), reference)) drafts.push(reference);
}

/**
 * «Лидеры договорились о встрече»: the people of the event just reported — of this kind of event first.
 * An elided noun («попередня відбулася …») is an earlier event between the same people.
 */
function borrowCast(c: Candidate, drafts: readonly Draft[], si: number): void {
  if (!(c.collective || c.trigger.elided) || c.participants.length !== 0) return;
  const recent =
    latest(drafts, (d) => typeFamily(d.type) === typeFamily(c.type) && d.participants.length >= (c.trigger.elided ? 1 : 2) && si - d.lastSentence <= HELD_EVENT_WINDOW) ??
    (c.trigger.elided ? undefined : latest(drafts, (d) => d.participants.length >= 2 && si - d.lastSentence <= 3));
  if (recent) c.participants = [...recent.participants];
}

/** The date of the report just before about the same people; "later that evening": the latest dated report's. */
function continueDate(c: Candidate, drafts: readonly Draft[], si: number, lower: string): void {
  const previous = latest(drafts, (d) => d.lastSentence === si - 1 && d.status === 'happened' && d.date?.precision === 'day');
  // A date carried over from another report is inferred, never explicit (see LocalEvent.dateExplicit).
  if (previous?.date && c.participants.some((p) => previous.participants.includes(p))) c.date = { ...previous.date, explicit: false };
  const sameDay = !c.date && SAME_DAY.test(lower) ? latest(drafts, (d) => d.status === 'happened' && d.date?.precision === 'day') : undefined;
  if (sameDay?.date) c.date = { ...sameDay.date, explicit: false };
}
