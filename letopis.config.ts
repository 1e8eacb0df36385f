/**
 * Letopis site settings: edit the values here. Each one can be overridden
 * at build time by the environment variable named beside it (handy for CI or
 * a second deployment of the same checkout). Read by astro.config.mjs and the
 * site (src/lib/config.ts); README.md, section "Configuration", explains each.
 */
export default {
  /** Site title: header, page titles, RSS feed. LETOPIS_TITLE */
  title: 'Летопись',
  /** Base path when the site is hosted under a sub-path, e.g. '/kb/'. LETOPIS_BASE */
  base: '/',
  /**
   * Absolute URL where the site is published, e.g. 'https://example.org/kb/'.
   * Needed for the sitemap, the RSS feed and absolute canonical/OpenGraph URLs;
   * when empty, the build warns and leaves those out. LETOPIS_SITE
   */
  site: '',
  /** Interface language of the pages as built: 'ru', 'uk' or 'en' (readers can switch). LETOPIS_LANG */
  lang: 'ru',
};
