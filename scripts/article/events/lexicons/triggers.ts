/**
 * Trigger lexicon: the predicates (verbs and event nouns) that report an event,
 * per language, as ReDoS-safe patterns over lowercased text.
 *
 * Patterns are stems with short, bounded ending alternations (no nested
 * quantifiers), so inflected forms match without a morphology lookup per
 * token. Each entry says which grammatical form it is, because the form feeds
 * status (past → happened, future → planned) and whether arguments are needed
 * (a bare noun «визит» is an event only with a participant, place or date).
 */
import type { EventType } from '../../../model/model.ts';

export type TriggerForm = 'past' | 'future' | 'present' | 'infinitive' | 'noun';

export interface TriggerPattern {
  type: EventType;
  /** Regex source (lowercase, `u` flag), matched between letter boundaries. */
  source: string;
  form: TriggerForm;
  /**
   * Weak triggers (bare «разговор», "call", "package") only continue an event
   * of the same type already reported in the article; they never start one.
   */
  weak?: boolean;
  /** The sentence must also match this (e.g. a court for a ruling, a document for a signing). */
  context?: RegExp;
  /**
   * A verb that reports an event only with a person as its object
   * («принял госсекретаря», "called Putin"): a person mention must start
   * within this many characters after the trigger, and the words between
   * must not match `notBetween` (light-verb uses: «принял решение»).
   */
  personAfter?: { within: number; notBetween?: RegExp };
}

/** What «принял», «прийняв», "received" take when they do not mean hosting someone. */
const NOT_HOSTED = /[,.;:]|решени|участи|закон|мер[ыу]|пакет|резолюц|документ|бюджет|присяг|отставк|поздравлен|парад|грамот|рішенн|участь|заход|бюджет|присяг|відставк|привітан|decision|part|law|bill|award|prize|letter|call|message|support|aid|funding|invitation/u;

