/**
 * One morphological pass over a sentence: every token gets its analyses and
 * the facts the entity rules ask about (lemma, part of speech, case, number,
 * gender, name/place/organisation tags, whether the lexicon knows it), so the
 * rules read annotations instead of asking the analyser word by word.
 *
 * A language plugs in a `Lexicon`: Russian reads az (OpenCorpora); Ukrainian
 * reads the Ukrainian lexicon (ordinary words, adjectives, function words; no
 * lemmas or cases beyond what a form shows); English has none, so its tokens
 * carry no analyses and the rules fall back on spelling.
 *
 * Annotations are computed on first use per token (most tokens are never
 * asked about) and cached per spelling, since the analysis of a word form
 * does not depend on its context.
 */
import type { Lang } from '../model/model.ts';
import { getOrCreate } from '../util/collections.ts';
import { memoByString } from '../util/memo.ts';
import { parseWord, type WordParse } from './morphology.ts';
import { analyseUkrainian } from './uk-analyser.ts';

/** A language's word analyser: every reading of a word form, most likely first. */
export interface Lexicon {
  readonly lang: Lang | 'none';
  analyse(word: string): readonly WordParse[];
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
type Case = (typeof CASES)[number];
const GENDERS = ['masc', 'femn', 'neut'] as const;
type Gender = (typeof GENDERS)[number];

/** What the lexicon says about one token. */
export interface TokenAnnotation {
  /** All readings, most likely first; empty when the lexicon has none. */
  readonly parses: readonly WordParse[];
  /** The likeliest reading. */
  readonly best: WordParse | undefined;
  /** The likeliest reading's lemma, or the lowercase word when there is none. */
  readonly lemma: string;
  /** Part of speech of the likeliest reading (NOUN, ADJF, VERB…). */
  readonly pos: string | null;
  /** Case, number and gender of the likeliest reading. */
  readonly grammaticalCase: Case | null;
  readonly plural: boolean;
  readonly gender: Gender | null;
  /** The likeliest reading is from the dictionary, not guessed from the ending. */
  readonly known: boolean;
  /** The first noun reading. */
  readonly noun: WordParse | undefined;
  /** The first toponym (Geox) reading. */
  readonly place: WordParse | undefined;
  /** The likeliest reading when it is a full adjective or participle and no pronoun (эта, наш never start a name). */
  readonly adjective: WordParse | undefined;
  /** Some reading is a given name, surname or patronymic, or a guess; or there is no reading at all. */
  readonly personNameLike: boolean;
  /** Some reading is a genitive noun or adjective (words of three letters or more). */
  readonly genitive: boolean;
  /** Some reading is a surname or animate. */
  readonly animateOrSurname: boolean;
}

function derive(word: string, parses: readonly WordParse[]): TokenAnnotation {
  const best = parses[0];
  const tags = best?.tags;
  return {
    parses,
    best,
    lemma: best ? best.lemma : word.toLowerCase(),
    pos: best ? ([...best.tags][0] ?? null) : null,
    grammaticalCase: tags ? (CASES.find((c) => tags.has(c)) ?? null) : null,
    plural: tags?.has('plur') === true,
    gender: tags ? (GENDERS.find((g) => tags.has(g)) ?? null) : null,
    known: best?.known === true,
    noun: parses.find((p) => p.tags.has('NOUN')),
    place: parses.find((p) => p.tags.has('Geox')),
    adjective: best && (best.tags.has('ADJF') || best.tags.has('PRTF')) && !best.tags.has('Apro') ? best : undefined,
    personNameLike: parses.length === 0 || parses.some((p) => p.tags.has('Name') || p.tags.has('Surn') || p.tags.has('Patr') || !p.known),
    genitive: word.length >= 3 && parses.some((p) => p.tags.has('gent') && (p.tags.has('NOUN') || p.tags.has('ADJF'))),
    animateOrSurname: parses.some((p) => p.tags.has('Surn') || p.tags.has('anim')),
  };
}

/** Annotations per spelling for one lexicon (a word form's analysis does not depend on its context). */
const annotator = (lexicon: Lexicon): ((word: string) => TokenAnnotation) => memoByString((word) => derive(word, lexicon.analyse(word)));

/** Russian: az over the OpenCorpora dictionary (memoised per word form in morphology.ts). */
export const RUSSIAN: Lexicon = { lang: 'ru', analyse: parseWord };
/** Ukrainian: the Ukrainian lexicon's word classes (empty until `loadUkLexicon()` has resolved). */
export const UKRAINIAN: Lexicon = { lang: 'uk', analyse: analyseUkrainian };
/** No dictionary: every token is unanalysed. */
export const NO_LEXICON: Lexicon = { lang: 'none', analyse: () => [] };

/** The lexicon for an article's language (English has none). */
export function lexiconFor(lang: Lang): Lexicon {
  if (lang === 'uk') return UKRAINIAN;
  return lang === 'en' ? NO_LEXICON : RUSSIAN;
}

const annotators = new Map<Lexicon, (word: string) => TokenAnnotation>();

/** The annotation of one word form by `lexicon`. */
function annotateWord(lexicon: Lexicon, word: string): TokenAnnotation {
  return getOrCreate(annotators, lexicon, () => annotator(lexicon))(word);
}

/** A sentence's tokens with their annotations, each computed once, on first use. */
export interface SentenceAnnotation {
  readonly lexicon: Lexicon;
  /** The annotation of token `i` of the sentence. */
  at(i: number): TokenAnnotation;
}

/** Annotate the tokens of one sentence (given as their spellings) with `lexicon`. */
export function annotateSentence(tokens: readonly { text: string }[], lexicon: Lexicon): SentenceAnnotation {
  const done: (TokenAnnotation | undefined)[] = new Array(tokens.length);
  return {
    lexicon,
    at(i) {
      return (done[i] ??= annotateWord(lexicon, tokens[i]!.text));
    },
  };
}
