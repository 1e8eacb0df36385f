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

export function findQuotes(ctx: PeopleContext): void {
  const { text, words, people } = ctx;
  const byStart = new Map<number, Speaker>();
  people.forEach((p, person) => p.mentions.forEach((mention) => byStart.set(mention.start, { person, mention })));
  const wordAt = new Map(words.map((w) => [w.start, w]));
  const seen = new Set<string>();
  const add = (sp: Speaker, start: number, end: number, kind: Quote['kind'], verb: string | null): void => {
    [start, end] = trimmed(text, start, end);
    if (end - start < 8) return;
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    people[sp.person].quotes.push({ start, end, text: text.slice(start, end), kind, verb });
  };
  const lastWordOf = (m: LocalMention): Word | undefined => {
    let w = wordAt.get(m.start);
    while (w && words[w.index + 1] && words[w.index + 1].end <= m.end) w = words[w.index + 1];
    return w;
  };
  /** End of the sentence the word is in, extended over a closing quote. */
  const endOfSentence = (w: Word): number => ctx.sentenceEnds[w.sentence] ?? w.end;

  for (const sp of byStart.values()) {
    const last = lastWordOf(sp.mention);
    if (!last) continue;
    // Indirect: speaker [adverb] verb [,] что …
    let k = last.index + 1;
    while (words[k] && ADVERBS.test(words[k].lower) && words[k].sentence === last.sentence) k++;
    const verb = words[k];
    if (verb && verb.sentence === last.sentence && !verb.cap && isSpeechVerb(verb.lower)) {
      const between = text.slice(last.end, verb.start);
      if (/^[\s\p{L}]*$/u.test(between)) {
        const next = words[k + 1];
        const gap = next ? text.slice(verb.end, next.start) : '';
        if (next && next.sentence === verb.sentence && THAT.test(next.lower) && gap.replace(',', '').trim() === '') {
          add(sp, next.end, endOfSentence(next), 'indirect', verb.text);
          continue;
        }
        if (next && /^\s*:\s*$/u.test(gap)) {
          const q = quotedAt(text, next.start - 1);
          if (q) add(sp, q[0], q[1], 'direct', verb.text);
          else add(sp, next.start, endOfSentence(next), 'indirect', verb.text);
          continue;
        }
        // «told reporters: "…"»: a short object, then a colon and a quotation.
        const colonAt = text.slice(verb.end, verb.end + 40).search(/:\s*[«"“„]/u);
        if (colonAt >= 0 && /^[\s\p{L}]*$/u.test(text.slice(verb.end, verb.end + colonAt))) {
          const q = quotedAt(text, verb.end + colonAt + 1);
          if (q) {
            add(sp, q[0], q[1], 'direct', verb.text);
            continue;
          }
        }
        if (next && verb.latin && next.sentence === verb.sentence && /^\s+$/u.test(gap)) {
          // «told reporters (that) …»: skip the addressee and «that».
          let from = next;
          if (/^(told|assured|informed|warned|reminded)$/u.test(verb.lower) && words[from.index + 1]) from = words[from.index + 1];
          if (from.lower === 'that' && words[from.index + 1]) from = words[from.index + 1];
          add(sp, from.start, endOfSentence(from), 'indirect', verb.text);
          continue;
        }
      }
    }
    // «Путин: «…»»
    const colon = /^\s*:\s*/u.exec(text.slice(sp.mention.end, sp.mention.end + 4));
    if (colon) {
      const q = quotedAt(text, sp.mention.end + colon[0].length);
      if (q) add(sp, q[0], q[1], 'direct', null);
    }
    // «По словам Лаврова, …»
    const before = text.slice(Math.max(0, sp.mention.start - 12), sp.mention.start);
    if (/(по словам|за словами|according to)\s+$/iu.test(before)) {
      const comma = text.indexOf(',', sp.mention.end);
      const next = comma >= 0 ? words[firstWordFrom(words, comma + 1)] : undefined;
      if (next && next.sentence === last.sentence) add(sp, comma + 1, endOfSentence(next), 'indirect', null);
    }
  }

  // Direct: «…», – verb Speaker  /  «…», – Speaker verb
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
        speaker = lastPersonBefore(ctx, m.index, PRONOUNS[pronoun.lower], pronoun);
      }
    } else {
      speaker = byStart.get(first.start);
      const lastW = speaker ? lastWordOf(speaker.mention) : undefined;
      const v = lastW ? words[lastW.index + 1] : undefined;
      if (v && isSpeechVerb(v.lower)) verb = v.text;
      else speaker = undefined;
    }
    if (speaker) add(speaker, m.index + 1, m.index + 1 + m[1].length, 'direct', verb);
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
