// Letopis site. Settings (title, base path, site URL, interface language) come
// from letopis.config.ts, overridable by environment variables (src/lib/config.ts);
// data comes only from $LETOPIS_DATA/site (default generated/site), written by writeSiteData.
import { cp, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import fileSettings from './letopis.config.ts';
import { resolveSettings } from './src/lib/config.ts';

const { settings, warnings } = resolveSettings(fileSettings, process.env);
for (const warning of warnings) console.warn(`Letopis: ${warning}`);

const dataDir = path.resolve(process.env.LETOPIS_DATA ?? 'generated', 'site');
const publicData = path.join(dataDir, 'public');
const base = settings.base;

/**
 * Ship `<data>/site/public` (hover previews, graph.json) with the site: copied
 * after the build (fs copy, no per-file Astro routes), served from disk in dev.
 * The RSS feed is routed only when there is a site URL to make its links absolute.
 */
function letopisData() {
  return {
    name: 'letopis-data',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (settings.site) injectRoute({ pattern: '/rss.xml', entrypoint: './src/routes/rss.xml.ts', prerender: true });
      },
      'astro:build:done': async ({ dir }) => {
        await cp(publicData, new URL(dir).pathname, { recursive: true, force: true });
      },
      'astro:server:setup': ({ server }) => {
        const prefix = base.replace(/\/?$/, '/');
        // scripts/dev.ts re-ingests and signals a change under the data folder: reload open pages.
        const dataRoot = path.dirname(dataDir);
        server.watcher.on('change', (file) => {
          if (path.resolve(file).startsWith(dataRoot + path.sep)) server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use(async (req, res, next) => {
          const url = decodeURIComponent((req.url ?? '').split('?')[0]);
          const rel = url.startsWith(prefix) ? url.slice(prefix.length) : null;
          if (!rel || !(rel === 'graph.json' || rel.startsWith('previews/'))) return next();
          const file = path.join(publicData, rel);
          if (!file.startsWith(publicData + path.sep) || !(await stat(file).catch(() => null))) return next();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(await readFile(file));
        });
      },
    },
  };
}

export default defineConfig({
  base,
  site: settings.site ?? undefined,
  trailingSlash: 'ignore',
  // concurrency: a few pages in flight, so rendering never idles while one page's file is written.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // No inlined scripts: a strict CSP (script-src 'self') must hold.
  vite: { build: { assetsInlineLimit: 0 } },
  // Without a site URL the sitemap integration skips itself (the warning above says why).
  // Pages only (no feed); chunked at 45,000 URLs per file, under the protocol's 50,000.
  integrations: [letopisData(), ...(settings.site ? [sitemap({ entryLimit: 45_000, filter: (page) => page.endsWith('/') })] : [])],
});
