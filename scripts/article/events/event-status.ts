/**
 * Status of a reported event from its clause: happened, planned, hypothetical
 * or cancelled.
 *
 * Cues are scoped to the trigger's clause («Лавров заявил, что встреча …
 * пока не запланирована» — the negation belongs to the meeting), plus denial
 * verbs that govern the clause from outside it («МИД отверг сведения о
 * том, будто посол встречался …»). Order matters: cancellation beats the
 * «запланированный на 3 июня» it usually mentions; denial and modality beat
 * tense; tense beats the default.
 */
import type { EventStatus, Lang } from '../../model/model.ts';
import type { TriggerForm } from './trigger-patterns.ts';
import { langKey } from '../../model/event-types.ts';
import { NEXT_DAY, STATUS_TABLE, SUBJUNCTIVE_OPENER } from './lexicons/status-cues.ts';

export interface StatusCues {
  status: EventStatus;
  /** Hypothetical only through willingness (the willing cue): a dated plan when the clause names the day. */
  willing?: boolean;
  /** False when nothing in the text said so and the status is the default. */
  explicit: boolean;
  /** «Планировалось, что …» / "had been planned": a plan reported as no longer standing. */
  pastPlan: boolean;
}

type Cue = 'cancelled' | 'hypothetical' | 'willing' | 'planned' | 'past-plan' | 'governing-denial' | 'past-copula' | 'negation';
const CUE_NAMES: readonly string[] = ['cancelled', 'hypothetical', 'willing', 'planned', 'past-plan', 'governing-denial', 'past-copula', 'negation'];

/** The patterns of STATUS_TABLE by cue and language; a malformed row throws. */
function readStatusTable(table: string): Record<Cue, Record<string, RegExp>> {
  const cues = {} as Record<Cue, Record<string, RegExp>>;
  for (const line of table.split('\n')) {
    if (!line.trim()) continue;
    const row = /^(\S+) +(start|word) +(ru|uk|en) +(\S.*)$/u.exec(line);
    if (!row || !CUE_NAMES.includes(row[1]!)) throw new Error(`status table: bad row «${line}»`);
    const [, cue, edges, lang, alternatives] = row as unknown as [string, Cue, string, string, string];
    const end = edges === 'word' ? '(?![\\p{L}])' : '';
    (cues[cue] ??= {})[lang] = new RegExp(`(?<![\\p{L}])(?:${alternatives})${end}`, 'u');
  }
  return cues;
}

const STATUS = readStatusTable(STATUS_TABLE);

/**
 * Status of the event whose trigger (of grammatical `form`) sits in `clause`
 * (lowercased), with `governing` the lowercased text of the sentence before
 * the clause.
 */
export function eventStatus(form: TriggerForm, clause: string, governing: string, lang: Lang): StatusCues {
  const key = langKey(lang);
  const pastPlan = STATUS['past-plan'][key]!.test(governing) || STATUS['past-plan'][key]!.test(clause);
  if (SUBJUNCTIVE_OPENER[key]!.test(clause)) {
    return { status: form === 'infinitive' ? 'planned' : 'hypothetical', explicit: true, pastPlan };
  }
  if (STATUS.cancelled[key]!.test(clause)) return { status: 'cancelled', explicit: true, pastPlan };
  if (STATUS.hypothetical[key]!.test(` ${clause} `) || STATUS['governing-denial'][key]!.test(governing)) {
    return { status: 'hypothetical', explicit: true, pastPlan };
  }
  if (STATUS.willing[key]!.test(` ${clause} `)) return { status: 'hypothetical', explicit: true, pastPlan, willing: true };
  if (form === 'future' || plannedCue(clause, key)) return { status: 'planned', explicit: true, pastPlan };
  if (pastPlan) return { status: 'planned', explicit: true, pastPlan };
  if (form === 'past' || STATUS['past-copula'][key]!.test(` ${clause} `)) return { status: 'happened', explicit: true, pastPlan };
  if (form === 'infinitive') return { status: 'planned', explicit: false, pastPlan };
  return { status: 'happened', explicit: false, pastPlan };
}

/** A planning cue, not counting narrative «наступного дня» (rarely there, so only then is the clause rewritten). */
function plannedCue(clause: string, key: string): boolean {
  if (!STATUS.planned[key]!.test(` ${clause} `)) return false;
  const nextDay = NEXT_DAY[key]!;
  nextDay.lastIndex = 0;
  if (!nextDay.test(clause)) return true;
  return STATUS.planned[key]!.test(` ${clause.replace(nextDay, (w) => ' '.repeat(w.length))} `);
}

/** An explicit negation in the clause («не», "not"): what it governs is not a plan. */
export function isNegated(clause: string, lang: Lang): boolean {
  return STATUS.negation[langKey(lang)]!.test(` ${clause} `);
}
