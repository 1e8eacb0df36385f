/**
 * The people who take part in the event a trigger reports: the persons of
 * its own stretch of the clause, plus the subjects the text leaves implicit
 * (the sentence's subject carried into a later clause, a quote's speaker, a
 * possessor), minus those the clause only cites or describes.
 */
import type { EntityMention } from './event-draft.ts';
import type { Trigger } from './find-event-triggers.ts';
import { COMMA_THEN_WORDS, CONTINUES_SUBJECT, PRONOUN_CLAUSE, READY_CLAUSE, SPEECH_VERB_END, THAT_END, VERB_WORD } from './lexicons/clause-cues.ts';
import { ATTRIBUTION_BEFORE, FIRST_PERSON_BEFORE, GROUP_BEFORE_RELATIVE, POSSESSIVE, SPEECH_AFTER, SPEECH_BEFORE } from './lexicons/trigger-context.ts';
import type { SentenceScope, TriggerClause } from './sentence-scope.ts';
import { ownStretch, verbStretchEnd } from './trigger-scope.ts';

export interface Participants {
  people: EntityMention[];
  /** A relative clause names the members of a group the trigger takes («лидеры, среди которых …»). */
  namedCollective: boolean;
}

/** `verbal`: the trigger is a verb, or a noun governed by a verb (its subject is the event's). */
export function findParticipants(scope: SentenceScope, trigger: Trigger, where: TriggerClause, verbal: boolean): Participants {
  const people = implicitPeople(scope, trigger, where, verbal, ownArguments(scope, trigger, where));
  return withoutDescribed(scope, where, people);
}

/** The persons of the trigger's own stretch of its clause. */
function ownArguments(scope: SentenceScope, trigger: Trigger, where: TriggerClause): EntityMention[] {
  const { clause, inClause } = where;
  const others = scope.triggers;
  // People named after another event noun are that event's ("The call turned to … a meeting of the two ministers").
  // A verb's arguments end where another event is named ("spoke by phone …, two days after both men met Trump").
  const stretchEnd = trigger.form === 'noun' ? ownStretch(clause, trigger, others).end : verbStretchEnd(clause, trigger, others);
  let people: EntityMention[] = inClause.filter((m) => m.entity.type === 'person' && (m.mention.end <= stretchEnd || m.mention.start < trigger.start));
  // «Х позвонил Y, отложив встречу с …»: a person after another predicate is its argument, not this noun's.
  if (trigger.form === 'noun') {
    const verbBefore = others.filter((t) => t !== trigger && t.form !== 'noun' && t.end <= trigger.start && t.start >= clause.start);
    const lastVerb = verbBefore[verbBefore.length - 1];
    if (lastVerb) people = people.filter((p) => p.mention.start >= trigger.start || p.mention.end <= lastVerb.start);
  }
  // "X's visit" after this trigger: the possessor is the other event's, not this one's.
  people = people.filter((p) => p.mention.start < trigger.end || !possessorOfOther(scope.text, p, trigger, others));
  // The visitor is the subject: «Х посетил Москву … и провел там переговоры с Y».
  if (trigger.type === 'visit' && trigger.form !== 'noun') {
    const subjects = people.filter((p) => p.mention.end <= trigger.start);
    if (subjects.length > 0) people = subjects;
  }
  // An event noun's arguments follow it without an intervening predicate:
  // «встречу Зеленского и Путина считает президент Финляндии Стубб» — Стубб is the one who judges.
  if (trigger.form === 'noun' && (scope.lang === 'ru' || scope.lang === 'uk')) {
    people = people.filter((p) => p.mention.start < trigger.start || !predicateBetween(scope.text, trigger.end, p.mention.start));
  }
  return people;
}

/** How far after "X's" the possessed event noun may stand ("X's long-planned official visit"). */
const POSSESSED_WITHIN = 40;

