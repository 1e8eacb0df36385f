/** Shared by the reliability tests: corpora, child-process runs, tree hashes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeBase } from '../../scripts/model/model.ts';
import { STAMP } from '../../scripts/runtime/output/build-stamp.ts';
import { sampleCleanCorpus } from '../../scripts/tools/fuzz/arbitraries.ts';
import { PROJECT_ROOT } from '../helpers/paths.ts';

/** The project's Node 26 (the system one is too old for .ts files). */
export const NODE = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
export const INGEST = path.join(PROJECT_ROOT, 'scripts', 'ingest.ts');

/** The repository's sample content plus `extra` clean synthetic articles (deterministic). */
export async function writeCorpus(dir: string, extra: number, seed = 7): Promise<string[]> {
  await cp(path.join(PROJECT_ROOT, 'content'), dir, { recursive: true });
  for (const { file, text } of sampleCleanCorpus(extra, seed)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return articleFiles(dir);
}

/** Relative POSIX paths of every .txt/.md under `dir/articles`. */
export async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, 'articles'), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(txt|md)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** sha256 of every file under `dir`, by relative path. */
export async function treeHashes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // The build stamp records when its run began and what it was given, so it differs between any two runs.
  for (const entry of entries.filter((item) => item.isFile() && item.name !== STAMP)) {
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), createHash('sha256').update(await readFile(full)).digest('hex'));
  }
  return new Map([...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** kb.json and the markdown entries only (not site/ page data), for comparing runs. */
export async function entryHashes(dir: string): Promise<Record<string, string>> {
  const all = await treeHashes(dir);
  return Object.fromEntries([...all.entries()].filter(([file]) => file === 'kb.json' || /^(articles|people|events|organisations|places)\//.test(file)));
}

export const readKb = async (out: string): Promise<KnowledgeBase> => JSON.parse(await readFile(path.join(out, 'kb.json'), 'utf8')) as KnowledgeBase;

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run a script with the project's Node; resolves with the exit status (never rejects on a non-zero exit). */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> & { child: ChildProcess } {
  let child!: ChildProcess;
  const promise = new Promise<RunResult>((resolve, reject) => {
    child = spawn(NODE, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return Object.assign(promise, { child });
}

export const ingestArgs = (content: string, out: string, cache: string, ...more: string[]) => [INGEST, '--content', content, '--out', out, '--cache', cache, '--quiet', ...more];

