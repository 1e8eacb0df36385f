/**
 * Quotes attributed to people in one article.
 *
 * - Indirect: «Путин заявил, что …», «Он также отметил, что …», «Путин: …»,
 *   «По словам Лаврова, …», «Trump said (that) …» — the quote runs from the
 *   clause after the speech verb to the end of the sentence.
 * - Direct: «"…", – заявил Путин», «"…", – сказал он», «Путин: «…»» — the quote
 *   is the text inside the quotation marks.
 * The speaker is any mention (name, role or pronoun) found by earlier passes.
 */
import type { LocalMention, Quote } from '../../model/model.ts';
import type { PeopleContext } from './people-context.ts';
import { PRONOUNS, isSpeechVerb } from './person-cues.ts';
import { firstWordFrom, type Word } from './tokens-to-words.ts';

const ADVERBS = /^(также|тоже|уже|вновь|снова|тогда|ранее|позже|затем|же|еще|ещё|також|теж|вже|знову|ще|also|then|later|again|has|have|had)$/u;
const THAT = /^(что|чтобы|що|щоб|that)$/u;
const OPEN_QUOTES = '«"“„';
const CLOSE_QUOTES = '»"”“';

interface Speaker {
  person: number;
  mention: LocalMention;
}

/** Trim spaces and final punctuation from [start, end). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:–—-]/u.test(text[start])) start++;
  while (end > start && /[\s.!?;,]/u.test(text[end - 1])) end--;
  return [start, end];
}

/** What the quote passes share: the article, speakers by where their mentions start, and the quotes recorded so far. */
interface QuoteScan {
  ctx: PeopleContext;
  text: string;
  words: Word[];
  byStart: Map<number, Speaker>;
  wordAt: Map<number, Word>;
  /** Spans already quoted («start:end»): a quote is recorded once. */
  seen: Set<string>;
}

export function findQuotes(ctx: PeopleContext): void {
  const { text, words, people } = ctx;
  const byStart = new Map<number, Speaker>();
  people.forEach((p, person) => p.mentions.forEach((mention) => byStart.set(mention.start, { person, mention })));
  const q: QuoteScan = { ctx, text, words, byStart, wordAt: new Map(words.map((w) => [w.start, w])), seen: new Set() };
  for (const sp of byStart.values()) quotesAfterSpeaker(q, sp);
  directQuotesBeforeSpeaker(q);
}

/** Record a quote of [start, end) (trimmed; at least 8 characters; once per span). */
function addQuote(q: QuoteScan, sp: Speaker, start: number, end: number, kind: Quote['kind'], verb: string | null): void {
  [start, end] = trimmed(q.text, start, end);
  if (end - start < 8) return;
  const key = `${start}:${end}`;
  if (q.seen.has(key)) return;
  q.seen.add(key);
  const quoted = q.text.substring(start, end);
  q.ctx.people[sp.person].quotes.push({ start, end, text: quoted, kind, verb });
}

/** The last word of a mention. */
function lastWordOf(q: QuoteScan, m: LocalMention): Word | undefined {
  const { words } = q;
  let w = q.wordAt.get(m.start);
  while (w && words[w.index + 1] && words[w.index + 1].end <= m.end) w = words[w.index + 1];
  return w;
}

/** End of the sentence the word is in, extended over a closing quote. */
const endOfSentence = (q: QuoteScan, w: Word): number => q.ctx.sentenceEnds[w.sentence] ?? w.end;

/** Quotes that follow a speaker's mention: after a speech verb, after a colon, after «по словам». */
function quotesAfterSpeaker(q: QuoteScan, sp: Speaker): void {
  const { text, words } = q;
  const last = lastWordOf(q, sp.mention);
  if (!last) return;
  if (quoteAfterVerb(q, sp, last)) return;
  // Speaker, colon, quotation.
  const colon = /^\s*:\s*/u.exec(text.slice(sp.mention.end, sp.mention.end + 4));
  if (colon) {
    const at = quotedAt(text, sp.mention.end + colon[0].length);
    if (at) addQuote(q, sp, at[0], at[1], 'direct', null);
  }
  // «По словам X, …»: the rest of the sentence after the comma.
  const before = text.slice(Math.max(0, sp.mention.start - 12), sp.mention.start);
  if (/(по словам|за словами|according to)\s+$/iu.test(before)) {
    const comma = text.indexOf(',', sp.mention.end);
    const next = comma >= 0 ? words[firstWordFrom(words, comma + 1)] : undefined;
    if (next && next.sentence === last.sentence) addQuote(q, sp, comma + 1, endOfSentence(q, next), 'indirect', null);
  }
}

