/** Whether a candidate reports a specific event or only talks about a kind of event. */
import type { EventType } from '../../model/model.ts';
import type { Candidate } from './event-draft.ts';

/**
 * Types whose bare noun needs no participants to be an event, given a date or
 * place: a fire, a vote or a parade is an occurrence of its own.
 */
const SELF_STANDING: ReadonlySet<EventType> = new Set([
  'attack', 'sanctions', 'vote', 'sport', 'summit', 'signing', 'protest', 'disaster', 'launch', 'ceremony', 'legal', 'award',
]);
/** Occurrences that need no people: a bare noun of these is a specific event only when dated or reported as past. */
const OCCURRENCES: ReadonlySet<EventType> = new Set(['protest', 'disaster', 'launch', 'ceremony']);
/** Talks between delegations stand without named people («переговоры в Женеве»); a bare «встреча на Аляске» does not. */
const TALKS = /^(?:переговор|перемовин|talks|negotiations)/u;
/**
 * Types a verb reports only with a named participant: «погибли трое» names
 * nobody, so it is no death event.
 */
const PERSONAL: ReadonlySet<EventType> = new Set(['meeting', 'call', 'death']);

/**
 * An event noun with no participants, date or place is talk about a kind of
 * event («мирные переговоры», "talks of a truce"), not a report of one.
 */
export function isEventful(c: Candidate): boolean {
  const p = c.participants.length;
  // «нового саммита Путина», «нової зустрічі … в Парижі»: a named next event is a specific plan.
  if (c.next && (p >= 1 || c.place !== null || c.clauseDate)) return true;
  // "another package may come": sanctions come in numbered rounds, so the next one is an event of its own.
  if (c.nextWord && c.type === 'sanctions' && c.status !== 'happened') return true;
  if (c.trigger.form !== 'noun') {
    // One named side of a meeting is a report only with a where, a when or a group («встретился с волонтерами» is not).
    if (c.type === 'meeting' && p === 1) return c.place !== null || c.clauseDate || c.orgs.length > 0 || c.collective;
    if (PERSONAL.has(c.type)) return p >= 1;
    // A legal act has a person or a court: «задержали рейс в Москве» detains no one.
    if (c.type === 'legal') return p >= 1 || c.orgs.length > 0;
    return p >= 1 || c.orgs.length > 0 || c.place !== null || c.clauseDate;
  }
  if (p >= 2) return true;
  if (p === 1 && (c.place !== null || c.clauseDate || c.type === 'visit' || c.type === 'legal' || c.type === 'office' || c.type === 'death' || c.type === 'award')) return !PERSONAL.has(c.type) ? true : c.place !== null || c.clauseDate;
  // «Церемония прошла в Кремле» after the inauguration: an occurrence noun with only a place and no
  // date of its own is the event just told, or talk of a kind («парады в столицах»), unless it happened.
  if (OCCURRENCES.has(c.type) && !c.clauseDate && c.status !== 'happened') return false;
  // "A planned signing … was called off": a cancellation is itself a report of a specific event.
  if (SELF_STANDING.has(c.type) || (c.type === 'meeting' && TALKS.test(c.trigger.text.toLowerCase()))) return c.place !== null || c.clauseDate || c.status === 'cancelled' || (c.orgs.length > 0 && c.type === 'sanctions');
  return false;
}
