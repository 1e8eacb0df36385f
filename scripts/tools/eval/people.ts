/**
 * `npm run eval -- people <file.jsonl> [--errors] [--coverage]`: score person (and, when
 * the gold annotates them, organisation/place) mentions against a factRuEval-style
 * JSONL gold file (factRuEval dev, or test/people/gold/{uk,en}*.jsonl). The
 * language of each document is detected as in the pipeline. Prints a table,
 * then one JSON line with the figures.
 *
 * Person mentions are scored on `name` mentions only (factRuEval annotates
 * names, not roles or pronouns). Normalised-name accuracy: the fraction of gold
 * persons whose gold `name` equals the canonical name of the predicted person
 * that covers most of its mentions (case-insensitive, ё = е). A second figure
 * also ignores word order and patronymics (see `sameNameAnyOrder`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Lang, LocalEntity, ParsedArticle, Sentence, Span } from '../../model/model.ts';
import { detectLanguage } from '../../article/language/detect-language.ts';
import { parseArticle } from '../../article/read/parse-article.ts';
import { segment } from '../../article/segment/segment.ts';
import { findEntities } from '../../article/entities/find-entities.ts';
import { findPeople, initMorphology } from '../../article/entities/find-people.ts';
import { wordInfo } from '../../article/entities/name-morphology.ts';

interface GoldMention extends Span {
  text: string;
}
interface GoldEntity {
  name: string;
  mentions: GoldMention[];
}
interface GoldDoc {
  id: string;
  text: string;
  persons: GoldEntity[];
  /** Optional: sets annotated for people only leave these out or empty. */
  orgs?: GoldEntity[];
  locations?: GoldEntity[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

const f1 = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn };
};

const spanKey = (s: Span): string => `${s.start}:${s.end}`;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const sameName = (a: string, b: string): boolean =>
  norm(a) === norm(b);
const norm = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\.(?=\s)/g, '').trim();

/**
 * A fairer comparison, reported next to the strict one: the order of the name
 * words does not count (factRuEval writes «Цзиньтао Ху» for Ху Цзиньтао, the
 * order the text uses), nor does a patronymic kept on one side only (the gold
 * files «Илья Васильевич» as first name + surname).
 */
export const sameNameAnyOrder = (a: string, b: string): boolean => fairNorm(a) === fairNorm(b);
const PATRONYMIC = /^\p{L}+(ович|евич|ьич|овна|евна|ична|инична)$/u;
const fairNorm = (s: string): string => {
  const words = norm(s).replace(/\.$/u, '').split(/\s+/u).filter(Boolean);
  const kept = words.filter((w) => !PATRONYMIC.test(w));
  return (kept.length ? kept : words).sort().join(' ');
};

/** Exact and overlap counts of predicted spans against gold spans (both deduplicated). */
export function countSpans(pred: Span[], gold: Span[]): { exact: [number, number, number]; partial: [number, number, number] } {
  const p = [...new Map(pred.map((s) => [spanKey(s), s])).values()];
  const g = [...new Map(gold.map((s) => [spanKey(s), s])).values()];
  const gk = new Set(g.map(spanKey));
  const tp = p.filter((s) => gk.has(spanKey(s))).length;
  const pOk = p.filter((s) => g.some((x) => overlaps(s, x))).length;
  const gOk = g.filter((s) => p.some((x) => overlaps(s, x))).length;
  return { exact: [tp, p.length - tp, g.length - tp], partial: [pOk, p.length - pOk, g.length - gOk] };
}

/** Gold persons whose gold name equals the name of the predicted person covering most of their mentions. */
export function nameMatches(gold: GoldEntity[], pred: LocalEntity[], same: (a: string, b: string) => boolean = sameName): { ok: number; total: number; wrong: string[] } {
  let ok = 0;
  const wrong: string[] = [];
  for (const g of gold) {
    let bestEntity: LocalEntity | null = null;
    let bestN = 0;
    for (const e of pred) {
      const n = g.mentions.filter((m) => e.mentions.some((x) => x.kind === 'name' && overlaps(m, x))).length;
      if (n > bestN) {
        bestN = n;
        bestEntity = e;
      }
    }
    if (bestEntity && same(bestEntity.name, g.name)) ok++;
    else wrong.push(`${g.name} ≠ ${bestEntity?.name ?? '∅'}`);
  }
  return { ok, total: gold.length, wrong };
}

