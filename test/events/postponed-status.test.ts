/** A postponement without a new date is a cancellation by the guide (status "cancelled"), in ru/uk/en word forms. */
import { describe, expect, it } from 'vitest';
import { eventStatus } from '../../scripts/article/events/event-status.ts';

const status = (form: Parameters<typeof eventStatus>[0], clause: string, lang: string) => eventStatus(form, clause.toLowerCase(), '', lang).status;

describe('postponed events', () => {
  it('reads ru, uk and en postponements as cancelled', () => {
    expect(status('noun', 'губернатор отложил поездку в Омск', 'ru')).toBe('cancelled');
    expect(status('noun', 'визит министра отложен', 'ru')).toBe('cancelled');
    expect(status('noun', 'мер відклав поїздку до Рівного', 'uk')).toBe('cancelled');
    expect(status('noun', 'засідання відкладено', 'uk')).toBe('cancelled');
    expect(status('noun', 'the mayor postponed a trip to Leeds', 'en')).toBe('cancelled');
    expect(status('noun', 'the vote was put off', 'en')).toBe('cancelled');
  });
});
