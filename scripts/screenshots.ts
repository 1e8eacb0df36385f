/**
 * npm run screenshots -- [--dist <built site>] [--out docs/screenshots]
 *
 * Screenshots of the home, person, event, article and graph pages (light)
 * plus the person page in dark mode, and the header on a 390 px phone
 * (compact, and with its menu open). Without --dist, builds the fixture site
 * first (test/.tmp/screenshots). Needs chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { KnowledgeBase } from './model/model.ts';
import { buildFixtureSite, projectRoot } from '../test/site/support/build-site.ts';
import { serveStatic } from '../test/site/support/static-server.ts';
import { hasChromium, chromiumPath, launch } from '../test/site/support/browser.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, data: { type: 'string' }, out: { type: 'string', default: 'docs/screenshots' } } });
if (!hasChromium) {
  console.error(`No chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

let dist: string;
let kb: KnowledgeBase;
if (values.dist) {
  dist = path.resolve(values.dist);
  kb = JSON.parse(await readFile(path.resolve(values.data ?? 'generated', 'kb.json'), 'utf8')) as KnowledgeBase;
} else {
  const site = await buildFixtureSite({ name: 'screenshots' });
  dist = site.dist;
  kb = site.kb;
}
const out = path.resolve(projectRoot, values.out!);
await mkdir(out, { recursive: true });

const person = [...kb.people].sort((a, b) => b.mentions.length - a.mentions.length)[0];
const event = [...kb.events].sort((a, b) => b.articles.length - a.articles.length)[0];
const article = kb.articles.find((a) => person && a.people.includes(person.id) && a.events.length > 0) ?? kb.articles[0];
const shots: [string, string, 'light' | 'dark'][] = [
  ['home', '', 'light'],
  ['person', person ? `people/${encodeURIComponent(person.id)}/` : '', 'light'],
  ['event', event ? `events/${encodeURIComponent(event.id)}/` : '', 'light'],
  ['article', article ? `articles/${encodeURIComponent(article.id)}/` : '', 'light'],
  ['graph', 'graph/', 'light'],
  ['person-dark', person ? `people/${encodeURIComponent(person.id)}/` : '', 'dark'],
  ['article-mobile', article ? `articles/${encodeURIComponent(article.id)}/` : '', 'light'],
];

const server = await serveStatic(dist);
const browser = await launch();
try {
  for (const [name, rel, theme] of shots) {
    const mobile = name.endsWith('-mobile');
    const context = await browser.newContext({ viewport: mobile ? { width: 360, height: 740 } : { width: 1280, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    await page.goto(new URL(rel, server.url).href);
    if (name === 'graph') await page.locator('#graph[data-ready]').waitFor({ timeout: 15_000 }).catch(() => {});
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: name !== 'graph' && !mobile });
    await context.close();
    console.log(`${name}.png ← /${rel}`);
  }
  const phone = await browser.newContext({ viewport: { width: 390, height: 640 }, colorScheme: 'light' });
  const page = await phone.newPage();
  await page.goto(new URL(person ? `people/${encodeURIComponent(person.id)}/` : '', server.url).href);
  await page.screenshot({ path: path.join(out, 'header-mobile.png') });
  await page.locator('[data-menu-toggle]').click();
  await page.screenshot({ path: path.join(out, 'header-mobile-menu.png') });
  await phone.close();
  console.log('header-mobile.png, header-mobile-menu.png ← the person page at 390 px');
} finally {
  await browser.close();
  await server.close();
}
