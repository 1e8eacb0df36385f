/**
 * Ukrainian word readings for the per-sentence annotation pass, from the
 * Ukrainian lexicon: which forms are ordinary words, adjectives or function
 * words. The lexicon lists forms without lemmas or grammemes, so a reading
 * keeps the form as its lemma and carries only what the form shows: a part of
 * speech where the word class is known, and the genitive for adjective forms
 * that can only be genitive (or genitive/locative plural). A proper noun, or a
 * word the lexicon does not list, gets no reading, as before.
 */
import type { WordParse } from './morphology.ts';
import { ukLexiconIfLoaded } from './uk-lexicon.ts';
import { ukWordClass } from './uk-word-class.ts';

/** Adjective endings that read as genitive (singular -ої/-ого, plural -их). */
const GENITIVE_ADJECTIVE = /(ої|ього|ого|их|іх)$/u;

/** The readings of one word form; [] before the lexicon is loaded. */
export function analyseUkrainian(word: string): readonly WordParse[] {
  const lexicon = ukLexiconIfLoaded();
  if (!lexicon || !/^[\p{Script=Cyrillic}'’ʼ-]+$/u.test(word)) return [];
  const c = ukWordClass(word, lexicon);
  if (!c.common || (c.proper && !c.functionWord)) return [];
  const lemma = word.toLowerCase();
  const tags = new Set<string>();
  if (c.functionWord) tags.add('CONJ');
  else if (c.adjective) {
    tags.add('ADJF');
    if (GENITIVE_ADJECTIVE.test(lemma)) tags.add('gent');
  }
  return [{ lemma, tags, score: 1, known: true }];
}
