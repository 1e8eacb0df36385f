/** XML escaping and absolute URLs for feeds and sitemaps. */
export const escapeXml = (s: string): string =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Absolute URL of a site path (site from LETOPIS_SITE / Astro `site`, else localhost). */
export const absolute = (site: URL | undefined, path: string): string => new URL(path, site ?? 'http://localhost/').href;
