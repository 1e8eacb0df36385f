/** RSS 2.0 feed of the latest 50 articles. */
import type { APIRoute } from 'astro';
import { articleIndex } from '../lib/site-data.ts';
import { SITE_TITLE } from '../lib/config.ts';
import { articleUrl, href } from '../lib/urls.ts';
import { absolute, escapeXml } from '../lib/xml.ts';

export const GET: APIRoute = ({ site }) => {
  const items = articleIndex()
    .slice(0, 50)
    .map((a) => {
      const link = absolute(site, articleUrl(a.id));
      const date = a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? `<pubDate>${new Date(`${a.date}T00:00:00Z`).toUTCString()}</pubDate>` : '';
      return `<item><title>${escapeXml(a.title)}</title><link>${escapeXml(link)}</link><guid isPermaLink="true">${escapeXml(link)}</guid>${date}${a.source ? `<source url="${escapeXml(link)}">${escapeXml(a.source)}</source>` : ''}</item>`;
    })
    .join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(SITE_TITLE)}</title><link>${escapeXml(absolute(site, href('')))}</link><description>${escapeXml(SITE_TITLE)}</description><language>ru</language>
${items}
</channel></rss>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
