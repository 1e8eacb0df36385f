/**
 * `npm run bench -- --adversarial`: analysis time per hostile article at
 * ¼, ½, 1 and 2 times the nominal size. For each kind the growth exponent
 * log(t_largest / t_smallest) / log(size ratio) is ≈1 when analysis is linear
 * and ≈2 when it is quadratic. Also runs the real ingest over the hostile folder, end to
 * end, to show the whole pipeline survives it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { adversarialInputs } from './adversarial-inputs.ts';
import { measure } from './measure-process.ts';
import { round, table } from './report.ts';

export interface AdversarialOptions {
  work: string;
  root: string;
  node: string;
  timeoutMs: number;
  log: (line: string) => void;
}

interface Timing {
  file: string;
  ms: number;
  /** The page body: entry markdown and its HTML (what the render workers do per article). */
  renderMs: number;
  entities: number;
  sentences: number;
  problems: number;
}

export async function runAdversarial(options: AdversarialOptions): Promise<void> {
  const dir = path.join(options.work, 'adversarial');
  mkdirSync(dir, { recursive: true });
  const inputs = adversarialInputs();
  const files = inputs.map((input) => {
    const file = path.join(dir, `${input.kind}-${input.units}.${input.ext}`);
    writeFileSync(file, input.text);
    return file;
  });

  options.log('timing per-article analysis of hostile inputs…');
  const worker = await measure(options.node, [path.join(options.root, 'scripts', 'tools', 'bench', 'adversarial-worker.ts'), ...files], { cwd: options.root, timeoutMs: options.timeoutMs });
  let timings: Timing[] = [];
  if (worker.ok) {
    try {
      timings = JSON.parse(worker.stdout.trim().split('\n').at(-1) ?? '[]') as Timing[];
    } catch {
      timings = [];
    }
  }
  options.log('end-to-end ingest of the hostile folder…');
  const ingest = await measure(options.node, ['scripts/ingest.ts', '--content', dir, '--out', path.join(options.work, 'gen'), '--cache', path.join(options.work, 'cache'), '--quiet'], { cwd: options.root, timeoutMs: options.timeoutMs });

  const rows = inputs.map((input, i) => {
    const t = timings.find((x) => x.file === path.basename(files[i]));
    return { kind: input.kind, units: input.units, chars: input.text.length, ms: t?.ms ?? null, renderMs: t?.renderMs ?? null, entities: t?.entities ?? null, sentences: t?.sentences ?? null };
  });
  const exponents: Record<string, number | null> = {};
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const ofKind = rows.filter((r) => r.kind === kind);
    const small = ofKind[0];
    const large = ofKind[ofKind.length - 1];
    exponents[kind] = small.ms !== null && large.ms !== null && small.ms > 0
      ? round(Math.log(large.ms / small.ms) / Math.log(large.units / small.units))
      : null;
  }
  console.log('');
  console.log(table(
    ['input', 'units', 'chars', 'analysis ms', 'µs / unit', 'page body ms', 'entities', 'sentences'],
    rows.map((r) => [r.kind, r.units, r.chars, r.ms, r.ms === null ? null : round((r.ms * 1000) / r.units), r.renderMs, r.entities, r.sentences]),
  ));
  console.log('');
  console.log(table(['input', 'growth exponent (1 = linear, 2 = quadratic)'], Object.entries(exponents).map(([k, v]) => [k, v])));
  console.log(`\nend-to-end ingest of ${files.length} hostile files: ${ingest.ok ? `${ingest.seconds.toFixed(2)} s, peak ${ingest.peakRssMb} MB` : `FAILED (${ingest.error})`}`);
  if (!worker.ok) console.log(`analysis worker failed: ${worker.error}`);
  console.log(JSON.stringify({
    adversarial: rows,
    growthExponents: exponents,
    workerPeakRssMb: worker.peakRssMb,
    ingestSeconds: ingest.ok ? round(ingest.seconds) : null,
    ingestPeakRssMb: ingest.peakRssMb,
    errors: { ...(worker.ok ? {} : { worker: worker.error }), ...(ingest.ok ? {} : { ingest: ingest.error }) },
  }));
}
