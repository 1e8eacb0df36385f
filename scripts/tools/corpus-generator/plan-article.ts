/**
 * Decide what article number `index` is about: event, language, format,
 * publication date and how it words the date. Each article has its own PRNG
 * stream (seed, index), so any article can be regenerated alone — the
 * duplicate-text bad file relies on that, and generation streams.
 */
import type { CorpusLang } from './cast.ts';
import type { CorpusStatus } from './packs/types.ts';
import { createRng, hashSeed, type Rng } from './prng.ts';
import type { CorpusEvent, World } from './world.ts';

export type ArticleFormat = 'txt' | 'md';

export interface ArticlePlan {
  index: number;
  rng: Rng;
  event: CorpusEvent;
  lang: CorpusLang;
  format: ArticleFormat;
  /** Publication day (days since epoch). */
  day: number;
  /** How the article reports the event (a cancelled event is first reported as planned). */
  reportedStatus: CorpusStatus;
  /** Bystanders: indexes into the cast. */
  bystanders: [number, number];
  /** Target length in words. */
  words: number;
}

function pickLang(rng: Rng): CorpusLang {
  const u = rng.next();
  return u < 0.4 ? 'ru' : u < 0.75 ? 'uk' : 'en';
}

function publicationDay(rng: Rng, event: CorpusEvent): { day: number; reportedStatus: CorpusStatus } {
  if (event.status === 'planned') return { day: event.day - rng.int(1, 14), reportedStatus: 'planned' };
  if (event.status === 'cancelled') {
    return rng.chance(0.5)
      ? { day: event.day - rng.int(4, 14), reportedStatus: 'planned' }
      : { day: event.day - rng.int(0, 3), reportedStatus: 'cancelled' };
  }
  const u = rng.next();
  const delay = u < 0.15 ? 0 : u < 0.5 ? 1 : u < 0.8 ? rng.int(2, 6) : rng.int(7, 20);
  return { day: event.day + delay, reportedStatus: 'happened' };
}

export function planArticle(world: World, index: number): ArticlePlan {
  const rng = createRng(hashSeed(world.seed, 'article', index));
  const events = world.events;
  // Every event is reported at least once; after that popular events recur.
  const event = index < events.length ? events[index] : events[rng.zipfIndex(events.length, 1.05)];
  const lang = pickLang(rng);
  const format: ArticleFormat = rng.chance(0.6) ? 'txt' : 'md';
  const { day, reportedStatus } = publicationDay(rng, event);
  const bystanders: number[] = [];
  while (bystanders.length < 2) {
    const p = rng.zipfIndex(world.cast.length, 0.9);
    if (!event.people.includes(p) && !bystanders.includes(p)) bystanders.push(p);
  }
  return { index, rng, event, lang, format, day, reportedStatus, bystanders: [bystanders[0], bystanders[1]], words: rng.int(340, 460) };
}
