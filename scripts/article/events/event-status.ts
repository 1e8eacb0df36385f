/**
 * Status of a reported event from its clause: happened, planned, hypothetical
 * or cancelled.
 *
 * Cues are scoped to the trigger's clause («Лавров заявил, что встреча …
 * пока не запланирована» — the negation belongs to the meeting), plus denial
 * verbs that govern the clause from outside it («Кремль опроверг сообщения о
 * том, что Путин встречался …»). Order matters: cancellation beats the
 * «запланированный на 3 июня» it usually mentions; denial and modality beat
 * tense; tense beats the default.
 */
import type { EventStatus, Lang } from '../../model/model.ts';
import type { TriggerForm } from './lexicons/triggers.ts';
import { langKey } from '../../model/event-types.ts';

export interface StatusCues {
  status: EventStatus;
  /** Hypothetical only through willingness (WILLING): a dated plan when the clause names the day. */
  willing?: boolean;
  /** False when nothing in the text said so and the status is the default. */
  explicit: boolean;
  /** «Планировалось, что …» / "had been planned": a plan reported as no longer standing. */
  pastPlan: boolean;
}

const b = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'u');
const s = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternatives})`, 'u');

const CANCELLED: Record<string, RegExp> = {
  ru: s('отмен[иеёя]|сорвал|сорвана|сорван|не состоял|не состоится'),
  uk: s('скасува|скасован|відмін|зірван|зірвал|не відбул|не відбудеться'),
  en: s('cancel|called off|calls off|call off|scrapped|scrapping'),
};

const HYPOTHETICAL: Record<string, RegExp> = {
  ru: s(
    'не |ни |никак|маловероятн|возможн|может |могут |мог бы|могла бы|могли бы|бы(?![\\p{L}])|если|не исключа|угроз|без дальнейш|опроверг|отрица|слух|иде[яюией](?![\\p{L}])',
  ),
  uk: s(
    'не |ні |жодн|малоймовірн|можлив|може |можуть|міг би|могла б|могли б|би(?![\\p{L}])|б(?![\\p{L}])|якщо|не виключа|загроз|спростува|заперечи|чутки|іде[яюї](?![\\p{L}])',
  ),
  en: s(
    "not |n't|no |never|could|might|may (?!\\d)|if |unlikely|possible|possibly|whether|threat|denied|deny|denies|rumou?r|ruled out|idea of",
  ),
};

/**
 * Willingness of one side (readiness, an invitation, a proposal, a wish):
 * hypothetical on its own, but a plan when the clause gives the event its own
 * day («готов встретиться с Рубио в Женеве 2 сентября»). Verb forms only:
 * «предложения», "proposals" are documents, not a proposed event.
 */
const WILLING: Record<string, RegExp> = {
  ru: s(
    'пригласил|приглаша|предлож(?:ил|ила|или|ит|ат|ено|ен)(?![\\p{L}])|предлага|призвал|призыва|настаива|надеет|хочет|хотел|готов |готова |готовы ',
  ),
  uk: s('запроси|запрошу|пропону(?:є|ють|вав|вала|вали)|запропонува|закликав|закликала|закликали|наполяга|сподіва|хоче|хотів|готов'),
  en: s('invit|propos(?:ed|es|e|ing)(?![\\p{L}])|urged|urging|insist|hope|want|ready to'),
};

/** Narrative «на следующий день», "the next day" is the day after a reported event, not a plan. */
const NEXT_DAY: Record<string, RegExp> = {
  ru: /(?<![\p{L}])(?:на следующий день|на другой день)(?![\p{L}])/gu,
  uk: /(?<![\p{L}])(?:наступного дня|наступного ранку)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:the )?next (?:day|morning)(?![\p{L}])/gu,
};

const PLANNED: Record<string, RegExp> = {
  ru: s(
    'договорились (?:о|об)\\s|договорились провести|будет|будут|состоится|состоятся|пройд[её]т|пройдут|провед[её]т|проведут|продолжится|продолжатся|начн[её]тся|начнутся|возобновится|возобновятся|планиру|запланирован|наметил|намечен|намерен|собира|ожидает|ожидается|предстоящ|следующ|в предстоящ|подготовк[уаи]|готовит',
  ),
  uk: s('домовилися про|домовились про|домовилися провести|буде|будуть|відбудеться|відбудуться|проведе|проведуть|продовжиться|продовжаться|розпочнеться|розпочнуться|відновляться|план[ую]|заплановано|запланован|має намір|мають намір|очікується|наступн|майбутн|відвідає|зіграє|зіграють|підготовк[уаи]|готує'),
  en: s("agreed to |will |'ll |would |set to |to be held|scheduled|planned|plans? to|is to |are to |expected to|upcoming|is due|are due|next |working on|preparing|prepares"),
};

const PAST_PLAN: Record<string, RegExp> = {
  ru: b('планировалось|планировалась|планировался|предполагалось'),
  uk: b('планувалося|планувалась|планувався|передбачалося'),
  en: b('had been planned|was planned|was scheduled|had been scheduled|was supposed to'),
};

/** Denials that reach into the clause they govern («опроверг сообщения о том, что …»). */
const GOVERNING_DENIAL: Record<string, RegExp> = {
  ru: s('опроверг|отрица|опровер'),
  uk: s('спростува|заперечи|заперечу'),
  en: s('denied|denies|deny|dismissed reports'),
};

/** «чтобы/щоб» + past-tense verb is a subjunctive: wished for, not reported. */
const SUBJUNCTIVE_OPENER: Record<string, RegExp> = {
  ru: /^\s*чтобы(?![\p{L}])/u,
  uk: /^\s*щоб(?![\p{L}])/u,
  en: /^$/u,
};

/** Realis past predicates that confirm a noun event actually took place. */
const PAST_COPULA: Record<string, RegExp> = {
  ru: s('прош(?:ла|ел|ёл|ли)|состоял(?:ась|ся|ись)|был[аио]?(?![\\p{L}])|продолжал|продлил|завершил'),
  uk: s('відбул(?:ася|ись|ися|ося)|відбувся|пройшл|тривал|був|була|було|були|завершил'),
  en: s('took place|was held|were held|took|lasted|ended|was |were |held '),
};


/**
 * Status of the event whose trigger (of grammatical `form`) sits in `clause`
 * (lowercased), with `governing` the lowercased text of the sentence before
 * the clause.
 */
export function eventStatus(form: TriggerForm, clause: string, governing: string, lang: Lang): StatusCues {
  const key = langKey(lang);
  const pastPlan = PAST_PLAN[key]!.test(governing) || PAST_PLAN[key]!.test(clause);
  if (SUBJUNCTIVE_OPENER[key]!.test(clause)) {
    return { status: form === 'infinitive' ? 'planned' : 'hypothetical', explicit: true, pastPlan };
  }
  if (CANCELLED[key]!.test(clause)) return { status: 'cancelled', explicit: true, pastPlan };
  if (HYPOTHETICAL[key]!.test(` ${clause} `) || GOVERNING_DENIAL[key]!.test(governing)) {
    return { status: 'hypothetical', explicit: true, pastPlan };
  }
  if (WILLING[key]!.test(` ${clause} `)) return { status: 'hypothetical', explicit: true, pastPlan, willing: true };
  if (form === 'future' || plannedCue(clause, key)) return { status: 'planned', explicit: true, pastPlan };
  if (pastPlan) return { status: 'planned', explicit: true, pastPlan };
  if (form === 'past' || PAST_COPULA[key]!.test(` ${clause} `)) return { status: 'happened', explicit: true, pastPlan };
  if (form === 'infinitive') return { status: 'planned', explicit: false, pastPlan };
  return { status: 'happened', explicit: false, pastPlan };
}

/** A planning cue, not counting narrative «наступного дня» (rarely there, so only then is the clause rewritten). */
function plannedCue(clause: string, key: string): boolean {
  if (!PLANNED[key]!.test(` ${clause} `)) return false;
  const nextDay = NEXT_DAY[key]!;
  nextDay.lastIndex = 0;
  if (!nextDay.test(clause)) return true;
  return PLANNED[key]!.test(` ${clause.replace(nextDay, (w) => ' '.repeat(w.length))} `);
}

/** An explicit negation in the clause («не», "not"): what it governs is not a plan. */
const NEGATION: Record<string, RegExp> = {
  ru: s('не |ни |никак'),
  uk: s('не |ні |жодн'),
  en: s("not |n't|no |never"),
};

export function isNegated(clause: string, lang: Lang): boolean {
  return NEGATION[langKey(lang)]!.test(` ${clause} `);
}
