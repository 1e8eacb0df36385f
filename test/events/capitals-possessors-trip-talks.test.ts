/**
 * A country's capital named by a phrase; the possessor of another event
 * noun kept out of this one; undated talks next to a one-day trip held on
 * that trip. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { capitalPhrase } from '../../scripts/article/events/places/capital-phrase.ts';
import { fixture, type EntitySpec } from './helpers.ts';

describe('capital phrases', () => {
  it('reads the capital from a nationality adjective or a genitive country, in three languages', () => {
    expect(capitalPhrase('flew to the Latvian capital at dawn', 'en')).toBe('Riga');
    expect(capitalPhrase('talks in the capital of Hungary', 'en')).toBe('Budapest');
    expect(capitalPhrase('flew to the Japanese capital', 'en')).toBe('Tokyo');
    expect(capitalPhrase('переговоры в латвийской столице', 'ru')).toBe('Рига');
    expect(capitalPhrase('прилетел в столицу Венгрии', 'ru')).toBe('Будапешт');
    expect(capitalPhrase('прилетів до латвійської столиці', 'uk')).toBe('Рига');
  });
  it('reads nothing without a place preposition, a country, or a known capital', () => {
    expect(capitalPhrase('the Latvian capital is small', 'en')).toBeNull();
    expect(capitalPhrase('went to the financial capital', 'en')).toBeNull();
    expect(capitalPhrase('в культурной столице', 'ru')).toBeNull();
  });
});

const MORALES: EntitySpec = { key: 'morales', name: 'Ines Morales', first: 'Ines', gender: 'f', forms: ['Ines Morales', 'Morales'] };
const LINDQVIST: EntitySpec = { key: 'lindqvist', name: 'Erik Lindqvist', first: 'Erik', forms: ['Erik Lindqvist', 'Lindqvist'] };
const BAUER: EntitySpec = { key: 'bauer', name: 'Hanna Bauer', first: 'Hanna', gender: 'f', forms: ['Hanna Bauer', 'Bauer'] };

describe('the possessor of another event noun', () => {
  it("leaves X out of this trip when the clause goes on to X's own visit", () => {
    const text = "Ines Morales made a trip to Riga on Monday that overlapped with Erik Lindqvist's two-day visit to Oslo.";
    const f = fixture(text, '2031-06-04', [MORALES, LINDQVIST], 'en');
    const events = extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => e.type === 'visit');
    expect(events[0]?.participants).toEqual(['morales']);
    expect(events.some((e) => e.participants.includes('lindqvist'))).toBe(true);
  });
});

describe('undated talks next to a one-day trip', () => {
  it('takes the day of the trip and folds the trip into the talks', () => {
    const text = 'Ines Morales made a surprise visit to Riga, where she met Hanna Bauer. Her trip on Monday lasted six hours.';
    const f = fixture(text, '2031-06-04', [MORALES, BAUER], 'en');
    const meetings = extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => [e.date, e.participants.sort()])).toEqual([['2031-06-02', ['bauer', 'morales']]]);
  });
  it('leaves talks reported far from the trip undated by it', () => {
    const text = 'Her trip to Riga on Monday lasted six hours. The weather was cold. Queues were long. Ines Morales met Hanna Bauer.';
    const f = fixture(text, '2031-06-04', [MORALES, BAUER], 'en');
    const meeting = extractEvents(f.article, f.lang, f.sentences, f.entities).find((e) => e.type === 'meeting');
    expect(meeting?.datePrecision).not.toBe('day');
  });
});
