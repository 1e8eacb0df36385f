/**
 * Build-time access to the data writeSiteData wrote. The site reads ONLY
 * `$LETOPIS_DATA/site` (default `generated/site`): index files are read once
 * per build and cached, page files are read by the one page that needs them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  HOME_FILE, indexFile, pageFile, REDIRECTS_FILE, TAGS_FILE, type SiteRedirects, type SiteTag,
  type SiteArticlePage, type SiteArticleRef, type SiteEntityPage, type SiteEntityRow, type SiteEventPage, type SiteEventRow, type SiteHome,
  type SitePersonPage, type SitePersonRow,
} from '../../scripts/model/site-contract.ts';

export const dataDir = path.resolve(process.env.LETOPIS_DATA ?? 'generated', 'site');

const cache = new Map<string, unknown>();

function read<T>(rel: string): T {
  const file = path.join(dataDir, rel);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Letopis site data missing or unreadable: ${file}. Run \`npm run build\` (or ingest) first. ${(error as Error).message}`);
  }
}

/** Index files are read once per build; in dev every request re-reads them, so re-ingests show up. */
function readCached<T>(rel: string): T {
  if (import.meta.env.DEV) return read<T>(rel);
  if (!cache.has(rel)) cache.set(rel, read<T>(rel));
  return cache.get(rel) as T;
}

export const home = (): SiteHome => readCached(HOME_FILE);
export const articleIndex = (): SiteArticleRef[] => readCached(indexFile('articles'));
export const peopleIndex = (): SitePersonRow[] => readCached(indexFile('people'));
export const eventIndex = (): SiteEventRow[] => readCached(indexFile('events'));
export const placeIndex = (): SiteEntityRow[] => readCached(indexFile('places'));
export const organisationIndex = (): SiteEntityRow[] => readCached(indexFile('organisations'));
export const tagIndex = (): SiteTag[] => readCached(TAGS_FILE);
/** Old person ids and where they went (none before the first run that changed one). */
export const redirects = (): SiteRedirects => readCached(REDIRECTS_FILE);

/** A tag's page slug, by any of its spellings. */
export function tagSlug(tag: string): string | undefined {
  const rel = `${TAGS_FILE}#by-name`;
  if (import.meta.env.DEV || !cache.has(rel)) cache.set(rel, new Map(tagIndex().flatMap((t) => t.names.map((name) => [name, t.slug]))));
  return (cache.get(rel) as Map<string, string>).get(tag.trim());
}

/** Article id → its reference, for lists that hold ids only. */
export function articleRefs(): ReadonlyMap<string, SiteArticleRef> {
  const rel = `${indexFile('articles')}#by-id`;
  if (import.meta.env.DEV || !cache.has(rel)) cache.set(rel, new Map(articleIndex().map((a) => [a.id, a])));
  return cache.get(rel) as ReadonlyMap<string, SiteArticleRef>;
}

export const articlePage = (id: string): SiteArticlePage => read(pageFile('articles', id));
export const personPage = (id: string): SitePersonPage => read(pageFile('people', id));
export const eventPage = (id: string): SiteEventPage => read(pageFile('events', id));
export const placePage = (id: string): SiteEntityPage => read(pageFile('places', id));
export const organisationPage = (id: string): SiteEntityPage => read(pageFile('organisations', id));
