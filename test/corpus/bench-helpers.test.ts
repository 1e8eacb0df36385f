import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../scripts/tools/bench/adversarial-inputs.ts';
import { summariseProfiles } from '../../scripts/tools/bench/cpu-profile.ts';
import { measure } from '../../scripts/tools/bench/measure-process.ts';
import { chunksForTerm, estimateSearchPayload, folderBytes } from '../../scripts/tools/bench/pagefind-payload.ts';
import { ingestPhases } from '../../scripts/tools/bench/phases.ts';
import { decodeCbor } from '../../scripts/tools/bench/cbor.ts';
import { addArticle, editArticle, linkCorpus, readManifest } from '../../scripts/tools/bench/corpus-edits.ts';
import { generateCorpus } from '../../scripts/tools/corpus-generator/write-corpus.ts';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { table } from '../../scripts/tools/bench/report.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), 'letopis-bench-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('adversarial inputs', () => {
  const full = adversarialInputs([1]);
  const body = (kind: string): string => (full.find((i) => i.kind === kind)?.text ?? '').split('\n\n')[1].trimEnd();

  it('has one sentence of 50,000 capitalised words', () => {
    const words = body('capitalised-words').replace(/\.$/, '').split(' ');
    expect(words).toHaveLength(50_000);
    expect(words.every((w) => /^\p{Lu}/u.test(w))).toBe(true);
    expect(body('capitalised-words').match(/[.!?]/g)).toHaveLength(1);
  });

  it('has 100,000 letters with no space', () => {
    const text = body('no-spaces');
    expect(text.length).toBe(100_000);
    expect(/^\p{L}+$/u.test(text)).toBe(true);
  });

  it('nests 10,000 quotes', () => {
    const opens = body('nested-quotes').match(/[«„"“]Путин сказал/g) ?? [];
    expect(opens).toHaveLength(10_000);
  });

  it('scales each kind to the requested fractions', () => {
    const units = adversarialInputs([0.25, 1]).map((i) => `${i.kind}:${i.units}`);
    expect(units).toEqual(['capitalised-words:12500', 'capitalised-words:50000', 'no-spaces:25000', 'no-spaces:100000', 'nested-quotes:2500', 'nested-quotes:10000', 'emphasis-runs:5000', 'emphasis-runs:20000']);
  });
});

describe('search payload estimate', () => {
  it('adds loader, wasm, meta, the largest chunk, filters and the fragments of the results shown (up to 30)', () => {
    const dist = tempDir();
    const pf = path.join(dist, 'pagefind');
    for (const sub of ['index', 'filter', 'fragment']) mkdirSync(path.join(pf, sub), { recursive: true });
    const file = (rel: string, bytes: number): void => writeFileSync(path.join(pf, rel), Buffer.alloc(bytes));
    file('pagefind.js', 1024);
    file('wasm.unknown.pagefind', 2048);
    file('pagefind-entry.json', 512);
    file('pagefind.abc.pf_meta', 512);
    file('index/a.pf_index', 1024);
    file('index/b.pf_index', 3072);
    file('filter/f.pf_filter', 1024);
    for (let i = 0; i < 10; i++) file(`fragment/${i}.pf_fragment`, 1024);
    const payload = estimateSearchPayload(dist);
    expect(payload).not.toBeNull();
    expect(payload?.largestIndexChunkKb).toBe(3);
    expect(payload?.meanIndexChunkKb).toBe(2);
    expect(payload?.fragmentsKb).toBe(10);
    expect(payload?.totalKb).toBe(1 + 2 + 1 + 3 + 1 + 10);
    expect(folderBytes(pf)).toBe((1 + 2 + 0.5 + 0.5 + 1 + 3 + 1 + 10) * 1024);
  });

  it('reads the entry, metadata and a chunk of every index part, the loader and wasm once per lane, filters in the entity lane', () => {
    const dist = tempDir();
    const file = (rel: string, bytes: number): void => {
      mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
      writeFileSync(path.join(dist, rel), Buffer.alloc(bytes));
    };
    const parts = { format: 1, lanes: [{ lane: 'en', folders: ['e-0/', 'e-1/'], entities: true }, { lane: 'ru', folders: ['a-ru-2025q1/'], entities: false }] };
    file('pagefind/parts.json', 0);
    writeFileSync(path.join(dist, 'pagefind', 'parts.json'), JSON.stringify(parts));
    for (const part of ['e-0', 'e-1', 'a-ru-2025q1']) {
      file(`pagefind/${part}/pagefind.js`, 1024);
      file(`pagefind/${part}/wasm.unknown.pagefind`, 2048);
      file(`pagefind/${part}/pagefind-entry.json`, 512);
      file(`pagefind/${part}/pagefind.abc.pf_meta`, 512);
      file(`pagefind/${part}/index/a.pf_index`, 2048);
      file(`pagefind/${part}/filter/f.pf_filter`, 1024);
      for (let i = 0; i < 3; i++) file(`pagefind/${part}/fragment/${i}.pf_fragment`, 1024);
    }
    const payload = estimateSearchPayload(dist);
    expect(payload?.parts).toBe(3);
    expect(payload?.lanes).toBe(2);
    expect(payload?.loaderKb).toBe(2);
    expect(payload?.wasmKb).toBe(4);
    expect(payload?.entryAndMetaKb).toBe(3);
    expect(payload?.filtersKb).toBe(2);
    expect(payload?.totalKb).toBe(2 + 4 + 3 + 3 * 2 + 2 + 9);
  });

  it('returns null without a pagefind folder', () => {
    expect(estimateSearchPayload(tempDir())).toBeNull();
  });
});

/** Just enough CBOR encoding (short strings, short arrays) to fake a Pagefind metadata file. */
function cbor(value: string | unknown[]): Buffer {
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([Buffer.from(bytes.length < 24 ? [0x60 | bytes.length] : [0x78, bytes.length]), bytes]);
  }
  return Buffer.concat([Buffer.from([0x80 | value.length]), ...value.map((v) => cbor(v as string | unknown[]))]);
}

describe('Pagefind metadata', () => {
  it('decodes CBOR integers, strings, arrays and maps', () => {
    // [1, "a", {"b": -2}, true, 500]
    const bytes = Uint8Array.from([0x85, 0x01, 0x61, 0x61, 0xa1, 0x61, 0x62, 0x21, 0xf5, 0x19, 0x01, 0xf4]);
    expect(decodeCbor(bytes)).toEqual([1, 'a', new Map([['b', -2]]), true, 500]);
  });

  it('finds every chunk holding words that begin with the stem (Pagefind looks terms up as prefixes)', () => {
    const pf = path.join(tempDir(), 'pagefind');
    mkdirSync(pf, { recursive: true });
    // As at 10k: «яковенк» (the stem) ends one chunk and «яковенко» starts the next; «як» is a whole word.
    const meta = cbor(['1.6.0', [], [['это', 'як', 'ru_1'], ['яко', 'яковенк', 'ru_2'], ['яковенко', 'і', 'ru_3'], ['ів', 'іі', 'ru_4']], [], [], []]);
    writeFileSync(path.join(pf, 'pagefind.ru_x.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), meta])));
    expect(chunksForTerm(pf, 'яковенко')).toEqual(['ru_2.pf_index', 'ru_3.pf_index']);
  });

  it('finds the index chunk whose word range holds a term', () => {
    const dist = tempDir();
    const pf = path.join(dist, 'pagefind');
    mkdirSync(path.join(pf, 'index'), { recursive: true });
    const meta = cbor(['1.6.0', [], [['a', 'mzz', 'ru_1'], ['n', 'петров', 'ru_2'], ['петрова', 'яя', 'ru_3']], [], [], []]);
    writeFileSync(path.join(pf, 'pagefind.ru_x.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), meta])));
    writeFileSync(path.join(pf, 'index', 'ru_2.pf_index'), Buffer.alloc(2048));
    writeFileSync(path.join(pf, 'index', 'ru_3.pf_index'), Buffer.alloc(4096));
    expect(chunksForTerm(pf, 'harris')).toEqual(['ru_1.pf_index']);
    expect(chunksForTerm(pf, 'зеленский')).toEqual(['ru_2.pf_index']);
    expect(chunksForTerm(pf, 'путин')).toEqual(['ru_3.pf_index']);
    const payload = estimateSearchPayload(dist, 'Зеленский');
    expect(payload?.termChunkKb).toBe(2);
    expect(payload?.largestIndexChunkKb).toBe(4);
    expect(payload?.term).toBe('Зеленский');
  });
});

describe('CPU profile summary', () => {
  it('sums self time per file and function, ignoring idle', () => {
    const dir = tempDir();
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'resolve', url: 'file:///proj/scripts/lib/a.ts', lineNumber: 9 } },
        { id: 3, callFrame: { functionName: 'write', url: 'file:///proj/scripts/lib/b.ts', lineNumber: 0 } },
      ],
      samples: [1, 2, 2, 3],
      timeDeltas: [5000, 3000, 3000, 2000],
    };
    writeFileSync(path.join(dir, 'x.cpuprofile'), JSON.stringify(profile));
    const summary = summariseProfiles(dir, '/proj');
    expect(summary.totalMs).toBe(8);
    expect(summary.byFile[0]).toEqual({ name: 'scripts/lib/a.ts', ms: 6, share: 75 });
    expect(summary.byFunction[1].name).toBe('write scripts/lib/b.ts:1');
  });
});

describe('process measurement', () => {
  it('reports success, output and a peak RSS for a child process', async () => {
    const m = await measure(process.execPath, ['-e', 'const a = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(a.length), 300);']);
    expect(m.ok).toBe(true);
    expect(m.stdout.trim()).toBe(String(64 * 1024 * 1024));
    expect(m.peakRssMb).toBeGreaterThan(60);
  });

  it('reports a failing command with its error line instead of throwing', async () => {
    const m = await measure(process.execPath, ['-e', 'throw new TypeError("boom")']);
    expect(m.ok).toBe(false);
    expect(m.error).toMatch(/TypeError: boom/);
  });
});

describe('report table', () => {
  it('aligns columns and shows missing values as a dash', () => {
    expect(table(['step', 'seconds'], [['ingest', 1.5], ['site', null]])).toBe('step    seconds\n------  -------\ningest     1.50\nsite          —');
  });
});

describe('incremental edits', () => {
  it('change the run copy and never the cached corpus', () => {
    const cached = tempDir();
    const summary = generateCorpus({ articles: 30, out: cached, seed: 5 });
    const manifest = readManifest(cached);
    const copy = tempDir();
    linkCorpus(cached, copy);
    const edited = editArticle(copy, manifest);
    const added = addArticle(copy, summary);
    const rel = path.relative(copy, edited);
    expect(readFileSync(edited, 'utf8')).toContain('Правка редакции');
    expect(readFileSync(path.join(cached, rel), 'utf8')).not.toContain('Правка редакции');
    expect(existsSync(added)).toBe(true);
    expect(existsSync(path.join(cached, path.relative(copy, added)))).toBe(false);
    expect(readFileSync(added, 'utf8')).toMatch(/^ date \d{4}-\d{2}-\d{2} /);
    // A second added article is another one, not the first again.
    const second = addArticle(copy, summary, 1);
    expect(second).not.toBe(added);
    expect(readFileSync(second, 'utf8')).not.toBe(readFileSync(added, 'utf8'));
  });
});

describe('ingest phases', () => {
  it('reads the phase lines of an ingest, names without their counts, repeated ones summed', () => {
    const stderr = 'phase discover: 0.12 s, heap 40 MB\nother line\nphase manifest (3 files re-used, 1 written): 0.50 s, heap 90 MB\nphase discover: 0.10 s, heap 41 MB\n';
    expect(ingestPhases(stderr)).toEqual({ discover: 0.22, manifest: 0.5 });
    expect(ingestPhases('nothing here')).toBeNull();
  });
});
