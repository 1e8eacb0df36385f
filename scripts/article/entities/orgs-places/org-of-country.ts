/**
 * «Конгресса США», «Госдумы России», «Минсельхоз РФ»: a country named right
 * after a state body belongs to the body's span (the country stays a place
 * mention of its own, and the body keeps its name, so it groups as before).
 */
import type { Found } from './scan-context.ts';

/** Each organisation (not a quoted name) that a country follows after one space, extended over the country. */
export function withCountryAfter(text: string, found: Found[]): Found[] {
  const countries = new Map<number, Found>();
  for (const f of found) if (f.type === 'place' && f.concept?.startsWith('iso:')) countries.set(f.start, f);
  if (!countries.size) return found;
  return found.map((f) => {
    if (f.type !== 'org' || /[»“"”]$/u.test(text.slice(f.start, f.end)) || text[f.end] !== ' ') return f;
    const next = countries.get(f.end + 1);
    return next && next.sentence === f.sentence ? { ...f, end: next.end } : f;
  });
}
