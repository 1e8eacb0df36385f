/**
 * Passes over the whole article after the chains are read: original
 * spellings in brackets, further forms of known surnames, lists of names,
 * lowercase surnames, leading particles.
 */
import { nameStem } from '../normalise-name.ts';
import { NAME_PARTICLES, isRoleWord } from '../person-cues.ts';
import type { Word } from '../tokens-to-words.ts';
import { LOWERCASE_SURNAMES, PREPOSITIONS } from './name-cues-lexicon.ts';
import { span, surnameWord, type NameSpan } from './name-span.ts';
import { prepositionAfter, verbAfter } from './context-cues.ts';
import { namesThing } from './thing-names.ts';
import { beforeNumber, info, isParticle, orgShaped, sum, type Reader } from './reader.ts';

/** Surnames some outlets write in lowercase on purpose, wherever no other span took the word. */
export function lowercaseNames(r: Reader, found: NameSpan[]): NameSpan[] {
  const taken = new Set<number>();
  for (const s of found) for (const w of s.words) taken.add(w.index);
  return r.words
    .filter((w) => !w.cap && !w.latin && !taken.has(w.index) && LOWERCASE_SURNAMES.has(nameStem(w.text)))
    .map((w) => ({ ...span([w], { last: [w] }, 'propagated'), nominative: LOWERCASE_SURNAMES.get(nameStem(w.text)) }));
}

/** Original spelling in brackets after a name: «Джон Доу (John Doe)». */
export function bracketedOriginals(r: Reader, found: NameSpan[]): NameSpan[] {
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

export function knownStems(found: NameSpan[], r?: Reader): Set<string> {
  const stems = new Set<string>();
  // A word the article also gives as a person's first given name («Пьер Сильвио» and «Сильвио Пеллегрини»)
  // names the person alongside another given name, and is no surname to find everywhere.
  const givenFirst = new Set(found.filter((s) => s.first.length && s.last.length).map((s) => nameStem(s.first[0].text)));
  for (const s of found) {
    const lastWord = surnameWord(s);
    // A lone English word cued by a role or verb may be a title-case accident; a cued «First Last» is a name,
    // and so is the subject of a speech verb («"…," Fomin said»).
    if (!lastWord || s.evidence === 'cue' && s.words[0].latin && s.words.length < 2 && !(r && verbAfter(r, lastWord))) continue;
    if (s.asian) {
      const family = nameStem(s.words[0].text);
      if (family.length >= 2) stems.add(family);
      continue;
    }
    const stem = nameStem(lastWord.text);
    if (stem.length >= 3 && !(s.first.length && givenFirst.has(stem))) stems.add(stem);
  }
  return stems;
}

/**
 * Every further form of a surname already found in the article: «Стубб» known
 * → «Стубба», «Стуббом» anywhere; «Путін» known → lowercase «путін» too (some
 * outlets write names of enemies lowercase), unless the lowercase word is an
 * ordinary word («адвокат»).
 */
export function propagate(r: Reader, found: NameSpan[]): NameSpan[] {
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
    // («хор імені Лисенка», «вул. Олега Сомова»: the known surname names a thing or a street there.)
    const prev = r.words[w.index - 1];
    const withPrev = prev !== undefined && prev.cap && prev.sentence === w.sentence && r.text.slice(prev.end, w.start) === ' ';
    if (beforeNumber(r, w) || namesThing(r, [w]) || (withPrev && namesThing(r, [prev, w]))) continue;
    extra.push(span([w], { last: [w] }, 'propagated'));
  }
  return extra;
}

/**
 * «Lars Brekke … Lars said»: a given name standing alone is a mention of the
 * one person the article names in full with it. Where two people share it
 * (Anna Berg and Anna Holm), or it stands next to another
 * capitalised word, it is left alone.
 */
