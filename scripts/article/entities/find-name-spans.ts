/**
 * Find spans of person names in the word list: chains of capitalised words
 * read with az (Name / Surn / Patr readings, predicted adjectival surnames),
 * initials, context cues (role nouns before, speech verbs after), then
 * propagation: once a surname is known in the article every form of it — even
 * lowercase «путін» — is a mention, and a second reading of the chains uses
 * the known surnames («братом Сулимы Ямадаева» once «Иса Ямадаев» is known).
 */
import { capitalise, wordInfo, CASE, type NameReading, type WordInfo } from './name-morphology.ts';
import { nameStem } from './normalise-name.ts';
import { EN_FIRST_NAMES, NAME_PARTICLES, afterQuotation, isRoleWord, isSpeechVerb } from './person-cues.ts';
import type { Word } from './tokens-to-words.ts';
import { knownEntries } from '../../lang/lexicons/known-places-orgs.ts';
import { memoByString } from '../../util/memo.ts';

/** One name mention as found, before grouping into people. */
export interface NameSpan {
  start: number;
  end: number;
  sentence: number;
  words: Word[];
  first: Word[];
  patronymic: Word | null;
  last: Word[];
  initials: Word[];
  /** How the span was recognised (used to settle overlaps with organisations/places). */
  evidence: 'dictionary' | 'pattern' | 'cue' | 'propagated';
  /** East Asian name written as syllables («Ким Чен Ын»): kept as written. */
  asian?: boolean;
  /** The surname's nominative when the finder knows it better than morphology («путіна» → «Путін»). */
  nominative?: string;
}

const EMPTY_INFO: WordInfo = {
  first: [], last: [], patronymic: [], geo: 0, org: 0, common: 0, adjective: false, functionWord: false,
  known: false, adjectival: [], nounCases: 0, plural: false, preposition: false, ukCommon: false,
};
const info = (w: Word): WordInfo => (w.latin ? EMPTY_INFO : wordInfo(w.text));
const sum = (rs: NameReading[]): number => rs.reduce((s, r) => s + r.score, 0);

/** Capitalised particles inside a name: «Ле Пен», «Де Сантис», «Ван Велли», «Абд Эль Фатах». */
const CAP_PARTICLES = new Set(['ле', 'де', 'ван', 'фон', 'ди', 'дель', 'аль', 'эль', 'абд', 'ибн', 'бен', 'бин', 'ла', 'да', 'дос', 'дю', 'ибн', 'абу']);
/** Unknown one-word names that are organisations by their shape (Росприроднадзор, Газпромбанк, Роснефть). */
const ORG_SHAPE = /^\p{L}{3,}(департамент|надзор|нефт|газ|банк|пром|строй|торг|транс|авиа|информ|связ|энерго|холдинг|инвест|агентств|ком|тех|медиа|телеком|маш|хим|агро|фонд)\p{L}{0,3}$/u;
/** «-ахим» is a given name (Йоахим, Ибрахим), while «Еврохим», «Уралхим» are companies. */
const orgShaped = memoByString((lower: string): boolean => ORG_SHAPE.test(lower) && !/ахим$/u.test(lower));

const isParticle = (w: Word): boolean => !w.cap && NAME_PARTICLES.has(w.lower);
const isCapParticle = (w: Word): boolean => w.cap && CAP_PARTICLES.has(w.lower);

interface Reader {
  text: string;
  words: Word[];
  /** Stems of surnames already found in the article (second reading only). */
  known: Set<string>;
  /** Words the article writes in lowercase (built on first use). */
  lowercase?: Set<string>;
}

/** Whether the article also writes this word in lowercase: one pass per article, not one text scan per word. */
function writtenLowercase(r: Reader, lower: string): boolean {
  if (!r.lowercase) {
    r.lowercase = new Set();
    for (const w of r.words) if (w.text === w.lower) r.lowercase.add(w.lower);
  }
  return r.lowercase.has(lower);
}

function isFirst(w: Word): boolean {
  if (!w.cap || w.initial || w.acronym) return false;
  if (w.latin) return EN_FIRST_NAMES.has(w.lower);
  const i = info(w);
  return i.first.length > 0 && sum(i.first) >= i.geo && !(i.functionWord && sum(i.first) < i.common);
}
const isPatronymic = (w: Word): boolean => w.cap && !w.latin && info(w).patronymic.length > 0;

/** A surname by the dictionary, by az's adjectival prediction, or because the article already names it. */
function isSurname(r: Reader, w: Word): boolean {
  if (!w.cap || w.initial || w.acronym || ukGenitiveShape(w.lower)) return false;
  if (r.known.has(nameStem(w.text))) return true;
  if (w.latin) return false;
  const i = info(w);
  return (i.last.length > 0 && sum(i.last) >= i.geo + i.org) || (!i.known && i.adjectival.length > 0);
}
/** Not in the dictionary at all (foreign names, Ukrainian spellings). */
function isUnknown(w: Word): boolean {
  if (!w.cap || w.initial || w.acronym) return false;
  if (w.latin) return !EN_FIRST_NAMES.has(w.lower);
  return !info(w).known;
}
/** May fill a surname slot right after a first name or initials (Трамп, Макрон, Кан are dictionary words too). */
function canBeSurname(r: Reader, w: Word): boolean {
  if (!w.cap || w.initial || w.acronym || ukGenitiveShape(w.lower)) return false;
  if (w.latin || isSurname(r, w)) return true;
  const i = info(w);
  if (!i.known) return true;
  if (i.functionWord) return false;
  // «Артур Гороховский», «Сергей Искусных»: a capitalised adjective after a first name is an adjectival surname.
  return !i.adjective || /(ский|цкий|ской|ская|цкая|ого|ому|им|ым|ой|ых|их)$/u.test(w.lower);
}
/** A capitalised word that could be a foreign given name before a surname (not a place, org, adjective or function word). */
function canBeGiven(w: Word, pluralToo = false): boolean {
  if (!w.cap || w.initial || w.acronym || w.latin) return false;
  const i = info(w);
  return !i.functionWord && !i.adjective && !i.ukCommon && i.geo + i.org === 0 && (pluralToo || !i.plural) && !isRoleWord(w.lower, 'ru') && !isClauseOpener(w) && !ukGenitiveShape(w.lower) && !/^(аль|эль|ал|ас|ад|ибн|бен|бин|абу|ван|фон|де|ди|дю|ле|ла)-/iu.test(w.text);
}

