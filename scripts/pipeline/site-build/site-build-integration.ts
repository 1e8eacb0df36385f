/**
 * Astro integration for `scripts/build.ts`. It wraps Astro's own prerenderer
 * (the public `setPrerenderer` hook; one integration may set it, so both jobs
 * live here) and changes nothing about what is rendered or written:
 *
 * - `dataReady`: Astro's start-up (config, bundling the pages with Vite)
 *   needs no site data, so the build starts it while the ingest is still
 *   writing that data; rendering begins only once `dataReady` resolves.
 * - `sink`: the searchable part of every page is handed to the search index
 *   as soon as it is rendered (see ../search/search-index.ts), so Pagefind
 *   indexes on the other core.
 * - `onProgress`: pages rendered so far, of the total of the static paths.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { searchableHtml } from '../../emit/search/searchable-html.ts';

/** Where rendered pages go (the search index). */
export interface PageSink {
  /** A page's searchable HTML (see searchableHtml). Resolves once there is room for the next page. */
  add(url: string, html: string): Promise<void>;
}

/**
 * The page's URL path without the site base: what Pagefind would have derived
 * from the file path (the client adds the base back). Left percent-encoded, as
 * in the request: a valid href either way.
 */
export function pagePath(requestUrl: string, base: string): string {
  const { pathname } = new URL(requestUrl);
  const prefix = base.replace(/\/?$/, '/');
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}

export function siteBuildIntegration(options: { sink: PageSink; dataReady?: Promise<unknown>; onProgress?: (rendered: number, total: number) => void }): AstroIntegration {
  const { sink, dataReady, onProgress } = options;
  let base = '/';
  let total = 0;
  let rendered = 0;
  return {
    name: 'letopis-site-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro: AstroPrerenderer): AstroPrerenderer => ({
          ...astro,
          name: 'letopis-site-build',
          async setup() {
            await dataReady;
            await astro.setup?.();
          },
          async getStaticPaths() {
            const paths = await astro.getStaticPaths();
            total = paths.length;
            onProgress?.(0, total);
            return paths;
          },
          async render(request, renderOptions) {
            const result = await astro.render(request, renderOptions);
            onProgress?.(++rendered, total);
            const response = result instanceof Response ? result : result.response;
            if (renderOptions.routeData.type !== 'page' || response.status !== 200 || response.body === null) return result;
            // Read the body once; Astro gets the same bytes back, the sink only the searchable part.
            const body = new Uint8Array(await response.arrayBuffer());
            const searchable = searchableHtml(new TextDecoder().decode(body));
            if (searchable !== null) await sink.add(pagePath(request.url, base), searchable);
            const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
            return result instanceof Response ? copy : { ...result, response: copy };
          },
        }));
      },
    },
  };
}
