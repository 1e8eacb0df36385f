import type { APIRoute } from 'astro';
import { allPaths, SITEMAP_CHUNK } from '../lib/sitemap.ts';
import { href } from '../lib/urls.ts';
import { absolute, escapeXml } from '../lib/xml.ts';

export const GET: APIRoute = ({ site }) => {
  const chunks = Math.max(1, Math.ceil(allPaths().length / SITEMAP_CHUNK));
  const entries = Array.from({ length: chunks }, (_, i) => `<sitemap><loc>${escapeXml(absolute(site, href(`sitemaps/${i + 1}.xml`)))}</loc></sitemap>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</sitemapindex>
`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
