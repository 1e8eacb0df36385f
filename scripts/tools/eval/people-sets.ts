/**
 * The three people gold formats the evaluation reads, brought to one shape:
 *
 * - factRuEval JSON lines (`{id, text, persons: [{name, mentions}], orgs, locations}`),
 *   also the project's own `test/people/gold/*.jsonl`: coreference chains with
 *   canonical names;
 * - ner-uk `gold.jsonl` (`{id, file, persons: [{start, end, text}], jobs, others}`,
 *   texts under `articles/` beside it): single spans, no chains, no canonical
 *   names, job spans;
 * - the annotation guide's `gold.json` (a folder of articles with per-article
 *   people, canonical names per language and roles): scored through the whole
 *   pipeline, not span by span.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../model/model.ts';

export interface GoldSpan extends Span {
  text: string;
}

export interface GoldEntity {
  /** Canonical nominative name, when the set gives one. */
  name: string | null;
  mentions: GoldSpan[];
}

/** One document of a span-annotated set. */
export interface SpanDoc {
  id: string;
  text: string;
  persons: GoldEntity[];
  /** Job spans (ner-uk): a role written next to a person. */
  jobs: GoldSpan[];
  /** Organisations and places, where the set annotates them. */
  orgs: GoldEntity[] | null;
  places: GoldEntity[] | null;
}

export interface GuidePerson {
  names: Partial<Record<string, string>>;
  roles?: string[];
  aliases?: string[];
}

export interface GuideGold {
  persons: Record<string, GuidePerson>;
  events: Record<string, unknown>;
  articles: Record<string, { lang: string; date?: string; persons: string[]; events?: string[]; status?: Record<string, string> }>;
}

export type PeopleSet =
  | { format: 'factrueval' | 'ner-uk'; docs: SpanDoc[]; canonicalNames: boolean }
  | { format: 'guide'; articlesDir: string; gold: GuideGold };

interface FactRuEvalLine {
  id: string;
  text: string;
  persons: { name: string; mentions: GoldSpan[] }[];
  orgs?: { name: string; mentions: GoldSpan[] }[];
  locations?: { name: string; mentions: GoldSpan[] }[];
}

interface NerUkLine {
  id: string;
  folder: string;
  file: string;
  persons: (GoldSpan & { nestedIn?: string[] })[];
  jobs: GoldSpan[];
  others: (GoldSpan & { type: 'ORG' | 'LOC' })[];
}

const single = (span: GoldSpan): GoldEntity => ({ name: null, mentions: [{ start: span.start, end: span.end, text: span.text }] });

function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function fromFactRuEval(lines: FactRuEvalLine[]): SpanDoc[] {
  const annotated = lines.some((d) => (d.orgs?.length ?? 0) + (d.locations?.length ?? 0) > 0);
  return lines.map((d) => ({
    id: d.id,
    text: d.text,
    persons: d.persons.map((p) => ({ name: p.name, mentions: p.mentions })),
    jobs: [],
    orgs: annotated ? (d.orgs ?? []).map((o) => ({ name: o.name, mentions: o.mentions })) : null,
    places: annotated ? (d.locations ?? []).map((o) => ({ name: o.name, mentions: o.mentions })) : null,
  }));
}

function fromNerUk(lines: NerUkLine[], dir: string): SpanDoc[] {
  return lines.map((d) => ({
    // The folder names the sub-corpus («ng»: Наші гроші, «bruk»): `--subset ng` scores one.
    id: `${d.folder}/${d.id}`,
    text: readFileSync(path.join(dir, 'articles', d.file), 'utf8'),
    persons: d.persons.map(single),
    jobs: d.jobs,
    orgs: d.others.filter((o) => o.type === 'ORG').map(single),
    places: d.others.filter((o) => o.type === 'LOC').map(single),
  }));
}

/** The guide's folder (or its gold.json): articles beside the gold file, in `articles/` when there is one. */
function readGuide(target: string): PeopleSet {
  const file = statSync(target).isDirectory() ? path.join(target, 'gold.json') : target;
  const dir = path.dirname(file);
  const articlesDir = existsSync(path.join(dir, 'articles')) ? path.join(dir, 'articles') : dir;
  return { format: 'guide', articlesDir, gold: JSON.parse(readFileSync(file, 'utf8')) as GuideGold };
}

/** Read a gold set in any of the three formats, told apart by their shape. */
export function readPeopleSet(target: string): PeopleSet {
  if (statSync(target).isDirectory() || target.endsWith('.json')) return readGuide(target);
  const lines = readJsonLines<FactRuEvalLine | NerUkLine>(target);
  const first = lines[0];
  if (first && 'jobs' in first && 'others' in first) {
    return { format: 'ner-uk', docs: fromNerUk(lines as NerUkLine[], path.dirname(target)), canonicalNames: false };
  }
  return { format: 'factrueval', docs: fromFactRuEval(lines as FactRuEvalLine[]), canonicalNames: true };
}

export type Half = 'even' | 'odd';

/**
 * One fixed half of a set: documents (or articles) in sorted id order, every
 * other one. Work is done on one half and the other is measured only at the end.
 */
export function halfOf<T>(items: readonly T[], id: (item: T) => string, half: Half | null): T[] {
  if (!half) return [...items];
  const order = [...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return order.filter((_, i) => (i % 2 === 0) === (half === 'even'));
}
