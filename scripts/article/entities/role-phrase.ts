/**
 * The words of one role phrase: what may modify a role noun, what may follow
 * it as its complement, and the phrase as a `Role` (its text exactly as
 * written, with offsets, and its nominative when morphology can give it).
 */
import type { Role } from '../../model/model.ts';
import { commonNominative, nounGender, wordInfo } from './name-morphology.ts';
import type { PeopleContext } from './people-context.ts';
import { isRoleNoun } from './person-cues.ts';
import type { Word } from './tokens-to-words.ts';

export const EN_ROLE_MODIFIERS = /^(prime|foreign|defence|defense|former|deputy|vice|chief|state|national|security|interior|finance|special|presidential|senior|top|acting|outgoing|incoming|new|executive|general|managing|head|assistant|associate|lead|co|interim|longtime|current|ex)$/u;

/** Conjunctions, relative pronouns and particles: a role phrase never runs over them. */
const STOP = /^(та|і|й|и|а|але|або|чи|что|що|як|как|который|которая|которое|которые|которого|которой|котрий|котра|яка|який|які|якого|якої|and|or|but|that|who|which|whose|said|says|is|was|has|had|will|would|не|ні|нет|бы|би|же|ж|ли|вже|уже|ещё|еще|теж|тоже|також|также)$/u;

/** Ukrainian function words the Russian dictionary does not read as such. */
const UK_FUNCTION = /^(у|в|з|із|зі|до|на|від|про|за|для|по|після|під|над|між|через|його|її|їх|цей|ця|це|ці|той|та|ті|свого|своєї|своїх|він|вона|вони|ми|ви|я|ти|вже|ще|теж|лише|тільки|навіть|саме|є)$/u;

/** Ukrainian verb forms (past, infinitive, present third person): a role phrase ends before them. */
const UK_VERB = /(но|то|ив|ав|ув|ла|ло|ли|ти|ть|ться|лась|лася|вся|лись|ує|ює|ить|ать|ять|ють|ують|ала|ила|іла)$/u;

// Exactly three letters before the ending means "at least three", without the polynomial backtracking of {3,}.
const UK_ADJECTIVE = /\p{L}{3}(ого|ому|ої|ій|ий|им|ім|ими|их|ою|ська|цька|ський|цький|ське|ськими)$/u;
const SLAVIC_ADJECTIVE = /(ськ|цьк|ск|цк)(ий|ая|а|ого|ой|ому|им|ої|ій|ою)$/u;

export const roleLang = (w: Word, lang: string): string => (w.latin ? 'en' : lang);
export const isRole = (w: Word, lang: string): boolean => isRoleNoun(w.lower, roleLang(w, lang));

