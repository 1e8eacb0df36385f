/**
 * A candidate's status from its own clause (cues of other events' relative
 * clauses masked out), refined by what governs it: awaited ("expected a
 * call") or named as the next of a recurring kind («следующая встреча»).
 */
import type { EventType } from '../../model/model.ts';
import { typeFamily } from '../../model/event-types.ts';
import { eventStatus, isNegated, type StatusCues } from './event-status.ts';
import type { Trigger } from './find-event-triggers.ts';
import { EXPECTING, FURTHER_BEFORE, NEXT_BEFORE, RECURRING } from './lexicons/trigger-context.ts';
import type { SentenceScope, TriggerClause } from './sentence-scope.ts';

/** How much of the sentence before the clause may govern it; bounded so each trigger costs O(1). */
const GOVERNING_CHARS = 400;

export interface CandidateStatus {
  status: StatusCues;
  /** Named as a further event (FURTHER_BEFORE). */
  further: boolean;
  /** Named with a "next", "new", "another" word (NEXT_BEFORE). */
  nextWord: boolean;
  /** The next one of a recurring kind (see Candidate.next). */
  next: boolean;
}

/** `governed`: the match of WEAK_GOVERNED before a weak trigger, if any. */
export function candidateStatus(scope: SentenceScope, trigger: Trigger, where: TriggerClause, type: EventType, governed: RegExpExecArray | null): CandidateStatus {
  const { lower, lang, text, sentence } = scope;
  const { clauseRel, clauseLower } = where;
  const status = eventStatus(trigger.form, ownStatusClause(scope, trigger, where), lower.slice(Math.max(0, clauseRel.start - GOVERNING_CHARS), clauseRel.start), lang);
  // "expected a call", «ждет звонка»: awaited, so planned.
  if (governed && EXPECTING.test(governed[0]) && (status.status === 'happened' || !status.explicit)) {
    status.status = 'planned';
    status.explicit = true;
  }
  const before = text.slice(Math.max(sentence.start, trigger.start - 24), trigger.start);
  const further = trigger.form === 'noun' && FURTHER_BEFORE.test(before);
  // «следующая встреча», "the next meeting … may be held in Rome": proposed or
  // hoped-for, the next one of a recurring kind is a plan unless the clause negates it.
  const nextWord = trigger.form === 'noun' && NEXT_BEFORE.test(before);
  const next = nextWord && further && RECURRING.has(typeFamily(type));
  if (next && (status.status === 'hypothetical' || (status.status === 'happened' && !status.explicit)) && !isNegated(clauseLower, lang)) {
    status.status = 'planned';
    status.explicit = true;
  }
  return { status, further, nextWord, next };
}

/**
 * The clause with the relative clauses of other events blanked out: cues
 * there belong to that clause's noun («подготовку визита, после которого
 * может пройти саммит»).
 */
function ownStatusClause(scope: SentenceScope, trigger: Trigger, where: TriggerClause): string {
  const { triggers: others, sentence } = scope;
  const { relatives, ownRelative, clauseRel } = where;
  let statusClause = where.clauseLower;
  for (const r of relatives.length > 0 && others.length > 1 ? relatives : []) {
    if (r === ownRelative || r.end <= clauseRel.start || r.start >= clauseRel.end) continue;
    // A relative clause with no event of its own describes this one («пакет санкций, который готовит Еврокомиссия»).
    if (!others.some((t) => t !== trigger && t.start - sentence.start >= r.start && t.start - sentence.start < r.end)) continue;
    const from = Math.max(r.start, clauseRel.start) - clauseRel.start;
    const to = Math.min(r.end, clauseRel.end) - clauseRel.start;
    statusClause = statusClause.slice(0, from) + ' '.repeat(to - from) + statusClause.slice(to);
  }
  return statusClause;
}
