/** Whether a trigger may report an event at all, before any costly analysis of its sentence. */
import type { EventType } from '../../model/model.ts';
import type { EntityMention } from './event-draft.ts';
import type { Trigger } from './find-event-triggers.ts';
import { WEAK_GOVERNED } from './lexicons/trigger-context.ts';

/**
 * A weak trigger stands only once its type was reported or when held or
 * expected ("expected a call"); a verb that takes a person as its object
 * («принял госсекретаря», "called Putin from …") only with that person.
 */
export function canStand(trigger: Trigger, typesSeen: ReadonlySet<EventType>, mentions: readonly EntityMention[], text: string, sentenceStart: number): boolean {
  if (trigger.weak && !typesSeen.has(trigger.type) && !(trigger.form === 'noun' && WEAK_GOVERNED.test(text.slice(Math.max(sentenceStart, trigger.start - 40), trigger.start)))) return false;
  return !trigger.personAfter || hasPersonAfter(trigger, mentions, text);
}

function hasPersonAfter(trigger: Trigger, mentions: readonly EntityMention[], text: string): boolean {
  const rule = trigger.personAfter!;
  const object = mentions.find((m) => m.entity.type === 'person' && m.mention.start >= trigger.end && m.mention.start - trigger.end <= rule.within);
  return !!object && !(rule.notBetween && rule.notBetween.test(text.slice(trigger.end, object.mention.start).toLowerCase()));
}
