/**
 * What the words around a trigger say about it: the short stretch before an
 * event noun or verb («после встречи», "the talks", «следующую встречу»,
 * "expected a call") and the sentence's speech frame («– сказав Трамп»).
 * Patterns are tested on a bounded slice just before the trigger (at most a
 * few dozen characters), so each costs O(1) per trigger.
 */
/** Event nouns after these are a time frame for the sentence, not a new event. */
export const FRAME_BEFORE = /(?:во время|в ходе|в рамках|на полях|під час|в ході|у ході|у рамках|в рамках|during|on the sidelines of|in the course of)\s{1,3}(?:\p{L}{1,12}\s{1,3})?$/iu;
/** Collective references to the people of the event just reported. */
export const COLLECTIVE = /(?<![\p{L}])(?:лидеры|стороны|президенты|собеседники|лидеров|сторон|лідери|сторони|президенти|співрозмовники|лідерів|the (?:two )?leaders|both (?:sides|leaders)|the (?:two )?presidents|the two sides)(?![\p{L}])/iu;
/** A group noun the relative clause after it names the members of. */
export const GROUP_BEFORE_RELATIVE = /(?<![\p{L}])(?:лидер|лідер|президент|сторон|leaders|presidents|sides)\p{L}{0,6}\s{0,3}$/u;
/**
 * Event nouns after these point back at an event reported before («после
 * встречи в Вене», «итоги переговоров», "after the Vienna summit"): a
 * mention of a known event, never a new one unless it carries its own date.
 */
export const BACKREF_BEFORE = /(?<![\p{L}])(?:после|після|по итогам|итоги|итогах|за підсумками|підсумки|в конце|по окончании|по завершении|наприкінці|по завершенні|after|following|since|results of|outcome of|at the end of|at the close of)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}$/iu;
/**
 * Judging an event presupposes it («назвал переговоры конструктивными»,
 * «назвав зустріч продуктивною», "described the talks as useful"): the noun
 * is the event already reported, whatever its date.
 */
export const JUDGED_BEFORE = /(?<![\p{L}])(?:назвал|назвала|назвали|назвав|оценил|оценила|оценили|оцінив|оцінила|оцінили|described|hailed|praised|welcomed)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?$/iu;
/** "the Alaska summit", "the Geneva meeting": an event known by its place name is one reported before. */
export const NAMED_BEFORE = /(?<![\p{L}])[Tt]he\s\p{Lu}[\p{L}-]{1,25}\s$/u;
/** The definite article or a demonstrative before an event noun: «эта встреча», «такую встречу», "the talks". */
export const DEFINITE_BEFORE =
  /(?<![\p{L}])(?:the|this|that|эт(?:а|у|ой|от|ого|ом|и|их)|так(?:ая|ую|ой|ие|их|а|у|ої|ий|ого|і)|ц(?:я|ю|ієї|ей|ього|і|их))\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?$/iu;
/** «следующую встречу», "the next meeting", "a new summit": a further event, not the one reported. */
export const NEXT_BEFORE =
  /(?<![\p{L}])(?:следующий|следующая|следующее|следующую|следующей|следующего|следующем|следующему|следующим|следующие|следующих|новый|новая|новое|новую|новой|нового|новом|новому|новым|новые|новых|очередной|очередная|очередное|очередную|очередного|очередном|очередным|наступний|наступна|наступне|наступну|наступного|наступної|наступному|наступним|наступній|новий|нова|нове|нову|нової|новому|новим|новій|черговий|чергова|чергове|чергову|чергового|чергової|черговому|черговим|черговій|next|new|another|further)\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?$/iu;
/** «Ранее», "earlier": the sentence steps back from the report before it. */
export const STEPS_BACK = /(?<![\p{L}])(?:ранее|раньше|прежде|до этого|раніше|до того|earlier|previously|before that|in the past)(?![\p{L}])/iu;
/** «В тот же день», "later that evening": the day of the event just reported. */
export const SAME_DAY =
  /(?<![\p{L}])(?:later (?:that|the same|in the) (?:day|evening|night)|that (?:same )?(?:evening|night)|the same day|в тот же (?:день|вечер)|тем же (?:вечером|днем|днём)|позже в тот же день|того ж (?:дня|вечора)|в той же (?:день|вечір)|тим же вечором)(?![\p{L}])/iu;
