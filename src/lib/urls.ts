/** Permalinks, always under the Astro `base` (sub-path hosting). */
import { SECTIONS, type SiteNodeType } from '../../scripts/model/site-contract.ts';

export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('people/x/')` → `/base/people/x/`. */
export const href = (rel: string): string => BASE + rel.replace(/^\//, '');

const seg = (id: string): string => encodeURIComponent(id);

export const articleUrl = (id: string): string => href(`articles/${seg(id)}/`);
export const nodeUrl = (type: SiteNodeType, id: string): string => href(`${SECTIONS[type]}/${seg(id)}/`);
export const personUrl = (id: string): string => nodeUrl('person', id);
export const eventUrl = (id: string): string => nodeUrl('event', id);
export const tagUrl = (slug: string): string => href(`tags/${seg(slug)}/`);
/** Page `n` of a person's article list: page 1 is the person's own page. */
export const personArticlesUrl = (id: string, n: number): string => (n <= 1 ? personUrl(id) : href(`people/${seg(id)}/articles/${n}/`));

/** Pre-rendered body HTML carries root-relative links; move them under the base. */
export const rebaseHtml = (html: string): string => (BASE === '/' ? html : html.replace(/(href|src)="\//g, `$1="${BASE}`));
