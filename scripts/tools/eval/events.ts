/**
 * `npm run eval -- events <dir> <gold.json> [--verbose]`
 *
 * Runs the real stages over the gold articles and scores events against the
 * hand-written gold: detection P/R/F1 (a gold event is found when a detected
 * event of the same type family shares a participant, or, for events without
 * people, when the family matches), exact-date accuracy and status accuracy
 * of the found events, and pairwise clustering P/R/F1 over found events.
 * Prints a final JSON line with all figures.
 *
 * A gold file in the annotation guide's format (`events` keyed by id,
 * `articles` keyed by file) is scored by the guide's rules instead
 * (`events-guide.ts`): (article, event) pairs, dates, status per report,
 * clustering. `--half even|odd` scores one fixed half of its articles.
 */
import { readFileSync } from 'node:fs';
import { typeFamily } from '../../model/event-types.ts';
import { runEventStages } from './run-event-stages.ts';
import { evalGuideEvents, type EventScore, type GuideEventsGold } from './events-guide.ts';
import type { Half } from './people-sets.ts';
import type { EventType, LocalEntity, LocalEvent } from '../../model/model.ts';

export interface GoldEvent {
  type: EventType;
  date: string | null;
  dateEnd?: string | null;
  datePrecision: string | null;
  status: string;
  participants: string[];
  place: string | null;
  cluster: string;
}

export interface GoldFile {
  articles: { file: string; events: GoldEvent[] }[];
}

export interface EventScores {
  gold: number;
  detected: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  dateAccuracy: number;
  statusAccuracy: number;
  participantsAccuracy: number;
  clusterPrecision: number;
  clusterRecall: number;
  clusterF1: number;
}

