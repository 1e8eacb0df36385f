/**
 * A word's name readings corrected by the Ukrainian lexicon. The Russian
 * dictionary reads a Ukrainian conjunction as a given name («Нині» as Нина),
 * knows nothing of an oblast adjective («Житомирської») and predicts names for
 * common nouns; the Ukrainian lexicon lists those forms in lowercase only.
 *
 * A word the lexicon lists capitalised as well (Коваль, Мельник, Зеленський)
 * keeps its readings: it can be a surname, and the chain rules decide by
 * context (a given name or initials before it, the article's own use).
 */
import type { Lexicon } from '../../lang/uk-lexicon.ts';
import { ukWordClass } from '../../lang/uk-word-class.ts';
import type { WordInfo } from './word-info.ts';

/**
 * `base` (the Russian dictionary's reading of `word`) as the Ukrainian lexicon
 * corrects it. A capitalised ordinary word becomes `known`, as a dictionary
 * word is to the name rules; a word written in lowercase keeps az's `known`,
 * which the context rules read as «a Ukrainian form az cannot see» (a past
 * tense after a name, a genitive complement after a role).
 */
export function ukrainianWordInfo(word: string, base: WordInfo, lexicon: Lexicon): WordInfo {
  const c = ukWordClass(word, lexicon);
  const known = base.known || /^\p{Lu}/u.test(word);
  const noName = { first: [], last: [], patronymic: [], adjectival: [] };
  if (c.functionWord) {
    return { ...base, ...noName, functionWord: true, common: Math.max(base.common, 1), ukCommon: true };
  }
  // A council, railway or ministry written as one word is an organisation.
  const nameReadings = base.first.length + base.last.length + base.patronymic.length > 0;
  if (c.orgCompound && !nameReadings) return { ...base, ...noName, known: true, org: Math.max(base.org, 1) };
  // (Two-letter words stay open: «Ді», «Лі», «Ян» are name syllables too; the short function words are listed.)
  if (c.common && !c.proper && word.length >= 3) {
    // An adjective made from a place names the place's region or body, as a place name does.
    const geo = c.placeAdjective ? Math.max(base.geo, 1) : base.geo;
    return { ...base, ...noName, known, geo, common: Math.max(base.common, 1), adjective: base.adjective || c.adjective, ukCommon: true };
  }
  // «мера Краматорська»: a town in -ськ, or its adjective, whatever else the word may be.
  if (c.townForm) return { ...base, geo: Math.max(base.geo, 1) };
  return c.common && c.proper ? { ...base, ukAlsoCommon: true } : base;
}
