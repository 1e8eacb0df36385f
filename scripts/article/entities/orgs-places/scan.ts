/** One sentence scanned for organisations and places: the matchers tried in order at each word. */
import type { Lang } from '../../../model/model.ts';
import { annotateSentence, lexiconFor } from '../../../lang/annotate.ts';
import { matchDescriptorName } from './descriptor-name.ts';
import { matchAbbreviation, matchKnown, matchQuotedOrLatinName } from './known.ts';
import { matchEnglishOrg, matchEnglishPlace, matchLatinRun } from './latin.ts';
import { withLeadingAdjectives } from './leading-adjectives.ts';
import { matchOrgPhrase } from './org-phrase.ts';
import { matchOrgShaped } from './org-shaped.ts';
import { matchRussianProper, matchUkrainianRegion } from './proper-names.ts';
import type { Found, Scan } from './scan-context.ts';
import { withSubBodies } from './sub-body.ts';
import { matchRelationalBody } from './relational-body.ts';
import { matchQuotedSource } from './quoted-source.ts';
import { matchPlacePhrase } from './place-phrases.ts';
import { matchUkLocativePlace } from './uk-locative-place.ts';
import { wordsOf } from './words.ts';

/** Scan the sentence [start, end) of `text`, pushing what it finds to `out`: at each word the first matcher that applies wins. */
export function scanSentence(text: string, start: number, end: number, sentence: number, lang: Lang, out: Found[]): void {
  const words = wordsOf(text, start, end);
  const s: Scan = { text, words, ann: annotateSentence(words, lexiconFor(lang)), sentence, lang, out };
  const russian = lang !== 'uk' && lang !== 'en';
  const from = out.length;
  let i = 0;
  while (i < words.length) {
    const consumed =
      matchKnown(s, i) ||
      matchQuotedOrLatinName(s, i) ||
      (lang !== 'en' ? matchDescriptorName(s, i) : 0) ||
      (lang !== 'en' ? matchQuotedSource(s, i) : 0) ||
      (lang === 'en' ? matchEnglishOrg(s, i) : matchOrgPhrase(s, i)) ||
      (russian ? matchRelationalBody(s, i) : 0) ||
      matchAbbreviation(s, i) ||
      (russian ? matchPlacePhrase(s, i) || matchRussianProper(s, i) : 0) ||
      (lang === 'uk' ? matchUkrainianRegion(s, i) || matchUkLocativePlace(s, i) : 0) ||
      (lang === 'en' ? matchEnglishPlace(s, i) : matchOrgShaped(s, i)) ||
      (lang !== 'en' ? matchLatinRun(s, i) : 0);
    i += consumed > 0 ? consumed : 1;
  }
  withLeadingAdjectives(s, from);
  // Bodies grown over an organisation take the adjectives before their unit noun.
  const before = out.length;
  withSubBodies(s, from);
  withLeadingAdjectives(s, before);
}
