/** Every page path of the site, for the sitemaps (chunked at 45,000 URLs, under the 50,000 limit). */
import { articleIndex, eventIndex, organisationIndex, peopleIndex, placeIndex } from './site-data.ts';
import { articleUrl, href, nodeUrl } from './urls.ts';
import { eventYears, EVENTS_ON_ONE_PAGE, nameLetters, PEOPLE_ON_ONE_PAGE } from './paging.ts';

export const SITEMAP_CHUNK = 45_000;

export function allPaths(): string[] {
  const archivePages = Math.max(1, Math.ceil(articleIndex().length / 100));
  return [
    ...['', 'people/', 'events/', 'places/', 'organisations/', 'graph/', 'search/'].map(href),
    ...Array.from({ length: archivePages }, (_, i) => href(i === 0 ? 'archive/' : `archive/${i + 1}/`)),
    ...(eventIndex().length > EVENTS_ON_ONE_PAGE ? eventYears(eventIndex()).map(([y]) => href(`timeline/${y}/`)) : []),
    ...(peopleIndex().length > PEOPLE_ON_ONE_PAGE ? nameLetters(peopleIndex()).map(([l]) => href(`names/${encodeURIComponent(l)}/`)) : []),
    ...articleIndex().map((a) => articleUrl(a.id)),
    ...peopleIndex().map((p) => nodeUrl('person', p.id)),
    ...eventIndex().map((e) => nodeUrl('event', e.id)),
    ...placeIndex().map((p) => nodeUrl('place', p.id)),
    ...organisationIndex().map((o) => nodeUrl('org', o.id)),
  ];
}
