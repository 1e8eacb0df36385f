/**
 * RSS 2.0 feed of the latest 50 articles (@astrojs/rss). Routed by
 * astro.config.mjs only when a site URL is configured: a feed's links must be
 * absolute. Each item links to the article's page here; `<source>` names the
 * publication and links to the original report, when the article has its URL.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleIndex, articlePage } from '../lib/site-data.ts';
import { DEFAULT_LANG, label, SETTINGS, SITE_TITLE } from '../lib/config.ts';
import { articleUrl, href } from '../lib/urls.ts';

const FEED_ITEMS = 50;

/** Characters XML 1.0 cannot carry at all (escaping does not help). */
const xmlText = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export const GET: APIRoute = ({ site }) => {
  const items = articleIndex()
    .slice(0, FEED_ITEMS)
    .map((ref) => {
      const page = articlePage(ref.id);
      return {
        title: xmlText(ref.title),
        link: articleUrl(ref.id),
        pubDate: ref.date && /^\d{4}-\d{2}-\d{2}$/.test(ref.date) ? new Date(`${ref.date}T00:00:00Z`) : undefined,
        categories: page.tags.map(xmlText),
        source: ref.source && page.url ? { title: xmlText(ref.source), url: page.url } : undefined,
      };
    });
  return rss({
    title: xmlText(SITE_TITLE),
    description: xmlText(`${SITE_TITLE}: ${label('latestArticles')}`),
    // The channel links to the home page, under the base even when the site URL has no path.
    site: new URL(href(''), site ?? SETTINGS.site!).href,
    items,
    customData: `<language>${DEFAULT_LANG}</language>`,
  });
};
