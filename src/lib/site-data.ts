/**
 * Build-time access to the data writeSiteData wrote. The site reads ONLY
 * `$LETOPIS_DATA/site` (default `generated/site`): index files are read once
 * per build and cached, page files are read by the one page that needs them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  SiteArticlePage, SiteArticleRef, SiteEntityPage, SiteEntityRow, SiteEventPage, SiteEventRow, SiteHome,
  SitePersonPage, SitePersonRow,
} from '../../scripts/model/site-pages.ts';

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

const file = (id: string): string => `${encodeURIComponent(id).replace(/^\.+/, (d) => '%2E'.repeat(d.length))}.json`;

export const home = (): SiteHome => readCached('home.json');
export const articleIndex = (): SiteArticleRef[] => readCached('index/articles.json');
export const peopleIndex = (): SitePersonRow[] => readCached('index/people.json');
export const eventIndex = (): SiteEventRow[] => readCached('index/events.json');
export const placeIndex = (): SiteEntityRow[] => readCached('index/places.json');
export const organisationIndex = (): SiteEntityRow[] => readCached('index/organisations.json');

export const articlePage = (id: string): SiteArticlePage => read(`pages/articles/${file(id)}`);
export const personPage = (id: string): SitePersonPage => read(`pages/people/${file(id)}`);
export const eventPage = (id: string): SiteEventPage => read(`pages/events/${file(id)}`);
export const placePage = (id: string): SiteEntityPage => read(`pages/places/${file(id)}`);
export const organisationPage = (id: string): SiteEntityPage => read(`pages/organisations/${file(id)}`);
