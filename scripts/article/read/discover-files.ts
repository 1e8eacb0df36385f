import { accessSync, constants, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem, SourceFile } from '../../model/model.ts';

/** Folders directly under the content folder that hold curation, not articles. */
export const RESERVED_FOLDERS = ['people'] as const;

/** Files larger than this are not read (a news article is a few KB; 10 MB is a mistake or a dump). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface DiscoverOptions {
  /** Size limit in bytes; defaults to MAX_FILE_BYTES. */
  maxBytes?: number;
}

const ARTICLE_RE = /\.(?:txt|md|markdown)$/i;
/** Files that were obviously meant as articles but are in a format we do not read: reported, not read. */
const NEAR_MISS_RE = /\.(?:docx?|rtf|odt|pdf|html?|text|mdown|mkdn?|mdx|pages)$/i;

/*
 * Walk the content folder. Entries are visited in sorted order and the result
 * is sorted by relative POSIX path, so runs are deterministic. Dot-files and
 * dot-folders are skipped (editor/VCS litter); top-level RESERVED_FOLDERS hold
 * curation files. Symlinks are followed only when they resolve inside the
 * content folder, each real directory once (no cycles) and each real file once
 * (the first path in sorted order wins). Other files are ignored quietly,
 * except near-misses such as .docx/.html/.pdf, which get a warning saying how
 * to make them readable.
 */

function byteCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | null)?.code ?? String(err);
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

interface Candidate {
  file: SourceFile;
  real: string;
  /** Reached through a symlink: loses to the real path when both lead to the same file. */
  viaLink: boolean;
}

interface PendingLink {
  abs: string;
  rel: string;
  reserved: boolean;
}

/** What a walk has found so far: shared by the walk over real folders and the one over symlinks. */
interface Walk {
  rootReal: string;
  maxBytes: number;
  problems: Problem[];
  candidates: Candidate[];
  /** Real paths of the folders walked already: a folder reached twice (a cycle, a second way in) is walked once. */
  visitedDirs: Set<string>;
  /** Symlinks found, followed only after the real tree (appended to while following). */
  links: PendingLink[];
}

/**
 * Walk the content folder recursively and list article files (.txt, .md,
 * .markdown), sorted by relative path. Symlinks pointing outside the folder
 * are reported, not followed. Files in RESERVED_FOLDERS are not articles.
 */
export async function discoverFiles(contentDir: string, options: DiscoverOptions = {}): Promise<{ files: SourceFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const rootAbs = path.resolve(contentDir);
  let rootReal: string;
  try {
    rootReal = await realpath(rootAbs);
    if (!(await stat(rootReal)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (err) {
    problems.push({ file: '.', severity: 'error', message: `content folder ${rootAbs} cannot be read (${errorCode(err)}): create it or pass the right path.` });
    return { files: [], problems };
  }
  const walk: Walk = { rootReal, maxBytes: options.maxBytes ?? MAX_FILE_BYTES, problems, candidates: [], visitedDirs: new Set([rootReal]), links: [] };
  await walkDir(walk, rootAbs, rootReal, '', false);
  // Links found while following links are appended and handled in turn; visitedDirs ends loops.
  for (let i = 0; i < walk.links.length; i++) await followLink(walk, walk.links[i]);
  const files = uniqueFiles(walk.candidates);
  problems.sort((a, b) => byteCmp(a.file, b.file));
  return { files, problems };
}

/** One article file per real file, sorted by relative path: the real path wins, else the first linked path in sorted order. */
function uniqueFiles(candidates: Candidate[]): SourceFile[] {
  candidates.sort((a, b) => Number(a.viaLink) - Number(b.viaLink) || byteCmp(a.file.file, b.file.file));
  const seen = new Set<string>();
  const files: SourceFile[] = [];
  for (const c of candidates) {
    if (seen.has(c.real)) continue;
    seen.add(c.real);
    files.push(c.file);
  }
  return files.sort((a, b) => byteCmp(a.file, b.file));
}

async function walkDir(walk: Walk, dirAbs: string, dirReal: string, rel: string, viaLink: boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(dirAbs, { withFileTypes: true });
  } catch (err) {
    walk.problems.push({ file: rel || '.', severity: 'error', message: `cannot read the folder (${errorCode(err)}): check its permissions.` });
    return;
  }
  entries.sort((a, b) => byteCmp(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const abs = path.join(dirAbs, name);
    const childRel = rel ? `${rel}/${name}` : name;
    const reserved = rel === '' && (RESERVED_FOLDERS as readonly string[]).includes(name);
    if (entry.isSymbolicLink()) {
      // Links wait until the real tree is walked, so a real path always wins over a linked one.
      walk.links.push({ abs, rel: childRel, reserved });
    } else if (entry.isDirectory()) {
      if (reserved) continue;
      const real = path.join(dirReal, name);
      if (walk.visitedDirs.has(real)) continue;
      walk.visitedDirs.add(real);
      await walkDir(walk, abs, real, childRel, viaLink);
    } else if (entry.isFile()) {
      addFile(walk, abs, childRel, path.join(dirReal, name), viaLink);
    }
  }
}

async function followLink(walk: Walk, { abs, rel, reserved }: PendingLink): Promise<void> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    walk.problems.push({ file: rel, severity: 'warning', message: 'broken symlink: its target does not exist. Remove the link or restore the target.' });
    return;
  }
  if (!isInside(walk.rootReal, real)) {
    walk.problems.push({ file: rel, severity: 'warning', message: `symlink points outside the content folder (to ${real}) and was not followed: copy the file into the content folder instead.` });
    return;
  }
  let info;
  try {
    info = await stat(abs);
  } catch (err) {
    walk.problems.push({ file: rel, severity: 'error', message: `cannot read the symlink target (${errorCode(err)}).` });
    return;
  }
  if (info.isDirectory()) {
    if (reserved || walk.visitedDirs.has(real)) return; // reached already: a cycle or a second way in
    walk.visitedDirs.add(real);
    await walkDir(walk, abs, real, rel, true);
  } else if (info.isFile()) {
    addFile(walk, abs, rel, real, true);
  }
}

/** A file the walk met: an article candidate if it is one and can be read, else a problem (or nothing, for other files). */
function addFile(walk: Walk, abs: string, rel: string, real: string, viaLink: boolean): void {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (!ARTICLE_RE.test(name)) {
    if (NEAR_MISS_RE.test(name)) {
      walk.problems.push({ file: rel, severity: 'warning', message: `not read: only .txt, .md and .markdown files are articles. Save it as plain text (.txt) or Markdown (.md) to include it.` });
    }
    return;
  }
  let info;
  try {
    // Synchronous on purpose: two promise round trips per file made listing a large corpus slow.
    info = statSync(abs);
    accessSync(abs, constants.R_OK);
  } catch (err) {
    walk.problems.push({ file: rel, severity: 'error', message: `cannot read the file (${errorCode(err)}): check its permissions.` });
    return;
  }
  if (info.size > walk.maxBytes) {
    walk.problems.push({
      file: rel,
      severity: 'error',
      message: `file is ${formatMb(info.size)}, over the ${formatMb(walk.maxBytes)} limit, and was skipped: split it into several articles (one story per file).`,
    });
    return;
  }
  walk.candidates.push({ file: { file: rel, path: abs, size: info.size, mtimeMs: info.mtimeMs }, real, viaLink });
}
