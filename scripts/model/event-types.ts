import type { EventType } from './model.ts';

/**
 * Types that can name the same real event: a meeting is also reported as
 * talks or a summit. Coreference within an article and clustering across
 * articles compare families, not types.
 */
export function typeFamily(type: EventType): string {
  return type === 'talks' || type === 'summit' ? 'meeting' : type;
}

/** When members of one event disagree on the type, the more specific report wins. */
export const TYPE_PRIORITY: readonly EventType[] = [
  'meeting', 'talks', 'summit', 'call', 'visit', 'signing', 'election', 'ruling', 'match', 'sanctions', 'attack', 'statement', 'other',
];

/** The lexicon language for `lang`: ru and uk as themselves, anything else as English. */
export function langKey(lang: string): 'ru' | 'uk' | 'en' {
  return lang === 'ru' ? 'ru' : lang === 'uk' ? 'uk' : 'en';
}
