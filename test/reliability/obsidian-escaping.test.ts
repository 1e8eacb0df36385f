/**
 * Generated Obsidian markdown must not let article content forge structure:
 * no raw HTML, no wikilinks or embeds other than ours, no frontmatter fence,
 * and frontmatter values that read back exactly as written.
 */
import matter from 'gray-matter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { KbArticle, KbEvent, KbPerson, KnowledgeBase } from '../../scripts/model/model.ts';
import { personId, placeId } from '../../scripts/model/ids.ts';
import { kbFixture } from '../helpers/kb-fixture.ts';
import { articleEntry, entityEntry, eventEntry, lookup, personEntry, wikilinkLabel } from '../../scripts/emit/obsidian/obsidian-entries.ts';
import { textEntryBody } from '../../scripts/emit/obsidian/text-entry-body.ts';
import { articleEntryBody } from '../../scripts/emit/obsidian/article-entry-body.ts';
import type { Span } from '../../scripts/model/model.ts';
import type { MentionSpan } from '../../scripts/emit/mention-spans.ts';

/** A .txt body: one paragraph over `range`. */
const linkedBody = (text: string, range: Span, spans: MentionSpan[]): string => textEntryBody(text, [{ kind: 'paragraph', ...range }], spans);

const HOSTILE = [
  ']]', '[[people/evil|x]]', '![[embed.png]]', '|', '---', '\n---\ntype: evil\n---\n', '<script>alert(1)</script>', '<img src=x onerror=alert(2)>',
  '# heading', '> quote', '- item', '1. item', '`code`', '```\nfence\n```', '\r\n---\r\n', 'a\u2028b', '${x}', '{{x}}', '%%comment%%', '^block', '#tag', '[x](javascript:alert(1))',
  '&lt;script&gt;', '\\]]', '\u0000', '"quoted"', "'single'", 'key: value', 'Пу]]тин|В.', '\u202e]]',
];
const TITLE = HOSTILE.join(' ');

const article = kbFixture<KbArticle>({
  id: 'a1', file: 'articles/a1.txt', title: TITLE, date: '2025-08-24', datePrecision: 'day', lang: 'ru', source: TITLE, url: 'https://example.org/?q=]]|---',
  tags: HOSTILE, words: 3, people: ['p1'], organisations: [], places: [], events: ['e1'],
});
const person = kbFixture<KbPerson>({
  id: 'p1', name: `Путин ${TITLE}`, names: { ru: TITLE, en: ']] |' }, aliases: HOSTILE, roles: [{ text: TITLE, lang: 'ru', date: '2025-08-24', article: 'a1', start: 0, end: TITLE.length }],
  articles: ['a1'], mentions: [], quotes: [{ start: 0, end: 1, text: TITLE, kind: 'direct', verb: 'заявил', article: 'a1' }], description: TITLE,
});
const event = kbFixture<KbEvent>({
  id: 'e1', title: TITLE, titles: { ru: TITLE }, type: 'meeting', date: '2025-08-24', datePrecision: 'day', dateEnd: null, place: TITLE, placeNames: { ru: TITLE }, status: 'happened',
  participants: ['p1'], organisations: [], articles: ['a1'], mentions: [{ article: 'a1', start: 0, end: 1, text: TITLE }], reports: [{ article: 'a1', date: '2025-08-24', status: 'happened' }],
});
const kb: KnowledgeBase = { generator: 'test', articles: [article], people: [person], organisations: [], places: [], events: [event], plans: [], problems: [] };
const index = lookup(kb);

const body = linkedBody(`${TITLE}\nПутин ${TITLE}`, { start: 0, end: TITLE.length * 2 + 7 }, [{ start: TITLE.length + 1, end: TITLE.length + 6, type: 'person', id: 'p1' }]);
const entries: Record<string, string> = {
  article: articleEntry(article, body, index),
  person: personEntry(person, ['e1'], index),
  place: entityEntry('place', { ...person, id: placeId('pl1') }, index),
  event: eventEntry(event, index),
};

/** Wikilinks we write: [[folder/slug|label]] with a label free of ] | [ and line breaks. */
const OUR_LINK = /\[\[(?:articles|people|events|organisations|places)\/[a-z0-9-]+\|[^\][|\r\n]*\]\]/g;

