/**
 * Coreference within an article: a later mention of an event already reported
 * fills in the first report instead of becoming a second event.
 */
import { typeFamily } from '../../model/event-types.ts';
import { type Candidate, type Draft, HELD_EVENT_WINDOW, NEAR_WINDOW, unique } from './event-draft.ts';
import { daysLaterInTrip, type ResolvedDate } from './resolve-event-date.ts';

function datesCompatible(a: ResolvedDate | null, b: ResolvedDate | null): boolean {
  if (!a || !b) return true;
  const short = a.date.length <= b.date.length ? a.date : b.date;
  const long = short === a.date ? b.date : a.date;
  if (!long.startsWith(short)) return false;
  if (a.precision === 'day' && b.precision === 'day' && a.date !== b.date) return false;
  return true;
}

function moreSpecific(a: ResolvedDate | null, b: ResolvedDate | null): ResolvedDate | null {
  if (!a) return b;
  if (!b) return a;
  return b.date.length > a.date.length ? b : a;
}

/**
 * Later mentions of an event already reported in the article: same type
 * family, participants a subset of the earlier ones (or none), compatible date
 * and place. The earlier draft absorbs the mention and any new detail.
 */
export function mergeIntoExisting(drafts: Draft[], c: Candidate): boolean {
  const recentFirst = drafts.map((_, i) => drafts.length - 1 - i);
  // «эта встреча», "joined the talks": the latest event of the family, whatever the cues of this clause.
  // A mention reported as held ("The session was confirmed by …") names the held event, not a plan made since.
  if (c.definite) {
    const fits = (d: Draft): boolean =>
      c.firstSentence - d.lastSentence <= HELD_EVENT_WINDOW && typeFamily(d.type) === typeFamily(c.type) && datesCompatible(d.date, c.date);
    const candidates = recentFirst.map((i) => drafts[i]!).filter(fits);
    const target = candidates.find((d) => d.status === c.status) ?? candidates[0];
    if (target) {
      absorb(target, c, false);
      return true;
    }
  }
  // Prefer the draft with the very date of the mention, and for a cue-less
  // mention the event reported as held: «переговоры 3 мая были первыми…»
  // belong to the summit, not to «новую встречу в Риме» proposed since.
  const preferred = recentFirst.filter((i) => {
    const d = drafts[i]!;
    return (c.date !== null && d.date?.date === c.date.date) || (c.status === 'happened' && d.status === 'happened');
  });
  // A cue-less mention of a held event reaches further back to it («Кто ещё был на переговорах?»
  // six sentences after the summit report) rather than joining a proposal made in between.
  for (const i of preferred) if (mergeInto(drafts[i]!, c, c.status === 'happened' && drafts[i]!.status === 'happened' ? HELD_EVENT_WINDOW : NEAR_WINDOW)) return true;
  for (const i of recentFirst) if (mergeInto(drafts[i]!, c, NEAR_WINDOW)) return true;
  return false;
}

/** Merge candidate `c` into draft `d` when it is a later mention of it (see mergeIntoExisting). */
function mergeInto(d: Draft, c: Candidate, window: number): boolean {
  const family = typeFamily(c.type);
  // Each award goes to its own winner: a verb naming no winner ("their reporting won a prize") is another award, not a mention of the last one.
  const anaphoric = c.trigger.form === 'noun' || (c.participants.length === 0 && family !== 'award');
  if (typeFamily(d.type) !== family) return false;
  if (c.next && !d.further) return false;
  // Two not-yet-held mentions of one meeting of the same people: the firmer word wins
  // («возможной встречи X и Y» … "preparing a meeting between Y and X").
  const overlap = c.participants.filter((p) => d.participants.includes(p)).length;
  if (c.status === 'planned' && d.status === 'hypothetical' && overlap >= 2 && datesCompatible(d.date, c.date) && c.firstSentence - d.lastSentence <= HELD_EVENT_WINDOW) {
    absorb(d, c, true);
    d.status = 'planned';
    return true;
  }
  const sameSentence = d.lastSentence === c.firstSentence;
  // Readiness or doubt about a not-yet-held event with the very same cast
  // («готов встретиться с Y» after «встреча X и Y не состоится»).
  const sameCastDoubt = c.status === 'hypothetical' && d.status !== 'happened' && d.participants.length >= 2 && c.participants.length >= 1 && c.participants.every((p) => d.participants.includes(p));
  // The same person's visits to one place in one article are one trip («Наступного дня X оглянув школу у Львові»).
  const sameTrip = family === 'visit' && d.status === 'happened' && c.status === 'happened' && d.place !== null && d.place === c.place && c.participants.length > 0 && c.participants.every((p) => d.participants.includes(p));
  if (!anaphoric && !sameSentence && !sameCastDoubt && !sameTrip) return false;
  const sameCast = c.participants.length >= 2 && c.participants.length === d.participants.length && c.participants.every((p) => d.participants.includes(p));
  if (c.firstSentence - d.lastSentence > window && !sameCast && !sameCastDoubt) return false;
  // A bare later mention («для переговоров», "for the talks") may name one person the first report lacked.
  const subset = c.participants.every((p) => d.participants.includes(p)) || (c.trigger.form === 'noun' && d.participants.length === 0 && c.participants.length <= 1);
  const superset = d.participants.every((p) => c.participants.includes(p));
  if (!subset && !(sameSentence && superset)) return false;
  if (!datesCompatible(d.date, c.date) && !(family === 'visit' && daysLaterInTrip(d.date, c.date))) return false;
  // The date was kept from the earlier noun of the sentence because this one
  // stands between (behindOtherTrigger): it dates another event, not the one
  // proposed or doubted («предложил новую встречу … в конце саммита 3 мая»).
  if (sameSentence && c.clauseDate && !d.date && d.statusExplicit && d.status !== 'happened') return false;
  // A bare follow-up noun right after the report may name a narrower place
  // («Встреча на Аляске … Переговоры в Анкоридже …») or a place of another phrase.
  const bareFollowUp = c.participants.length === 0 && c.trigger.form === 'noun' && c.firstSentence - d.lastSentence <= 2;
  if (d.place && c.place && d.place !== c.place && !bareFollowUp) return false;
  // A cue-less mention may join a reported event; an explicitly planned or
  // hypothetical one («следующий пакет», "could follow") is another event —
  // except readiness or doubt about the very same cast (sameCastDoubt).
  if (d.status !== c.status && c.statusExplicit && !sameCastDoubt && !(d.status === 'happened' && c.status === 'happened')) {
    if (d.statusExplicit || c.status !== 'happened') return false;
  }
  absorb(d, c, true);
  return true;
}

/** Draft `d` takes mention `c` and the detail it adds; `cues` lets an explicit status of `c` replace a default one. */
function absorb(d: Draft, c: Candidate, cues: boolean): void {
  d.mentions.push(...c.mentions);
  d.date = moreSpecific(d.date, c.date);
  if (cues) {
    d.place ??= c.place;
    d.placeKey ??= c.placeKey;
  }
  // A definite mention adds only its subjects ("Macron … joined the talks"), not the people of its own phrase
  // ("the mayor, who discussed the budget with the governor").
  d.participants = unique([...d.participants, ...(cues ? c.participants : c.leading)]);
  if (cues) d.orgs = unique([...d.orgs, ...c.orgs]);
  d.teams = d.teams.length ? d.teams : c.teams;
  d.target ??= c.target;
  if (cues && !d.statusExplicit && c.statusExplicit) {
    d.status = c.status;
    d.statusExplicit = true;
  }
  if (cues) d.pastPlan ||= c.pastPlan;
  d.lastSentence = c.lastSentence;
}
