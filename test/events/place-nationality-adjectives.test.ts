/** A nationality adjective after "in"/"to" qualifies a noun ("the Moldovan capital"): it is no place. Made-up sentences. */
import { describe, expect, it } from 'vitest';
import { findEventPlace } from '../../scripts/article/events/find-event-place.ts';

const placeOf = (text: string, trigger: string): string | null => {
  const at = text.indexOf(trigger);
  return findEventPlace(text, 'en', 'visit', { start: 0, end: text.length }, { start: at, end: at + trigger.length }, [], [])?.name ?? null;
};

describe('nationality adjectives are not places', () => {
  it('skips "the <Adjective> <noun>" and nationality endings without "the"', () => {
    expect(placeOf('Her trip to the Moldovan capital lasted a day.', 'trip')).toBeNull();
    expect(placeOf('The visit to the Maltese islands was short.', 'visit')).toBeNull();
    expect(placeOf('His visit to the Danish coast was short.', 'visit')).toBeNull();
    expect(placeOf('A delegation in Estonian towns met voters.', 'delegation')).toBeNull();
  });
  it('keeps a place name followed by a lowercase word, and a known place with such an ending', () => {
    expect(placeOf('Her trip to Chisinau was short.', 'trip')).not.toBeNull();
    expect(placeOf('Her trip to Chisinau on Monday lasted a day.', 'trip')).toBe(placeOf('Her trip to Chisinau was short.', 'trip'));
    expect(placeOf('Her trip to Tbilisi on Monday lasted a day.', 'trip')).toBe('Tbilisi');
  });
});
