/**
 * Where one trigger's words end and another's begin within a sentence: the
 * stretch of a clause that speaks of a trigger, and which dates lie behind
 * another event noun.
 */
import type { Span } from '../../model/model.ts';
import type { Trigger } from './find-event-triggers.ts';
import type { DateExpression } from './resolve-event-date.ts';

/**
 * Another event noun, not part of the trigger's own phrase ("sanctions
 * package" and "package of sanctions" are one phrase).
 */
export function otherEventNoun(t: Trigger, trigger: Trigger): boolean {
  if (t === trigger || (t.form !== 'noun' && !t.elided)) return false;
  const gap = Math.max(t.start - trigger.end, trigger.start - t.end);
  return gap > (t.type === trigger.type ? 8 : 2);
}

/**
 * A date with another event noun between it and the trigger belongs to that
 * noun: "a second meeting … proposed at the close of the spring summit on 3 May".
 */
export function behindOtherTrigger(d: DateExpression, trigger: Trigger, triggers: readonly Trigger[], offset: number): boolean {
  const from = Math.min(trigger.end, offset + d.start);
  const to = Math.max(trigger.start, offset + d.end);
  return triggers.some((t) => otherEventNoun(t, trigger) && t.start >= from && t.end <= to);
}

/**
 * The part of the clause that speaks of this trigger: up to the next other
 * event noun, and from the trigger itself when another one precedes it, so
 * «саммит …, о котором спорили после переговоров в Риме» and «итоги
 * переговоров в Риме и идею встречи» do not take the talks' place.
 */
export function ownStretch(clause: Span, trigger: Trigger, triggers: readonly Trigger[]): Span {
  let { start, end } = clause;
  for (const t of triggers) {
    if (!otherEventNoun(t, trigger)) continue;
    if (t.start >= trigger.end && t.start < end) end = t.start;
    if (t.end <= trigger.start && t.end > start) start = trigger.start;
  }
  return { start, end };
}

/** The end of a verb trigger's arguments: the next other trigger of its clause. */
export function verbStretchEnd(clause: Span, trigger: Trigger, triggers: readonly Trigger[]): number {
  let end = clause.end;
  for (const t of triggers) if (t !== trigger && t.start >= trigger.end + 2 && t.start < end) end = t.start;
  return end;
}

/** Words inside a date phrase are not triggers. */
export function dropOverlaps(triggers: Trigger[], dates: DateExpression[], offset: number): Trigger[] {
  return triggers.filter((t) => !dates.some((d) => t.start < offset + d.end && t.end > offset + d.start));
}
