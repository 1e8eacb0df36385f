import type { APIRoute, GetStaticPaths } from 'astro';
import { allPaths, SITEMAP_CHUNK } from '../../lib/sitemap.ts';
import { absolute, escapeXml } from '../../lib/xml.ts';

export const getStaticPaths = (() => {
  const chunks = Math.max(1, Math.ceil(allPaths().length / SITEMAP_CHUNK));
  return Array.from({ length: chunks }, (_, i) => ({ params: { n: String(i + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const n = Number(params.n) - 1;
  const urls = allPaths().slice(n * SITEMAP_CHUNK, (n + 1) * SITEMAP_CHUNK);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${escapeXml(absolute(site, u))}</loc></url>`).join('\n')}
</urlset>
`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
