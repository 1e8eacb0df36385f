/**
 * Interface language and theme switches. State lives on <html> (data-ui,
 * data-theme) and in localStorage; public/init.js restores it before paint.
 */
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

function currentUi(): string {
  return root.getAttribute('data-ui') ?? 'ru';
}

/** Attributes can't hold three languages at once: copy the chosen one from data-<lang>-* attributes. */
function applyUi(lang: string): void {
  if (lang === 'ru') root.removeAttribute('data-ui');
  else root.setAttribute('data-ui', lang);
  root.lang = lang;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.uiLang === lang));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-placeholder-ru]')) {
    const text = el.dataset[`placeholder${lang[0].toUpperCase()}${lang.slice(1)}`];
    if (text) el.setAttribute('placeholder', text);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-label-ru]')) {
    const text = el.dataset[`label${lang[0].toUpperCase()}${lang.slice(1)}`];
    if (text) el.setAttribute('aria-label', text);
  }
}

function isDark(): boolean {
  const explicit = root.getAttribute('data-theme');
  return explicit ? explicit === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

function syncThemeButton(): void {
  for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(isDark()));
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const langButton = target?.closest<HTMLElement>('[data-ui-lang]');
  if (langButton?.dataset.uiLang) {
    store(UI_KEY, langButton.dataset.uiLang);
    applyUi(langButton.dataset.uiLang);
    document.dispatchEvent(new CustomEvent('letopis:ui', { detail: langButton.dataset.uiLang }));
    return;
  }
  if (target?.closest('[data-theme-toggle]')) {
    const next = isDark() ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    store(THEME_KEY, next);
    syncThemeButton();
    document.dispatchEvent(new CustomEvent('letopis:theme', { detail: next }));
  }
});

applyUi(currentUi());
syncThemeButton();
