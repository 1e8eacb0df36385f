/**
 * The annotation guide gives no event page to an undated occurrence that has
 * not happened ("they may meet some day"): it is a plan on its participants'
 * pages. Whether it is one is known only after clustering, once every report
 * of it had the chance to date it or say it took place.
 */
import type { KbEvent } from '../../model/model.ts';

export const isPlan = (e: KbEvent): boolean => e.date === null && e.status !== 'happened';

/** Events with their own pages, and undated plans (input order kept in both). */
export function splitPlans(all: readonly KbEvent[]): { events: KbEvent[]; plans: KbEvent[] } {
  const events: KbEvent[] = [];
  const plans: KbEvent[] = [];
  for (const e of all) (isPlan(e) ? plans : events).push(e);
  return { events, plans };
}