/** Speaker [adverb] speech verb, then «что …», a colon and a quotation, or (English) the reported clause. True when a quote was taken. */
function quoteAfterVerb(q: QuoteScan, sp: Speaker, last: Word): boolean {
  const { text, words } = q;
  let k = last.index + 1;
  while (words[k] && ADVERBS.test(words[k].lower) && words[k].sentence === last.sentence) k++;
  const verb = words[k];
  if (!verb || verb.sentence !== last.sentence || verb.cap || !isSpeechVerb(verb.lower)) return false;
  if (!/^[\s\p{L}]*$/u.test(text.slice(last.end, verb.start))) return false;
  const next = words[k + 1];
  const gap = next ? text.slice(verb.end, next.start) : '';
  if (next && next.sentence === verb.sentence && THAT.test(next.lower) && gap.replace(',', '').trim() === '') {
    addQuote(q, sp, next.end, endOfSentence(q, next), 'indirect', verb.text);
    return true;
  }
  if (next && /^\s*:\s*$/u.test(gap)) {
    const at = quotedAt(text, next.start - 1);
    if (at) addQuote(q, sp, at[0], at[1], 'direct', verb.text);
    else addQuote(q, sp, next.start, endOfSentence(q, next), 'indirect', verb.text);
    return true;
  }
  // A short object, then a colon and a quotation.
  const colonAt = text.slice(verb.end, verb.end + 40).search(/:\s*[«"“„]/u);
  if (colonAt >= 0 && /^[\s\p{L}]*$/u.test(text.slice(verb.end, verb.end + colonAt))) {
    const at = quotedAt(text, verb.end + colonAt + 1);
    if (at) {
      addQuote(q, sp, at[0], at[1], 'direct', verb.text);
      return true;
    }
  }
  if (next && verb.latin && next.sentence === verb.sentence && /^\s+$/u.test(gap)) {
    // «told reporters (that) …»: skip the addressee and «that».
    let from = next;
    if (/^(told|assured|informed|warned|reminded)$/u.test(verb.lower) && words[from.index + 1]) from = words[from.index + 1];
    if (from.lower === 'that' && words[from.index + 1]) from = words[from.index + 1];
    addQuote(q, sp, from.start, endOfSentence(q, from), 'indirect', verb.text);
    return true;
  }
  return false;
}

/** Direct: «…», – verb Speaker  /  «…», – Speaker verb. */
function directQuotesBeforeSpeaker(q: QuoteScan): void {
  const { text, words, byStart } = q;
  const re = /[«"“„]([^«»"“”„]{8,}?)[»"”“]\s*(?:,\s*)?[–—-]\s*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = m.index + m[0].length;
    const first = words[firstWordFrom(words, after)];
    if (!first || first.start !== after) continue;
    let speaker: Speaker | undefined;
    let verb: string | null = null;
    if (isSpeechVerb(first.lower)) {
      verb = first.text;
      speaker = byStart.get(words[first.index + 1]?.start ?? -1) ?? byStart.get(words[first.index + 2]?.start ?? -1);
      const pronoun = words[first.index + 1];
      if (!speaker && pronoun && PRONOUNS[pronoun.lower] && pronoun.sentence === first.sentence) {
        speaker = lastPersonBefore(q.ctx, m.index, PRONOUNS[pronoun.lower], pronoun);
      }
    } else {
      speaker = byStart.get(first.start);
      const lastW = speaker ? lastWordOf(q, speaker.mention) : undefined;
      const v = lastW ? words[lastW.index + 1] : undefined;
      if (v && isSpeechVerb(v.lower)) verb = v.text;
      else speaker = undefined;
    }
    if (speaker) addQuote(q, speaker, m.index + 1, m.index + 1 + m[1].length, 'direct', verb);
  }
}

/** The span inside a quotation that opens at or right after `at`, or null. */
function quotedAt(text: string, at: number): [number, number] | null {
  let i = at;
  while (i < text.length && /\s/u.test(text[i])) i++;
  const open = OPEN_QUOTES.indexOf(text[i]);
  if (open < 0) return null;
  const close = text.slice(i + 1).search(new RegExp(`[${CLOSE_QUOTES}]`, 'u'));
  if (close < 0) return null;
  return [i + 1, i + 1 + close];
}

/**
 * «"…", – сказал он»: the speaker is the last person named before the quote,
 * within the two sentences before it, if their gender fits; the pronoun
 * becomes a mention of them.
 */
function lastPersonBefore(ctx: PeopleContext, offset: number, gender: 'm' | 'f', pronoun: Word): Speaker | undefined {
  let best: Speaker | undefined;
  ctx.people.forEach((p, person) => {
    if (p.parts?.gender && p.parts.gender !== gender) return;
    for (const mention of p.mentions) {
      if (mention.end > offset || mention.sentence < pronoun.sentence - 2) continue;
      if (!best || mention.start > best.mention.start) best = { person, mention };
    }
  });
  if (best) {
    const m: LocalMention = { start: pronoun.start, end: pronoun.end, text: pronoun.text, kind: 'pronoun', sentence: pronoun.sentence };
    ctx.people[best.person].mentions.push(m);
  }
  return best;
}
