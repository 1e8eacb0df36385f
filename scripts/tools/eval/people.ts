/**
 * `npm run eval -- people <set> [--half even|odd] [--errors] [--coverage]`:
 * score people (and, where the gold has them, organisations, places and
 * roles) against a gold set in any of the three formats `people-sets.ts`
 * reads. Prints a table, then one JSON line with the figures.
 *
 * Span sets (factRuEval, ner-uk, the project's own jsonl) run the entity
 * stage per document. Person mentions are scored on `name` mentions only (the
 * sets annotate names, not roles or pronouns), exact span and partial
 * overlap. Canonical-name accuracy, where the gold has names: the fraction of
 * gold persons whose name equals the canonical name of the predicted person
 * covering most of their mentions (case-insensitive, ё = е); a second figure
 * also ignores word order and patronymics. Role accuracy, where the gold has
 * job spans: see `role-accuracy.ts`.
 *
 * Guide sets (a folder with gold.json) run the whole ingest and score the
 * people linked to each article (`people-per-article.ts`).
 *
 * `--subset <prefix>` keeps the documents whose id starts with it (ner-uk ids
 * are `<folder>/<id>`: `--subset ng` is «Наші гроші»). `--half even|odd` keeps one fixed half of the documents (sorted by id, every
 * other one): rules are developed on one half and the other is measured at the end.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Lang, LocalEntity, ParsedArticle, Sentence, Span } from '../../model/model.ts';
import { detectLanguage } from '../../article/language/detect-language.ts';
import { parseArticle } from '../../article/read/parse-article.ts';
import { segment } from '../../article/segment/segment.ts';
import { findEntities } from '../../article/entities/find-entities.ts';
import { findPeople, initMorphology } from '../../article/entities/find-people.ts';
import { wordInfo } from '../../article/entities/name-morphology.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { scorePerArticle } from './people-per-article.ts';
import { halfOf, readPeopleSet, type GuideGold, type Half, type SpanDoc } from './people-sets.ts';
import { roleAccuracy } from './role-accuracy.ts';

interface GoldMention extends Span {
  text: string;
}
interface GoldEntity {
  name: string;
  mentions: GoldMention[];
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

type Counts = { exact: [number, number, number]; partial: [number, number, number] };
const zero = (): Counts => ({ exact: [0, 0, 0], partial: [0, 0, 0] });
const addCounts = (total: Counts, c: Counts): void => {
  add3(total.exact, c.exact);
  add3(total.partial, c.partial);
};
const scoreOf = (c: Counts) => ({ exact: f1(...c.exact), partial: f1(...c.partial) });
const fmt = (s: Score): string => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
const ratio = (r: { ok: number; total: number }): number | null => (r.total ? r.ok / r.total : null);

const USAGE = 'usage: npm run eval -- people <set> [--half even|odd] [--subset <id prefix>] [--errors] [--coverage]\n  <set>: factRuEval-style .jsonl, ner-uk gold.jsonl, or a folder / gold.json in the annotation guide\'s format';

export async function main(args: string[]): Promise<void> {
  const target = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--half' && args[i - 1] !== '--subset');
  const subset = args.includes('--subset') ? (args[args.indexOf('--subset') + 1] ?? '') : null;
  const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
  if (!target || (halfArg !== null && halfArg !== 'even' && halfArg !== 'odd')) {
    console.error(USAGE);
    process.exit(2);
  }
  const options = { half: halfArg as Half | null, subset, errors: args.includes('--errors'), coverage: args.includes('--coverage') };
  const set = readPeopleSet(target);
  const result = set.format === 'guide' ? await evalGuide(set.gold, set.articlesDir, options) : await evalSpans(set.docs, set.canonicalNames, options);
  if (options.coverage) {
    const coverage = dictionaryCoverage(path.join(path.dirname(path.resolve(target)), 'names'));
    if (coverage) {
      console.log(`az coverage of names/: first ${coverage.first.toFixed(3)}, last ${coverage.last.toFixed(3)} (sample of ${coverage.sample})`);
      result.coverage = coverage;
    }
  }
  console.log(JSON.stringify({ set: path.basename(target), format: set.format, half: options.half, subset, ...result }));
}

interface EvalOptions {
  half: Half | null;
  /** Only the documents whose id starts with this (ner-uk: `ng` for «Наші гроші»). */
  subset: string | null;
  errors: boolean;
}