/** Adjacent within a name: plain space, or the dot of an initial, or a hyphen. */
function adjacent(text: string, a: Word, b: Word): boolean {
  if (a.sentence !== b.sentence) return false;
  // The gap text.slice(a.end, b.start) read in place: /^[ \u00a0]{1,2}$/, or /^ ?$/ after an initial, or «-».
  const length = b.start - a.end;
  if (length <= 0) return a.initial;
  if (length > 2) return false;
  const c = text.charCodeAt(a.end);
  if (length === 1) return c === 0x20 || c === 0xa0 || c === 0x2d;
  const d = text.charCodeAt(a.end + 1);
  return (c === 0x20 || c === 0xa0) && (d === 0x20 || d === 0xa0);
}

const MONTHS =
  /^((январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(ь|я|е|ю)|ма(й|я|е|ю)|март(а|е|у)?|август(а|е|у)?|(січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)(ень|ня|ні|ню|ий|ого|ому)|листопад(а|і|у)?)$/u;
const isMonth = memoByString((lower) => MONTHS.test(lower));

/**
 * «…», говорит Гернстермайер. / — сказал Бонер: the speaker of a quote, named
 * right after the speech verb that follows the closing quote or dash, with
 * nothing after the name but the end of the clause.
 */
function attributedQuote(r: Reader, w: Word): boolean {
  const verb = r.words[w.index - 1];
  if (!verb || verb.sentence !== w.sentence || verb.cap || !adjacent(r.text, verb, w) || !isSpeechVerb(verb.lower)) return false;
  const after = r.text.slice(w.end, w.end + 2).trim();
  return afterQuotation(r.text, verb.start) && /^([.,:;!?)]|$)/u.test(after);
}