const DOCUMENT_RU = /документ|соглашени|договор|меморандум|декларац|контракт|указ|закон|пакт|хартию|хартии/u;
const DOCUMENT_UK = /документ|угод|договор|договір|меморандум|декларац|контракт|указ|закон|пакт|хартію/u;
const DOCUMENT_EN = /document|agreement|deal|treaty|memorandum|declaration|decree|\blaw\b|\bbill\b|accord|contract|pact|charter/u;
const COURT_RU = /суд|судь[яи]|трибунал/u;
const COURT_UK = /суд|судд[яі]|трибунал/u;
const COURT_EN = /court|judge|tribunal/u;
/** A score, a quoted team name or a competition word: sport, not politics. */
/** A score (2:1, 2-1), not a date range («3–4 листопада»). */
export const SCORE =
  /(?<![\p{L}\p{N}])\d{1,2}\s?[:–-]\s?\d{1,2}(?![\p{N}])(?!\s{0,3}(?:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu;
const SPORT = new RegExp(`${SCORE.source}|«[^»]{1,40}»|матч|турнир|турнір|чемпионат|чемпіонат|кубок|кубка|лиг[аие]|ліг[аи]|\bcup\b|league|stadium|\bfc\b|\bmatch\b|fixture`, 'iu');
const SANCTION_ACTION_RU = /вв[её]л|ввели|ввела|введ|утверд|принял|приняли|приняла|расшир|наложил|объявил|продлил|пакет/u;
const SANCTION_ACTION_UK = /запровад|ввела|ввели|ввів|ухвал|затверд|наклал|розшир|оголоси|продовжи|пакет/u;
const SANCTION_ACTION_EN = /impos|adopt|announc|introduc|approv|slapp|expand|extend|package|new sanctions|sanctioned/u;
const NATION_UK = /нації|народу|українців|громадян|відео/u;

const ru: TriggerPattern[] = [
  { type: 'meeting', source: 'встрет(?:ил|ила|или)(?:ся|сь)', form: 'past' },
  { type: 'meeting', source: 'встречал(?:ся|ась|ись)', form: 'past' },
  { type: 'meeting', source: 'встрет(?:ятся|ится|имся)', form: 'future' },
  { type: 'meeting', source: 'встрет(?:иться|ились)', form: 'infinitive' },
  { type: 'meeting', source: 'встреча(?:ется|ются|ться)', form: 'present' },
  { type: 'meeting', source: 'встреч(?:а|и|е|у|ей|ам|ами|ах)?', form: 'noun' },
  // «Фидан принял в Анкаре госсекретаря США Марко Рубио»: hosting a visitor.
  { type: 'meeting', source: 'принял(?:а|и)?', form: 'past', personAfter: { within: 50, notBetween: NOT_HOSTED } },
  { type: 'talks', source: 'переговор(?:ы|ов|ах|ам|ами)', form: 'noun' },
  { type: 'summit', source: 'саммит(?:а|е|у|ом|ы|ов|ах)?', form: 'noun' },
  { type: 'visit', source: 'визит(?:а|е|у|ом|ы|ов|ами|ах)?', form: 'noun' },
  { type: 'visit', source: '(?:посетил|посещал|побывал)(?:а|и)?', form: 'past' },
  { type: 'visit', source: 'посет(?:ит|ят|им)', form: 'future' },
  { type: 'visit', source: 'посетить', form: 'infinitive' },
  // Arrival is the report of a visit: «прибыл в Киев на День независимости».
  { type: 'visit', source: 'прибыл(?:а|и)? (?:в|во|на)', form: 'past' },
  { type: 'call', source: 'телефонн(?:ый|ого|ом|ому|ым|ые|ых|ыми) (?:разговор|переговор)(?:а|е|у|ом|ы|ов|ах)?', form: 'noun' },
  { type: 'call', source: 'разговор(?:а|е|у|ом|ы)? по телефону', form: 'noun' },
  { type: 'call', source: 'созвонил(?:ся|ась|ись)', form: 'past' },
  { type: 'call', source: '\\p{L}{2,20}(?:ли|ла|л) по телефону', form: 'past' },
  { type: 'call', source: 'созвон(?:ятся|ится)', form: 'future' },
  { type: 'call', source: 'позвонил(?:а|и)?', form: 'past' },
  { type: 'call', source: 'позвон(?:ит|ят|ю|им)', form: 'future' },
  { type: 'call', source: 'разговор(?:а|е|у|ом|ы)?', form: 'noun', weak: true },
  // «договорились поговорить снова»: another call, once a call is reported.
  { type: 'call', source: '(?:поговорить|созвониться) (?:снова|ещё раз|еще раз|вновь)', form: 'infinitive', weak: true },
  { type: 'signing', source: 'подписал(?:а|и)?', form: 'past', context: DOCUMENT_RU },
  { type: 'signing', source: 'подпиш(?:ут|ет|ем)', form: 'future', context: DOCUMENT_RU },
  { type: 'signing', source: 'подписать', form: 'infinitive', context: DOCUMENT_RU },
  { type: 'signing', source: 'подписани(?:е|я|ю|ем|и)', form: 'noun', context: DOCUMENT_RU },
  { type: 'election', source: 'выбор(?:ы|ов|ах|ам|ами)', form: 'noun' },
  { type: 'election', source: 'референдум(?:а|е|у|ом|ы)?', form: 'noun' },
  { type: 'statement', source: '(?:официальн|совместн)(?:ым|ое|ого|ом) (?:заявлени(?:ем|е|я|и)|обращени(?:ем|е|я|и))', form: 'noun' },
  { type: 'statement', source: 'обратил(?:ся|ась|ись) к (?:нации|народу|гражданам)', form: 'past' },
  { type: 'statement', source: 'обращени(?:е|я|ем|и) к (?:нации|народу|гражданам)', form: 'noun' },
  { type: 'statement', source: 'пресс-конференци(?:я|и|ю|ей)', form: 'noun' },
  { type: 'attack', source: 'удар(?:а|у|ом|ы|ов|ами|ах)?', form: 'noun' },
  { type: 'attack', source: 'атак(?:а|и|у|ой|ами|ах)', form: 'noun' },
  { type: 'attack', source: 'атаковал(?:а|и)?', form: 'past' },
  { type: 'attack', source: 'обстрел(?:а|у|ом|ы|ов|ами|ах)?', form: 'noun' },
  { type: 'attack', source: 'обстрелял(?:а|и)?', form: 'past' },
  { type: 'sanctions', source: 'санкци(?:и|й|ям|ями|ях|я|ю)', form: 'noun', context: SANCTION_ACTION_RU },
  { type: 'sanctions', source: 'пакет(?:а|е|ом)?', form: 'noun', weak: true },
  { type: 'ruling', source: 'вынес(?:ла|ли)? (?:решение|приговор|вердикт)', form: 'past', context: COURT_RU },
  { type: 'ruling', source: '(?:приговорил|оправдал|постановил|отклонил|признал)(?:а|и)?', form: 'past', context: COURT_RU },
  { type: 'ruling', source: '(?:приговор|вердикт)(?:а|е|ом)?', form: 'noun', context: COURT_RU },
  { type: 'match', source: '(?:обыграл|победил|переиграл|разгромил|уступил|сыграл)(?:а|и)?', form: 'past', context: SPORT },
  { type: 'match', source: '(?:сыграет|сыграют|встретится|встретятся)', form: 'future', context: SPORT },
  { type: 'match', source: 'матч(?:а|е|у|ем|и|ей)?', form: 'noun' },
];

const uk: TriggerPattern[] = [
  { type: 'meeting', source: 'зустр(?:івся|ілася|ілися|ілись|ічався|ічалася|ічалися)', form: 'past' },
  { type: 'meeting', source: 'зустрін(?:уться|еться|емося)', form: 'future' },
  { type: 'meeting', source: 'зустр(?:ітися|ітись|ічатися)', form: 'infinitive' },
  { type: 'meeting', source: 'зустріч(?:і|ей|ами|ах|ам|чю)?', form: 'noun' },
  { type: 'meeting', source: 'прийня(?:в|ла|ли)', form: 'past', personAfter: { within: 50, notBetween: NOT_HOSTED } },
  { type: 'talks', source: '(?:переговор(?:и|ів|ах|ам|ами)|перемовин(?:и|ах|ам|ами)?)', form: 'noun' },
  { type: 'summit', source: 'саміт(?:у|і|ом|и|ів)?', form: 'noun' },
  { type: 'visit', source: 'візит(?:у|і|ом|и|ів|ами)?', form: 'noun' },
  { type: 'visit', source: '(?:відвіда|побува)(?:в|ла|ли)', form: 'past' },
  { type: 'visit', source: 'відвіда(?:є|ють|ємо)', form: 'future' },
  { type: 'visit', source: '(?:відвідати|побувати)', form: 'infinitive' },
  { type: 'visit', source: 'прибу(?:в|ла|ли) (?:до|в|у|на)', form: 'past' },
  { type: 'call', source: 'телефонн(?:а|ої|у|ій|ою|і|их) розмов(?:а|и|у|і|ою)?', form: 'noun' },
  { type: 'call', source: 'розмов(?:а|и|у|і|ою) телефоном', form: 'noun' },
  { type: 'call', source: '(?:зателефонува|поговори|подзвони)(?:в|ла|ли)', form: 'past' },
  { type: 'call', source: '(?:зателефону(?:ю|є|ють|ємо)|подзвон(?:ю|ить|ять|имо))', form: 'future' },
  { type: 'call', source: '\\p{L}{2,20}(?:ли|ла|в) (?:по )?телефон(?:ом|у)', form: 'past' },
  { type: 'call', source: 'розмов(?:а|и|у|і|ою)', form: 'noun', weak: true },
  { type: 'call', source: '(?:знову поговорити|поговорити знову|ще раз поговорити|поговорити ще раз)', form: 'infinitive', weak: true },
  { type: 'signing', source: 'підписа(?:в|ла|ли)', form: 'past', context: DOCUMENT_UK },
  { type: 'signing', source: 'підпиш(?:уть|е|емо)', form: 'future', context: DOCUMENT_UK },
  { type: 'signing', source: 'підписати', form: 'infinitive', context: DOCUMENT_UK },
  { type: 'signing', source: 'підписання(?:м)?', form: 'noun', context: DOCUMENT_UK },
  { type: 'election', source: 'вибор(?:и|ів|ах|ам|ами)', form: 'noun' },
  { type: 'election', source: 'референдум(?:у|і|ом|и)?', form: 'noun' },
  { type: 'statement', source: '(?:офіційн|спільн)(?:ою|у|ої|а) заяв(?:ою|у|и|а)', form: 'noun' },
  { type: 'statement', source: 'звернул?(?:ся|вся|лася|лися) до (?:нації|народу|українців|громадян)', form: 'past' },
  { type: 'statement', source: '(?:відео)?зверненн(?:я|ям|і)', form: 'noun', context: NATION_UK },
  { type: 'statement', source: 'прес-?конференці(?:я|ї|ю|єю)', form: 'noun' },
  { type: 'attack', source: 'удар(?:у|ом|и|ів|ами|ах)?', form: 'noun' },
  { type: 'attack', source: 'атак(?:а|и|у|ою|ами|ах)', form: 'noun' },
  { type: 'attack', source: 'атакува(?:в|ла|ли)', form: 'past' },
  { type: 'attack', source: 'обстріл(?:у|ом|и|ів|ами|ах)?', form: 'noun' },
  { type: 'attack', source: 'обстріля(?:в|ла|ли)', form: 'past' },
  { type: 'sanctions', source: 'санкці(?:ї|й|ям|ями|ях|я|ю)', form: 'noun', context: SANCTION_ACTION_UK },
  { type: 'sanctions', source: 'пакет(?:у|і|ом)?', form: 'noun', weak: true },
  { type: 'ruling', source: '(?:винес|ухвали)(?:ла|ли|в)? (?:рішення|вирок|вердикт)', form: 'past', context: COURT_UK },
  { type: 'ruling', source: 'виніс (?:рішення|вирок|вердикт)', form: 'past', context: COURT_UK },
  { type: 'ruling', source: '(?:засуди|виправда|відхили|постанови|визна)(?:в|ла|ли)', form: 'past', context: COURT_UK },
  { type: 'ruling', source: '(?:вирок|вердикт)(?:у|ом)?', form: 'noun', context: COURT_UK },
  { type: 'match', source: '(?:обігра|переміг|перемогли|перемогла|розгроми|поступи|зігра)(?:в|ла|ли)?', form: 'past', context: SPORT },
  { type: 'match', source: '(?:зіграє|зіграють)', form: 'future', context: SPORT },
  { type: 'match', source: 'матч(?:у|і|ем|і|ів)?', form: 'noun' },
];

const en: TriggerPattern[] = [
  { type: 'meeting', source: 'met', form: 'past' },
  // "Trump hosted Zelensky and European leaders at the White House".
  { type: 'meeting', source: 'hosted', form: 'past' },
  { type: 'meeting', source: 'received', form: 'past', personAfter: { within: 40, notBetween: NOT_HOSTED } },
  { type: 'meeting', source: 'meet(?:s)?', form: 'present' },
  { type: 'meeting', source: 'meeting(?:s)?', form: 'noun' },
  { type: 'talks', source: '(?:talks|negotiations)', form: 'noun' },
  { type: 'summit', source: 'summit(?:s)?', form: 'noun' },
  // "planned … to visit Kharkiv": the infinitive, so that its subject carries over.
  { type: 'visit', source: 'to visit', form: 'infinitive' },
  { type: 'visit', source: 'visit(?:s)?', form: 'noun' },
  { type: 'visit', source: 'visited', form: 'past' },
  { type: 'visit', source: 'trip', form: 'noun' },
  { type: 'visit', source: 'arrived (?:in|at)', form: 'past' },
  { type: 'call', source: '(?:phone|telephone) (?:call|conversation)s?', form: 'noun' },
  { type: 'call', source: '(?:spoke|talked) (?:by|on the|over the) (?:phone|telephone)', form: 'past' },
  { type: 'call', source: '(?:speak|talk)s? (?:by|on the|over the) (?:phone|telephone)', form: 'present' },
  { type: 'call', source: 'phoned', form: 'past' },
  // "Trump called Putin from the White House": «called» + a name + a
  // preposition, time word or the end — not "called for", "called on",
  // "called the talks constructive", "called Putin a liar".
  {
    type: 'call',
    source:
      "called(?=\\s{1,3}(?!(?:a|an|the|for|on|off|it|this|that|these|those|such|him|her|them|up|in|out|back|his|their|its)(?![\\p{L}]))[\\p{L}'’-]{2,25}(?:\\s{1,3}[\\p{L}'’-]{2,25})?\\s{0,3}(?:[,.;]|$|(?:from|on|to discuss|about|after|before|late|last|yesterday|today|earlier|again)(?![\\p{L}])))",
    form: 'past',
    personAfter: { within: 4 },
  },
  { type: 'call', source: '\\p{L}{2,20}ed (?:by|over the|on the) (?:phone|telephone)', form: 'past' },
  { type: 'call', source: '(?:call|conversation)s?', form: 'noun', weak: true },
  { type: 'call', source: '(?:speak|talk) again', form: 'infinitive', weak: true },
  { type: 'signing', source: 'signed', form: 'past', context: DOCUMENT_EN },
  { type: 'signing', source: 'sign(?:s)?', form: 'present', context: DOCUMENT_EN },
  { type: 'signing', source: 'signing', form: 'noun', context: DOCUMENT_EN },
  { type: 'election', source: 'elections?', form: 'noun' },
  { type: 'election', source: 'referend(?:um|ums|a)', form: 'noun' },
  { type: 'statement', source: '(?:official|joint) statement', form: 'noun' },
  { type: 'statement', source: 'issued a statement', form: 'past' },
  { type: 'statement', source: 'address(?:ed)? (?:to )?the nation', form: 'past' },
  { type: 'statement', source: 'press conference', form: 'noun' },
  { type: 'attack', source: 'strikes?', form: 'noun' },
  { type: 'attack', source: 'struck', form: 'past' },
  { type: 'attack', source: 'attacks?', form: 'noun' },
  { type: 'attack', source: 'attacked', form: 'past' },
  { type: 'attack', source: '(?:shelling|bombing)', form: 'noun' },
  { type: 'attack', source: '(?:shelled|bombed)', form: 'past' },
  { type: 'sanctions', source: 'sanctions', form: 'noun', context: SANCTION_ACTION_EN },
  { type: 'sanctions', source: 'package', form: 'noun', weak: true },
  { type: 'ruling', source: '(?:ruled|sentenced|convicted|acquitted|upheld|overturned)', form: 'past', context: COURT_EN },
  { type: 'ruling', source: '(?:rejected|dismissed) (?:an |the |his |her |their )?(?:appeal|case|lawsuit|claim)', form: 'past', context: COURT_EN },
  { type: 'ruling', source: '(?:ruling|verdict)', form: 'noun', context: COURT_EN },
  { type: 'match', source: '(?:beat|defeated|thrashed|drew with|lost to|edged)', form: 'past', context: SPORT },
  { type: 'match', source: '(?:match|fixture)', form: 'noun' },
];

export const LEXICON: Readonly<Record<'ru' | 'uk' | 'en', readonly TriggerPattern[]>> = { ru, uk, en };
