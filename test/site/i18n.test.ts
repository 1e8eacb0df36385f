/** Interface strings: one table, every language complete, counts through Intl.PluralRules. */
import { describe, expect, it } from 'vitest';
import { COUNTS, EVENT_STATUSES, EVENT_TYPES, keyOf, MESSAGES, plural, translate, UI_LANGS } from '../../src/lib/i18n.ts';
import { TYPE_PRIORITY } from '../../scripts/model/event-types.ts';

describe('interface strings', () => {
  it('labels every event type the model has (the guide\'s and other) and every status: the events filter offers them all', () => {
    expect(Object.keys(EVENT_TYPES).sort()).toEqual([...TYPE_PRIORITY].sort());
    expect(Object.keys(EVENT_TYPES)).toHaveLength(18);
    expect(Object.keys(EVENT_STATUSES).sort()).toEqual(['cancelled', 'happened', 'hypothetical', 'planned']);
  });

  it('has every string in every interface language', () => {
    for (const [key, entry] of MESSAGES) for (const lang of UI_LANGS) expect(entry[lang], `${key} ${lang}`).toBeTruthy();
  });

  it('puts counts in the plural form each language asks for', () => {
    const ru = [1, 2, 5, 11, 21, 22, 25, 101, 111].map((n) => translate('mentionCount', 'ru', n));
    expect(ru).toEqual(['1 упоминание', '2 упоминания', '5 упоминаний', '11 упоминаний', '21 упоминание', '22 упоминания', '25 упоминаний', '101 упоминание', '111 упоминаний']);
    expect([1, 3, 7, 21].map((n) => translate('articleCount', 'uk', n))).toEqual(['1 стаття', '3 статті', '7 статей', '21 стаття']);
    expect([0, 1, 2].map((n) => translate('articleCount', 'en', n))).toEqual(['0 articles', '1 article', '2 articles']);
    expect(translate('moreArticles', 'ru', 336)).toBe('и ещё 336 статей');
    expect(translate('moreArticles', 'en', 1)).toBe('and 1 more article');
  });

  it('formats large counts for the language', () => {
    expect(plural(COUNTS.articleCount.en, 'en', 12345)).toBe('12,345 articles');
    expect(translate('articleCount', 'ru', 12345)).toBe(`12${'\u00a0'}345 статей`);
  });

  it('finds the key of a table entry passed as an object, and shows unknown keys as themselves', () => {
    expect(keyOf(EVENT_TYPES.meeting)).toBe('type.meeting');
    expect(translate('type.meeting', 'uk')).toBe('зустріч');
    expect(keyOf({ ru: 'x', uk: 'x', en: 'x' })).toBeUndefined();
    expect(translate('no-such-key', 'en')).toBe('no-such-key');
  });
});