/** Parse and segment a gold document as a plain .txt article (no date line). */
export function prepare(doc: { id: string; text: string }): { article: ParsedArticle; sentences: Sentence[]; lang: Lang } {
  const article = parseArticle({ file: `${doc.id}.txt`, text: doc.text, encoding: 'utf-8', hash: doc.id });
  return { article, sentences: segment(article), lang: detectLanguage(article) };
}

const add3 = (a: [number, number, number], b: [number, number, number]): void => {
  for (let i = 0; i < 3; i++) a[i] += b[i];
};

export async function main(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith('--'));
  const showErrors = args.includes('--errors');
  const showCoverage = args.includes('--coverage');
  if (!file) {
    console.error('usage: npm run eval -- people <file.jsonl> [--errors]');
    process.exit(2);
  }
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
  const t0 = performance.now();
  await initMorphology();
  const initMs = performance.now() - t0;

  const prepared = docs.map((d) => ({ doc: d, ...prepare(d) }));
  const words = prepared.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.tokens.filter((t) => /\p{L}/u.test(t.text)).length, 0), 0);

  const per = { exact: [0, 0, 0] as [number, number, number], partial: [0, 0, 0] as [number, number, number] };
  const names = { ok: 0, total: 0 };
  const fairNames = { ok: 0, total: 0 };
  const errors: string[] = [];
  let peopleMs = 0;
  let coldMs = 0;
  // First pass includes the dictionary look-ups; the warm figure is the best of five (the machine may be shared).
  peopleMs = Infinity;
  for (let pass = 0; pass < 6; pass++) {
    const t = performance.now();
    for (const p of prepared) findPeople(p.article, p.lang, p.sentences);
    const ms = performance.now() - t;
    if (pass === 0) coldMs = ms;
    else peopleMs = Math.min(peopleMs, ms);
  }
  for (const { doc, article, sentences, lang } of prepared) {
    const people = findPeople(article, lang, sentences);
    const pred = people.flatMap((e) => e.mentions.filter((m) => m.kind === 'name'));
    const gold = doc.persons.flatMap((e) => e.mentions);
    const c = countSpans(pred, gold);
    add3(per.exact, c.exact);
    add3(per.partial, c.partial);
    const n = nameMatches(doc.persons, people);
    names.ok += n.ok;
    names.total += n.total;
    const fair = nameMatches(doc.persons, people, sameNameAnyOrder);
    fairNames.ok += fair.ok;
    fairNames.total += fair.total;
    if (showErrors) {
      const gk = new Set(gold.map(spanKey));
      const pk = new Set(pred.map(spanKey));
      for (const m of pred) if (!gk.has(spanKey(m))) errors.push(`${doc.id}\tFP\t${m.text}\t…${doc.text.slice(Math.max(0, m.start - 30), m.end + 20).replace(/\n/g, ' ')}`);
      for (const m of gold) if (!pk.has(spanKey(m))) errors.push(`${doc.id}\tFN\t${m.text}\t…${doc.text.slice(Math.max(0, m.start - 30), m.end + 20).replace(/\n/g, ' ')}`);
      for (const w of n.wrong) errors.push(`${doc.id}\tNAME\t${w}`);
    }
  }

  // Organisations and places come from the other stage; score them only when it runs.
  let orgs: ReturnType<typeof countSpans> | null = null;
  let places: ReturnType<typeof countSpans> | null = null;
  let personsSettled: ReturnType<typeof countSpans> | null = null;
  try {
    const o = { exact: [0, 0, 0] as [number, number, number], partial: [0, 0, 0] as [number, number, number] };
    const l = { exact: [0, 0, 0] as [number, number, number], partial: [0, 0, 0] as [number, number, number] };
    const settled = { exact: [0, 0, 0] as [number, number, number], partial: [0, 0, 0] as [number, number, number] };
    for (const { doc, article, sentences, lang } of prepared) {
      const all = findEntities(article, lang, sentences);
      const cp = countSpans(all.filter((e) => e.type === 'person').flatMap((e) => e.mentions.filter((m) => m.kind === 'name')), doc.persons.flatMap((e) => e.mentions));
      add3(settled.exact, cp.exact);
      add3(settled.partial, cp.partial);
      const of = (type: string): Span[] => all.filter((e) => e.type === type).flatMap((e) => e.mentions.filter((m) => m.kind === 'name'));
      const co = countSpans(of('org'), (doc.orgs ?? []).flatMap((e) => e.mentions));
      const cl = countSpans(of('place'), (doc.locations ?? []).flatMap((e) => e.mentions));
      add3(o.exact, co.exact);
      add3(o.partial, co.partial);
      add3(l.exact, cl.exact);
      add3(l.partial, cl.partial);
    }
    // Organisations and places are only scored against sets that annotate them.
    const annotated = docs.some((d) => (d.orgs?.length ?? 0) + (d.locations?.length ?? 0) > 0);
    orgs = annotated ? o : null;
    places = annotated ? l : null;
    personsSettled = settled;
  } catch (err) {
    console.error(`organisations/places not scored: ${err instanceof Error ? err.message : String(err)}`);
  }

  const fmt = (s: Score): string => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
  const scoreOf = (c: { exact: [number, number, number]; partial: [number, number, number] }) => ({
    exact: f1(...c.exact),
    partial: f1(...c.partial),
  });
  const persons = scoreOf(per);
  if (showErrors) console.log(errors.join('\n'));
  console.log(`documents ${docs.length}, words ${words}`);
  console.log(`persons exact   ${fmt(persons.exact)}`);
  console.log(`persons partial ${fmt(persons.partial)}`);
  const nameAccuracy = names.total ? names.ok / names.total : 0;
  console.log(`person names    ${names.ok}/${names.total} = ${nameAccuracy.toFixed(3)}`);
  const nameAccuracyAnyOrder = fairNames.total ? fairNames.ok / fairNames.total : 0;
  console.log(`person names    ${fairNames.ok}/${fairNames.total} = ${nameAccuracyAnyOrder.toFixed(3)} (word order and patronymics not counted)`);
  const result: Record<string, unknown> = { documents: docs.length, words, persons, nameAccuracy, nameAccuracyAnyOrder };
  for (const [label, c] of [['persons (after overlaps with orgs/places)', personsSettled], ['orgs', orgs], ['places', places]] as const) {
    if (!c) continue;
    const s = scoreOf(c);
    console.log(`${label} exact   ${fmt(s.exact)}`);
    console.log(`${label} partial ${fmt(s.partial)}`);
    result[label.startsWith('persons') ? 'personsSettled' : label] = s;
  }
  const wps = Math.round(words / (peopleMs / 1000));
  const coldWps = Math.round(words / (coldMs / 1000));
  console.log(`people stage    ${wps} words/s warm (best of 5), ${coldWps} words/s first pass (incl. dictionary look-ups), init ${initMs.toFixed(0)} ms`);
  result.speed = { wordsPerSecond: wps, firstPassWordsPerSecond: coldWps, initMs: Math.round(initMs) };
  if (showCoverage) {
    const coverage = dictionaryCoverage(path.join(path.dirname(path.resolve(file)), 'names'));
    if (coverage) {
      console.log(`az coverage of names/: first ${coverage.first.toFixed(3)}, last ${coverage.last.toFixed(3)} (sample of ${coverage.sample})`);
      result.coverage = coverage;
    }
  }
  console.log(JSON.stringify(result));
}

/**
 * How many names of a reference list (one lowercase name a line, e.g.
 * natasha's first.txt / last.txt next to the gold file) the runtime
 * dictionary knows as a first name / surname. Evaluation only: the lists are
 * never used at run time. Every 20th surname is checked to keep it quick.
 */
function dictionaryCoverage(dir: string): { first: number; last: number; sample: number } | null {
  const read = (name: string): string[] =>
    existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), 'utf8').split('\n').map((l) => l.split('#')[0].trim()).filter(Boolean) : [];
  const first = read('first.txt');
  const last = read('last.txt').filter((_, i) => i % 20 === 0);
  if (!first.length || !last.length) return null;
  const known = (ws: string[], pick: (w: string) => boolean): number => ws.filter(pick).length / ws.length;
  return {
    first: known(first, (w) => wordInfo(w).first.length > 0),
    last: known(last, (w) => {
      const i = wordInfo(w);
      return i.last.length > 0 || i.adjectival.length > 0;
    }),
    sample: last.length,
  };
}
