/**
 * What the words around a capitalised word say about it: a role noun or a
 * speech verb vouches for a person, a following common noun makes it the head
 * of a phrase, a preposition before it makes it a place.
 */
import { CASE, wordInfo } from '../name-morphology.ts';
import { nameStem } from '../normalise-name.ts';
import { EN_FIRST_NAMES, afterQuotation, isRoleNoun, isRoleWord, isSpeechVerb } from '../person-cues.ts';
import type { Word } from '../tokens-to-words.ts';
import { knownEntries } from '../../../lang/lexicons/known-places-orgs.ts';
import { ADVERBS, EN_CALENDAR, EN_MEETING_VERBS, EN_PERSON_NOUNS, KINSHIP, PLURAL_VERB, PREPOSITIONS } from './name-cues-lexicon.ts';
import { adjacent, info, sum, type Reader } from './reader.ts';

/**
 * «…», говорит Гернстермайер. / — сказал Бонер: the speaker of a quote, named
 * right after the speech verb that follows the closing quote or dash, with
 * nothing after the name but the end of the clause.
 */
export function attributedQuote(r: Reader, w: Word): boolean {
  const verb = r.words[w.index - 1];
  if (!verb || verb.sentence !== w.sentence || verb.cap || !adjacent(r.text, verb, w) || !isSpeechVerb(verb.lower)) return false;
  const after = r.text.slice(w.end, w.end + 2).trim();
  return afterQuotation(r.text, verb.start) && /^([.,:;!?)]|$)/u.test(after);
}

