/**
 * Chains of capitalised words that name a company, brand, medium, event or
 * street, whatever the dictionary makes of their words: a company head in
 * the chain («… Capital», «… Холдинг»), a legal form after it («… Ltd»,
 * «… S. A.»), quotes after a legal form (ТОВ «…»), a thing noun before it
 * («лоукостер …»), a street or airport noun before it («вулиця …»).
 */
import type { Word } from '../tokens-to-words.ts';
import {
  AWARD_NOUN, COMPANY_FORMS, COMPANY_HEADS, GEO_NOUN, LATIN_COMPANY_FORM, NAMED_AFTER, PERSON_OF_THING, SAINT_WORDS, STREET_NOUN, THING_NOUN,
} from '../../../lang/lexicons/thing-name-words.ts';
import { CASE } from '../name-morphology.ts';
import { isRoleWord } from '../person-cues.ts';
import { UK_SURNAME } from './name-cues-lexicon.ts';
import { info, isFirst, isSurname, slavicSurnameShape, type Reader } from './reader.ts';

/** The word before the chain in its sentence, with the text between them. */
function wordBefore(r: Reader, chain: Word[]): { w: Word; gap: string } | null {
  const w = r.words[chain[0].index - 1];
  if (!w || w.sentence !== chain[0].sentence) return null;
  return { w, gap: r.text.slice(w.end, chain[0].start) };
}

/**
 * Where a company's name ends inside a longer chain: after its last company
 * head, when a capitalised word follows («Брелтон Кепітал Олаф Грінт» — the
 * person after the company is read on its own). 0 when there is none.
 */
export function companyNameEnd(chain: Word[]): number {
  for (let k = chain.length - 2; k >= 0; k--) if (!chain[k].initial && COMPANY_HEADS.has(chain[k].lower) && !chain[k + 1].initial) return k + 1;
  return 0;
}

/** A company head anywhere in the chain, or a legal form right after its last word. */
function companyShaped(r: Reader, chain: Word[]): boolean {
  if (chain.some((w) => !w.initial && COMPANY_HEADS.has(w.lower))) return true;
  // «Зевс ЛТД», «Орбіта Груп»: a company head right after the chain (an acronym stays out of the chain).
  const next = r.words[chain[chain.length - 1].index + 1];
  if (next && next.sentence === chain[0].sentence && COMPANY_HEADS.has(next.lower) && r.text.slice(chain[chain.length - 1].end, next.start) === ' ') return true;
  const words = chain.filter((w) => !w.initial);
  const last = words[words.length - 1];
  return last !== undefined && last.latin && LATIN_COMPANY_FORM.test(r.text.slice(last.end, last.end + 12));
}

