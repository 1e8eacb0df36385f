/**
 * The working records of the per-article event stage: a candidate is one
 * trigger read in its clause; a draft is an event the article reports, built
 * from its first candidate and the later mentions merged into it.
 */
import type { EventStatus, EventType, LocalEntity, LocalMention } from '../../model/model.ts';
import type { Trigger } from './find-event-triggers.ts';
import type { ResolvedDate } from './resolve-event-date.ts';

export interface Draft {
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
  /** Refers back to an earlier event (see LocalEvent.backReference): no date of its own, never merged into. */
  backReference?: boolean;
  /** Held on the sidelines of a larger event (see LocalEvent.sideline). */
  sideline?: boolean;
}

export interface Candidate extends Draft {
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

export interface EntityMention {
  entity: LocalEntity;
  mention: LocalMention;
}

/** Sentences a later mention may lie from the report it joins. */
export const NEAR_WINDOW = 4;
/** …and from a report of a held event, which later sentences keep coming back to. */
export const HELD_EVENT_WINDOW = 12;
/**
 * Real sentences report a handful of events; a run-on line of thousands of
 * triggers (scraped lists, hostile input) must not make analysis quadratic.
 */
export const MAX_TRIGGERS_PER_SENTENCE = 32;

/** The latest draft that passes `test`. */
export function latest(drafts: readonly Draft[], test: (d: Draft) => boolean): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) if (test(drafts[i]!)) return drafts[i];
  return undefined;
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
