/** A city named by its adjective or name right before an event noun holds the event; a country's adjective does not. Made-up phrases. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { placeBeforeNoun } from '../../scripts/article/events/places/place-adjective.ts';
import { fixture, PUTIN, TRUMP } from './helpers.ts';

const before = (phrase: string, lang: string): string | null => placeBeforeNoun(phrase, phrase.lastIndexOf(' ') + 1, lang);

describe('place adjectives before an event noun', () => {
  it('reads city adjectives of several cases back to the city (ru, uk)', () => {
    expect(before('начались рижские переговоры', 'ru')).toBe('Рига');
    expect(before('итоги венских переговоров', 'ru')).toBe('Вена');
    expect(before('після віденських переговорів', 'uk')).toBe('Відень');
  });
  it('reads an English city name before the noun', () => {
    expect(before('after the Vienna talks', 'en')).toBe('Vienna');
  });
  it('leaves country adjectives, plain adjectives and lowercase English words alone', () => {
    expect(before('латвийские переговоры', 'ru')).toBeNull();
    expect(before('долгие переговоры', 'ru')).toBeNull();
    expect(before('the Latvian talks', 'en')).toBeNull();
    expect(before('the long talks', 'en')).toBeNull();
  });
  it('places an event by the adjective when no preposition names a place', () => {
    const f = fixture('Вчера завершились рижские переговоры Путина и Трампа.', '2031-03-05', [PUTIN, TRUMP]);
    const meeting = extractEvents(f.article, f.lang, f.sentences, f.entities).find((e) => e.type === 'meeting');
    expect(meeting?.place).toBe('Рига');
  });
});