/** «ТОВ «Фірма …»», «ООО „…“»: the chain opens the quotes after a legal form. */
function quotedAfterLegalForm(r: Reader, chain: Word[]): boolean {
  const b = wordBefore(r, chain);
  return b !== null && /^\s*[«„"“]\s*$/u.test(b.gap) && COMPANY_FORMS.has(b.w.lower);
}

/** A capitalised word right before the street noun names it already. */
function namedByAdjective(r: Reader, noun: Word): boolean {
  const prev = r.words[noun.index - 1];
  return prev !== undefined && prev.sentence === noun.sentence && prev.cap && /^ $/u.test(r.text.slice(prev.end, noun.start));
}

/** A comma and another capitalised word right after the chain. */
function listGoesOn(r: Reader, chain: Word[]): boolean {
  const last = chain[chain.length - 1];
  const next = r.words[last.index + 1];
  return next !== undefined && next.cap && next.sentence === last.sentence && /^\s*,\s*$/u.test(r.text.slice(last.end, next.start));
}

/** Words that may stand between a street noun and a later item of its list: «та», «і», house numbers. */
const LIST_JOINER = /^(та|і|й|и|\d+[\p{L}]?)$/u;
/** How far back a list of streets is followed. */
const STREET_LIST_WORDS = 40;

/**
 * «вулиця Івана Франка», «вул. Сомова», «аеропорт імені …», and every item of
 * a list after such a noun («вулиць: Сомова, Гурова та Івана Франка»): a
 * place named by the chain. Only capitalised words, numbers and joiners may
 * stand between the noun and the chain.
 */
function streetBefore(r: Reader, chain: Word[]): boolean {
  const first = chain[0];
  for (let k = first.index - 1; k >= 0 && first.index - k <= STREET_LIST_WORDS; k--) {
    const w = r.words[k];
    const gap = r.text.slice(w.end, r.words[k + 1].start);
    if (w.sentence !== first.sentence || !/^[\s.,:;«„"“»”–—-]*$/u.test(gap)) return false;
    // («на Зорянській площі Олег …»: a noun its own adjective already names is no head of the name right after it;
    // a list after it is still a list of places.)
    // (After a comma, a single name is a new clause, «у провулку, Олег …»; a list of names goes on, «площі, Подолі, …».)
    if (!w.cap && STREET_NOUN.test(w.lower)) {
      if (gap.includes(',')) return k < first.index - 1 || listGoesOn(r, chain);
      return k < first.index - 1 || !namedByAdjective(r, w);
    }
    if (!w.cap && !LIST_JOINER.test(w.lower) && !NAMED_AFTER.has(w.lower)) return false;
  }
  return false;
}

/**
 * A thing noun before a chain that holds no name the dictionary knows
 * and no surname shape («компанії Норвест», «Лоукостер Флайрон» at a sentence
 * start); «представник компанії Олег Сомов», «компанією Ілля Гринчук» and
 * «компанія Абрамовича» stay people.
 */
/** Only spaces, or one opening quote among spaces (trimmed, not a regex: two optional space runs backtrack quadratically). */
const blankOrQuote = (gap: string): boolean => {
  const t = gap.trim();
  return t === '' || t === '«' || t === '„' || t === '"' || t === '“';
};

function thingNounBefore(r: Reader, chain: Word[]): boolean {
  const b = wordBefore(r, chain);
  const noun = b && !b.w.cap && blankOrQuote(b.gap) ? b.w : chain[0].clauseStart && chain.length >= 2 ? chain[0] : null;
  if (!noun || !THING_NOUN.test(noun.lower)) return false;
  // «господар фестивалю Олег …», «директор компании …»: the noun is a person's complement, the name is the person's.
  const owner = r.words[noun.index - 1];
  if (owner && owner.sentence === noun.sentence && !owner.cap && (isRoleWord(owner.lower, 'ru') || PERSON_OF_THING.test(owner.lower))) return false;
  const rest = noun === chain[0] ? chain.slice(1) : chain;
  // (A longer run may hold the thing's name and then a person's: «клубу X Y Олег Сомов».)
  return rest.length <= 2 && !rest.some((w) => isFirst(w) || isSurname(r, w) || slavicSurnameShape(w.lower) || UK_SURNAME.test(w.lower));
}

/**
 * «хор імені …», «театра имени …», «ім. …»: a thing that bears a person's name is
 * the thing, and the person inside it is no mention (the annotation guide).
 */
function namedAfter(r: Reader, chain: Word[]): boolean {
  const b = wordBefore(r, chain);
  if (chain.length >= 2 && SAINT_WORDS.has(chain[0].lower)) return true;
  return b !== null && /^\.?\s+$/u.test(b.gap) && ((!b.w.cap && NAMED_AFTER.has(b.w.lower)) || SAINT_WORDS.has(b.w.lower));
}

/**
 * «премия Андрея Сомова», «медаль Олега Гурова»: an award noun right before a name in the
 * genitive is the award named after the person (the annotation guide), not a mention. A name
 * that cannot be genitive is the recipient («премию Олегу Гурову»), who stays a person.
 */
const ADJECTIVE_ENDING = /\p{L}{3}(ая|ой|ую|ий|ый|ого|ому|ым|ої|ою|ій|им|ська|цька|зька|на)$/u;

function awardNamedAfter(r: Reader, chain: Word[]): boolean {
  const b = wordBefore(r, chain);
  // (At a sentence start the capitalised noun opens the chain itself.)
  const opening = chain.length >= 2 && chain[0].clauseStart && AWARD_NOUN.test(chain[0].lower);
  if (!opening && (!b || b.w.cap || !/^ +$/u.test(b.gap) || !AWARD_NOUN.test(b.w.lower))) return false;
  const noun = opening ? chain[0] : (b as { w: Word }).w;
  // «Нобелевской премии Олега Сомова»: an award an adjective already names is the person's own — a laureate.
  const before = r.words[noun.index - 1];
  if (before && before.sentence === noun.sentence && !before.latin && (info(before).adjective || ADJECTIVE_ENDING.test(before.lower))) return false;
  const name = opening ? chain.slice(1) : chain;
  const readings = name.filter((w) => !w.latin && !w.initial).flatMap((w) => [...info(w).first, ...info(w).last]);
  if (readings.length) return readings.some((x) => x.cases & CASE.gent);
  // Unknown words: a consonant stem + -а/-я/-и/-ы is the genitive shape.
  return /[бвгґджзклмнпрстфхцчшщь][аяиы]$/u.test(name[name.length - 1].lower);
}

/** «острова Уайт», «Острове Уайт», «озера Зорянське»: a natural place's noun (or its name's first word) before the chain. */
function geoNounBefore(r: Reader, chain: Word[]): boolean {
  const b = wordBefore(r, chain);
  if (b && /^\s+$/u.test(b.gap) && GEO_NOUN.test(b.w.lower)) return true;
  return chain.length >= 2 && GEO_NOUN.test(chain[0].lower);
}

/** How many words either side of a list item the street-list evidence is looked for. */
const LIST_REACH = 30;

const gapBetween = (r: Reader, a: Word | undefined, b: Word | undefined): string => (a && b ? r.text.slice(a.end, b.start) : '');

/** A word standing alone between list separators: «…, Промислова, …». */
function standaloneItem(r: Reader, w: Word): boolean {
  const prev = r.words[w.index - 1];
  const next = r.words[w.index + 1];
  return /[,:;]/u.test(gapBetween(r, prev, w)) && (!next || next.sentence !== w.sentence || /[,;.)]/u.test(gapBetween(r, w, next)));
}

/**
 * «…, Промислова, Гоголя, Різдвяна, Чехова, …»: a list whose bare items
 * include feminine adjectives standing alone is a list of streets (the noun
 * «вулиця» understood), so its genitive names are streets too. Two such
 * adjectives are asked for; a surname in -ська the dictionary reads as a
 * name does not count.
 */
function inStreetList(r: Reader, chain: Word[]): boolean {
  const first = chain[0];
  const last = chain[chain.length - 1];
  const next = r.words[last.index + 1];
  if (!/[,:;]/u.test(gapBetween(r, r.words[first.index - 1], first)) && !(next && /[,;]/u.test(gapBetween(r, last, next)))) return false;
  let adjectives = 0;
  const from = Math.max(0, first.index - LIST_REACH);
  const to = Math.min(r.words.length - 1, last.index + LIST_REACH);
  for (let k = from; k <= to && adjectives < 2; k++) {
    const w = r.words[k];
    if (w.sentence !== first.sentence || (k >= first.index && k <= last.index) || !w.cap || w.latin) continue;
    const i = info(w);
    if (i.adjective && !i.first.length && !i.last.length && /[ая]$/u.test(w.lower) && standaloneItem(r, w)) adjectives++;
  }
  return adjectives >= 2;
}

/** How far around a chain a title's quotes are looked for. */
const TITLE_REACH = 60;

/**
 * «Полдень против Сомова», «Американська мрія Олега Гурова»: a short quoted
 * title that holds a name after other words names an action, a work or a
 * party, not the person (the annotation guide). A quote that opens with the
 * name, or runs on as speech (a clause mark inside), keeps it a mention.
 */
function insideQuotedTitle(r: Reader, chain: Word[]): boolean {
  const start = chain[0].start;
  const end = chain[chain.length - 1].end;
  const before = r.text.slice(Math.max(0, start - TITLE_REACH), start);
  const open = Math.max(before.lastIndexOf('«'), before.lastIndexOf('„'));
  if (open < 0 || /[»“”"]/u.test(before.slice(open))) return false;
  const lead = before.slice(open + 1);
  // A title is capitalised («Полдень против …»); a lowercase phrase in quotes is a citation of words.
  if (!/^\s*\p{Lu}/u.test(lead)) return false;
  const after = r.text.slice(end, end + TITLE_REACH);
  const close = after.search(/[»“”]/u);
  if (close < 0) return false;
  const title = lead + r.text.substring(start, end) + after.slice(0, close);
  return !/[.!?,:;—–\n]/u.test(title) && title.trim().split(/\s+/u).length <= 6;
}

/**
 * "The Kremlin said", "the Elysee announced", "the Smith administration": in
 * English a definite article before a capitalised name makes it an
 * institution, a place or a thing called by a person's name, never the person.
 * Only a one-word name: a longer chain may run on from a title into a person
 * ("The Daily Courier's Ann Lee").
 */
function afterDefiniteArticle(r: Reader, chain: Word[]): boolean {
  if (!chain[0].latin) return false;
  if (chain[0].lower === 'the') return chain.length === 2;
  const before = wordBefore(r, chain);
  return chain.length === 1 && before !== null && before.w.lower === 'the' && before.gap === ' ';
}

/** Whether the chain names a thing or a place rather than a person. */
export function namesThing(r: Reader, chain: Word[]): boolean {
  return afterDefiniteArticle(r, chain) || companyShaped(r, chain) || insideQuotedTitle(r, chain) || inStreetList(r, chain) || quotedAfterLegalForm(r, chain) || namedAfter(r, chain) || awardNamedAfter(r, chain) || streetBefore(r, chain) || thingNounBefore(r, chain) ||
    geoNounBefore(r, chain);
}

