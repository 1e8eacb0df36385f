import type { EventType } from './model.ts';

/**
 * Types that can name the same real event: a meeting is also reported as a
 * summit. Coreference within an article and clustering across articles
 * compare families, not types. A visit stays its own family although the
 * guide scores meeting, visit and summit as one: merged, a trip and the talks
 * on its later days fold into one event within an article and across
 * articles (measured on the dev set and the own gold sets: fewer pairs found,
 * clusters merged).
 */
export function typeFamily(type: EventType): string {
  return type === 'summit' ? 'meeting' : type;
}

/** When members of one event disagree on the type, the more specific report wins. */
export const TYPE_PRIORITY: readonly EventType[] = [
  'meeting', 'summit', 'call', 'visit', 'signing', 'vote', 'office', 'legal', 'sport', 'award', 'launch', 'ceremony',
  'sanctions', 'protest', 'disaster', 'attack', 'death', 'other',
];

/** The lexicon language for `lang`: ru and uk as themselves, anything else as English. */
export function langKey(lang: string): 'ru' | 'uk' | 'en' {
  return lang === 'ru' ? 'ru' : lang === 'uk' ? 'uk' : 'en';
}
