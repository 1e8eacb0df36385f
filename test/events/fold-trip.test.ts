/**
 * A visit and the talks held during it the same day are one meeting; talks
 * on a later day of the trip stay their own meeting (annotation guide).
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { fixture, type EntitySpec } from './helpers.ts';

const run = (f: ReturnType<typeof fixture>) => extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => !e.backReference);
const PETRENKO: EntitySpec = { key: 'petrenko', name: 'Олег Петренко', first: 'Олег', forms: ['Олег Петренко', 'Петренко'] };
const NOWAK: EntitySpec = { key: 'nowak', name: 'Анна Новак', first: 'Анна', gender: 'f', forms: ['Анна Новак', 'Анной Новак', 'Новак'] };
const VILNIUS: EntitySpec = { key: 'place:vilnius', type: 'place', name: 'Вильнюс', forms: ['Вильнюс'] };

describe('a visit and its talks', () => {
  it('reads an arrival and talks the same day as one meeting', () => {
    const text = 'Олег Петренко во вторник прибыл в Вильнюс и встретился с Анной Новак.';
    const events = run(fixture(text, '2031-04-09', [PETRENKO, NOWAK, VILNIUS]));
    expect(events.map((e) => e.type)).toEqual(['meeting']);
    expect(events[0]!.participants.sort()).toEqual(['nowak', 'petrenko']);
    expect(events[0]!.date).toBe('2031-04-08');
    expect(events[0]!.mentions).toHaveLength(2);
  });

  it('keeps talks on a later day of the trip apart from the visit', () => {
    const text = 'Олег Петренко 7 апреля прибыл с визитом в Вильнюс. 8 апреля Петренко встретился с Анной Новак.';
    const events = run(fixture(text, '2031-04-09', [PETRENKO, NOWAK, VILNIUS]));
    expect(events.map((e) => [e.type, e.date])).toEqual([['visit', '2031-04-07'], ['meeting', '2031-04-08']]);
  });
});
