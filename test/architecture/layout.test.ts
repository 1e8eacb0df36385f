/**
 * The layout's rules, checked on the source itself: stages import downwards
 * only (no cycles), production code never loads the tools, the site imports
 * nothing from the pipeline but the site contract, and no production unit
 * grows past the size a reader can hold in mind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths.ts';

const SCRIPTS = path.join(PROJECT_ROOT, 'scripts');
const SRC = path.join(PROJECT_ROOT, 'src');
const MAX_FUNCTION_LINES = 100;
const MAX_FILE_LINES = 500;
/** Word lists and tables: data, not logic, so they may be long. */
const DATA_FILE = /(^|\/)lexicons\/|-lexicon\.ts$|\.data\.ts$/;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => path.join(dir, name));
}

const relative = (file: string): string => path.relative(PROJECT_ROOT, file).split(path.sep).join('/');
/** The tools, and their entry points beside the product's (`npm run bench`, `eval`, …). */
const TOOL_ENTRY_POINTS = new Set(['bench.ts', 'corpus.ts', 'eval.ts', 'fuzz.ts', 'screenshots.ts'].map((name) => `scripts/${name}`));
const isTool = (file: string): boolean => relative(file).startsWith('scripts/tools/') || TOOL_ENTRY_POINTS.has(relative(file));
const PRODUCTION = filesUnder(SCRIPTS, /\.ts$/).filter((file) => !isTool(file) && !file.endsWith('.d.ts'));

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\s*\(\s*'(\.[^']+)'\s*\)|import\s+'(\.[^']+)'/g;
/** A worker started from a module file: loaded, but not imported (no cycle through it). */
const WORKER = /new URL\('(\.[^']+\.ts)'/g;

/** Relative imports of one module (and, with `workers`, the worker modules it starts), resolved to absolute paths. */
function importsOf(file: string, workers = true): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
  if (workers) specs.push(...[...source.matchAll(WORKER)].map((m) => m[1] as string));
  return specs.map((spec) => path.resolve(path.dirname(file), spec));
}

/** The stage folder a module belongs to: `scripts/<folder>/…`, or the entry points. */
const folderOf = (file: string): string => {
  const parts = relative(file).split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : 'scripts (entry points)';
};

describe('layout', () => {
  it('no production module imports the tools', () => {
    const offenders = PRODUCTION.flatMap((file) => importsOf(file).filter(isTool).map((target) => `${relative(file)} → ${relative(target)}`));
    expect(offenders).toEqual([]);
  });

  it('the site imports nothing from scripts/ but the site contract', () => {
    const site = filesUnder(SRC, /\.(ts|astro|mjs)$/);
    const offenders = site.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(`${SCRIPTS}${path.sep}`) && relative(target) !== 'scripts/model/site-contract.ts')
        .map((target) => `${relative(file)} → ${relative(target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the tools import nothing from src/', () => {
    const tools = filesUnder(SCRIPTS, /\.ts$/).filter(isTool);
    const offenders = tools.flatMap((file) => importsOf(file).filter((target) => target.startsWith(`${SRC}${path.sep}`)).map((target) => `${relative(file)} → ${relative(target)}`));
    expect(offenders).toEqual([]);
  });

  it('has no import cycles, between modules or between stage folders', () => {
    const graph = new Map(filesUnder(SCRIPTS, /\.ts$/).map((file) => [file, importsOf(file, false).filter((target) => target.endsWith('.ts'))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(relative).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);

    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      for (const target of targets) {
        const to = folderOf(target);
        if (to !== from) (folders.get(from) ?? folders.set(from, new Set()).get(from))?.add(to);
      }
    }
    const folderCycles = [...folders].flatMap(([from, tos]) =>
      [...tos].filter((to) => folders.get(to)?.has(from) && from < to).map((to) => `${from} ⇄ ${to}`),
    );
    expect(folderCycles).toEqual([]);
  });

  it(`no production function is over ${MAX_FUNCTION_LINES} lines, no production file over ${MAX_FILE_LINES} (data files aside)`, () => {
    const long: string[] = [];
    for (const file of PRODUCTION) {
      const source = readFileSync(file, 'utf8');
      const lines = source.split('\n').length;
      if (lines > MAX_FILE_LINES && !DATA_FILE.test(relative(file))) long.push(`${relative(file)}: ${lines} lines`);
      const ast = parse(source, { sourceType: 'module', plugins: ['typescript'], errorRecovery: true });
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as { type?: string; loc?: { start: { line: number }; end: { line: number } }; id?: { name?: string } };
        if (n.type && /Function|ArrowFunctionExpression|ObjectMethod|ClassMethod/.test(n.type) && n.loc) {
          const size = n.loc.end.line - n.loc.start.line + 1;
          if (size > MAX_FUNCTION_LINES) long.push(`${relative(file)}:${n.loc.start.line} ${n.id?.name ?? n.type}: ${size} lines`);
        }
        for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments') walk(value);
      };
      walk(ast.program);
    }
    expect(long).toEqual([]);
  });
});
