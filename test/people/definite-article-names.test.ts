/** "The Kremlin said": a capitalised word after the English definite article names an institution or a thing. */
import { describe, expect, it } from 'vitest';
import { names, people } from './analyse.ts';

describe('a one-word name after "the" is no person', () => {
  it('leaves institutions that speak out of the people', () => {
    expect(names(people('Trade talks stalled again. The Belvedere said on Friday that no deal was near.', 'en'))).toEqual([]);
    expect(names(people('Prime Minister Ola Brandt will travel to Oslo on June 3, the Stortinget announced.', 'en'))).toEqual(['Ola Brandt']);
  });

  it('leaves a thing named after a person out, and keeps the person named elsewhere', () => {
    expect(names(people('Staff of the Harlow administration met Senator Ann Harlow on Tuesday.', 'en'))).toEqual(['Ann Harlow']);
  });

  it('keeps a longer chain that runs on into a person', () => {
    expect(names(people("Yesterday The Daily Courier's Ann Lee asked the mayor about the budget.", 'en'))).toContain('Ann Lee');
  });
});
