/**
 * Places as a tree (annotation guide, "Place"): a name in any language or
 * case finds its place, its names per language and the places containing it;
 * nested places are compatible places of one event, in clustering too.
 */
import { describe, expect, it } from 'vitest';
import { knownPlace, placesNest } from '../../scripts/article/events/places/place-tree.ts';
import { clusterEvents } from '../../scripts/corpus/cluster-events.ts';
import { type ArticleInput, type EntityLinks, setLink } from '../../scripts/corpus/resolve-entities.ts';
import type { KbPerson, LocalEntity, LocalEvent } from '../../scripts/model/model.ts';
import { articleId, personId, placeId } from '../../scripts/model/ids.ts';

describe('the place tree', () => {
  it('finds a place by any of its names, inflected too, with its names per language', () => {
    for (const form of ['Гаага', 'Гааге', 'The Hague', 'Hague']) expect(knownPlace(form)?.names, form).toEqual({ ru: 'Гаага', uk: 'Гаага', en: 'The Hague' });
    expect(knownPlace('Києві')?.names.en).toBe('Kyiv');
    expect(knownPlace('Харкові')?.names.ru).toBe('Харьков');
    expect(knownPlace('Словаччині')?.names.ru).toBe('Словакия');
    expect(knownPlace('Екатеринбурге')?.names.en).toBe('Yekaterinburg');
  });

  it('knows what lies in what, and never reads weekdays or months as places', () => {
    const [manhattan, newYork, us, moscow] = ['Manhattan', 'Нью-Йорк', 'США', 'Москве'].map((n) => knownPlace(n)!);
    expect(placesNest(manhattan!, newYork!)).toBe(true);
    expect(placesNest(manhattan!, us!)).toBe(true);
    expect(placesNest(us!, manhattan!)).toBe(true);
    expect(placesNest(moscow!, us!)).toBe(false);
    for (const word of ['Вторник', 'понеділок', 'March', 'мая', 'Friday']) expect(knownPlace(word), word).toBeNull();
  });
});

describe('nested places in clustering', () => {
  const people = [{ id: personId('ada-quill'), name: 'Ada Quill', names: { en: 'Ada Quill' }, aliases: [], roles: [], articles: [], mentions: [], quotes: [], description: null }] as KbPerson[];
  function input(id: string, place: string): ArticleInput {
    const entities: LocalEntity[] = [
      { key: 'p0', type: 'person', name: 'Ada Quill', parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] },
      { key: 'l0', type: 'place', name: place, parts: null, lang: 'en', keys: [], mentions: [], roles: [], quotes: [] },
    ];
    const event: LocalEvent = { key: 'e1', type: 'visit', status: 'happened', date: '2031-05-04', datePrecision: 'day', place, participants: ['p0'], orgs: ['l0'], title: id, mentions: [{ start: 0, end: 5, text: 'visit', kind: 'name', sentence: 0 }] };
    return { id: articleId(id), analysis: { version: 't', article: { date: '2031-05-05' } as ArticleInput['analysis']['article'], lang: 'en', sentences: [], entities, events: [event], wordCount: 0 } };
  }
  function run(a: [string, string], b: [string, string]) {
    const links: EntityLinks = new Map();
    for (const [id, place] of [a, b]) {
      setLink(links, articleId(id), 'p0', personId('ada-quill'));
      setLink(links, articleId(id), 'l0', placeId(place.toLowerCase().replace(/\s/g, '-')));
    }
    return clusterEvents([input(...a), input(...b)], links, people);
  }

  it('keeps a city and its country as one visit', () => {
    expect(run(['city', 'Manhattan'], ['country', 'United States'])).toHaveLength(1);
  });

  it('keeps two cities apart', () => {
    expect(run(['moscow', 'Moscow'], ['kyiv', 'Kyiv'])).toHaveLength(2);
  });
});

describe('calendar words are never event places', () => {
  it('skips a weekday or month the entity stage took for a place', async () => {
    const { extractEvents } = await import('../../scripts/article/events/extract-events.ts');
    const { fixture } = await import('./helpers.ts');
    const people = [
      { key: 'orlov', name: 'Павел Орлов', first: 'Павел', forms: ['Павел Орлов'] },
      { key: 'sato', name: 'Кэн Сато', first: 'Кэн', forms: ['Кэн Сато'] },
      { key: 'place:tuesday', type: 'place' as const, name: 'Вторник', forms: ['Вторник'] },
    ];
    const f = fixture('Павел Орлов и Кэн Сато провели переговоры в Вторник.', '2031-02-13', people);
    expect(extractEvents(f.article, f.lang, f.sentences, f.entities)[0]?.place ?? null).toBeNull();
  });
});
