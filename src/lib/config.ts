/** Site-wide settings from the environment (read at build time). */
export const SITE_TITLE = process.env.LETOPIS_TITLE?.trim() || 'Летопись';

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