const norm = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[’']/g, '');

/** A gold surname is named by an entity when some word of its name starts with the surname's stem. */
function names(entity: LocalEntity | undefined, gold: string): boolean {
  if (!entity) return false;
  const g = norm(gold).split(' ').pop()!;
  const stem = g.length > 4 ? g.slice(0, g.length - 1) : g;
  return norm(entity.name).split(/[\s-]+/).some((w) => w.startsWith(stem)) || norm(entity.keys.join(' ')).includes(stem);
}

function sharedPeople(g: GoldEvent, d: LocalEvent, entities: Map<string, LocalEntity>): number {
  return g.participants.filter((name) => d.participants.some((k) => names(entities.get(k), name))).length;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function scoreEvents(dir: string, goldPath: string, log: (line: string) => void = () => {}): Promise<EventScores> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const run = await runEventStages(dir, gold.articles.map((a) => a.file));
  const kbOf = new Map<string, string>();
  for (const e of run.events) for (const m of e.mentions) kbOf.set(`${m.article}|${m.start}`, e.id);

  let detected = 0;
  let matched = 0;
  let goldCount = 0;
  let dateOk = 0;
  let statusOk = 0;
  let peopleOk = 0;
  const pairs: { goldCluster: string; kb: string }[] = [];
  gold.articles.forEach((ga, i) => {
    const input = run.inputs[i]!;
    const entities = new Map(input.analysis.entities.map((e) => [e.key, e]));
    // The old format lists the events an article tells; its back-references are links, not events of it.
    const events = input.analysis.events.filter((e) => !e.backReference);
    detected += events.length;
    goldCount += ga.events.length;
    const used = new Set<number>();
    for (const g of ga.events) {
      let best = -1;
      let bestScore = -1;
      events.forEach((d, di) => {
        if (used.has(di) || typeFamily(d.type) !== typeFamily(g.type)) return;
        const shared = sharedPeople(g, d, entities);
        if (g.participants.length > 0 && shared === 0) return;
        const score = shared * 4 + (d.type === g.type ? 2 : 0) + (d.date === g.date ? 2 : 0) + (d.status === g.status ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [di, score];
      });
      if (best < 0) {
        log(`  MISS ${ga.file}: ${g.type} ${g.date} ${g.status} [${g.participants.join(', ')}]`);
        continue;
      }
      used.add(best);
      matched++;
      const d = events[best]!;
      const dateGood = d.date === g.date && d.datePrecision === g.datePrecision && (g.dateEnd === undefined || (d.dateEnd ?? null) === g.dateEnd);
      if (dateGood) dateOk++;
      else log(`  DATE ${ga.file}: ${g.type} gold ${g.date}/${g.datePrecision}${g.dateEnd ? '–' + g.dateEnd : ''} got ${d.date}/${d.datePrecision}${d.dateEnd ? '–' + d.dateEnd : ''}`);
      if (d.status === g.status) statusOk++;
      else log(`  STATUS ${ga.file}: ${g.type} ${g.date} gold ${g.status} got ${d.status}`);
      if (sharedPeople(g, d, entities) === g.participants.length) peopleOk++;
      const kb = kbOf.get(`${input.id}|${d.mentions[0]!.start}`) ?? `?${input.id}:${d.key}`;
      pairs.push({ goldCluster: g.cluster, kb });
    }
    events.forEach((d, di) => {
      if (!used.has(di)) log(`  EXTRA ${ga.file}: ${d.type} ${d.status} ${d.date} «${d.title}» @${d.mentions.map((m) => m.text).join(',')}`);
    });
  });

  let tp = 0;
  let predicted = 0;
  let actual = 0;
  for (let a = 0; a < pairs.length; a++) {
    for (let b = a + 1; b < pairs.length; b++) {
      const sameGold = pairs[a]!.goldCluster === pairs[b]!.goldCluster;
      const samePred = pairs[a]!.kb === pairs[b]!.kb;
      if (sameGold) actual++;
      if (samePred) predicted++;
      if (sameGold && samePred) tp++;
      if (sameGold !== samePred) log(`  CLUSTER ${sameGold ? 'split' : 'merged'}: ${pairs[a]!.goldCluster} (${pairs[a]!.kb}) / ${pairs[b]!.goldCluster} (${pairs[b]!.kb})`);
    }
  }
  const precision = ratio(matched, detected);
  const recall = ratio(matched, goldCount);
  const cp = ratio(tp, predicted);
  const cr = ratio(tp, actual);
  return {
    gold: goldCount,
    detected,
    matched,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1(precision, recall)),
    dateAccuracy: round(ratio(dateOk, matched)),
    statusAccuracy: round(ratio(statusOk, matched)),
    participantsAccuracy: round(ratio(peopleOk, matched)),
    clusterPrecision: round(cp),
    clusterRecall: round(cr),
    clusterF1: round(f1(cp, cr)),
  };
}

export async function main(args: string[]): Promise<void> {
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--half');
  const [dir, goldPath] = positional;
  if (!dir || !goldPath) {
    console.error('usage: npm run eval -- events <dir> <gold.json> [--half even|odd] [--verbose]');
    process.exitCode = 2;
    return;
  }
  const verbose = args.includes('--verbose');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile | GuideEventsGold;
  // The annotation guide's format (events keyed by id, articles keyed by file) is scored by the guide's rules.
  if (!Array.isArray(gold.articles)) {
    const half = args.includes('--half') ? (args[args.indexOf('--half') + 1] as Half) : null;
    return printGuideScore(await evalGuideEvents(gold as GuideEventsGold, dir, half), verbose, half);
  }
  const s = await scoreEvents(dir, goldPath, verbose ? (line) => console.log(line) : undefined);
  console.log(`events: gold ${s.gold}, detected ${s.detected}, matched ${s.matched}`);
  console.log(`detection   P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
  console.log(`date exact  ${s.dateAccuracy.toFixed(3)}   status ${s.statusAccuracy.toFixed(3)}   participants complete ${s.participantsAccuracy.toFixed(3)}`);
  console.log(`clustering  P ${s.clusterPrecision.toFixed(3)}  R ${s.clusterRecall.toFixed(3)}  F1 ${s.clusterF1.toFixed(3)}`);
  console.log(JSON.stringify({ eval: 'events', ...s }));
}

function printGuideScore(s: EventScore, verbose: boolean, half: Half | null): void {
  if (verbose) console.log(s.errors.join('\n'));
  const { errors, ...figures } = s;
  console.log(`events (guide scoring${half ? `, ${half} half` : ''}): ${s.goldEvents} gold events, ${s.systemEvents} system events; ${s.found} of ${s.goldPairs} gold (article, event) pairs found, ${s.systemPairs} system pairs`);
  console.log(`pairs       P ${s.pairPrecision.toFixed(3)}  R ${s.pairRecall.toFixed(3)}  F1 ${s.pairF1.toFixed(3)}`);
  console.log(`found pairs exact date ${s.exactDate.toFixed(3)}   status per report ${s.status.toFixed(3)}`);
  console.log(`clustering  P ${s.clusterPrecision.toFixed(3)}  R ${s.clusterRecall.toFixed(3)}  F1 ${s.clusterF1.toFixed(3)}   events split over pages: ${s.splitEvents.length}${s.splitEvents.length ? ` (${s.splitEvents.join(', ')})` : ''}`);
  console.log(JSON.stringify({ eval: 'events', format: 'guide', half, ...figures, errors: errors.length }));
}
