/**
 * Role accuracy on span-annotated sets (ner-uk): a gold job span that stands
 * next to a gold person span («директор компанії Іван Петренко»,
 * «Петренко, директор компанії») counts as that person's role; it is found
 * when the system entity covering the person has a role with the same head word.
 */
import type { LocalEntity, Span } from '../../model/model.ts';
import { roleHead } from './people-per-article.ts';
import type { GoldSpan, SpanDoc } from './people-sets.ts';

/** What may stand between a job and its person: spaces, a comma, a dash, quotes. */
const GAP = /^[\s,–—\-«»"'()]{0,4}$/u;

/** Gold (job, person) pairs of one document: the job directly before or after the person span. */
export function jobsNextToPersons(doc: SpanDoc): { job: GoldSpan; person: GoldSpan }[] {
  const persons = doc.persons.flatMap((p) => p.mentions);
  const pairs: { job: GoldSpan; person: GoldSpan }[] = [];
  for (const job of doc.jobs) {
    const near = persons.find((p) => (job.end <= p.start && GAP.test(doc.text.slice(job.end, p.start))) || (p.end <= job.start && GAP.test(doc.text.slice(p.end, job.start))));
    if (near) pairs.push({ job, person: near });
  }
  return pairs;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function roleAccuracy(doc: SpanDoc, entities: readonly LocalEntity[]): { ok: number; total: number; errors: string[] } {
  let ok = 0;
  const errors: string[] = [];
  const pairs = jobsNextToPersons(doc);
  for (const { job, person } of pairs) {
    const entity = entities.find((e) => e.type === 'person' && e.mentions.some((m) => overlaps(m, person)));
    const head = roleHead(job.text);
    if (entity?.roles.some((r) => roleHead(r.text) === head)) ok++;
    else errors.push(`${doc.id}\tROLE\t${person.text}: ${entity?.roles.map((r) => r.text).join('; ') || '∅'} ≠ ${job.text}`);
  }
  return { ok, total: pairs.length, errors };
}
