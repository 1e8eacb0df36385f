/**
 * A visit and the talks held during it on the same day and at the same place
 * are one event, of the main act's type: a meeting (annotation guide, "One
 * event, one page"). Talks on a later day of the trip stay a meeting of their
 * own, and the visit keeps its start date. Talks the text leaves undated
 * next to a one-day trip take the trip's day.
 */
import type { Draft } from './event-draft.ts';
import { unique } from './event-draft.ts';

const sameDay = (a: Draft, b: Draft): boolean =>
  a.date !== null && b.date !== null && a.date.precision === 'day' && b.date.precision === 'day' && a.date.date === b.date.date && !a.date.dateEnd;

/**
 * Talks with no date of their own reported next to a one-day trip of the
 * same person (the same or the neighbouring sentence) were held on that trip.
 */
const undatedTalkOfTrip = (visit: Draft, talk: Draft): boolean =>
  talk.date === null && visit.date?.precision === 'day' && !visit.date.dateEnd && Math.abs(talk.firstSentence - visit.firstSentence) <= 1;

function isTripTalk(visit: Draft, talk: Draft): boolean {
  if (visit.type !== 'visit' || talk.type !== 'meeting' || visit.backReference || talk.backReference) return false;
  if (visit.status !== talk.status || !(sameDay(visit, talk) || undatedTalkOfTrip(visit, talk))) return false;
  if (visit.place !== null && talk.place !== null && visit.place !== talk.place) return false;
  return visit.participants.some((p) => talk.participants.includes(p));
}

/** `drafts` with each visit folded into the first talks of the same trip that day (order kept). */
export function foldVisitsIntoTalks(drafts: readonly Draft[]): Draft[] {
  const folded = new Set<Draft>();
  for (const visit of drafts) {
    const talk = drafts.find((d) => !folded.has(d) && isTripTalk(visit, d));
    if (!talk) continue;
    talk.mentions = [...talk.mentions, ...visit.mentions].sort((a, b) => a.start - b.start);
    talk.date ??= visit.date;
    talk.place ??= visit.place;
    talk.placeKey ??= visit.placeKey;
    talk.participants = unique([...talk.participants, ...visit.participants]);
    talk.orgs = unique([...talk.orgs, ...visit.orgs]);
    talk.firstSentence = Math.min(talk.firstSentence, visit.firstSentence);
    talk.lastSentence = Math.max(talk.lastSentence, visit.lastSentence);
    folded.add(visit);
  }
  return folded.size ? drafts.filter((d) => !folded.has(d)) : [...drafts];
}
