/**
 * The world the synthetic articles report on: the cast and a list of events
 * (who, what, where, when, status). Small enough to hold in memory even for
 * 100k articles (one event per ~6 articles); articles themselves are rendered
 * one at a time from it.
 */
import { buildCast, PLACES, type Person } from './cast.ts';
import { dayOf } from './dates.ts';
import type { CorpusEventType, CorpusStatus } from './packs/types.ts';
import { createRng, hashSeed, type Rng } from './prng.ts';

export const CAST_SIZE = 300;
export const ARTICLES_PER_EVENT = 6;
const FIRST_DAY = dayOf(2024, 1, 1);
const LAST_DAY = dayOf(2025, 12, 31);

export interface CorpusEvent {
  id: string;
  type: CorpusEventType;
  status: CorpusStatus;
  day: number;
  /** Indexes into World.cast; the first `participantCount` are the participants proper. */
  people: number[];
  participantCount: number;
  place: number;
  topic: number;
  document: number;
  target: number;
  /** For the second of two calls a week apart: the id of the first. */
  followsUp?: string;
}

export interface World {
  seed: number;
  cast: Person[];
  events: CorpusEvent[];
}

const TYPE_WEIGHTS: Array<[CorpusEventType, number]> = [
  ['meeting', 0.22], ['call', 0.18], ['talks', 0.12], ['visit', 0.14], ['summit', 0.08], ['signing', 0.12], ['sanctions', 0.14],
];

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  let u = rng.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) {
    u -= w;
    if (u < 0) return item;
  }
  return items[items.length - 1][0];
}

function distinctPeople(rng: Rng, castSize: number, count: number): number[] {
  const chosen: number[] = [];
  while (chosen.length < count) {
    const p = rng.zipfIndex(castSize, 0.9);
    if (!chosen.includes(p)) chosen.push(p);
  }
  return chosen;
}

export function buildWorld(seed: number, articles: number): World {
  const cast = buildCast(createRng(hashSeed(seed, 'cast')), CAST_SIZE);
  const rng = createRng(hashSeed(seed, 'events'));
  const target = Math.max(8, Math.ceil(articles / ARTICLES_PER_EVENT));
  const events: CorpusEvent[] = [];
  while (events.length < target) {
    const type = weighted(rng, TYPE_WEIGHTS);
    const u = rng.next();
    const status: CorpusStatus = u < 0.82 ? 'happened' : u < 0.92 ? 'planned' : 'cancelled';
    const participantCount = type === 'summit' ? 3 : type === 'visit' || type === 'sanctions' ? 1 : 2;
    const event: CorpusEvent = {
      id: `e${String(events.length).padStart(6, '0')}`,
      type,
      status,
      day: rng.int(FIRST_DAY, LAST_DAY),
      // Always three named people: templates mention B and C even when they are not participants.
      people: distinctPeople(rng, cast.length, 3),
      participantCount,
      place: rng.int(0, PLACES.length - 1),
      topic: rng.int(0, 5),
      document: rng.int(0, 4),
      target: rng.int(0, 3),
    };
    events.push(event);
    // Two calls between the same people a week apart: must stay two events.
    if (type === 'call' && status === 'happened' && rng.chance(0.2) && events.length < target) {
      events.push({ ...event, id: `e${String(events.length).padStart(6, '0')}`, day: event.day + 7, followsUp: event.id });
    }
  }
  return { seed, cast, events };
}
