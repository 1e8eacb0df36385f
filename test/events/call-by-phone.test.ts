/** "had spoken to X by phone" is a call (the person between verb and phone). */
import { describe, expect, it } from 'vitest';
import { findEventTriggers } from '../../scripts/article/events/find-event-triggers.ts';

const kinds = (text: string): string[] => findEventTriggers(text.toLowerCase(), 0, 'en').map((t) => t.type);

describe('calls with the person before the phone', () => {
  it('reads spoke/spoken/talked to or with someone by phone', () => {
    for (const phrase of ['she had spoken to the mayor by phone', 'Orlov spoke with Ken Sato over the phone', 'they talked with him on the telephone']) {
      expect(kinds(phrase), phrase).toContain('call');
    }
    expect(kinds('she spoke to reporters in the lobby')).not.toContain('call');
  });
});

