/**
 * Words of the clause around a trigger that say who takes part, which date
 * is the event's own and what kind of event it is: patterns only, used by
 * the candidate stage (build-candidate.ts and its helpers).
 */
import { SCORE } from './triggers.ts';

/** A date after these is a bound («после 2019 года», "since February 2022"), not the event's date. */
export const SINCE_BEFORE = /(?<![\p{L}])(?:после|після|since|з часів)\s{1,3}$/iu;
export const SINCE_START = /^(?:после|після|since)(?![\p{L}])/iu;
/** "two weeks after the vote": counted from another event, not from the article's date. */
export const RELATIVE_TO_EVENT = /(?<![\p{L}])(?:after|before|later than|после|після)$/iu;

/** Clauses that continue the sentence's subject: «…, где провел переговоры», «… и подписал». */
export const CONTINUES_SUBJECT = /^\s*(?:где|де|where|и|і|й|та|and)(?![\p{L}])/iu;
/** «X заявил, что готов увидеться с Y»: the speaker is the one ready to meet. */
/** "X said she planned to tour …": a clause whose subject is a pronoun continues the speaker. */
export const PRONOUN_CLAUSE = /^[\s,]*(?:(?:что|що|that)\s+)?(?:он|она|він|вона|he|she)(?![\p{L}])/iu;
export const READY_CLAUSE = /^[\s,]*(?:(?:что|що|that)\s+)?(?:(?:он|она|він|вона|he|she)\s+)?(?:готов|готова|готовий|is ready|was ready)(?![\p{L}])/iu;
/** A speech verb closing the text before a clause («Х заявил, что …»): the clause is reported speech. */
export const SPEECH_VERB_END = /(?:заявил|сообщил|сказал|отметил|заявив|повідомив|сказав|зазначив|said|says|told)\p{L}{0,3}[\s,]{0,4}$/u;
export const THAT_END = /,?\s{0,3}(?:что|що|that)\s{0,3}$/u;

/** Sport words: a meeting or talks with no people in such a sentence is a match. */
export const SPORT_CONTEXT = new RegExp(`\\bcup\\b|league|stadium|матч|кубок|кубка|чемпионат|чемпіонат|турнир|турнір|${SCORE.source}`, 'iu');
/** The target of sanctions, per language («против России», "against Belarus"). */
export const TARGET_PHRASE: Record<string, RegExp> = {
  ru: /(?<![\p{L}])против\s+[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/u,
  uk: /(?<![\p{L}])проти\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?/u,
  en: /(?<![\p{L}])(?:against|on)\s+(?:[\p{Lu}][\p{L}-]+)(?:\s+[\p{Lu}][\p{L}-]+)?/u,
};
/** A team name in guillemets («Динамо»). */
export const QUOTED_NAME = /«([^«»]{1,40})»/gu;
/** A capitalised word of an English team name. */
export const CAPITAL_WORD = /^\p{Lu}[\p{L}-]{1,30}$/u;
/** The team after an English match verb: "beat Arsenal", "drew with Aston Villa". */
export const TEAM_AFTER = /^\S{1,30}(?:\s{1,3}with|\s{1,3}to)?\s{1,3}(\p{Lu}[\p{L}-]{1,30}(?:\s\p{Lu}[\p{L}-]{1,30})?)/u;

/** A finite verb or short participle by its ending (lowercase whole word). */
export const VERB_WORD = /^\p{Ll}{2,30}(?:ает|яет|еет|ует|ит|ют|ят|ут|ал|ял|ел|ил|ала|яла|ела|ила|али|яли|ели|или|лся|лась|лись|ає|ує|ить|ють|ован[аоы]?|ирован[аоы]?)$/u;
/** A comma followed by two words opens something new («…, министр добавил»). */
export const COMMA_THEN_WORDS = /,\s{0,3}\p{L}{1,30}\s{1,3}\p{L}/u;
