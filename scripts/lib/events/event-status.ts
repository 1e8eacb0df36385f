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
import type { EventStatus, Lang } from '../model.ts';
import type { TriggerForm } from './event-lexicon.ts';
import { langKey } from './event-types.ts';

export interface StatusCues {
  status: EventStatus;
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
    'не |ни |никак|маловероятн|возможн|может |могут |мог бы|могла бы|могли бы|бы(?![\\p{L}])|если|не исключа|пригласил|приглаша|предлож|призвал|призыва|настаива|надеет|хочет|хотел|готов |готова |готовы |угроз|без дальнейш|опроверг|отрица|слух|иде[яюией](?![\\p{L}])',
  ),
  uk: s(
    'не |ні |жодн|малоймовірн|можлив|може |можуть|міг би|могла б|могли б|би(?![\\p{L}])|б(?![\\p{L}])|якщо|не виключа|запроси|запрошу|пропону|запропон|закликав|закликала|наполяга|сподіва|хоче|хотів|готов|загроз|спростува|заперечи|чутки|іде[яюї](?![\\p{L}])',
  ),
  en: s(
    "not |n't|no |never|could|might|may (?!\\d)|if |unlikely|possible|possibly|whether|invit|propos|urged|urging|insist|hope|want|ready to|threat|denied|deny|denies|rumou?r|ruled out|idea of",
  ),
};

const PLANNED: Record<string, RegExp> = {
  ru: s(
    'договорились о|договорились провести|будет|будут|состоится|состоятся|пройд[её]т|пройдут|провед[её]т|проведут|продолжится|продолжатся|начн[её]тся|начнутся|возобновится|возобновятся|планиру|запланирован|наметил|намечен|намерен|собира|ожидает|ожидается|предстоящ|следующ|в предстоящ|подготовк[уаи]|готовит',
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
  if (form === 'future' || PLANNED[key]!.test(` ${clause} `)) return { status: 'planned', explicit: true, pastPlan };
  if (pastPlan) return { status: 'planned', explicit: true, pastPlan };
  if (form === 'past' || PAST_COPULA[key]!.test(` ${clause} `)) return { status: 'happened', explicit: true, pastPlan };
  if (form === 'infinitive') return { status: 'planned', explicit: false, pastPlan };
  return { status: 'happened', explicit: false, pastPlan };
}
