import { describe, expect, it } from 'vitest';
import { withClosingQuote } from '../../scripts/tools/eval/people.ts';

/** The second organisation figure reads a gold span cut before its closing quote as running over it. */
describe('eval: gold quotes closed', () => {
  it('an unclosed quote that the text closes right after the span is taken in', () => {
    const text = 'Член партии «Зелёный сад» выступил.';
    const start = text.indexOf('партии');
    const end = text.indexOf('»');
    expect(withClosingQuote(text, { start, end })).toEqual({ start, end: end + 1 });
  });

  it('a balanced span, or one the text does not close, stays as it is', () => {
    const text = 'Член партии «Зелёный сад» и газеты «Утро выступили.';
    const whole = { start: text.indexOf('партии'), end: text.indexOf('»') + 1 };
    expect(withClosingQuote(text, whole)).toEqual(whole);
    const open = { start: text.indexOf('газеты'), end: text.indexOf('Утро') + 4 };
    expect(withClosingQuote(text, open)).toEqual(open);
    const plain = { start: text.indexOf('Член'), end: text.indexOf('Член') + 4 };
    expect(withClosingQuote(text, plain)).toEqual(plain);
  });
});
