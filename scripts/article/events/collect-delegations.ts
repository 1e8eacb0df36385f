/**
 * Delegations and companions: «делегацию возглавлял X», «до складу увійшов
 * Y», "Z accompanied him" name the people of the talks told just before, in
 * a sentence of their own with no event word. They join that event.
 */
import type { Sentence } from '../../model/model.ts';
import { typeFamily } from '../../model/event-types.ts';
import { type Draft, type EntityMention, latest, NEAR_WINDOW, unique } from './event-draft.ts';
import { DELEGATION } from './lexicons/delegation-cues.ts';

/** A verb left out after a dash («Российскую – Лавров и Ушаков»): the sentence goes on with the last one's verb. */
const ELIDED_VERB = /^[^.!?]{0,40}\s[–—]\s/u;

/**
 * Adds the people of sentence `si` to the latest talks when the sentence says
 * who took part in them, or goes on listing them with the verb left out
 * (`previous`: the sentence before was such a list). Returns whether it was one.
 */
export function collectDelegation(drafts: readonly Draft[], si: number, sentence: Sentence, text: string, mentions: readonly EntityMention[], previous: boolean): boolean {
  const people = mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.key);
  if (people.length === 0) return false;
  const words = text.slice(sentence.start, sentence.end);
  if (!DELEGATION.test(words.toLowerCase()) && !(previous && ELIDED_VERB.test(words))) return false;
  // Held talks only: people named around a plan are its proposers and hosts as often as its cast.
  const talks = latest(drafts, (d) => !d.backReference && d.status === 'happened' && typeFamily(d.type) === 'meeting' && si - d.lastSentence <= NEAR_WINDOW);
  if (talks) talks.participants = unique([...talks.participants, ...people]);
  return talks !== undefined;
}