/** Person `p` is written in the English possessive and another event trigger follows it closely. */
function possessorOfOther(text: string, p: EntityMention, trigger: Trigger, others: readonly Trigger[]): boolean {
  if (!/^['’]s?(?![\p{L}])/u.test(text.slice(p.mention.end, p.mention.end + 3))) return false;
  return others.some((t) => t !== trigger && t.start > p.mention.end && t.start - p.mention.end <= POSSESSED_WITHIN);
}

/** Subjects the clause leaves implicit, added to `people` (in place). */
function implicitPeople(scope: SentenceScope, trigger: Trigger, where: TriggerClause, verbal: boolean, people: EntityMention[]): EntityMention[] {
  const { text, sentence, mentions, lower, bySentence, si } = scope;
  const { ci, ownRelative, clause, clauseLower, clauseRel } = where;
  // The subject of the sentence carries over into «…, где провел переговоры с …».
  // A noun governed by holding or expecting ("he expected a call from Trump") has that verb's subject.
  if ((ci > 0 || ownRelative) && (CONTINUES_SUBJECT.test(clauseLower) || (verbal && !people.some((p) => p.mention.start < trigger.start)))) {
    // The subject of a relative clause is its antecedent, the nearest person before it.
    const earlier = mentions.filter((m) => m.entity.type === 'person' && m.mention.end <= clause.start);
    const subject = ownRelative ? earlier[earlier.length - 1] : earlier[0];
    if (subject && (ownRelative || CONTINUES_SUBJECT.test(clauseLower) || READY_CLAUSE.test(clauseLower) || PRONOUN_CLAUSE.test(clauseLower) || !isSpeechClause(lower.slice(0, clauseRel.start)))) people.unshift(subject);
  }
  // «"Я позвоню ему завтра", – сказал Х»: the first person of a quote is its speaker.
  if (verbal && !people.some((p) => p.mention.start < trigger.start) && FIRST_PERSON_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 16), trigger.start))) {
    const speaker = quoteSpeaker(text, [...mentions, ...(bySentence.get(si + 1) ?? [])]);
    if (speaker && !people.includes(speaker)) people.unshift(speaker);
  }
  // «его встреча с Трампом»: the possessor is the nearest person before, else the previous sentence's first person.
  const beforeTrigger = text.slice(Math.max(sentence.start, trigger.start - 8), trigger.start);
  if (POSSESSIVE.test(beforeTrigger) && !people.some((p) => p.mention.end <= trigger.start && p.mention.end >= trigger.start - 8)) {
    const owner =
      [...mentions].reverse().find((m) => m.entity.type === 'person' && m.mention.end <= trigger.start - 4) ??
      (bySentence.get(si - 1) ?? []).find((m) => m.entity.type === 'person');
    if (owner) people.unshift(owner);
  }
  return people;
}

/** Without the people the clause cites («по словам …») or describes in a relative clause of another noun. */
function withoutDescribed(scope: SentenceScope, where: TriggerClause, found: EntityMention[]): Participants {
  const { text, sentence, lower } = scope;
  const { rel } = where;
  let people = found.filter((p) => !ATTRIBUTION_BEFORE.test(text.slice(Math.max(sentence.start, p.mention.start - 60), p.mention.start)));
  // People in a relative clause the trigger is not in describe a noun of another clause.
  // Except one naming the members of a group the trigger takes as its argument: «переговоры с президентами, среди которых оказались …».
  const relatives = where.relatives.filter((r) => (rel < r.start || rel >= r.end) && !(r.start > rel && GROUP_BEFORE_RELATIVE.test(lower.slice(Math.max(rel, r.start - 24), r.start))));
  const inRelative = (p: EntityMention): boolean => relatives.some((r) => p.mention.start - sentence.start >= r.start && p.mention.end - sentence.start <= r.end);
  // «президенты, среди которых оказались X и Y»: a collective already named there borrows no one from earlier sentences.
  const namedCollective = relatives.length > 0 && people.some(inRelative);
  if (namedCollective) people = people.filter((p) => !inRelative(p));
  return { people, namedCollective };
}

/** A predicate (verb-like word, or a comma opening new words) between two offsets. */
function predicateBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const gap = text.slice(from, Math.min(to, from + 200));
  return COMMA_THEN_WORDS.test(gap) || gap.split(/[^\p{L}]+/u).some((w) => VERB_WORD.test(w));
}

/** The person a quote is attributed to («– сказал Х», "X said"), among `mentions`. */
function quoteSpeaker(text: string, mentions: readonly EntityMention[]): EntityMention | undefined {
  return mentions.find(
    (m) =>
      m.entity.type === 'person' &&
      (SPEECH_BEFORE.test(text.slice(Math.max(0, m.mention.start - 50), m.mention.start)) || SPEECH_AFTER.test(text.slice(m.mention.end, m.mention.end + 12))),
  );
}

/** The text before a clause ends in a speech verb («Х заявил, что …»). */
function isSpeechClause(lower: string): boolean {
  return SPEECH_VERB_END.test(lower.replace(THAT_END, ''));
}
