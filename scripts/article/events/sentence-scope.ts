/**
 * What the candidate stage knows of one sentence: its text (as written and
 * lowercased), clauses, entity mentions, and the triggers it keeps.
 */
import type { Lang, Sentence, Span } from '../../model/model.ts';
import type { EntityMention } from './event-draft.ts';
import { clauseAt, findRelativeClauses } from './find-clauses.ts';
import type { Trigger } from './find-event-triggers.ts';

export interface SentenceScope {
  /** The whole article text (offsets are into it). */
  text: string;
  lang: Lang;
  /** Index of the sentence in the article. */
  si: number;
  sentence: Sentence;
  original: string;
  lower: string;
  /** Clause spans, relative to the sentence. */
  clauses: Span[];
  /** Entity mentions of the sentence, in text order. */
  mentions: EntityMention[];
  /** Entity mentions of every sentence of the article. */
  bySentence: Map<number, EntityMention[]>;
  /** The triggers the sentence keeps (bounded). */
  triggers: readonly Trigger[];
}

/** The clause a trigger stands in. */
export interface TriggerClause {
  /** The trigger's offset in the sentence. */
  rel: number;
  /** Index of its clause among the sentence's clauses. */
  ci: number;
  /** All relative clauses of the sentence (sentence offsets). */
  relatives: Span[];
  /** The relative clause the trigger itself is in, if any. */
  ownRelative: Span | undefined;
  /** The trigger's clause, sentence offsets. */
  clauseRel: Span;
  /** The trigger's clause, article offsets. */
  clause: Span;
  clauseLower: string;
  /** The mentions inside the clause. */
  inClause: EntityMention[];
}

export function triggerClause(scope: SentenceScope, trigger: Trigger): TriggerClause {
  const { sentence, clauses, lower } = scope;
  const rel = trigger.start - sentence.start;
  const ci = clauseAt(clauses, rel);
  const relatives = findRelativeClauses(lower);
  // A trigger inside a relative clause ("the mayor, who visited Lviv last week") has that clause as its own.
  const ownRelative = relatives.find((r) => rel >= r.start && rel < r.end);
  const clauseRel = ownRelative
    ? { start: Math.max(clauses[ci]!.start, ownRelative.start), end: Math.min(clauses[ci]!.end, ownRelative.end) }
    : clauses[ci]!;
  const clause: Span = { start: sentence.start + clauseRel.start, end: sentence.start + clauseRel.end };
  const clauseLower = lower.slice(clauseRel.start, clauseRel.end);
  const inClause = scope.mentions.filter((m) => m.mention.start >= clause.start && m.mention.end <= clause.end);
  return { rel, ci, relatives, ownRelative, clauseRel, clause, clauseLower, inClause };
}
