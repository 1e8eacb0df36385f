/**
 * Site settings: letopis.config.ts, each value overridable by an environment
 * variable at build time. astro.config.mjs resolves them for Astro (base,
 * site) and prints the warnings; pages read the same values from here.
 */
import fileSettings from '../../letopis.config.ts';
import { isUiLang, translate, UI_LANGS, type UiLang } from './i18n.ts';

export interface SiteSettings {
  title: string;
  /** Always starts and ends with '/'. */
  base: string;
  /** Absolute http(s) URL, or null when none is configured. */
  site: string | null;
  lang: UiLang;
}

/** What the config file may hold (every field optional, checked here). */
export type SettingsFile = Partial<Record<keyof SiteSettings, unknown>>;

const ENV: Record<keyof SiteSettings, string> = { title: 'LETOPIS_TITLE', base: 'LETOPIS_BASE', site: 'LETOPIS_SITE', lang: 'LETOPIS_LANG' };
const DEFAULTS: SiteSettings = { title: 'Летопись', base: '/', site: null, lang: 'ru' };

/** The environment variable when set (non-blank), else the file's value when a string. */
function pick(key: keyof SiteSettings, file: SettingsFile, env: Record<string, string | undefined>): { value: string; from: string } | null {
  const fromEnv = env[ENV[key]]?.trim();
  if (fromEnv) return { value: fromEnv, from: ENV[key] };
  const fromFile = file[key];
  return typeof fromFile === 'string' && fromFile.trim() ? { value: fromFile.trim(), from: `letopis.config.ts \`${key}\`` } : null;
}

function siteUrl(raw: { value: string; from: string } | null, warnings: string[]): string | null {
  if (!raw) {
    warnings.push(`No site URL is set (letopis.config.ts \`site\` or ${ENV.site}, e.g. https://example.org/): the sitemap and the RSS feed are not written, and pages carry no absolute canonical or OpenGraph URL.`);
    return null;
  }
  try {
    const url = new URL(raw.value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  warnings.push(`${raw.from} is not an absolute http(s) URL: ${JSON.stringify(raw.value)}. It is ignored: the sitemap and the RSS feed are not written.`);
  return null;
}

/** Settings from the file and the environment, with a warning for each value that is missing or unusable. */
export function resolveSettings(file: SettingsFile, env: Record<string, string | undefined>): { settings: SiteSettings; warnings: string[] } {
  const warnings: string[] = [];
  const lang = pick('lang', file, env);
  let uiLang = DEFAULTS.lang;
  if (lang && isUiLang(lang.value)) uiLang = lang.value;
  else if (lang) warnings.push(`${lang.from} must be one of ${UI_LANGS.join(', ')}, not ${JSON.stringify(lang.value)}; the interface defaults to ${DEFAULTS.lang}.`);
  const base = pick('base', file, env)?.value ?? DEFAULTS.base;
  const settings: SiteSettings = {
    title: pick('title', file, env)?.value ?? DEFAULTS.title,
    base: `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
    site: siteUrl(pick('site', file, env), warnings),
    lang: uiLang,
  };
  return { settings, warnings };
}

export const SETTINGS: SiteSettings = resolveSettings(fileSettings, process.env).settings;
export const SITE_TITLE = SETTINGS.title;
export const DEFAULT_LANG: UiLang = SETTINGS.lang;

/** Strict CSP: no inline scripts or styles; wasm for Pagefind; data only from our own origin. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** An interface string in the language pages are built in (for attributes and titles; in text use T.astro, which the switch can change). */
export const label = (key: string, n?: number): string => translate(key, DEFAULT_LANG, n);