/** English verbs whose object is a person: «Witkoff met Putin», «Stubb welcomed Zelensky». */
const EN_CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|yesterday)$/;
const EN_MEETING_VERBS = new Set(['met', 'meet', 'meets', 'meeting', 'welcomed', 'welcomes', 'thanked', 'thanks', 'phoned', 'congratulated', 'hosted', 'hosts']);
let knownLatin: Set<string> | null = null;
/** Latin spellings of the gazetteer's places and organisations («met NATO», «welcomed Finland» name no one). */
function gazetteerLatin(): Set<string> {
  knownLatin ??= new Set(knownEntries().flatMap((e) => e.forms.filter((f) => /^[A-Za-z .'-]+$/.test(f)).map((f) => f.toLowerCase())));
  return knownLatin;
}
function meetingObject(r: Reader, w: Word): boolean {
  const verb = r.words[w.index - 1];
  if (!verb || verb.sentence !== w.sentence || !verb.latin || verb.cap || !EN_MEETING_VERBS.has(verb.lower) || r.text.slice(verb.end, w.start) !== ' ') return false;
  const next = r.words[w.index + 1];
  // A single word: «met Putin», not «met Prime Minister …» (the chain reader handles names of two words).
  if (next && next.cap && r.text.slice(w.end, next.start) === ' ') return false;
  // («thanked Lithuanians», «met Europeans»: peoples, not a person; «will meet Thursday»: a day.)
  return !gazetteerLatin().has(w.lower) && !EN_FIRST_NAMES.has(w.lower) && !/(ians|eans|ese)$/.test(w.lower) && !EN_CALENDAR.test(w.lower);
}

/**
 * «Центру економічної стратегії», «Атлантичної ради»: a capitalised ordinary
 * noun, or a feminine adjective in -ої/-ой, followed by a lowercase word opens
 * the name of a body (the Russian dictionary cannot see the Ukrainian words
 * after it, so `headsPhrase` misses these).
 */
function opensBodyName(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  if (!next || next.cap || next.latin || next.sentence !== w.sentence || r.text.slice(w.end, next.start) !== ' ' || isSpeechVerb(next.lower)) return false;
  const i = info(w);
  if (/(ої|ой)$/u.test(w.lower) && /[иії]$/u.test(next.lower) && !i.last.length) return true;
  return i.known && i.common > sum(i.last) + sum(i.first) && !r.known.has(nameStem(w.text)) && /(ої|ого|ому|ою|ой|ую|ых|их)$/u.test(next.lower);
}

/** Kinship nouns that take the relative in the genitive («вдова Ельцина», «син Кучми»). */
const KINSHIP = new Set([
  'вдова', 'жена', 'супруга', 'муж', 'супруг', 'сын', 'дочь', 'мать', 'отец', 'брат', 'сестра', 'внук', 'внучка', 'вдовец',
  'дружина', 'чоловік', 'син', 'донька', 'мати', 'батько', 'онук', 'онука',
]);
function kinBefore(r: Reader, w: Word): boolean {
  const prev = r.words[w.index - 1];
  return prev !== undefined && prev.sentence === w.sentence && !prev.cap && KINSHIP.has(prev.lower) && adjacent(r.text, prev, w);
}

/** Russian and Ukrainian surname shapes in any case: -ов/-ін, -ський/-цкий, -енко, -чук/-юк. */
const SLAVIC_SURNAME_SHAPE =
  /^\p{Ll}[\p{Ll}'’ʼ]+(?:(?:ов|ев|єв|ёв|ин|ін|їн)(?:а|у|им|ым|ом|ою|ої|ой|ій|і|е)?|(?:ськ|цьк|ск|цк)(?:ий|ого|ому|им|ім|ій|ая|ою|ої|ой|ую|у|а)|енк(?:о|а|у|ом|ові)|[чю]к(?:а|у|ом|ові|і)?)$/u;
const slavicSurnameShape = memoByString((lower) => SLAVIC_SURNAME_SHAPE.test(lower));

/**
 * A lowercase word right after a capitalised given name that has a surname's
 * shape and is no ordinary word (an adjective such as «британський» is one).
 */
function lowercaseSurnameAfter(text: string, prev: Word, w: Word): boolean {
  if (w.cap || w.latin || w.initial || !slavicSurnameShape(w.lower) || !adjacent(text, prev, w) || !isFirst(prev)) return false;
  const i = info({ ...w, text: capitalise(w.text) });
  return !i.ukCommon && !i.functionWord && !(i.known && (i.adjective || i.common > sum(i.last)));
}

/** Split the words into runs of name-capable words (capitalised words, initials, inner particles). */
function chains(text: string, words: Word[]): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  const flush = (): void => {
    while (cur.length && isParticle(cur[cur.length - 1])) cur.pop();
    // (A new array only after a chain: flush runs at every lowercase word.)
    if (cur.length) {
      out.push(cur);
      cur = [];
    }
  };
  for (const w of words) {
    // A month («7 Августа Дарина Яковенко», «серпня») is never part of a name.
    const usable = ((w.cap && !w.acronym) || (cur.length > 0 && isParticle(w))) && !isMonth(w.lower);
    if (!usable) {
      // «Андрій жуковський», «Дарія кіселева»: some outlets write a surname in lowercase on purpose.
      const prev = cur[cur.length - 1];
      if (prev && lowercaseSurnameAfter(text, prev, w)) {
        cur.push({ ...w, cap: true, text: capitalise(w.text) });
        continue;
      }
      flush();
      continue;
    }
    if (cur.length && !adjacent(text, cur[cur.length - 1], w)) flush();
    if (!cur.length && isParticle(w)) continue;
    cur.push(w);
  }
  flush();
  return out;
}

/** A chain that is exactly a quoted title («Спартак», «Голос Америки») names a thing, not a person. */
function quotedTitle(text: string, chain: Word[]): boolean {
  const before = text.slice(Math.max(0, chain[0].start - 2), chain[0].start);
  const after = text.slice(chain[chain.length - 1].end, chain[chain.length - 1].end + 2);
  return /[«„"“]\s?$/u.test(before) && /^\s?[»“"”]/u.test(after);
}

function span(words: Word[], parts: Partial<NameSpan>, evidence: NameSpan['evidence']): NameSpan {
  return {
    start: words[0].start,
    end: words[words.length - 1].end,
    sentence: words[0].sentence,
    words,
    first: parts.first ?? [],
    patronymic: parts.patronymic ?? null,
    last: parts.last ?? [],
    initials: parts.initials ?? [],
    evidence,
    ...(parts.asian ? { asian: true } : {}),
  };
}

const ADVERBS = new Set(['также', 'уже', 'вновь', 'снова', 'тогда', 'ранее', 'позже', 'затем', 'же', 'не', 'тоже', 'также,', 'теж', 'також', 'вже', 'знову', 'ще', 'also', 'then', 'later']);

/** A role noun in the singular right before (possibly with one capitalised genitive: «президент Франции Макрон»). */
function roleBefore(r: Reader, first: Word): boolean {
  for (const k of [1, 2]) {
    const prev = r.words[first.index - k];
    if (!prev || prev.sentence !== first.sentence) return false;
    // «президент Франции Макрон», «защитник Арсенала Киран Гиббс»: the word between must be a place, an
    // organisation or an acronym — a capitalised word the dictionary knows as no part of a person's name.
    const mid = r.words[first.index - 1];
    // (Or a lowercase noun in the genitive: «продюсерка стрічки Раней Аронсон-Рат».)
    const midNoun = !mid.cap && !mid.latin && !isRoleWord(mid.lower, 'ru') && (info(mid).nounCases & CASE.gent) !== 0 && !info(mid).functionWord && !info(mid).adjective;
    if (k === 2 && !midNoun && !(mid.acronym || (mid.cap && !mid.latin && (info(mid).geo + info(mid).org > 0 || (!info(mid).first.length && !info(mid).last.length && !r.known.has(nameStem(mid.text))))))) return false;
    // English titles are capitalised before a name («Polish President Karol Nawrocki»).
    if (!prev.cap || prev.clauseStart || prev.latin) {
      const lang = prev.latin ? 'en' : 'ru';
      if (isRoleWord(prev.lower, lang) && !(prev.latin ? /s$/.test(prev.lower) : info(prev).plural)) return true;
    }
  }
  return false;
}
/** A speech verb right after (allowing one adverb): «Стубб заявил», «Макрон также отметил». */
function verbAfter(r: Reader, last: Word): boolean {
  let next = r.words[last.index + 1];
  if (next && ADVERBS.has(next.lower)) next = r.words[last.index + 2];
  return !!next && next.sentence === last.sentence && !next.cap && isSpeechVerb(next.lower) && !PLURAL_VERB.test(next.lower) &&
    r.text.slice(last.end, next.start).trim() === '';
}
/** Plural verb forms («сообщили», «считают») cannot have one person as subject. */
const PLURAL_VERB = /(ли|лись|ют|ут|ят|ать|ить|уть|ись)$/u;

/**
 * The word is followed by a lowercase noun or adjective it could modify or
 * govern («Палаты представителей», «Московской области», «Совета муфтиев»),
 * so it is the head of a longer common-noun phrase, not a name.
 */
function headsPhrase(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  if (!next || next.sentence !== w.sentence || next.cap || next.latin || r.text.slice(w.end, next.start) !== ' ') return false;
  if (isSpeechVerb(next.lower)) return false;
  const ni = wordInfo(next.text);
  return ni.known && !ni.functionWord && (ni.adjective || ni.nounCases !== 0) && ni.common > 0;
}
/** «в Грозном», «на Рейне»: a lone name-like word in the locative after в/на is a place. */
function placeAfterPreposition(r: Reader, w: Word): boolean {
  const prev = r.words[w.index - 1];
  if (!prev || prev.sentence !== w.sentence || !/^(в|во|на|у|у|в|на)$/u.test(prev.lower) || r.known.has(nameStem(w.text))) return false;
  // Ukrainian locative «у Львові», «на Донбасі»: a name in -ові/-і after в/у/на is a place.
  if (/(ові|еві|і)$/u.test(w.lower) && /[іїєґ]/u.test(w.lower) && !info(w).known) return true;
  const i = info(w);
  const cases = [...i.last, ...i.first, ...i.adjectival].reduce((c, x) => c | x.cases, 0) | i.nounCases;
  return cases === 0 || (cases & CASE.loct) !== 0 || (cases & CASE.accs) !== 0 && prev.lower === 'на';
}
/**
 * «Надія на швидке завершення», «Віра в дипломатію», «Любовь к музыке»: a
 * clause-initial given name that is also a noun, followed by a preposition,
 * is the noun.
 */
function prepositionAfter(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  return !!next && next.sentence === w.sentence && !next.cap && (PREPOSITIONS.has(next.lower) || (!next.latin && wordInfo(next.text).preposition));
}
const PREPOSITIONS = new Set(['в', 'у', 'на', 'до', 'з', 'із', 'зі', 'за', 'про', 'від', 'для', 'щодо', 'к', 'о', 'об', 'через', 'між']);

/**
 * Surnames some Ukrainian outlets write in lowercase on purpose («путін»,
 * «пєсков»), in the Ukrainian spelling only: the Russian lowercase forms are
 * ordinary words («путина», «лавров»).
 */
const LOWERCASE_SURNAMES = new Map([
  ['путін', 'Путін'], ['пєсков', 'Пєсков'], ['медведєв', 'Медведєв'], ['шойг', 'Шойгу'], ['кадиров', 'Кадиров'], ['лукашенк', 'Лукашенко'],
]);
function lowercaseNames(r: Reader, found: NameSpan[]): NameSpan[] {
  const taken = new Set<number>();
  for (const s of found) for (const w of s.words) taken.add(w.index);
  return r.words
    .filter((w) => !w.cap && !w.latin && !taken.has(w.index) && LOWERCASE_SURNAMES.has(nameStem(w.text)))
    .map((w) => ({ ...span([w], { last: [w] }, 'propagated'), nominative: LOWERCASE_SURNAMES.get(nameStem(w.text)) }));
}

/** «Формулы-1», «Союз-2»: a capitalised word glued to a number names a thing. */
const beforeNumber = (r: Reader, w: Word): boolean => /^-\d/u.test(r.text.slice(w.end, w.end + 2));
// No -ов/-ев: «Харкова», «Львова», «Києва» are cities.
const UK_SURNAME = /(енк[оаиуі]|чук[аиуі]?|юк[аиуі]?|ськ(ий|ого|ому|им)|цьк(ий|ого|ому|им)|[іи]н(а|у|им|ові)?|[ое]вич(а|у|ем)?)$/u;
/** A lowercase word right after that is not a verb form: the capitalised word modifies or heads a phrase («Софійській площі»). */
function nounAfter(r: Reader, w: Word): boolean {
  const next = r.words[w.index + 1];
  if (!next || next.sentence !== w.sentence || next.cap || r.text.slice(w.end, next.start) !== ' ') return false;
  if (/(в|ла|ло|ли|вся|лась|лися|є|ють|ять|ить|ать|ує|ав|ив|ів|ть|ться|ся)$/u.test(next.lower)) return false;
  const ni = wordInfo(next.text);
  return !ni.functionWord;
}
/** Ukrainian/Russian adjective and abstract-noun endings a given name never has («Великої», «Незалежності»). */
const NOT_GIVEN_SHAPE = /^\p{L}{3,}(ої|ого|ому|ою|ій|ії|ія|ини|ими|ських|ості|ость|ення|ання|іння|ство|ства)$/u;
/**
 * Ukrainian feminine-noun genitives («Франції», «Фінляндії», «Єврокомісії»):
 * the Russian dictionary cannot read them, and no name part has this shape.
 */
const UK_GENITIVE_SHAPE = /^\p{L}{3,}(ії|ції)$/u;
const ukGenitiveShape = memoByString((lower) => UK_GENITIVE_SHAPE.test(lower));
/**
 * Sentence adverbs and connectives that open a Ukrainian clause before a name
 * («Також Зеленський», «Водночас Пєсков», «Офіційно Єврокомісія»); the Russian
 * dictionary knows its own, not these.
 */
const CLAUSE_OPENERS = new Set([
  'також', 'водночас', 'натомість', 'згодом', 'проте', 'однак', 'зокрема', 'нині', 'наразі', 'раніше', 'пізніше', 'відтак',
  'тож', 'адже', 'навіть', 'лише', 'утім', 'втім', 'окрім', 'крім', 'вчора', 'сьогодні', 'завтра', 'тоді', 'нарешті',
  'спочатку', 'потім', 'відтепер', 'тепер', 'саме', 'зрештою', 'щоправда', 'отже', 'відповідно', 'наприклад', 'ймовірно',
  'очевидно', 'можливо', 'згідно', 'серед', 'після', 'перед', 'поки', 'коли', 'якщо', 'хоча', 'бо', 'тому', 'раптом',
  'напередодні', 'учора', 'нещодавно', 'незабаром', 'невдовзі', 'днями', 'згодом', 'тим', 'відтоді',
]);
/** «Офіційно», «Нещодавно», «Традиційно»: Ukrainian adverbs in -но at a clause start. */
const isClauseOpener = (w: Word): boolean => CLAUSE_OPENERS.has(w.lower) || (w.clauseStart && !info(w).known && /^\p{L}{4,}(но|ки)$/u.test(w.lower) && /[іїєґ]/u.test(w.lower));
/** Consonant-final (nominative-looking) given name before an oblique surname does not agree: «Зустріч Віткоффа», «Концерти Вакарчука». */
const disagrees = (given: Word, last: Word): boolean =>
  (/[бвгджзклмнпрстфхцчшщь]$/u.test(given.lower) && /(а|я|у|ю|ом|ем|ові|еві|ого|ому|ою|ої|им|ым)$/u.test(last.lower)) ||
  (/[ії]$/u.test(given.lower) && /[бвгджзклмнпрстфхцчшщ]$/u.test(last.lower));
const BODY_HEADS = /^(глав|голов|лидер|лідер|руководител|керівник|председател|голов|директор|представител|сотрудник|співробітник|основател|засновник|владел|власник|член|очільник|речник|спикер|секретар|пресс-секретар|советник|радник|помощник|заместител|заступник|head|leader|director|chairman|spokesman|spokeswoman|representative|founder|member)/u;
const ADJECTIVE_SHAPE = /(ськ|цьк|ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими|а|ій|ої|у|ою|ім)$/u;

/** English head nouns of things named after people or places. */
const EN_THING_HEADS = new Set([
  'foundation', 'palace', 'memorial', 'institute', 'university', 'college', 'school', 'center', 'centre', 'hospital',
  'street', 'avenue', 'road', 'square', 'bridge', 'airport', 'station', 'stadium', 'arena', 'hall', 'park', 'museum',
  'library', 'prize', 'award', 'cup', 'trophy', 'company', 'corporation', 'corp', 'inc', 'group', 'bank', 'fund',
  'council', 'committee', 'commission', 'party', 'doctrine', 'act', 'plan', 'administration', 'house', 'building',
  'tower', 'theatre', 'theater', 'festival', 'motors', 'motor', 'tunnel', 'canal', 'dam', 'lake', 'river', 'island',
  'mountain', 'county', 'city', 'town', 'boulevard', 'lane', 'drive', 'church', 'cathedral', 'mosque', 'gallery',
]);

/** «Pope Leo XIV», «King Charles III», «Людовик XIV»: a Roman regnal number right after a name belongs to it. */
function regnalNumber(r: Reader, w: Word): Word | null {
  const next = r.words[w.index + 1];
  return next && next.sentence === w.sentence && /^[IVXL]{1,6}$/.test(next.text) && r.text.slice(w.end, next.start) === ' ' ? next : null;
}

/** Read one chain into zero or more name spans. */
function readChain(r: Reader, chain: Word[]): NameSpan[] {
  const found: NameSpan[] = [];
  if (quotedTitle(r.text, chain) && !(chain.length >= 2 && isFirst(chain[0]) && canBeSurname(r, chain[1]))) return found;
  // «Gates Foundation», «Élysée Palace», «Lincoln Memorial»: an English name that ends in a thing's head noun names the thing.
  if (chain.length >= 2 && EN_THING_HEADS.has(chain[chain.length - 1].lower.normalize('NFC'))) return found;
  let i = 0;
  const at = (k: number): Word | undefined => chain[i + k];
  while (i < chain.length) {
    const w = chain[i];
    const n1 = at(1);
    const n2 = at(2);
    // East Asian names as short syllables: «Ли Со Ён», «Аун Сан Су Чжи», «Кима Чен Ира».
    let run = 0;
    // Look at most 5 words ahead: scanning the whole chain here made long chains quadratic.
    while (run < 5 && at(run) && !(at(run) as Word).latin && (at(run) as Word).text.length <= (run === 0 ? 5 : 4) && !(at(run) as Word).initial) run++;
    if (run > 4) run = 3;
    if (run >= 3 && chain.slice(i, i + run).some(isCapParticle)) run = 0;
    if (run >= 3 && chain.slice(i, i + run).filter((x) => !info(x).known || info(x).first.length > 0 || info(x).last.length > 0).length >= 2) {
      const ws = chain.slice(i, i + run);
      found.push(span(ws, { last: ws, asian: true }, 'pattern'));
      i += run;
      continue;
    }
    // «Von der Leyen said»: a name particle capitalised only because it opens the sentence.
    if (w.clauseStart && NAME_PARTICLES.has(w.lower)) {
      let p = 1;
      while (at(p) && isParticle(at(p) as Word)) p++;
      const l = at(p);
      if (l && r.known.has(nameStem(l.text))) {
        const ws = chain.slice(i, i + p + 1);
        found.push(span(ws, { last: ws }, 'propagated'));
        i += ws.length;
        continue;
      }
    }
    // Initials: «В. В. Путин», «В.Путин».
    if (w.initial) {
      const inits = [w];
      let k = 1;
      while (at(k)?.initial && inits.length < 2) inits.push(at(k++) as Word);
      const l = at(k);
      if (l && canBeSurname(r, l)) {
        found.push(span(chain.slice(i, i + k + 1), { initials: inits, last: [l] }, 'pattern'));
        i += k + 1;
      } else i += k;
      continue;
    }
    // Surname then initials: «Путин В.В.».
    if (n1?.initial && (isSurname(r, w) || isUnknown(w))) {
      const inits = [n1];
      if (n2?.initial) inits.push(n2);
      found.push(span(chain.slice(i, i + 1 + inits.length), { initials: inits, last: [w] }, 'pattern'));
      i += 1 + inits.length;
      continue;
    }
    // «вдова Ельцина Наина Иосифовна»: after a kinship noun the surname is the relative's, in the genitive.
    if (n1 && n2 && isSurname(r, w) && isFirst(n1) && isPatronymic(n2) && kinBefore(r, w)) {
      found.push(span([w], { last: [w] }, 'dictionary'));
      i += 1;
      continue;
    }
    // Surname First Patronymic: «Ельцин Борис Николаевич».
    if (n1 && n2 && isSurname(r, w) && isFirst(n1) && isPatronymic(n2)) {
      found.push(span(chain.slice(i, i + 3), { last: [w], first: [n1], patronymic: n2 }, 'dictionary'));
      i += 3;
      continue;
    }
    // «у Львові Дарина Яковенко»: a place in the locative right before a name is not a first given name.
    if (n1 && isFirst(w) && isFirst(n1) && placeAfterPreposition(r, w)) {
      i += 1;
      continue;
    }
    if (isFirst(w) && !(n1 && isSurname(r, w) && !isFirst(n1) && r.known.has(nameStem(w.text)))) {
      // First Patronymic [Surname].
      if (n1 && isPatronymic(n1)) {
        const withLast = n2 && canBeSurname(r, n2) && !isFirst(n2);
        const ws = chain.slice(i, i + (withLast ? 3 : 2));
        found.push(span(ws, { first: [w], patronymic: n1, last: withLast ? [n2 as Word] : [] }, 'dictionary'));
        i += ws.length;
        continue;
      }
      // First [Second] [particles] Surname [Surname]: «Реджеп Тайип Эрдоган», «Урсула фон дер Ляйен», «Марин Ле Пен».
      let k = 1;
      const firsts = [w];
      while (at(k) && isFirst(at(k) as Word) && !isSurname(r, at(k) as Word) && at(k + 1) && canBeSurname(r, at(k + 1) as Word) && firsts.length < 2) {
        firsts.push(at(k++) as Word);
      }
      let p = k;
      while (at(p) && (isParticle(at(p) as Word) || (isCapParticle(at(p) as Word) && at(p + 1)))) p++;
      const l1 = at(p);
      if (l1 && canBeSurname(r, l1)) {
        const last = [l1];
        const l2 = at(p + 1);
        // A second surname word when the first is not itself a sure surname (Тайип Эрдоган, Мехуто Гонсалес).
        if (l2 && !w.latin && !isSurname(r, l1) && canBeSurname(r, l2) && info(l2).geo === 0 && !isFirst(l2) && (isUnknown(l1) || isUnknown(l2) || isSurname(r, l2))) last.push(l2);
        const ws = chain.slice(i, i + p + last.length);
        const particles = chain.slice(i + k, i + p);
        found.push(span(ws, { first: firsts, last: [...particles, ...last] }, 'dictionary'));
        i += ws.length;
        continue;
      }
      // A first name alone: trust it mid-sentence; at a clause start only if it is mostly a name.
      const fi = info(w);
      if (r.known.has(nameStem(w.text)) && !w.latin) {
        // A word that is also a given name but the article uses as a surname («Борис Джонсон» … «Джонсону»).
        found.push(span([w], { last: [w] }, 'propagated'));
      } else if (!w.latin && (!w.clauseStart || (sum(fi.first) > fi.common && !prepositionAfter(r, w))) && !placeAfterPreposition(r, w)) {
        found.push(span([w], { first: [w] }, 'dictionary'));
      } else if (w.latin && (roleBefore(r, w) || verbAfter(r, w))) {
        const regnal = regnalNumber(r, w);
        found.push(regnal ? span([w, regnal], { first: [w], last: [regnal] }, 'cue') : span([w], { first: [w] }, 'cue'));
      }
      i += 1;
      continue;
    }
    // Foreign given name before a surname: «Беназир Бхутто», «Виторио Сандали», «Фелипе Масса»,
    // or any capitalised word before a surname the article already knows («братом Сулимы Ямадаева»).
    // (Not when the next word starts a «First Last» of its own: «України Володимир Зеленський».)
    // After a role, what the dictionary makes of the given name does not count: «защитник Арсенала Киран Гиббс»
    // (with two more words to come, a word right after the role is its complement, «Арсенала»).
    const before = r.words[w.index - 1];
    // (The role may open the sentence, capitalised: «Председатель Еврокомиссии Урсула фон дер Ляйен».)
    const roleRightBefore = before !== undefined && before.sentence === w.sentence && (!before.cap || before.clauseStart) && isRoleWord(before.lower, 'ru');
    const afterRole = n1 !== undefined && canBeGiven(w, true) && roleBefore(r, w) && !(n2 && roleRightBefore);
    // (Nor before a surname the article already knows: «сказала Гелен Голмс», whatever «Гелен» is to az.)
    const beforeKnown = n1 !== undefined && canBeGiven(w, true) && r.known.has(nameStem(n1.text));
    if (n1 && (canBeGiven(w) || afterRole || beforeKnown) && !isSurname(r, w) && !(isFirst(n1) && n2 && canBeSurname(r, n2))) {
      const unknownGiven = (!info(w).known || afterRole) && !orgShaped(w.lower) && !NOT_GIVEN_SHAPE.test(w.lower);
      const l = isCapParticle(n1) && n2 ? n2 : n1;
      const li = info(l);
      const ok = unknownGiven
        ? canBeSurname(r, l) && li.geo === 0 && !isRoleWord(l.lower, 'ru') && !orgShaped(l.lower) && !(li.known && headsPhrase(r, l)) &&
          !ukGenitiveShape(l.lower) && !(w.clauseStart && disagrees(w, l))
        : !w.clauseStart && r.known.has(nameStem(l.text));
      if (ok) {
        let end = 2;
        // «Мануэль Мехуто Гонсалес», «Франк Де Блекере».
        if (n2 && (isCapParticle(n1) || (isUnknown(n1) && isUnknown(n2) && !at(3))) && canBeSurname(r, n2)) end = 3;
        const ws = chain.slice(i, i + end);
        found.push(span(ws, { first: [w], last: ws.slice(1) }, 'pattern'));
        i += end;
        continue;
      }
    }
    // Two name words in a row are one person even when the first is a surname by the dictionary («Карлос Симон»).
    // (Cyrillic only: English title case capitalises every word, «Trump Meets Putin».)
    // (Not when the next two words are a «First Last» of their own: «імені Шевченка Ірина Гриценко».)
    if (n1 && !w.latin && isSurname(r, w) && (isFirst(n1) || isUnknown(n1)) && !(n2 && isPatronymic(n2)) &&
      !(isFirst(n1) && n2 && canBeSurname(r, n2) && !isFirst(n2)) &&
      !isRoleWord(w.lower, 'ru') && !ukGenitiveShape(n1.lower) && !isClauseOpener(n1)) {
      found.push(span([w, n1], { first: [w], last: [n1] }, 'pattern'));
      i += 2;
      continue;
    }
    if (isSurname(r, w)) {
      const ii = info(w);
      // A lone capitalised adjective («Московская», «Хмельницкой атомной») is a place/org name part unless cued.
      const prevWord = r.words[w.index - 1];
      const cued = (roleBefore(r, w) && !(prevWord && BODY_HEADS.test(prevWord.lower))) || verbAfter(r, w) || r.known.has(nameStem(w.text));
      const adjectiveHead = !cued && (ii.adjective || (ADJECTIVE_SHAPE.test(w.lower) && (headsPhrase(r, w) || (!ii.known && nounAfter(r, w)))));
      const trusted = !w.clauseStart || sum(ii.last) >= ii.common || !ii.known || cued;
      if (!adjectiveHead && trusted && !placeAfterPreposition(r, w) && !beforeNumber(r, w)) {
        found.push(span([w], { last: [w] }, r.known.has(nameStem(w.text)) ? 'propagated' : 'dictionary'));
      }
      i += 1;
      continue;
    }
    // English «First Last» without a known first name needs a cue.
    // (Or, outside title-case runs, the article names the surname alone elsewhere: «Gennady Fomin» … «"…," Fomin said».)
    if (w.latin && w.cap && n1?.latin && !isRoleWord(w.lower, 'en') && canBeSurname(r, n1) && (roleBefore(r, w) || verbAfter(r, n1) || (!w.clauseStart && chain.length === 2 && r.known.has(nameStem(n1.text))))) {
      // «Coach Gian Piero Gasperini»: a third capitalised word closing the chain is the surname.
      const three = n2?.latin && canBeSurname(r, n2) && i + 3 === chain.length && roleBefore(r, w);
      const ws = three ? [w, n1, n2 as Word] : [w, n1];
      found.push(span(ws, { first: ws.slice(0, -1), last: ws.slice(-1) }, 'cue'));
      i += ws.length;
      continue;
    }
    // A lone capitalised word with a person cue: «президент Макрон», «Стубб заявил».
    if (!n1 || i === chain.length - 1) {
      const ii = info(w);
      const shapeOk = !orgShaped(w.lower) && ii.geo + ii.org === 0 && !ii.adjective && !ii.functionWord && !ii.plural &&
        !headsPhrase(r, w) && !beforeNumber(r, w) && !opensBodyName(r, w);
      const roleWord = r.words[w.index - 1];
      // «глава Кремля», «лидер Движения», «представитель Microsoft»: heads of bodies take the body in the genitive.
      const bodyHead = roleWord !== undefined && BODY_HEADS.test(roleWord.lower) && (ii.known || w.latin);
      // An ordinary word the article also writes in lowercase («Республики» / «республики») is not a name.
      const ordinary = ii.known && ii.common > 0 && writtenLowercase(r, w.lower);
      // «Президент Європейської ради»: a feminine oblique adjective after a role noun describes the role.
      const roleAttribute = /(ської|цької|ской|цкой)$/u.test(w.lower);
      const byRole = roleBefore(r, w) && (!w.latin || roleWord?.latin === true) && !bodyHead && !ordinary && !roleAttribute;
      // A speech verb only vouches for a subject: nominative-capable, unknown to the dictionary, mid-sentence.
      const prevWord = r.words[w.index - 1];
      const byMeeting = w.latin && !w.clauseStart && meetingObject(r, w);
      const byVerb = !w.clauseStart && !ii.known && (ii.nounCases === 0 || (ii.nounCases & CASE.nomn) !== 0) && (verbAfter(r, w) || attributedQuote(r, w)) &&
        (!w.latin || prevWord?.latin === true) && !beforeNumber(r, w);
      // Slavic surname shapes the Russian dictionary cannot know in Ukrainian spelling («Путіна», «Зеленського», «Кличка»).
      const byShape = !w.clauseStart && !w.latin && !ii.known && UK_SURNAME.test(w.lower) && /[іїєґ]|ськ|цьк/u.test(w.lower) && !nounAfter(r, w);
      const regnal = byRole ? regnalNumber(r, w) : null;
      if (regnal) found.push(span([w, regnal], { first: [w], last: [regnal] }, 'cue'));
      else if (shapeOk && (byRole || byVerb || byShape || byMeeting)) found.push(span([w], { last: [w] }, byShape ? 'pattern' : 'cue'));
    }
    i += 1;
  }
  return found;
}

/** Original spelling in brackets after a name: «Джоэл Саймон (Joel Simon)», «Юрген Клинсман (Jürgen Klinsmann)». */
function bracketedOriginals(r: Reader, found: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const s of found) {
    const open = r.text.slice(s.end, s.end + 2);
    if (!/^ ?\($/u.test(open)) continue;
    const lastWord = s.words[s.words.length - 1];
    const ws: Word[] = [];
    for (let k = lastWord.index + 1; k < r.words.length && ws.length < 4; k++) {
      const w = r.words[k];
      if (!w.latin || !(w.cap || NAME_PARTICLES.has(w.lower) || /^(al|el)-/i.test(w.text))) break;
      if (ws.length && r.text.slice(ws[ws.length - 1].end, w.start) !== ' ') break;
      ws.push(w);
    }
    if (!ws.length || r.text[ws[ws.length - 1].end] !== ')') continue;
    if (r.text.slice(s.end, ws[0].start).replace(/\s/g, '') !== '(') continue;
    out.push(span(ws, ws.length > 1 ? { first: [ws[0]], last: ws.slice(1) } : { last: ws }, 'pattern'));
  }
  return out;
}

function knownStems(found: NameSpan[], r?: Reader): Set<string> {
  const stems = new Set<string>();
  for (const s of found) {
    const lastWord = s.last[s.last.length - 1];
    // A lone English word cued by a role or verb may be a title-case accident; a cued «First Last» is a name,
    // and so is the subject of a speech verb («"…," Fomin said»).
    if (!lastWord || s.evidence === 'cue' && s.words[0].latin && s.words.length < 2 && !(r && verbAfter(r, lastWord))) continue;
    if (s.asian) {
      const family = nameStem(s.words[0].text);
      if (family.length >= 2) stems.add(family);
      continue;
    }
    const stem = nameStem(lastWord.text);
    if (stem.length >= 3) stems.add(stem);
  }
  return stems;
}

/**
 * Every further form of a surname already found in the article: «Стубб» known
 * → «Стубба», «Стуббом» anywhere; «Путін» known → lowercase «путін» too (some
 * outlets write names of enemies lowercase), unless the lowercase word is an
 * ordinary word («адвокат»).
 */
function propagate(r: Reader, found: NameSpan[]): NameSpan[] {
  const taken = new Set<number>();
  for (const s of found) for (const w of s.words) taken.add(w.index);
  const extra: NameSpan[] = [];
  if (!r.known.size) return extra;
  for (const w of r.words) {
    if (taken.has(w.index) || w.initial || w.acronym || w.latin) continue;
    if (!r.known.has(nameStem(w.text))) continue;
    const i = info(w);
    if (!w.cap && (i.known && i.common > 0.3)) continue;
    if (w.cap && i.geo + i.org > sum(i.last) + sum(i.first)) continue;
    if (beforeNumber(r, w)) continue;
    extra.push(span([w], { last: [w] }, 'propagated'));
  }
  return extra;
}

/**
 * Lists of people: a capitalised surname-like word next to a found name,
 * separated only by a comma, bracket or dash («Сёмин (Овечкин, Фёдоров)»,
 * «Уорд — Набоков»), is another name. Repeated so a list fills in from any
 * member the dictionary knows.
 */
function listNeighbours(r: Reader, found: NameSpan[]): NameSpan[] {
  const extra: NameSpan[] = [];
  const owner = new Map<number, NameSpan>();
  for (const s of found) for (const w of s.words) owner.set(w.index, s);
  const isListGap = (a: Word, b: Word): boolean => a.sentence === b.sentence && /^\s*(,|\(|\)|[–—-]|\),|\) ?\(|, ?\()\s*$/u.test(r.text.slice(a.end, b.start)) && /[,()–—-]/u.test(r.text.slice(a.end, b.start));
  const candidate = (w: Word): boolean => {
    if (!w.cap || w.acronym || w.initial || w.latin || owner.has(w.index)) return false;
    const i = info(w);
    const prev = r.words[w.index - 1];
    // «в Держдепі, Рубіо»: a word governed by a preposition is a place or body, not a list member.
    const governed = prev !== undefined && prev.sentence === w.sentence && PREPOSITIONS.has(prev.lower);
    // «Сената и Синода, Зорькин»: a word joined by «и» to a word that is no name belongs with that word.
    const before = prev ? r.words[prev.index - 1] : undefined;
    const joinedToThing = prev !== undefined && /^(и|та|й|і)$/u.test(prev.lower) && before !== undefined && before.sentence === w.sentence && !owner.has(before.index);
    return i.geo + i.org === 0 && !i.adjective && !i.functionWord && !i.plural && !isRoleWord(w.lower, 'ru') &&
      !orgShaped(w.lower) && !beforeNumber(r, w) && !governed && !joinedToThing && (!i.known || i.last.length > 0 || i.common <= 1);
  };
  for (let pass = 0; pass < 3; pass++) {
    let added = 0;
    for (const w of r.words) {
      if (!candidate(w)) continue;
      const prev = r.words[w.index - 1];
      const next = r.words[w.index + 1];
      // The neighbour must be a one-word name too: a list of surnames, not «Путин, Москва».
      const ok = (n: Word | undefined, before: boolean): boolean => {
        if (!n) return false;
        const s = owner.get(n.index);
        return !!s && s.words.length === 1 && (before ? isListGap(n, w) : isListGap(w, n));
      };
      // «Станиславского и Немировича-Данченко»: «и» joins two names too, when the new one is no dictionary word.
      const wi = info(w);
      const andName = (c: Word | undefined, n: Word | undefined): boolean => {
        if (!c || !n || !/^(и|та|і|й)$/u.test(c.lower) || (wi.known && !wi.last.length)) return false;
        const s = owner.get(n.index);
        const [a, b] = n.index < w.index ? [n, w] : [w, n];
        return !!s && s.words.length === 1 && a.sentence === b.sentence && /^\s+(и|та|і|й)\s+$/u.test(r.text.slice(a.end, b.start));
      };
      // A single word standing alone between list separators, not the start of a longer capitalised phrase.
      const nextCap = next && next.cap && /^\s+$/u.test(r.text.slice(w.end, next.start));
      const prevCap = prev && prev.cap && /^\s+$/u.test(r.text.slice(prev.end, w.start));
      if (nextCap || prevCap) continue;
      if (ok(prev, true) || ok(next, false) || andName(prev, r.words[w.index - 2]) || andName(next, r.words[w.index + 2])) {
        const s = span([w], { last: [w] }, 'pattern');
        extra.push(s);
        owner.set(w.index, s);
        added++;
      }
    }
    if (!added) break;
  }
  return extra;
}

/** «ибн Эзра», «фон Браун»: lowercase particles right before a name belong to it. */
function withLeadingParticles(r: Reader, s: NameSpan): NameSpan {
  let first = s.words[0];
  const lead: Word[] = [];
  for (let k = 0; k < 2; k++) {
    const prev = r.words[first.index - 1];
    // «Von der Leyen said» at a sentence start: the particle is capitalised there.
    const particle = prev && (isParticle(prev) || (prev.clauseStart && prev.cap && NAME_PARTICLES.has(prev.lower)));
    if (!prev || !particle || prev.sentence !== first.sentence || r.text.slice(prev.end, first.start) !== ' ') break;
    lead.unshift(prev);
    first = prev;
  }
  if (!lead.length || s.first.length) return s;
  return { ...s, start: lead[0].start, words: [...lead, ...s.words], last: [...lead, ...s.last] };
}

const BULLET_BEFORE = /[•·▪●]\s*$/u;

/**
 * Bulleted lists of people in one format («• Веселин Топалов (Болгария, 30 лет)
 * • Гата Камский (США, 31)»): when at least two items, and a third of all,
 * open with a found full name, the capitalised words opening every other item before its bracket
 * are a name too, whatever the dictionary makes of them («Тору Камикава»,
 * «Эссам Абд Эль Фатах», «Мануэль Мехуто Гонсалес» as one name, not two).
 * Returns the spans to add and the found spans they replace.
 */
function bulletedNames(r: Reader, found: NameSpan[]): { add: NameSpan[]; replace: Set<NameSpan> } {
  const add: NameSpan[] = [];
  const replace = new Set<NameSpan>();
  const items: Word[][] = [];
  for (const w of r.words) {
    const prev = r.words[w.index - 1];
    if (!w.cap || w.latin || !BULLET_BEFORE.test(r.text.slice(prev ? prev.end : 0, w.start))) continue;
    const run = [w];
    while (run.length < 4) {
      const next = r.words[run[run.length - 1].index + 1];
      if (!next || next.latin || !(next.cap || NAME_PARTICLES.has(next.lower)) || !adjacent(r.text, run[run.length - 1], next) || next.initial) break;
      run.push(next);
    }
    if (run.length >= 2 && /^ ?\(/u.test(r.text.slice(run[run.length - 1].end, run[run.length - 1].end + 2))) items.push(run);
  }
  if (items.length < 3) return { add, replace };
  const exact = (run: Word[]): boolean => found.some((s) => s.start === run[0].start && s.end === run[run.length - 1].end && s.first.length > 0);
  const named = items.filter(exact).length;
  if (named < 2 || named * 3 < items.length) return { add, replace };
  for (const run of items) {
    if (exact(run)) continue;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    for (const s of found) if (s.start < end && start < s.end) replace.add(s);
    add.push(span(run, { first: [run[0]], last: run.slice(1) }, 'pattern'));
  }
  return { add, replace };
}

/**
 * A full name found once («• Гата Камский (США)») is the same name wherever
 * the article repeats its words, in any case form («играет Гата Камский»,
 * «у Гаты Камского»), even where the first name alone says nothing.
 * Returns the spans to add and the found spans they replace.
 */
function repeatedFullNames(chains: Word[][], found: NameSpan[]): { add: NameSpan[]; replace: Set<NameSpan> } {
  const add: NameSpan[] = [];
  const replace = new Set<NameSpan>();
  const keyOf = (ws: Word[]): string => ws.map((w) => nameStem(w.text)).join(' ');
  const full = new Map<string, NameSpan>();
  // First words of the full names: a chain position whose word is none of them starts no key (stems hold no space).
  const firstStems = new Set<string>();
  for (const s of found) {
    if (s.first.length && s.last.length && !s.initials.length && !s.patronymic && s.words.length <= 4) {
      full.set(keyOf(s.words), s);
      firstStems.add(nameStem(s.words[0].text));
    }
  }
  if (!full.size) return { add, replace };
  const exact = new Set(found.map((s) => `${s.start}:${s.end}`));
  for (const chain of chains) {
    for (let i = 0; i < chain.length; i++) {
      if (!firstStems.has(nameStem(chain[i].text))) continue;
      for (let n = Math.min(4, chain.length - i); n >= 2; n--) {
        const ws = chain.slice(i, i + n);
        const model = full.get(keyOf(ws));
        if (!model || exact.has(`${ws[0].start}:${ws[n - 1].end}`)) continue;
        const start = ws[0].start;
        const end = ws[n - 1].end;
        for (const s of found) if (s.start < end && start < s.end) replace.add(s);
        const k = model.first.length;
        add.push(span(ws, { first: ws.slice(0, k), last: ws.slice(k) }, 'propagated'));
        i += n - 1;
        break;
      }
    }
  }
  return { add, replace };
}

/**
 * Whether reading the chain consults a word whose surname stem the reader
 * knows: `readChain` asks `r.known` only about the chain's words and the word
 * right before it (`roleBefore`), so otherwise a second reading would repeat
 * the first one exactly.
 */
function readsKnown(r: Reader, chain: Word[]): boolean {
  if (!r.known.size) return false;
  const before = r.words[chain[0].index - 1];
  return (before !== undefined && r.known.has(nameStem(before.text))) || chain.some((w) => r.known.has(nameStem(w.text)));
}

export function findNameSpans(text: string, words: Word[]): NameSpan[] {
  const all = chains(text, words);
  const first: Reader = { text, words, known: new Set() };
  const firstReads = all.map((c) => readChain(first, c));
  const pass1 = firstReads.flat();
  // Second reading with the article's surnames known.
  // (The lowercase-word set, if the first reading built it, is the same article's.)
  const second: Reader = { text, words, known: knownStems(pass1, first), lowercase: first.lowercase };
  let found = all.flatMap((c, k) => (readsKnown(second, c) ? readChain(second, c) : firstReads[k]));
  found.push(...bracketedOriginals(second, found));
  found.push(...propagate(second, found));
  // A list member found next to a known name («Бернс (Рой, Грин)») is known everywhere else in the article too
  // («Бернс (Сен-Луи, Хитли)»), and its own neighbours are list members: repeat while that finds more.
  const listedStems = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const listed = listNeighbours(second, found);
    if (!listed.length) break;
    found.push(...listed);
    for (const stem of knownStems(listed)) {
      if (!second.known.has(stem)) listedStems.add(stem);
      second.known.add(stem);
    }
    found.push(...propagate(second, found));
  }
  // Re-read the longer chains holding a surname known only now («Голмс і Зінченка» … «сказала Гелен Голмс»).
  if (listedStems.size) {
    for (const chain of all) {
      if (chain.length < 2 || !chain.some((w) => listedStems.has(nameStem(w.text)))) continue;
      const start = chain[0].start;
      const end = chain[chain.length - 1].end;
      found = [...found.filter((s) => !(s.start < end && start < s.end)), ...readChain(second, chain)];
    }
  }
  found.push(...lowercaseNames(second, found));
  for (const settle of [bulletedNames(second, found), null]) {
    const { add, replace } = settle ?? repeatedFullNames(all, found);
    if (add.length) found = [...found.filter((s) => !replace.has(s)), ...add];
  }
  return found.map((s) => withLeadingParticles(second, s)).sort((a, b) => a.start - b.start);
}
