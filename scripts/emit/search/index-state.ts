/**
 * What a build leaves beside its search index so that the next build can
 * reuse the parts whose pages did not change: per part, its lane, its
 * folders and a hash of every page it indexed (the page as Pagefind read
 * it). Kept in `pagefind/index-state.json`; the search page never reads it.
 * The list the search page does read is `pagefind/parts.json` (SearchParts
 * in the site contract).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SEARCH_DIR, type SearchParts } from '../../model/site-contract.ts';
import { ENTITY_BUCKETS, ENTITY_LANE } from './search-parts.ts';

export const STATE_FILE = 'index-state.json';

export interface PartState {
  lane: string;
  /** Folders under pagefind/, the first holding the part's runtime. */
  folders: string[];
  /** URL path → page hash. */
  pages: Record<string, string>;
  /** When this part was last indexed (ISO time): a reused part keeps the time it was indexed. */
  indexedAt: string;
}

export interface IndexState {
  /** Pagefind's version and this layout's settings: parts of another version are never reused. */
  version: string;
  parts: Record<string, PartState>;
}

const pagefindVersion = (): string => {
  try {
    return (createRequire(import.meta.url)('pagefind/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

/** Bump when what a part's folder holds changes for the same pages (Pagefind options, files kept). */
const LAYOUT = 1;

export const STATE_VERSION = `pagefind ${pagefindVersion()}; layout ${LAYOUT}; entity lane ${ENTITY_LANE}; buckets ${ENTITY_BUCKETS}`;

export function pageHash(html: string): string {
  return createHash('sha1').update(html).digest('base64url');
}

/** The state the build in `siteDir` left, or null when there is none this build can use. */
export async function readIndexState(siteDir: string): Promise<IndexState | null> {
  try {
    const state = JSON.parse(await readFile(path.join(siteDir, SEARCH_DIR, STATE_FILE), 'utf8')) as IndexState;
    return state.version === STATE_VERSION && typeof state.parts === 'object' && state.parts !== null ? state : null;
  } catch {
    return null;
  }
}

/** The search page's list: per lane its folders, parts in name order (stable between builds). */
export function searchPartsOf(state: IndexState): SearchParts {
  const lanes: SearchParts['lanes'] = [];
  for (const name of Object.keys(state.parts).sort()) {
    const part = state.parts[name]!;
    let lane = lanes.find((l) => l.lane === part.lane);
    if (!lane) lanes.push((lane = { lane: part.lane, folders: [], entities: part.lane === ENTITY_LANE }));
    lane.folders.push(...part.folders.map((f) => `${f}/`));
  }
  return { format: 1, lanes: lanes.sort((a, b) => a.lane.localeCompare(b.lane)) };
}

/** True when a part's pages are exactly those (same URLs, same hashes) of the previous build's part. */
export function samePages(previous: Record<string, string>, current: Map<string, string>): boolean {
  const urls = Object.keys(previous);
  if (urls.length !== current.size) return false;
  return urls.every((url) => current.get(url) === previous[url]);
}
