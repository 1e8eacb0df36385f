import type { Lang, LocalEntity, LocalMention, ParsedArticle, Sentence } from '../../model/model.ts';
import { findNameSpans } from './find-name-spans.ts';
import { findQuotes } from './find-quotes.ts';
import { findRoleMentions, findAppositionRoles } from './find-roles.ts';
import { groupPeople } from './group-people.ts';
import { linkPronouns } from './link-pronouns.ts';
import { personKeys } from './normalise-name.ts';
import { toWords } from './tokens-to-words.ts';

import { initMorphology as initRussian } from '../../lang/morphology.ts';
import { loadUkLexicon } from '../../lang/uk-lexicon.ts';
import { inArticleLanguage } from './name-morphology.ts';

/** Load the dictionaries name reading needs: az (Russian) and the Ukrainian lexicon. */
export async function initMorphology(): Promise<void> {
  await Promise.all([initRussian(), loadUkLexicon()]);
}

/**
 * Find person mentions (names in any case form, initials, lowercase spellings,
 * roles such as «глава Кремля», pronouns), normalise names to nominative, and
 * group the mentions of one person within the article. Attaches roles and quotes.
 *
 * Synchronous, but needs the az dictionaries: `await initMorphology()` once
 * per process before the first call (it throws otherwise). Ukrainian text is
 * read with the Ukrainian lexicon too when it is loaded.
 */
export function findPeople(article: ParsedArticle, lang: Lang, sentences: Sentence[]): LocalEntity[] {
  return inArticleLanguage(lang, () => readPeople(article, lang, sentences));
}

function readPeople(article: ParsedArticle, lang: Lang, sentences: Sentence[]): LocalEntity[] {
  const text = article.text;
  const words = toWords(text, sentences);
  const groups = groupPeople(text, words, findNameSpans(text, words), lang);
  const people: LocalEntity[] = groups.map((g, i) => ({
    key: `person:${i}`,
    type: 'person',
    name: g.name,
    parts: g.parts,
    lang,
    keys: personKeys(g.parts.first, g.parts.last),
    mentions: g.spans.map(
      (s): LocalMention => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'name', sentence: s.sentence }),
    ),
    roles: [],
    quotes: [],
  }));
  const sentenceEnds = sentences.map((s) => s.end);
  const context = { text, words, sentenceEnds, lang, date: article.date, people, groups };
  findAppositionRoles(context);
  findRoleMentions(context);
  linkPronouns(context);
  findQuotes(context);
  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    p.quotes.sort((a, b) => a.start - b.start);
  }
  return people;
}
