/**
 * One trigger read in its clause: type, status, date, place, participants,
 * organisations — a candidate the article stage then merges or keeps.
 */
import type { Span } from '../../model/model.ts';
import { candidateStatus } from './candidate-status.ts';
import { nearestDate } from './candidate-date.ts';
import { type Candidate, unique } from './event-draft.ts';
import { findEventPlace, type PlaceMention } from './find-event-place.ts';
import type { Trigger } from './find-event-triggers.ts';
import { findMatchTeams } from './find-match-teams.ts';
import { findParticipants } from './find-participants.ts';
import { findSanctionsTarget } from './find-sanctions-target.ts';
import { COLLECTIVE, WEAK_GOVERNED } from './lexicons/trigger-context.ts';
import { SPORT_CONTEXT } from './lexicons/clause-cues.ts';
import type { DateDirection, DateExpression } from './resolve-event-date.ts';
import { type SentenceScope, triggerClause } from './sentence-scope.ts';
import { ownStretch } from './trigger-scope.ts';

/** The candidate `trigger` of the sentence reports; `dates`: the sentence's dates it may take. */
export function buildCandidate(scope: SentenceScope, trigger: Trigger, dates: readonly DateExpression[]): Candidate {
  const { text, lang, si, sentence, original, lower, mentions } = scope;
  const where = triggerClause(scope, trigger);
  const { rel, clauseRel, clause, clauseLower, inClause } = where;
  const governed = trigger.weak ? WEAK_GOVERNED.exec(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)) : null;
  const verbal = trigger.form !== 'noun' || governed !== null;
  const { people, namedCollective } = findParticipants(scope, trigger, where, verbal);
  const participants = unique(people.map((p) => p.entity.key));
  const leading = unique(people.filter((p) => p.mention.start < trigger.start).map((p) => p.entity.key));
  const orgs = unique(inClause.filter((m) => m.entity.type !== 'person').map((m) => m.entity.key));

  let type = trigger.type;
  if (type === 'meeting' && participants.length === 0 && SPORT_CONTEXT.test(lower)) type = 'sport';

  const { status, further, nextWord, next } = candidateStatus(scope, trigger, where, type, governed);
  const direction: DateDirection = status.status === 'planned' ? 'future' : status.status === 'happened' ? 'past' : 'any';
  const inClauseDates = dates.filter((d) => d.start >= clauseRel.start && d.end <= clauseRel.end);
  const date = nearestDate(inClauseDates.length > 0 ? inClauseDates : dates, rel, direction);
  // Readiness or an invitation for a named day is an arranged plan («готов встретиться … 2 сентября»).
  if (status.willing && date?.precision === 'day' && inClauseDates.length > 0) status.status = 'planned';

  const blocked = mentions.filter((m) => m.entity.type === 'person' || m.entity.type === 'org').map((m) => m.mention as Span);
  const placeMentions: PlaceMention[] = mentions.filter((m) => m.entity.type === 'place');
  const place = findEventPlace(text, lang, type, ownStretch(clause, trigger, scope.triggers), trigger, placeMentions, blocked);

  const teams = type === 'sport' ? findMatchTeams(original, lang, rel) : [];
  const { target, imposers } = type === 'sanctions' ? findSanctionsTarget(original.slice(clauseRel.start, clauseRel.end), lang, where, orgs) : { target: null, imposers: orgs };

  return {
    trigger,
    type,
    status: status.status,
    statusExplicit: status.explicit,
    pastPlan: status.pastPlan,
    further,
    next,
    nextWord,
    leading,
    offsetDays: null,
    date,
    clauseDate: inClauseDates.length > 0,
    collective: !namedCollective && COLLECTIVE.test(clauseLower),
    backRef: false,
    definite: false,
    place: place?.name ?? null,
    placeKey: place?.key ?? null,
    participants,
    orgs: place?.key ? unique([...imposers, place.key]) : imposers,
    teams,
    target,
    mentions: [{ start: trigger.start, end: trigger.end, text: trigger.text, kind: 'name', sentence: si }],
    firstSentence: si,
    lastSentence: si,
  };
}
