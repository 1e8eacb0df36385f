/**
 * Split a sentence into clauses, roughly: enough to keep the speaker of
 * «Лавров заявил, что встреча Зеленского и Путина не запланирована» out of the
 * meeting, and to scope status cues («не», "could") to their own predicate.
 */
import type { Span } from '../../model/model.ts';

/** Conjunctions and relative words that open a new clause after a comma. */
const CLAUSE_OPENERS =
  'что|чтобы|но|а|и|однако|хотя|если|где|когда|поскольку|так как|щоб|що|і|та|але|проте|хоча|якщо|де|коли|оскільки|бо|that|and|but|although|though|while|if|whereas|where|when|because|since';
const COMMA_OPENER = new RegExp(`,\\s*(?=(?:${CLAUSE_OPENERS})(?![\\p{L}]))`, 'gu');
/** Also a closing quote after the quoted sentence's punctuation: `…Zelensky," Trump said` — the speaker is outside the quote. */
const HARD = /[;:]|\s[–—-]\s|(?<=[,.!?…])["»”]/gu;
/** English complement clauses often come without a comma: "Trump said Putin could meet". */
const EN_SPEECH = /(?<![\p{L}])(?:said|says|saying|told|announced|stated|added|adding|insisted|denied|claimed)(?:\s+that)?(?![\p{L}])/gu;
/** A trailing attribution after a comma: ", regional governor Oleh Kiper said." */
const ATTRIBUTION_TAIL =
  /(?:said|says|told reporters|reported|сообщил[аи]?|сообщает|заявил[аи]?|отметил[аи]?|пишут|пишет|повідомив|повідомила|повідомили|заявив|заявила|пишуть)[.!?]?\s*$/u;

/** …or one that opens with the speech verb: ", повідомив голова адміністрації Олег Кіпер." */
const ATTRIBUTION_HEAD =
  /^,\s{0,3}(?:сообщил[аи]?|заявил[аи]?|отметил[аи]?|рассказал[аи]?|пишет|пишут|повідомив|повідомила|повідомили|заявив|заявила|розповів|said|says|told|wrote)(?![\p{L}])/u;

/** Clause spans (relative to `lower`), in order, covering the whole sentence. */
export function findClauses(lower: string): Span[] {
  const cuts: Span[] = [];
  for (const re of [COMMA_OPENER, HARD, EN_SPEECH]) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) cuts.push({ start: m.index, end: m.index + m[0].length });
  }
  const lastComma = lower.lastIndexOf(',');
  if (lastComma > 0 && (ATTRIBUTION_TAIL.test(lower.slice(lastComma)) || ATTRIBUTION_HEAD.test(lower.slice(lastComma)))) {
    cuts.push({ start: lastComma, end: lastComma + 1 });
  }
  cuts.sort((a, b) => a.start - b.start);
  const clauses: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start < from) {
      from = Math.max(from, cut.end);
      continue;
    }
    if (cut.start > from) clauses.push({ start: from, end: cut.start });
    from = cut.end;
  }
  if (from < lower.length) clauses.push({ start: from, end: lower.length });
  return clauses.length > 0 ? clauses : [{ start: 0, end: lower.length }];
}

/** Index of the clause containing relative offset `at` (the last one if past the end). */
export function clauseAt(clauses: readonly Span[], at: number): number {
  for (let i = 0; i < clauses.length; i++) if (at < clauses[i]!.end) return i;
  return clauses.length - 1;
}

/**
 * A relative clause after a comma, up to the next comma or the end:
 * «президенты, среди которых оказались X и Y, ждали», "the mayor, who
 * discussed the budget with the governor, said". Its people describe a noun of the main
 * clause and take no part in the main clause's event.
 */
const RELATIVE =
  /,\s{0,3}(?:(?:среди|из|с|со|для|у|о|об|при|от|после|перед|серед|з|із|від|про|після|among|of|with|for|in|after|before)\s{1,3})?(?:котор\p{L}{0,4}|як(?:ий|а|е|і|их|им|ими|ому|ій|у|ого)|who|whom|whose|which)(?![\p{L}])[^,;:]*/gu;

/** Relative-clause spans (relative to `lower`), in order. */
export function findRelativeClauses(lower: string): Span[] {
  const out: Span[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(lower); m; m = RELATIVE.exec(lower)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