/** "signed no final documents": a past verb negated by its object. */
export const NO_OBJECT_AFTER = /^\s{1,3}(?:no|nothing|none of)(?![\p{L}])/iu;
/** The verbs of WEAK_GOVERNED that await the event rather than report it held. */
export const EXPECTING = /^(?:expect|await|waiting|ожида|жд|очіку|чека)/iu;
/** A past verb under «не», "did not": nothing took place and nothing is planned («соглашения не подписали»). */
export const NEGATED_PAST_BEFORE = /(?<![\p{L}])(?:не|ні|did not|didn't|never|have not|haven't|has not|hasn't|had not)\s{1,3}$/iu;
/** Event kinds that recur between the same people, so that "the next one" is a plan of its own. */
export const RECURRING: ReadonlySet<string> = new Set(['meeting', 'call', 'visit']);
/**
 * A weak noun taken as the object of holding or expecting is a report, not a
 * passing word: "expected a call from Trump", "held a call", «ждет звонка».
 */
export const WEAK_GOVERNED = /(?<![\p{L}])(?:expect(?:s|ed|ing)?|await(?:s|ed|ing)?|waiting for|held|had|hold|holds|have|arranged|planned|ожида\p{L}{1,4}|жд[её]т|ждут|провел\p{L}{0,2}|провед\p{L}{1,3}|провів|провела|провели|очіку\p{L}{1,4}|чека\p{L}{1,4})\s{1,3}(?:(?:a|an|the|another|his|her|their|new|second|first|phone|telephone|новый|новий|ещё один|ще одну)\s{1,3}){0,2}$/iu;
/**
 * An elided event noun: «попередня відбулася 20 серпня», «предыдущий
 * состоялся 6 октября», "the previous one took place on 20 August" — the
 * adjective stands for the event noun said just before.
 */
export const ELIDED = /(?<![\p{L}])(?:попередн(?:я|ій|ій|є)|предыдущ(?:ий|ая|ее|ие)|прошл(?:ый|ая|ое)|минул(?:а|ий|е)|перв(?:ый|ая|ое)|перш(?:а|ий|е)|the (?:previous|last|first) one|the previous)\s{0,3}(?:[,–—-]\s{0,3})?(?:відбул\p{L}{1,4}|состоял\p{L}{1,3}|прош(?:ел|ёл|ла|ло)|пройшл\p{L}{1,2}|був|була|было|был|была|took place|was held)(?![\p{L}])/giu;
/** «без подписания», "without a deal": the event did not take place and is not reported. */
export const NEGATED_BEFORE = /(?<![\p{L}])(?:без|without|no)\s{1,3}(?:[\p{L}-]{1,12}\s{1,3})?$/iu;
/** «мораторий на удары», "a halt to shelling": the stopping of a kind of event is not a report of one. */
export const CEASED_BEFORE_EN = /(?<![\p{L}])(?:pause|halt|moratorium|ban|end|stop|cessation|ceasefire|truce)\s{1,3}(?:in|on|to|of)\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?$/iu;
export const CEASED_BEFORE_SLAVIC =
  /(?<![\p{L}])(?:мораторий|мораторию|моратория|мораторием|моратории|прекращение|прекращения|прекращению|приостановка|приостановку|приостановки|паузу|пауза|паузы|паузе|запрет|запрета|мораторій|мораторію|мораторія|припинення|призупинення|заборону|заборона|заборони)\s{1,3}(?:(?:на|в|у)\s{1,3})?(?:[\p{L}-]{1,15}\s{1,3})?$/iu;
/** A person named as the source of the words («по словам Стубба», "according to Ushakov") is not a participant. */
export const ATTRIBUTION_BEFORE = /(?<![\p{L}])(?:по словам|со слов|по данным|за словами|за даними|according to)\s{1,3}(?:[\p{L}-]{1,25}\s{1,3}){0,4}$/iu;
/** «следующую встречу», «новый саммит», "a second meeting", "the next meeting" (ordinals too). */
export const FURTHER_BEFORE = /(?<![\p{L}])(?:следующ\p{L}{1,3}|втор\p{L}{2,3}|нов\p{L}{1,3}|наступн\p{L}{1,3}|друг\p{L}{1,3}|second|next|another|new)\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?$/iu;
/** «его встреча», "his summit": the possessor is the event's person. */
export const POSSESSIVE = /(?:^|\s)(?:его|её|ее|их|його|її|їх|his|her|their)\s+$/iu;
/** «Я», "I", "I'll": a first-person subject just before the verb. */
export const FIRST_PERSON_BEFORE = /(?<![\p{L}])(?:я|i|i'll|i will|i'm going to|we|we'll|we will|мы|ми)\s{1,3}(?:[\p{L}-]{1,15}\s{1,3})?$/iu;
/** A person just after a speech verb («– сказав Трамп») or before one ("Trump said") is the speaker of the quote. */
export const SPEECH_BEFORE = /(?<![\p{L}])(?:сказал|заявил|написал|ответил|сказав|заявив|написав|відповів|said|told|wrote|added)\p{L}{0,2}\s{1,3}(?:[\p{L}-]{1,15}\s{1,3}){0,3}$/iu;
export const SPEECH_AFTER = /^\s{1,3}(?:said|says|told|wrote|added)(?![\p{L}])/iu;

