/** Whom sanctions are against («против России», "against Belarus"), apart from who imposes them. */
import type { Lang } from '../../model/model.ts';
import { TARGET_PHRASE } from './lexicons/clause-cues.ts';
import type { TriggerClause } from './sentence-scope.ts';

export interface SanctionsTarget {
  target: string | null;
  /** The clause's organisations, less those named only in the target phrase. */
  imposers: string[];
}

/** `clauseText`: the clause as written; `orgs`: keys of the clause's organisations and places. */
export function findSanctionsTarget(clauseText: string, lang: Lang, where: TriggerClause, orgs: string[]): SanctionsTarget {
  const targetRe = TARGET_PHRASE[lang === 'ru' || lang === 'uk' ? lang : 'en']!;
  const targetMatch = targetRe.exec(clauseText);
  if (!targetMatch) return { target: null, imposers: orgs };
  // The target of sanctions is not who imposes them: it does not make the noun a report.
  const { clause, inClause } = where;
  const targetFrom = clause.start + targetMatch.index;
  const targetTo = targetFrom + targetMatch[0].length;
  const imposers = orgs.filter(
    (k) =>
      !inClause.some((m) => m.entity.key === k && m.mention.start >= targetFrom && m.mention.end <= targetTo) ||
      inClause.some((m) => m.entity.key === k && (m.mention.start < targetFrom || m.mention.end > targetTo)),
  );
  return { target: targetMatch[0], imposers };
}
