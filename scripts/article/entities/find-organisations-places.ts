import type { Lang, LocalEntity, ParsedArticle, Sentence } from '../../model/model.ts';
import { groupFound } from './orgs-places/group-found.ts';
import type { Found } from './orgs-places/scan-context.ts';
import { withoutThings } from './orgs-places/not-organisations.ts';
import { withCountryAfter } from './orgs-places/org-of-country.ts';
import { repeatedOrgNames } from './orgs-places/repeated-org-names.ts';
import { scanSentence } from './orgs-places/scan.ts';

export { nameKey } from './orgs-places/group-found.ts';

/**
 * Organisations and places in one article, by four cheap signals in order:
 * 1. the gazetteer (countries in ru/uk/en, well-known cities, blocs, agencies),
 *    matched on crude stems so any case form hits;
 * 2. Russian morphology: OpenCorpora marks toponyms (Geox) and organisations (Orgn);
 * 3. organisation phrases: «Институт изучения войны», «Конституционного суда»,
 *    «партии „Яблоко“», «правительства Китая», Latin brand names in Cyrillic text;
 * 4. abbreviations (all caps, two letters or more).
 * Names come out nominative (Москве → Москва) and are grouped per article.
 */
export function findOrganisationsAndPlaces(article: ParsedArticle, lang: Lang, sentences: Sentence[]): LocalEntity[] {
  const spans = sentences.length > 0 ? sentences : [{ start: article.body.start, end: article.body.end }];
  const found: Found[] = [];
  spans.forEach((span, index) => scanSentence(article.text, span.start, span.end, index, lang, found));
  const withCountries = withoutThings(article.text, withCountryAfter(article.text, found));
  // Repeats first: where another rule found the same span, the repeat's name (the organisation introduced before) wins.
  return groupFound([...repeatedOrgNames(article.text, spans, withCountries), ...withCountries], lang, article.text);
}
