/**
 * Events in a real browser (Debian chromium via playwright-core): the status
 * each report tells on the event page, plans on a participant's page, the
 * place in the interface language, and the events index filtered by type.
 *
 * Built from the hand-written fixture corpus (it holds a plan reported as
 * planned, then called off), with an English interface: the labels must
 * follow the configured language, not the content's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildFixtureSite, type BuiltSite } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { launch, openPage, skipBrowser } from './support/browser.ts';
import { EVENT_TYPES, translate } from '../../src/lib/i18n.ts';

describe.skipIf(skipBrowser)('events in the browser', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  const open = (rel: string): Promise<Page> => openPage(context, server.url, rel, problems);

  beforeAll(async () => {
    site = await buildFixtureSite({ name: 'events-en', data: 'fixture', env: { LETOPIS_SITE: '', LETOPIS_LANG: 'en' } });
    server = await serveStatic(site.dist, site.base);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows each report on the event page with its own status, and the place in the interface language', async () => {
    const event = site.kb.events.find((e) => e.id === '2025-08-15-alaska-summit')!;
    const page = await open(`/events/${event.id}/`);
    const reports = page.locator('main ul.articles > li');
    expect(await reports.count()).toBe(event.reports.length);
    for (const r of event.reports) {
      const item = reports.filter({ has: page.locator(`a[href$="/articles/${r.article}/"]`) });
      expect(await item.locator('.report-status').textContent(), r.article).toBe(translate(`status.${r.status}`, 'en'));
    }
    expect(await page.locator('dl.facts').textContent()).toContain('Alaska');
    await page.close();
  });

  it('lists a plan on a participant\'s page: type, title, status, and each reporting article linked with its status', async () => {
    const plan = site.kb.plans[0];
    const page = await open('/people/vladimir-putin/');
    const item = page.locator(`#plans li[data-plan="${plan.id}"]`);
    await item.waitFor();
    const text = (await item.textContent())!;
    expect(text).toContain(plan.title);
    expect(text).toContain(translate(`type.${plan.type}`, 'en'));
    expect(await item.locator(':scope > .report-status').textContent()).toBe(translate('status.cancelled', 'en'));
    for (const r of plan.reports) {
      const report = item.locator('.plan-reports li').filter({ has: page.locator(`a[href$="/articles/${r.article}/"]`) });
      expect(await report.locator('.report-status').textContent(), r.article).toBe(translate(`status.${r.status}`, 'en'));
    }
    expect(await item.locator('a[href$="/people/volodymyr-zelensky/"]').count()).toBe(1);
    // a plan has no page of its own
    expect((await fetch(new URL(`events/${plan.id}/`, server.url))).status).toBe(404);
    await page.close();
  });

  it('filters the events index by any type, every type offered and labelled in the interface language', async () => {
    const page = await open('/events/');
    const select = page.locator('select[data-filter="type"]');
    await select.waitFor({ state: 'visible' });
    const options = await select.locator('option:not([value=""])').evaluateAll((els) => els.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options).toEqual(Object.keys(EVENT_TYPES).map((t) => [t, translate(`type.${t}`, 'en')]));
    const visibleTypes = (): Promise<string[]> => page.locator('[data-filter-list] li[data-type]:visible').evaluateAll((els) => els.map((li) => (li as HTMLElement).dataset.type!));
    const all: string[] = site.kb.events.map((e) => e.type).sort();
    expect((await visibleTypes()).sort()).toEqual(all);
    for (const type of new Set(all)) {
      await select.selectOption(type);
      expect(await visibleTypes()).toEqual(all.filter((t) => t === type));
      expect(await page.locator('[data-filter-empty]').isVisible()).toBe(false);
    }
    const absent = Object.keys(EVENT_TYPES).find((t) => !all.includes(t))!;
    await select.selectOption(absent);
    expect(await visibleTypes()).toEqual([]);
    expect(await page.locator('[data-filter-empty]').textContent()).toBe(translate('noneMatch', 'en'));
    expect(await page.locator('section.month:visible').count()).toBe(0);
    await select.selectOption('');
    expect((await visibleTypes()).sort()).toEqual(all);
    await page.close();
  });

  it('runs with no console errors (the filter script passes the strict CSP)', () => {
    expect(problems).toEqual([]);
  });
});
