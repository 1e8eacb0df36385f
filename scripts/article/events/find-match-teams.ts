/** The two sides of a match: names in guillemets (ru/uk), capitalised words around the verb (en). */
import type { Lang } from '../../model/model.ts';
import { unique } from './event-draft.ts';
import { CAPITAL_WORD, QUOTED_NAME, TEAM_AFTER } from './lexicons/clause-cues.ts';

/** Teams of the match whose trigger is at `at` in sentence `original`. */
export function findMatchTeams(original: string, lang: Lang, at: number): string[] {
  if (lang !== 'en') {
    QUOTED_NAME.lastIndex = 0;
    const out: string[] = [];
    for (let m = QUOTED_NAME.exec(original); m; m = QUOTED_NAME.exec(original)) out.push(m[1]!);
    return unique(out).slice(0, 2);
  }
  const words = original.slice(Math.max(0, at - 70), at).trim().split(/\s+/u);
  const capital = (w: string | undefined): w is string => !!w && CAPITAL_WORD.test(w);
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  const before = capital(last) ? [null, capital(prev) ? `${prev} ${last}` : last] : null;
  const after = TEAM_AFTER.exec(original.slice(at, at + 100));
  return [before?.[1], after?.[1]].filter((x): x is string => !!x);
}
