import { ANALYSIS_VERSION } from './analysis-version.ts';
import { detectLanguage } from './language/detect-language.ts';
import { findEntities } from './entities/find-entities.ts';
import { extractEvents } from './events/extract-events.ts';
import type { ArticleAnalysis, DecodedText, Lang, LocalEntity, LocalEvent, ParsedArticle, Sentence } from '../model/model.ts';
import { normalisedView, viewOfArticle } from './read/normalised-view.ts';
import { toSourceOffsets } from './source-offsets.ts';
import { parseArticle } from './read/parse-article.ts';
import { segment } from './segment/segment.ts';

/**
 * Everything Letopis learns from one article alone: parse → detect language →
 * segment → find and normalise entity mentions → extract events. Pure over its
 * input (after `prepareAnalysis` resolved), so results can be cached by content hash.
 */
export function analyseArticle(decoded: DecodedText): ArticleAnalysis {
  return analyseParsedArticle(parseArticle(decoded));
}

/** `analyseArticle` after the parse: for callers that read the article themselves (see read/read-article.ts). */
export function analyseParsedArticle(parsed: ParsedArticle): ArticleAnalysis {
  // The stages read a normalised view (no invisible characters, NFC); their offsets are mapped back to the source.
  const view = normalisedView(parsed.text);
  const read = view ? viewOfArticle(parsed, view) : parsed;
  const lang = detectLanguage(read);
  const found = findAll(read, lang);
  const { sentences, entities, events } = view ? toSourceOffsets(found, view, parsed.text) : found;
  const { text: _text, ...article } = parsed;
  let wordCount = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) if (hasLetterOrDigit(token.text)) wordCount++;
  }
  return { version: ANALYSIS_VERSION, article, lang, sentences, entities, events, wordCount };
}

function findAll(article: ParsedArticle, lang: Lang): { sentences: Sentence[]; entities: LocalEntity[]; events: LocalEvent[] } {
  const sentences = segment(article);
  const entities = findEntities(article, lang, sentences);
  const events = extractEvents(article, lang, sentences, entities);
  return { sentences, entities, events };
}

/** /\p{L}|\p{N}/u, answered from the first character for ASCII and Cyrillic tokens (nearly all). */
function hasLetterOrDigit(token: string): boolean {
  const c = token.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c >= 0x0400 && c <= 0x052f && (c < 0x0482 || c > 0x0489)) return true;
  return /\p{L}|\p{N}/u.test(token);
}
