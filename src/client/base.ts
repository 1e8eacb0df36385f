/** The site's base path (Astro `base`), published on <html data-base> by the layout. */
export const BASE = (document.documentElement.dataset.base ?? '/').replace(/\/?$/, '/');

/** The current interface language. */
export const uiLang = (): 'ru' | 'uk' | 'en' => {
  const l = document.documentElement.getAttribute('data-ui');
  return l === 'uk' || l === 'en' ? l : 'ru';
};
