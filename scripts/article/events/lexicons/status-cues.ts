/**
 * The status cues of the event stage, per language: word alternations that
 * event-status.ts turns into patterns (one function, one shape for all).
 *
 * Cues:
 * - cancelled: the event was called off, postponed (the guide: without a date, as
 *   news of a postponement usually is) or did not take place;
 * - hypothetical: negation, modality, doubt, denial, rumour;
 * - willing: willingness of one side (readiness, an invitation, a proposal,
 *   a wish) — hypothetical on its own, but a plan when the clause gives the
 *   event its own day; verb forms only: «предложения», "proposals" are
 *   documents, not a proposed event;
 * - planned: future, scheduling and preparation;
 * - past-plan: «планировалось, что …», "had been planned": a plan reported as no longer standing;
 * - governing-denial: denials that reach into the clause they govern («отверг слухи о том, что …»);
 * - past-copula: realis past predicates that confirm a noun event actually took place;
 * - negation: an explicit «не», "not": what it governs is not a plan.
 */

/**
 * One row a cue and language: cue, edges (`start`: the alternation must
 * begin a word; `word`: begin and end one), language, alternation (regex
 * source, lowercase). Columns are set apart by spaces; the alternation runs
 * to the end of the line.
 */
export const STATUS_TABLE = String.raw`
cancelled         start  ru  отмен[иеёя]|сорвал|сорвана|сорван|не состоял|не состоится|отложил|отложен|отложат
cancelled         start  uk  скасува|скасован|відмін|зірван|зірвал|не відбул|не відбудеться|відклав|відклала|відклали|відкладен
cancelled         start  en  cancel|called off|calls off|call off|scrapped|scrapping|postpone|put off|shelved
hypothetical      start  ru  не |ни |никак|маловероятн|возможн|может |могут |мог бы|могла бы|могли бы|бы(?![\p{L}])|если|не исключа|угроз|без дальнейш|опроверг|отрица|слух|иде[яюией](?![\p{L}])
hypothetical      start  uk  не |ні |жодн|малоймовірн|можлив|може |можуть|міг би|могла б|могли б|би(?![\p{L}])|б(?![\p{L}])|якщо|не виключа|загроз|спростува|заперечи|чутки|іде[яюї](?![\p{L}])
hypothetical      start  en  not |n't|no |never|could|might|may (?!\d)|if |unlikely|possible|possibly|whether|threat|denied|deny|denies|rumou?r|ruled out|idea of
willing           start  ru  пригласил|приглаша|предлож(?:ил|ила|или|ит|ат|ено|ен)(?![\p{L}])|предлага|призвал|призыва|настаива|надеет|хочет|хотел|готов |готова |готовы(?= )
willing           start  uk  запроси|запрошу|пропону(?:є|ють|вав|вала|вали)|запропонува|закликав|закликала|закликали|наполяга|сподіва|хоче|хотів|готов
willing           start  en  invit|propos(?:ed|es|e|ing)(?![\p{L}])|urged|urging|insist|hope|want|ready to
planned           start  ru  договорились (?:о|об)\s|договорились провести|будет|будут|состоится|состоятся|пройд[её]т|пройдут|провед[её]т|проведут|продолжится|продолжатся|начн[её]тся|начнутся|возобновится|возобновятся|планиру|запланирован|наметил|намечен|намерен|собира|ожидает|ожидается|предстоящ|следующ|в предстоящ|подготовк[уаи]|готовит
planned           start  uk  домовилися про|домовились про|домовилися провести|буде|будуть|відбудеться|відбудуться|проведе|проведуть|продовжиться|продовжаться|розпочнеться|розпочнуться|відновляться|план[ую]|заплановано|запланован|має намір|мають намір|очікується|наступн|майбутн|відвідає|зіграє|зіграють|підготовк[уаи]|готує
planned           start  en  agreed to |will |'ll |would |set to |to be held|scheduled|planned|plans? to|is to |are to |expected to|upcoming|is due|are due|next |working on|preparing|prepares
past-plan         word   ru  планировалось|планировалась|планировался|предполагалось
past-plan         word   uk  планувалося|планувалась|планувався|передбачалося
past-plan         word   en  had been planned|was planned|was scheduled|had been scheduled|was supposed to
governing-denial  start  ru  опроверг|отрица|опровер
governing-denial  start  uk  спростува|заперечи|заперечу
governing-denial  start  en  denied|denies|deny|dismissed reports
past-copula       start  ru  прош(?:ла|ел|ёл|ли)|состоял(?:ась|ся|ись)|был[аио]?(?![\p{L}])|продолжал|продлил|завершил
past-copula       start  uk  відбул(?:ася|ись|ися|ося)|відбувся|пройшл|тривал|був|була|було|були|завершил
past-copula       start  en  took place|was held|were held|took|lasted|ended|was |were |held(?= )
negation          start  ru  не |ни |никак
negation          start  uk  не |ні |жодн
negation          start  en  not |n't|no |never
`;

/** Narrative «на следующий день», "the next day" is the day after a reported event, not a plan. */
export const NEXT_DAY: Readonly<Record<string, RegExp>> = {
  ru: /(?<![\p{L}])(?:на следующий день|на другой день)(?![\p{L}])/gu,
  uk: /(?<![\p{L}])(?:наступного дня|наступного ранку)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:the )?next (?:day|morning)(?![\p{L}])/gu,
};

/** «чтобы/щоб» + past-tense verb is a subjunctive: wished for, not reported. */
export const SUBJUNCTIVE_OPENER: Readonly<Record<string, RegExp>> = {
  ru: /^\s*чтобы(?![\p{L}])/u,
  uk: /^\s*щоб(?![\p{L}])/u,
  en: /^$/u,
};
