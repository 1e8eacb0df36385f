/**
 * Interface language, theme and the compact menu. Pages are rendered in the
 * configured language; every interface string carries its key (`data-t`,
 * `data-n` for a count; `data-t-placeholder` and `data-t-label` for
 * attributes), and switching puts the same keys' texts in another language
 * from the table in src/lib/i18n.ts, bundled here (small, and cached with this
 * script, so no request and no wait). Content keeps its own `lang`
 * attributes. State lives on <html> (data-ui, data-theme) and in
 * localStorage; public/init.js restores it before paint.
 */
import { isUiLang, translate, type UiLang } from '../lib/i18n.ts';

const root = document.documentElement;
const UI_KEY = 'letopis-ui';
const THEME_KEY = 'letopis-theme';

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

function currentUi(): UiLang {
  const lang = root.getAttribute('data-ui');
  return isUiLang(lang) ? lang : 'ru';
}

function translateAttributes(lang: UiLang): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-placeholder]')) el.setAttribute('placeholder', translate(el.dataset.tPlaceholder!, lang));
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]')) el.setAttribute('aria-label', translate(el.dataset.tLabel!, lang));
  // Elements that still carry one attribute per language (data-placeholder-ru, …).
  const suffix = `${lang[0].toUpperCase()}${lang.slice(1)}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-placeholder-ru]')) {
    const text = el.dataset[`placeholder${suffix}`];
    if (text) el.setAttribute('placeholder', text);
  }
}

function applyUi(lang: UiLang): void {
  root.setAttribute('data-ui', lang);
  root.lang = lang;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) b.setAttribute('aria-pressed', String(b.dataset.uiLang === lang));
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const n = el.dataset.n === undefined ? undefined : Number(el.dataset.n);
    const text = translate(el.dataset.t!, lang, n);
    if (el.textContent !== text) el.textContent = text;
  }
  translateAttributes(lang);
}

function isDark(): boolean {
  const explicit = root.getAttribute('data-theme');
  return explicit ? explicit === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

function syncThemeButton(): void {
  for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(isDark()));
}

const header = document.querySelector<HTMLElement>('.site-header');
const menuButton = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');

function setMenu(open: boolean): void {
  header?.classList.toggle('menu-open', open);
  menuButton?.setAttribute('aria-expanded', String(open));
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const langButton = target?.closest<HTMLElement>('[data-ui-lang]');
  if (langButton && isUiLang(langButton.dataset.uiLang)) {
    store(UI_KEY, langButton.dataset.uiLang);
    applyUi(langButton.dataset.uiLang);
    document.dispatchEvent(new CustomEvent('letopis:ui', { detail: langButton.dataset.uiLang }));
    return;
  }
  if (target?.closest('[data-menu-toggle]')) {
    setMenu(menuButton?.getAttribute('aria-expanded') !== 'true');
    return;
  }
  // A tap outside the header closes the open menu, as on any phone menu.
  if (target && !header?.contains(target)) setMenu(false);
  if (target?.closest('[data-theme-toggle]')) {
    const next = isDark() ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    store(THEME_KEY, next);
    syncThemeButton();
    document.dispatchEvent(new CustomEvent('letopis:theme', { detail: next }));
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && menuButton?.getAttribute('aria-expanded') === 'true') {
    setMenu(false);
    menuButton.focus();
  }
});

applyUi(currentUi());
syncThemeButton();
