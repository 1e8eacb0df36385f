import { describe, expect, it } from 'vitest';
import { CONTEXTS } from '../../scripts/article/events/lexicons/triggers.ts';

/** The sport context is built from a template string: its word boundaries must survive as `\b`, not a backspace. */
describe('sport context word boundaries', () => {
  const sport = CONTEXTS.en.sport;
  it('finds whole English sport words', () => {
    expect(sport?.test('the cup went to the visitors')).toBe(true);
    expect(sport?.test('shakhtar fc played at home')).toBe(true);
    expect(sport?.test('a match in the evening')).toBe(true);
  });
  it('leaves words that only contain them alone', () => {
    expect(sport?.test('a cupboard in the kitchen')).toBe(false);
    expect(sport?.test('a rematched vote')).toBe(false);
  });
  it('holds no control characters', () => {
    expect(/[\u0000-\u001f]/u.test(sport?.source ?? '')).toBe(false);
  });
});