/** Span-annotated sets (factRuEval, ner-uk, the project's own jsonl): the entity stage per document. */
async function evalSpans(all: SpanDoc[], canonicalNames: boolean, options: EvalOptions): Promise<Record<string, unknown>> {
  const docs = halfOf(all.filter((d) => !options.subset || d.id.startsWith(options.subset)), (d) => d.id, options.half);
  const t0 = performance.now();
  await initMorphology();
  const initMs = performance.now() - t0;
  const prepared = docs.map((d) => ({ doc: d, ...prepare(d) }));
  const words = prepared.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.tokens.filter((t) => /\p{L}/u.test(t.text)).length, 0), 0);
  const speed = peopleStageSpeed(prepared, words, initMs);

  const persons = zero();
  const settled = zero();
  const orgs = zero();
  const orgsQuotesClosed = zero();
  const places = zero();
  const names = { ok: 0, total: 0 };
  const fairNames = { ok: 0, total: 0 };
  const roles = { ok: 0, total: 0 };
  const errors: string[] = [];
  for (const { doc, article, sentences, lang } of prepared) {
    const people = findPeople(article, lang, sentences);
    const all = findEntities(article, lang, sentences);
    const nameSpans = (type: string, entities: LocalEntity[]): Span[] => entities.filter((e) => e.type === type).flatMap((e) => e.mentions.filter((m) => m.kind === 'name'));
    const gold = doc.persons.flatMap((e) => e.mentions);
    const pred = nameSpans('person', people);
    addCounts(persons, countSpans(pred, gold));
    addCounts(settled, countSpans(nameSpans('person', all), gold));
    if (doc.orgs) {
      const gold = doc.orgs.flatMap((e) => e.mentions);
      addCounts(orgs, countSpans(nameSpans('org', all), gold));
      addCounts(orgsQuotesClosed, countSpans(nameSpans('org', all), gold.map((m) => withClosingQuote(doc.text, m))));
    }
    if (doc.places) addCounts(places, countSpans(nameSpans('place', all), doc.places.flatMap((e) => e.mentions)));
    if (canonicalNames) {
      const goldNamed = doc.persons.map((p) => ({ name: p.name ?? '', mentions: p.mentions }));
      const n = nameMatches(goldNamed, people);
      names.ok += n.ok;
      names.total += n.total;
      const fair = nameMatches(goldNamed, people, sameNameAnyOrder);
      fairNames.ok += fair.ok;
      fairNames.total += fair.total;
      if (options.errors) for (const w of n.wrong) errors.push(`${doc.id}\tNAME\t${w}`);
    }
    const r = roleAccuracy(doc, all);
    roles.ok += r.ok;
    roles.total += r.total;
    if (options.errors) errors.push(...spanErrors(doc, pred, gold), ...r.errors);
  }

  if (options.errors) console.log(errors.join('\n'));
  const result: Record<string, unknown> = { documents: docs.length, words };
  console.log(`documents ${docs.length}, words ${words}${options.half ? ` (${options.half} half)` : ''}`);
  const print = (label: string, key: string, c: Counts): void => {
    const s = scoreOf(c);
    console.log(`${label.padEnd(16)} exact   ${fmt(s.exact)}`);
    console.log(`${label.padEnd(16)} partial ${fmt(s.partial)}`);
    result[key] = s;
  };
  print('persons', 'persons', persons);
  print('persons settled', 'personsSettled', settled);
  if (canonicalNames) {
    result.nameAccuracy = ratio(names);
    result.nameAccuracyAnyOrder = ratio(fairNames);
    console.log(`canonical names  ${names.ok}/${names.total} = ${ratio(names)?.toFixed(3)}; ${ratio(fairNames)?.toFixed(3)} ignoring word order and patronymics`);
  }
  if (roles.total) {
    result.roleAccuracy = ratio(roles);
    console.log(`roles            ${roles.ok}/${roles.total} = ${ratio(roles)?.toFixed(3)} (gold job next to a person: the person's role has its head word)`);
  }
  if (docs.some((d) => d.orgs)) {
    print('organisations', 'orgs', orgs);
    // A second figure, never the main one: the gold with its quoted names closed (see `withClosingQuote`).
    const closed = scoreOf(orgsQuotesClosed).exact;
    console.log(`organisations    exact, gold quotes closed: ${fmt(closed)}`);
    result.orgsGoldQuotesClosed = closed;
  }
  if (docs.some((d) => d.places)) print('places', 'places', places);
  console.log(`people stage     ${speed.wordsPerSecond} words/s warm (best of 5), ${speed.firstPassWordsPerSecond} words/s first pass, init ${speed.initMs} ms`);
  result.speed = speed;
  return result;
}