export function loneGivenNames(r: Reader, found: NameSpan[]): NameSpan[] {
  const owners = new Map<string, Set<string>>();
  const taken = new Set<number>();
  for (const s of found) {
    for (const w of s.words) taken.add(w.index);
    const last = s.last[s.last.length - 1];
    if (s.first.length !== 1 || !last || s.asian) continue;
    const given = nameStem(s.first[0].text);
    if (given.length < 2) continue;
    let surnames = owners.get(given);
    if (!surnames) owners.set(given, (surnames = new Set()));
    surnames.add(nameStem(last.text));
  }
  const extra: NameSpan[] = [];
  if (!owners.size) return extra;
  for (const w of r.words) {
    if (taken.has(w.index) || !w.cap || w.initial || w.acronym || owners.get(nameStem(w.text))?.size !== 1) continue;
    const prev = r.words[w.index - 1];
    const next = r.words[w.index + 1];
    const gluedCap = (a: Word | undefined, b: Word | undefined): boolean => !!a && !!b && a.cap && b.cap && a.sentence === b.sentence && r.text.slice(a.end, b.start) === ' ';
    if (gluedCap(prev, w) || gluedCap(w, next) || beforeNumber(r, w) || namesThing(r, [w])) continue;
    const i = info(w);
    // («Надія на …», «Віра в …»: an ordinary word that is also a given name heads a phrase.)
    if (!w.latin && (i.geo + i.org > sum(i.first) || (i.common > 0 && (w.clauseStart || i.ukCommon)) || prepositionAfter(r, w))) continue;
    extra.push(span([w], { first: [w] }, 'propagated'));
  }
  return extra;
}

/**
 * Lists of people: a capitalised surname-like word next to a found name,
 * separated only by a comma, bracket or dash («Сёмин (Овечкин, Фёдоров)»,
 * «Уорд — Набоков»), is another name. Repeated so a list fills in from any
 * member the dictionary knows.
 */
export function listNeighbours(r: Reader, found: NameSpan[]): NameSpan[] {
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
    // «Совета и Палаты, Сомов»: a word joined by «и» to a word that is no name belongs with that word.
    const before = prev ? r.words[prev.index - 1] : undefined;
    const joinedToThing = prev !== undefined && /^(и|та|й|і)$/u.test(prev.lower) && before !== undefined && before.sentence === w.sentence && !owner.has(before.index);
    return i.geo + i.org === 0 && !i.adjective && !i.functionWord && !i.ukCommon && !i.plural && !isRoleWord(w.lower, 'ru') &&
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
      // «Сомова и Гурова-Орлова»: «и» joins two names too, when the new one is no dictionary word.
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
export function withLeadingParticles(r: Reader, s: NameSpan): NameSpan {
  let first = s.words[0];
  const lead: Word[] = [];
  for (let k = 0; k < 2; k++) {
    const prev = r.words[first.index - 1];
    // «Von der Leyen said» at a sentence start: the particle is capitalised there.
    // (In Ukrainian «де» is also "where": a function word of the article's language is no particle.)
    const particle = prev && (isParticle(prev) || (prev.clauseStart && prev.cap && NAME_PARTICLES.has(prev.lower))) && !info(prev).ukCommon;
    if (!prev || !particle || prev.sentence !== first.sentence || r.text.slice(prev.end, first.start) !== ' ') break;
    lead.unshift(prev);
    first = prev;
  }
  if (!lead.length || s.first.length) return s;
  return { ...s, start: lead[0].start, words: [...lead, ...s.words], last: [...lead, ...s.last] };
}

/**
 * Whether reading the chain consults a word whose surname stem the reader
 * knows: `readChain` asks `r.known` only about the chain's words and the word
 * right before it (`roleBefore`), so otherwise a second reading would repeat
 * the first one exactly.
 */
export function readsKnown(r: Reader, chain: Word[]): boolean {
  if (!r.known.size) return false;
  const before = r.words[chain[0].index - 1];
  return (before !== undefined && r.known.has(nameStem(before.text))) || chain.some((w) => r.known.has(nameStem(w.text)));
}
