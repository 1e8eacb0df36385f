/**
 * Elided event nouns («попередня відбулася 20 серпня», "the previous one took
 * place …"): the adjective stands for the event noun said just before.
 */
import type { EventType } from '../../model/model.ts';
import { type Draft, MAX_TRIGGERS_PER_SENTENCE } from './event-draft.ts';
import type { Trigger } from './find-event-triggers.ts';
import { ELIDED } from './lexicons/trigger-context.ts';

/**
 * Triggers plus one per elided event noun (ELIDED), typed after the trigger
 * said just before it in the sentence, or else after the latest event.
 */
export function withElided(triggers: Trigger[], lower: string, offset: number, drafts: readonly Draft[]): Trigger[] {
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