/** Only spaces between two words of one sentence. */
export const glued = (text: string, a: Word, b: Word): boolean =>
  a.sentence === b.sentence && (a.latin ? /^(?:['’]s)?[ \u00a0]+$/u : /^[ \u00a0]+$/u).test(text.slice(a.end, b.start));

/** Is the word a plausible part of a role phrase (role noun, its modifiers and genitive complements)? */
export function rolePart(w: Word): boolean {
  if (w.acronym) return true;
  if (STOP.test(w.lower)) return false;
  if (w.latin) return true;
  if (UK_FUNCTION.test(w.lower)) return false;
  const i = wordInfo(w.text);
  if (i.functionWord || i.preposition) return false;
  // «російського», «кремлівського»: Ukrainian adjectives the Russian dictionary cannot read.
  return i.known ? i.nounCases !== 0 || i.adjective || i.geo > 0 || i.org > 0 : w.cap || /[-]/.test(w.text) || UK_ADJECTIVE.test(w.lower);
}

/** A modifier that may stand before the role noun: an adjective, an acronym or, in English, a capitalised word or title modifier. */
export function roleModifier(w: Word): boolean {
  if (w.acronym) return true;
  if (w.latin) return (w.cap && !/^(the|a|an|his|her|its|their|our|my|your|this|that|these|those)$/u.test(w.lower)) || EN_ROLE_MODIFIERS.test(w.lower);
  const i = wordInfo(w.text);
  return i.adjective || (!i.known && (SLAVIC_ADJECTIVE.test(w.lower) || UK_ADJECTIVE.test(w.lower))) || /^(экс|колишн|бывш|нынешн|нов|перш|перв)/u.test(w.lower);
}

/**
 * Modifiers that date or judge the holder rather than name the office
 * («бывший», «колишній», "former", «новопризначений», «відомий»): the role's
 * date already says when, so they are left out of the role's text.
 */
const NOT_TITLE = /^(данн|даними|даних|словам|обвинувачен|обвиняем|підозрюван|подозреваем|accused|suspected|бывш|колишн|former|нынешн|нинішн|current|тогдашн|тодішн|новоизбранн|новообран|новопризначен|свіжепризначен|новоназначенн|новий|нового|новому|новим|новый|новым|новая|нова|new|newly|outgoing|incoming|late|покойн|покійн|відом|известн|famous|well-known|знаменит|діюч|действующ|чинн)/u;
export const notTitle = (w: Word): boolean => NOT_TITLE.test(w.lower);

/** The phrase without leading modifiers that are not part of the title. */
export function titleOnly(phrase: Word[]): Word[] {
  let i = 0;
  while (i < phrase.length - 1 && notTitle(phrase[i])) i++;
  return i ? phrase.slice(i) : phrase;
}

/** A preposition or similar word after a role phrase continues it (a prepositional modifier), not a new clause. */
export function opensPhrase(w: Word): boolean {
  if (w.latin) return /^(of|for|in|at|from|since|until|with|on|to)$/u.test(w.lower);
  if (UK_FUNCTION.test(w.lower)) return true;
  const i = wordInfo(w.text);
  return i.preposition;
}

/** «лидерами», «лідери», «leaders»: a role word about several people (the Russian dictionary only judges Russian). */
export function isPluralRole(w: Word, lang: string): boolean {
  if (w.latin) return /s$/u.test(w.lower) && !/(ss|us)$/u.test(w.lower);
  if (/(ами|ями|ах|ях|ам|ям)$/u.test(w.lower) || (lang === 'uk' && /(ів|їв)$/u.test(w.lower))) return true;
  return lang === 'ru' && wordInfo(w.text).plural;
}

/** A lowercase word the dictionary cannot read that may be a Ukrainian genitive complement («оборони», «компанії»). */
export function ukComplement(w: Word, lang: string): boolean {
  if (w.latin || w.cap || UK_VERB.test(w.lower) || UK_FUNCTION.test(w.lower) || STOP.test(w.lower)) return false;
  // In a Ukrainian text the Russian dictionary's reading («ради» as a preposition) says little.
  return lang === 'uk' || !wordInfo(w.text).known;
}

/**
 * Endings of Ukrainian oblique cases: after a role noun, with no name to bound
 * the phrase, only such a word is taken as its complement («оборони»,
 * * «компанії», «скликання»), not a nominative that starts the next clause.
 */
const UK_OBLIQUE = /(ння|ття|ства|цтва|и|і|ї|у|ю|ів|їв|ої|ого|их|ям|ам|ями|ами|ах|ях|ом|ем|ою|ею)$/u;

/** A lowercase word that can only be an adjective (never a noun), so it cannot end a phrase. */
export function adjectiveOnly(w: Word): boolean {
  if (w.latin || w.cap || w.acronym) return false;
  const i = wordInfo(w.text);
  return i.known ? i.adjective && i.nounCases === 0 : UK_ADJECTIVE.test(w.lower);
}

/** Could the role head stand in the case of the name it is apposed to? (Russian only: the dictionary reads both.) */
export function agreesWithName(lang: string, name: readonly Word[], head: Word): boolean {
  if (lang !== 'ru' || head.latin) return true;
  // The name's cases: those every word of it can be in («Олега Зимина»: genitive or accusative).
  let nameCases = -1;
  for (const w of name) {
    if (w.latin || w.initial) continue;
    const n = wordInfo(w.text);
    const cases = [...n.first, ...n.last, ...n.patronymic].reduce((c, r) => c | r.cases, n.nounCases);
    if (cases) nameCases &= cases;
  }
  const headCases = wordInfo(head.text).nounCases;
  return nameCases <= 0 || headCases === 0 || (nameCases & headCases) !== 0;
}

/** Prepositions that may open the one prepositional complement of a role; those of place need a capitalised word after them. */
const OF = /^(of|for|по|з|із)$/u;
const AT = /^(in|at|в|у)$/u;
const ARTICLE = /^(the|a|an)$/u;
const EN_PREPOSITION = /^(on|at|in|to|with|from|by|during|after|before|over|under|into|about|against|since|until|as|than|for|of)$/u;

/**
 * The complement words after a role noun: genitive nouns and their adjectives,
 * names of organisations and places, acronyms, and at most one prepositional
 * phrase («secretary of state», «советник по безопасности», «посол в США»).
 * It ends at punctuation, a verb, a conjunction or a person's name.
 */
export function complementAfter(ctx: PeopleContext, head: Word, taken: Set<number>, max = 5): Word[] {
  const out: Word[] = [];
  let prev = head;
  let preposition: Word | null = null;
  for (let k = 1; out.length < max; k++) {
    const w = ctx.words[head.index + k];
    if (!w || !glued(ctx.text, prev, w) || taken.has(w.index) || w.latin !== head.latin || STOP.test(w.lower)) break;
    const next = ctx.words[w.index + 1];
    if (OF.test(w.lower) || AT.test(w.lower)) {
      if (preposition || !next || !glued(ctx.text, w, next)) break;
      const after = ARTICLE.test(next.lower) ? ctx.words[next.index + 1] : next;
      if (!after || taken.has(after.index) || (AT.test(w.lower) && !(after.cap || after.acronym))) break;
      preposition = w;
    } else if (ARTICLE.test(w.lower)) {
      if (prev !== preposition) break;
    } else if (w.latin) {
      // One prepositional phrase only: "mayor of Springfield on Friday" ends before «on».
      if (!(w.cap || w.acronym || preposition) || EN_PREPOSITION.test(w.lower)) break;
    } else if (!(rolePart(w) || (ukComplement(w, ctx.lang) && UK_OBLIQUE.test(w.lower)))) break;
    out.push(w);
    prev = w;
  }
  // A trailing preposition, article or adjective (a complement ends in its noun: «президент России готов») is not part of the role.
  while (out.length && (/^(of|for|по|з|із|in|at|в|у|the|a|an)$/u.test(out[out.length - 1].lower) || adjectiveOnly(out[out.length - 1]))) out.pop();
  return out;
}

/**
 * Nominative of a Ukrainian role noun in an oblique case («президентом» →
 * «президент», «секретарем» → «секретар», «речникові» → «речник»); the Russian
 * dictionary cannot decline Ukrainian words, and role nouns are consonant stems.
 */
function ukrainianRoleNominative(word: string): string {
  // «голови», «головою»: the one common role noun of the a-declension.
  if (/^голов(а|и|і|у|ою)$/iu.test(word)) return `${word[0]}олова`;
  if (!/[бвгджзклмнпрстфхцчшщ](ом|ем|ові|еві|у|ю|а|я|і)$/u.test(word)) return word;
  return word.replace(/(ом|ем|ові|еві|у|ю|а|я|і)$/u, '');
}

/**
 * The role phrase as a nominative title: «президентом Украины» → «президент
 * Украины», «главы МИД России» → «глава МИД России», «Российского президента»
 * → «Российский президент». Only the head noun and the adjectives before it
 * change; complements stay as written. Unknown words stay as written.
 */
function nominativeRole(ctx: PeopleContext, phrase: Word[]): string {
  const head = phrase.findIndex((w) => isRole(w, ctx.lang));
  const asWritten = ctx.text.slice(phrase[0].start, phrase[phrase.length - 1].end);
  if (head >= 0 && !phrase[head].latin && ctx.lang === 'uk') {
    const w = phrase[head];
    const nom = ukrainianRoleNominative(w.text);
    if (nom === w.text || !isRoleNoun(nom.toLowerCase(), 'uk') || head > 0) return asWritten;
    return ctx.text.slice(phrase[0].start, w.start) + nom + ctx.text.slice(w.end, phrase[phrase.length - 1].end);
  }
  if (head < 0 || phrase[head].latin || ctx.lang !== 'ru') return asWritten;
  const headNom = commonNominative(phrase[head].text, 'NOUN');
  if (!headNom) return asWritten;
  const gender = nounGender(headNom);
  const parts: string[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const w = phrase[i];
    const word = i === head ? headNom : i < head ? sameStem(w.text, commonNominative(w.text, 'ADJF', gender)) : w.text;
    // Half a nominative («первого вице-премьер») is worse than the phrase as written.
    if (word === null) return asWritten;
    parts.push(word);
    if (i < phrase.length - 1) parts.push(ctx.text.slice(w.end, phrase[i + 1].start));
  }
  return parts.join('');
}

/** A nominative that keeps the word's stem («первого» is not «один»), else null. */
function sameStem(word: string, nominative: string | null): string | null {
  return nominative && nominative.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase() ? nominative : null;
}

/** The phrase as a role of the article: text and offsets as written, the nominative when it differs. */
export function roleOf(ctx: PeopleContext, words: Word[]): Role {
  const phrase = titleOnly(words);
  const span = { start: phrase[0].start, end: phrase[phrase.length - 1].end };
  const text = ctx.text.slice(span.start, span.end);
  const nominative = nominativeRole(ctx, phrase);
  return { text, ...(nominative !== text ? { nominative } : {}), lang: ctx.lang, date: ctx.date, ...span };
}