let knownLatin: Set<string> | null = null;
/** Latin spellings of the gazetteer's places and organisations («met NATO», «welcomed Finland» name no one). */
function gazetteerLatin(): Set<string> {
  knownLatin ??= new Set(knownEntries().flatMap((e) => e.forms.filter((f) => /^[A-Za-z .'-]+$/.test(f)).map((f) => f.toLowerCase())));
  return knownLatin;
}
export function meetingObject(r: Reader, w: Word): boolean {
  const verb = r.words[w.index - 1];
  if (!verb || verb.sentence !== w.sentence || !verb.latin || verb.cap || !EN_MEETING_VERBS.has(verb.lower) || r.text.slice(verb.end, w.start) !== ' ') return false;
  const next = r.words[w.index + 1];
  // A single word: «met Putin», not «met Prime Minister …» (the chain reader handles names of two words).
  if (next && next.cap && r.text.slice(w.end, next.start) === ' ') return false;
  // «met Chilean minister …», «met Senate leaders»: a word before a role noun describes the person, it is not one.
  if (next && !next.cap && r.text.slice(w.end, next.start) === ' ' && isRoleNoun(next.lower, 'en')) return false;
  // («thanked Lithuanians», «met Europeans»: peoples, not a person; «will meet Thursday»: a day.)
  return !gazetteerLatin().has(w.lower) && !EN_FIRST_NAMES.has(w.lower) && !/(ians|eans|ese)$/.test(w.lower) && !EN_CALENDAR.test(w.lower);
}

/**
 * «Центру економічної стратегії», «Атлантичної ради»: a capitalised ordinary
 * noun, or a feminine adjective in -ої/-ой, followed by a lowercase word opens
 * the name of a body (the Russian dictionary cannot see the Ukrainian words
 * after it, so `headsPhrase` misses these).
 */
export function opensBodyName(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  if (!next || next.cap || next.latin || next.sentence !== w.sentence || r.text.slice(w.end, next.start) !== ' ' || isSpeechVerb(next.lower)) return false;
  const i = info(w);
  if (/(ої|ой)$/u.test(w.lower) && /[иії]$/u.test(next.lower) && !i.last.length) return true;
  return i.known && i.common > sum(i.last) + sum(i.first) && !r.known.has(nameStem(w.text)) && /(ої|ого|ому|ою|ой|ую|ых|их)$/u.test(next.lower);
}

/** A kinship noun right before: the name after it is the relative's, in the genitive. */
export function kinBefore(r: Reader, w: Word): boolean {
  const prev = r.words[w.index - 1];
  return prev !== undefined && prev.sentence === w.sentence && !prev.cap && KINSHIP.has(prev.lower) && adjacent(r.text, prev, w);
}

/** A role noun in the singular right before (possibly with one capitalised genitive: «президент Франции Макрон»). */
export function roleBefore(r: Reader, first: Word): boolean {
  for (const k of [1, 2]) {
    const prev = r.words[first.index - k];
    if (!prev || prev.sentence !== first.sentence) return false;
    // «министр Франции Дюпон», «вратарь Спартака Олег Сомов»: the word between must be a place, an
    // organisation or an acronym — a capitalised word the dictionary knows as no part of a person's name.
    const mid = r.words[first.index - 1];
    // (Or a lowercase noun in the genitive: «режисерка фільму Ольга Гурова».)
    const midNoun = !mid.cap && !mid.latin && !isRoleWord(mid.lower, 'ru') && (info(mid).nounCases & CASE.gent) !== 0 && !info(mid).functionWord && !info(mid).adjective;
    if (k === 2 && !midNoun && !(mid.acronym || (mid.cap && !mid.latin && (info(mid).geo + info(mid).org > 0 || (!info(mid).first.length && !info(mid).last.length && !r.known.has(nameStem(mid.text))))))) return false;
    // English titles are capitalised before a name («Dutch Minister Jan Smit»).
    if (!prev.cap || prev.clauseStart || prev.latin) {
      const lang = prev.latin ? 'en' : 'ru';
      if (isRoleWord(prev.lower, lang) && !(prev.latin ? /s$/.test(prev.lower) : info(prev).plural)) return true;
    }
  }
  return false;
}
/** A speech verb right after (allowing one adverb): «Стубб заявил», «Макрон также отметил». */
export function verbAfter(r: Reader, last: Word): boolean {
  let next = r.words[last.index + 1];
  if (next && ADVERBS.has(next.lower)) next = r.words[last.index + 2];
  return !!next && next.sentence === last.sentence && !next.cap && isSpeechVerb(next.lower) && !PLURAL_VERB.test(next.lower) &&
    r.text.slice(last.end, next.start).trim() === '';
}

/** How many words after the article an English apposition's role noun may stand («, a local shop owner»). */
const APPOSITION_REACH = 5;

/**
 * An English person's apposition after the name: an age («X Y, 50,») or a
 * description headed by a person noun («X Y, a local shop owner», «X Y,
 * the bank's founder»). A company or a place takes other nouns.
 */
export function appositionAfter(r: Reader, last: Word): boolean {
  const gap = r.text.slice(last.end, last.end + 6);
  if (/^, \d{1,3}(,|\s*$)/u.test(gap)) return true;
  const article = r.words[last.index + 1];
  if (!article || article.sentence !== last.sentence || !/^(a|an|the)$/u.test(article.lower) || r.text.slice(last.end, article.start) !== ', ') return false;
  for (let k = 2; k <= APPOSITION_REACH + 1; k++) {
    const w = r.words[last.index + k];
    if (!w || w.sentence !== last.sentence || !w.latin || /[,;.]/u.test(r.text.slice(r.words[last.index + k - 1]!.end, w.start))) return false;
    if (isRoleNoun(w.lower, 'en') || EN_PERSON_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * The word is followed by a lowercase noun or adjective it could modify or
 * govern («Палаты представителей», «Московской области», «Совета муфтиев»),
 * so it is the head of a longer common-noun phrase, not a name.
 */
export function headsPhrase(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  if (!next || next.sentence !== w.sentence || next.cap || next.latin || r.text.slice(w.end, next.start) !== ' ') return false;
  if (isSpeechVerb(next.lower)) return false;
  const ni = wordInfo(next.text);
  return ni.known && !ni.functionWord && (ni.adjective || ni.nounCases !== 0) && ni.common > 0;
}
/** «в Грозном», «на Рейне»: a lone name-like word in the locative after в/на is a place. */
export function placeAfterPreposition(r: Reader, w: Word): boolean {
  const prev = r.words[w.index - 1];
  if (!prev || prev.sentence !== w.sentence || !/^(в|во|на|у|у|в|на)$/u.test(prev.lower) || r.known.has(nameStem(w.text))) return false;
  // Ukrainian locative «у Львові», «на Донбасі»: a name in -ові/-і after в/у/на is a place.
  if (/(ові|еві|і)$/u.test(w.lower) && /[іїєґ]/u.test(w.lower) && !info(w).known) return true;
  const i = info(w);
  const cases = [...i.last, ...i.first, ...i.adjectival].reduce((c, x) => c | x.cases, 0) | i.nounCases;
  return cases === 0 || (cases & CASE.loct) !== 0 || (cases & CASE.accs) !== 0 && prev.lower === 'на';
}
/**
 * «Надія на мир», «Віра в успіх», «Любовь к музыке»: a
 * clause-initial given name that is also a noun, followed by a preposition,
 * is the noun.
 */
export function prepositionAfter(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  return !!next && next.sentence === w.sentence && !next.cap && (PREPOSITIONS.has(next.lower) || (!next.latin && wordInfo(next.text).preposition));
}

/** A lowercase word right after that is not a verb form: the capitalised word modifies or heads a phrase («Софійській площі»). */
export function nounAfter(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  if (!next || next.sentence !== w.sentence || next.cap || r.text.slice(w.end, next.start) !== ' ') return false;
  if (/(в|ла|ло|ли|вся|лась|лися|є|ють|ять|ить|ать|ує|ав|ив|ів|ть|ться|ся)$/u.test(next.lower)) return false;
  const ni = wordInfo(next.text);
  return !ni.functionWord;
}

/** «Pope Leo XIV», «King Charles III», «Людовик XIV»: a Roman regnal number right after a name belongs to it. */
export function regnalNumber(r: Reader, w: Word): Word | null {
  const next = r.words[w.index + 1];
  return next && next.sentence === w.sentence && /^[IVXL]{1,6}$/.test(next.text) && r.text.slice(w.end, next.start) === ' ' ? next : null;
}
