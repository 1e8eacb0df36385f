/** letopis.config.ts settings, environment overrides and the warnings for unusable values. */
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/lib/config.ts';

describe('site settings', () => {
  const file = { title: 'Хроника', base: 'kb', site: 'https://example.org/kb/', lang: 'uk' };

  it('takes the config file, normalising the base path', () => {
    const { settings, warnings } = resolveSettings(file, {});
    expect(settings).toEqual({ title: 'Хроника', base: '/kb/', site: 'https://example.org/kb/', lang: 'uk' });
    expect(warnings).toEqual([]);
  });

  it('lets environment variables override the file', () => {
    const env = { LETOPIS_TITLE: 'Chronicle', LETOPIS_BASE: '/', LETOPIS_SITE: 'http://localhost:8080', LETOPIS_LANG: 'en' };
    expect(resolveSettings(file, env).settings).toEqual({ title: 'Chronicle', base: '/', site: 'http://localhost:8080/', lang: 'en' });
    // Blank variables count as unset.
    expect(resolveSettings(file, { LETOPIS_TITLE: '  ' }).settings.title).toBe('Хроника');
  });

  it('warns when there is no site URL, or an unusable one, and leaves it out', () => {
    const missing = resolveSettings({}, {});
    expect(missing.settings).toEqual({ title: 'Летопись', base: '/', site: null, lang: 'ru' });
    expect(missing.warnings.join('\n')).toMatch(/No site URL.*LETOPIS_SITE.*sitemap/);
    for (const bad of ['example.org', 'ftp://example.org/', 'javascript:alert(1)']) {
      const { settings, warnings } = resolveSettings({ site: bad }, {});
      expect(settings.site, bad).toBeNull();
      expect(warnings.join('\n'), bad).toContain('not an absolute http(s) URL');
    }
  });

  it('falls back to Russian for an interface language it does not have, with a warning', () => {
    const { settings, warnings } = resolveSettings({ ...file, lang: 'de' }, {});
    expect(settings.lang).toBe('ru');
    expect(warnings.join('\n')).toMatch(/must be one of ru, uk, en, not "de"/);
  });
});