describe.each(Object.entries(entries))('%s entry with hostile text', (kind, entry) => {
  const parsed = matter(entry);
  const content = parsed.content;

  it('frontmatter is one block whose values read back exactly', () => {
    expect(entry.startsWith('---\n')).toBe(true);
    expect(parsed.data.type).toBe(kind);
    if (kind === 'article') {
      expect(parsed.data.title).toBe(TITLE);
      expect(parsed.data.tags).toEqual(HOSTILE);
      expect(parsed.data.source).toBe(TITLE);
    }
    if (kind === 'person') {
      expect(parsed.data.name).toBe(person.name);
      expect(parsed.data.aliases).toEqual(HOSTILE);
      expect(parsed.data.names).toEqual(person.names);
    }
    if (kind === 'event') expect(parsed.data.title).toBe(TITLE);
  });

  it('the body has no frontmatter fence, raw HTML, or wikilink/embed we did not write', () => {
    expect(content.split(/\r\n|\r|\n|\u2028|\u2029/).filter((line) => /^\s*(---|\.\.\.)\s*$/.test(line))).toEqual([]);
    const withoutOurs = content.replace(OUR_LINK, '');
    expect(withoutOurs).not.toMatch(/\[\[|!\[\[/);
    expect(content).not.toMatch(/<script|<img/i);
    const html: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'html') html.push(node.value ?? '');
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
    };
    walk(unified().use(remarkParse).parse(content) as never);
    expect(html).toEqual([]);
  });

  it('headings are only the ones we write', () => {
    const headings = content.split('\n').filter((line) => /^\s{0,3}#{1,6}(\s|$)/.test(line));
    expect(headings.length).toBeLessThanOrEqual(6);
    expect(headings.filter((line) => !/^(# |## (People|Events|Roles|Quotes|Articles|Participants|Reports)$)/.test(line))).toEqual([]);
  });
});

describe('wikilink labels', () => {
  it.each(HOSTILE)('label %j cannot close or split a link', (text) => {
    const label = wikilinkLabel(text);
    expect(label).not.toMatch(/[\][|\r\n]/);
    expect(label.length).toBeGreaterThan(0);
  });
});

describe('text around wikilinks', () => {
  it('a piece that continues a line after a link gets no escapes; a piece that starts a line does', () => {
    const text = 'Встреча: Коваленко - министр, Коваленко * отметила.\n- пункт Коваленко';
    const spans = [...text.matchAll(/Коваленко/g)].map((m) => ({ start: m.index, end: m.index + 'Коваленко'.length, type: 'person' as const, id: personId('kovalenko') }));
    const out = linkedBody(text, { start: 0, end: text.length }, spans);
    expect(out).toBe('Встреча: [[people/kovalenko|Коваленко]] - министр, [[people/kovalenko|Коваленко]] \\* отметила.\n\\- пункт [[people/kovalenko|Коваленко]]');
  });
});

describe('a markdown article entry with hostile text', () => {
  const text = `# Заголовок\n\n${HOSTILE.join('\n\n')}\n\nПутин *Путин* [Путин](https://x.org)\n\n- Путин\n\n| a | b |\n|---|---|\n| Путин | 1 |\n`;
  const spans = [...text.matchAll(/Путин/g)].map((m) => ({ start: m.index, end: m.index + 5, type: 'person' as const, id: 'p1' }));
  const body = articleEntryBody(text, { article: { format: 'md', body: { start: 0, end: text.length }, blocks: [] } } as never, spans).markdown;

  it('keeps no raw HTML and no wikilink or embed we did not write', () => {
    expect(body.replace(OUR_LINK, '').replace(/\[\[people\/p1\\\|Путин\]\]/g, '')).not.toMatch(/\[\[|!\[\[/);
    expect(body).not.toMatch(/<script|<img/i);
    const html: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'html') html.push(node.value ?? '');
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
    };
    walk(unified().use(remarkParse).parse(body) as never);
    expect(html).toEqual([]);
  });

  it('links mentions in text, emphasis, lists and tables, but not inside a link', () => {
    expect(body).toContain('\n[[people/p1|Путин]] *[[people/p1|Путин]]* [Путин](https://x.org)');
    expect(body).toContain('- [[people/p1|Путин]]');
    expect(body).toContain('| [[people/p1\\|Путин]] | 1 |');
  });
});
