import type { Lang, LocalEntity, ParsedArticle, Sentence } from '../../model/model.ts';
import { findOrganisationsAndPlaces } from './find-organisations-places.ts';
import { findPeople } from './find-people.ts';
import { settleOverlaps } from './settle-overlaps.ts';

/**
 * Per-article entity stage: people, organisations and places, with overlaps
 * settled (an organisation named after a person, «фонд Петра Порошенко», is an
 * organisation, not a person mention). Needs `await initMorphology()` first.
 */
export function findEntities(article: ParsedArticle, lang: Lang, sentences: Sentence[]): LocalEntity[] {
  const orgsAndPlaces = findOrganisationsAndPlaces(article, lang, sentences);
  const people = findPeople(article, lang, sentences);
  return settleOverlaps(article.text, people, orgsAndPlaces);
}
