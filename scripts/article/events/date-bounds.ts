/**
 * Bounds: «с марта», «з 2021 року», «після 2019 року», "since 2021", «до
 * конца года», "until March". A bound says when something began or must end,
 * not when the event it bounds happened, so it never dates that event.
 * A range («с 15 по 17 августа», "from 15 to 17 August") is not a bound: its
 * start is the event's date. «від»/«от» are left out: «указ від 5 травня»
 * gives a document's own date.
 */

/** A bound's preposition right before the date expression. */
const BOUND_BEFORE =
  /(?<![\p{L}])(?:с|со|после|начиная с|до|вплоть до|не позднее|не раньше|з|із|зі|після|починаючи з|аж до|не пізніше|since|after|until|till|through|by|before|not before|no later than)\s{1,3}(?:the\s{1,3})?(?:(?:конца|начала|середины|кінця|початку|середини|the end of|the start of|the beginning of|the middle of|end of|mid-?)\s{1,3})?$/iu;
/** The expression itself starting with a bound word (chrono keeps "since" and «після» in its match). */
const BOUND_START = /^(?:после|після|since|until|till|from)(?![\p{L}])/iu;
/** A range continues after the start: «с 15 по 17», «з 15 до 17», "from May to July". */
const RANGE_AFTER = /^\s{0,3}(?:по|до|to|until|till|through|and|[-–—])\s{0,3}(?:\d|\p{L}{3,})/iu;

/** A date expression with sentence offsets, as resolve-event-date.ts gives it. */
interface Spanned {
  start: number;
  end: number;
  text: string;
}

/** Is the expression a bound of the event (not its date)? `original`: the sentence. */
export function isBound(original: string, d: Spanned): boolean {
  const before = original.slice(Math.max(0, d.start - 30), d.start);
  const starts = BOUND_BEFORE.test(before) || BOUND_START.test(d.text);
  if (!starts) return false;
  // «с 15 по 17 августа» read as one range is the event's span; its start dates it.
  if (/(?:\d|\p{L})\s{0,3}(?:по|до|to|[-–—])\s{0,3}\d/iu.test(d.text)) return false;
  return !RANGE_AFTER.test(original.slice(d.end, d.end + 16));
}
