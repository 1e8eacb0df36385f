import { eld } from 'eld/small';
import type { Lang, ParsedArticle } from '../../model/model.ts';
import { normaliseLang } from '../read/normalise-lang.ts';

export { normaliseLang };

/*
 * Language of an article. A valid declared language wins. Otherwise Cyrillic
 * text is told apart as Russian or Ukrainian by letters only one of them has
 * (uk: і ї є ґ and the apostrophe inside words; ru: ы э ъ ё), counted and
 * weighed by how often each set occurs in running text, so a Russian article
 * quoting «Слава Україні» stays Russian. Latin-script text goes to eld.
 */

/** Enough text to decide; long articles do not need to be read to the end. */
const SAMPLE_CHARS = 20_000;
/** Rough share (per 100 letters) of the distinctive letters in running text. */
const UK_RATE = 6.5;
const RU_RATE = 2.0;

const RU_WORDS = new Set(['что', 'это', 'как', 'он', 'она', 'они', 'его', 'был', 'была', 'было', 'или', 'но', 'уже', 'только', 'когда', 'если', 'чтобы', 'также', 'от', 'и', 'же', 'мы', 'вы', 'их', 'себя']);
const UK_WORDS = new Set(['та', 'що', 'як', 'він', 'вона', 'вони', 'це', 'його', 'але', 'або', 'щоб', 'коли', 'якщо', 'також', 'й', 'від', 'зі', 'ми', 'ви', 'їх', 'себе', 'вже', 'лише', 'був', 'була', 'було']);

export interface ScriptCounts {
  cyrillic: number;
  latin: number;
  ukLetters: number;
  ruLetters: number;
  ukApostrophes: number;
}

function isCyrillic(c: number): boolean {
  return c >= 0x0400 && c <= 0x04ff;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

export function countScripts(s: string): ScriptCounts {
  const r: ScriptCounts = { cyrillic: 0, latin: 0, ukLetters: 0, ruLetters: 0, ukApostrophes: 0 };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isCyrillic(c)) {
      r.cyrillic++;
      // і ї є ґ (and capitals)
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) r.ukLetters++;
      // ы э ъ ё (and capitals)
      else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451 || c === 0x42b || c === 0x42d || c === 0x42a || c === 0x401) r.ruLetters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) {
      r.latin++;
    } else if (isApostrophe(c) && i > 0 && isCyrillic(s.charCodeAt(i - 1)) && isCyrillic(s.charCodeAt(i + 1))) {
      r.ukApostrophes++;
    }
  }
  return r;
}

/** Function-word vote for texts too short to carry distinctive letters. */
function wordVote(s: string): number {
  let vote = 0;
  for (const w of s.toLowerCase().split(/[^\p{L}]+/u)) {
    if (RU_WORDS.has(w)) vote--;
    else if (UK_WORDS.has(w)) vote++;
  }
  return vote;
}

/** ru or uk for Cyrillic text. */
export function russianOrUkrainian(s: string, counts = countScripts(s)): 'ru' | 'uk' {
  const uk = (counts.ukLetters + counts.ukApostrophes) / UK_RATE;
  const ru = counts.ruLetters / RU_RATE;
  if (uk > ru) return 'uk';
  if (ru > uk) return 'ru';
  return wordVote(s) > 0 ? 'uk' : 'ru';
}

/** Language of a piece of text (no metadata). */
export function detectTextLanguage(s: string): Lang {
  const counts = countScripts(s);
  if (counts.cyrillic === 0 && counts.latin === 0) return 'en';
  if (counts.cyrillic >= counts.latin) return russianOrUkrainian(s, counts);
  try {
    const result = eld.detect(s);
    return result.language && (result.isReliable() || s.length > 200) ? result.language : 'en';
  } catch {
    return 'en';
  }
}

/** Declared language if valid, else detected from title and body (ru vs uk told apart). */
export function detectLanguage(article: ParsedArticle): Lang {
  const declared = normaliseLang(article.declaredLang);
  if (declared) return declared;
  const { text, body, title } = article;
  const sample = `${title}\n${text.slice(body.start, Math.min(body.end, body.start + SAMPLE_CHARS))}`;
  return detectTextLanguage(sample);
}