const CLOSER: Record<string, string> = { '«': '»', '„': '“', '"': '"' };

/**
 * factRuEval ends most quoted names before their closing quote («партии
 * «Яблоко» without the »), where the annotation guide keeps a name whole.
 * For the second figure only: a gold span with an unclosed quote that the
 * text closes right after it is read as running over that quote.
 */
export function withClosingQuote(text: string, m: Span): Span {
  const inside = text.slice(m.start, m.end);
  const open = [...inside].filter((c) => c in CLOSER);
  const last = open[open.length - 1];
  if (!last || text[m.end] !== CLOSER[last]) return m;
  const opened = last === '"' ? open.length % 2 === 1 : inside.split(last).length > inside.split(CLOSER[last]!).length;
  return opened ? { start: m.start, end: m.end + 1 } : m;
}

function spanErrors(doc: SpanDoc, pred: Span[], gold: Span[]): string[] {
  const context = (m: Span): string => doc.text.slice(Math.max(0, m.start - 30), m.end + 20).replace(/\n/g, ' ');
  const gk = new Set(gold.map(spanKey));
  const pk = new Set(pred.map(spanKey));
  return [
    ...pred.filter((m) => !gk.has(spanKey(m))).map((m) => `${doc.id}\tFP\t${doc.text.slice(m.start, m.end)}\t…${context(m)}`),
    ...gold.filter((m) => !pk.has(spanKey(m))).map((m) => `${doc.id}\tFN\t${doc.text.slice(m.start, m.end)}\t…${context(m)}`),
  ];
}

/** The people stage alone: the first pass includes dictionary look-ups; the warm figure is the best of five. */
function peopleStageSpeed(prepared: ReturnType<typeof prepare>[], words: number, initMs: number): { wordsPerSecond: number; firstPassWordsPerSecond: number; initMs: number } {
  let coldMs = 0;
  let warmMs = Infinity;
  for (let pass = 0; pass < 6; pass++) {
    const t = performance.now();
    for (const p of prepared) findPeople(p.article, p.lang, p.sentences);
    const ms = performance.now() - t;
    if (pass === 0) coldMs = ms;
    else warmMs = Math.min(warmMs, ms);
  }
  return { wordsPerSecond: Math.round(words / (warmMs / 1000)), firstPassWordsPerSecond: Math.round(words / (coldMs / 1000)), initMs: Math.round(initMs) };
}

/** The guide's format: the whole pipeline over the articles folder, scored per article. */
async function evalGuide(gold: GuideGold, articlesDir: string, options: EvalOptions): Promise<Record<string, unknown>> {
  const work = mkdtempSync(path.join(tmpdir(), 'letopis-eval-people-'));
  try {
    const run = await ingest({ contentDir: articlesDir, outDir: path.join(work, 'out'), cacheDir: path.join(work, 'cache'), jobs: 0 });
    const files = halfOf(Object.keys(gold.articles), (f) => f, options.half);
    const score = scorePerArticle(gold, run.kb, files);
    if (options.errors) console.log(score.errors.join('\n'));
    const byLang: Record<string, Score> = {};
    const total = { tp: 0, fp: 0, fn: 0 };
    for (const [lang, c] of Object.entries(score.byLang).sort()) {
      byLang[lang] = f1(c.tp, c.fp, c.fn);
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      console.log(`people per article ${lang}  ${fmt(byLang[lang]!)}`);
    }
    const all = f1(total.tp, total.fp, total.fn);
    console.log(`people per article all ${fmt(all)}`);
    console.log(`splits ${Object.keys(score.splits).length}: ${Object.entries(score.splits).map(([g, s]) => `${g} → ${s.join(' | ')}`).join('; ') || 'none'}`);
    console.log(`merges ${Object.keys(score.merges).length}: ${Object.entries(score.merges).map(([s, g]) => `${s} ← ${g.join(' + ')}`).join('; ') || 'none'}`);
    console.log(`canonical names ${score.names.ok}/${score.names.total} = ${ratio(score.names)?.toFixed(3)}; roles ${score.roles.ok}/${score.roles.total} = ${ratio(score.roles)?.toFixed(3)}`);
    return {
      articles: files.length,
      perArticle: { all, byLang },
      splits: score.splits,
      merges: score.merges,
      nameAccuracy: ratio(score.names),
      roleAccuracy: ratio(score.roles),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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
