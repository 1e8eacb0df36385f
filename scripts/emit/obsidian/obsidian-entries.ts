/**
 * Obsidian-compatible markdown entries (frontmatter + [[wikilinks]]) for
 * articles, people and events. Pure: strings in, strings out.
 *
 * Frontmatter values are written as JSON scalars/arrays, which are valid YAML
 * and need no further escaping; body text is escaped so that content can never
 * forge a wikilink, an HTML element or a frontmatter fence.
 */
import type { EntityId, KbArticle, KbEntity, KbEvent, KbPerson, KnowledgeBase } from '../../model/model.ts';
import { SECTIONS } from '../../model/site-contract.ts';

export type FrontmatterValue = string | number | boolean | null | string[] | Record<string, string>;

export function frontmatter(fields: Record<string, FrontmatterValue | undefined>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

/**
 * Escape text for a markdown body: no HTML, no wikilinks, no embeds, and no
 * block markers (a heading, list item, quote or rule) at the start of a line.
 * `lineStart` says whether the text begins a line: a piece that continues a
 * line after a wikilink («[[…]] - said») has no line start to protect, and
 * escaping it there put stray backslashes into the entry.
 */
export function escapeMarkdownText(text: string, lineStart = true): string {
  const inline = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '\\[')
    .replace(/\]/g, '\\]');
  // [ \t]*, not \s*: \s crosses lines, which made blank-line runs backtrack quadratically (ReDoS).
  return inline.replace(lineStart ? /^([ \t]*)(---|#|>|[-*+] |\d+[.)] )/gm : /(?<=\n)([ \t]*)(---|#|>|[-*+] |\d+[.)] )/g, '$1\\$2');
}

/**
 * Text for a wikilink's display part: `|`, `[`, `]` and newlines would break
 * it; `<`, `>`, `&` are escaped as in the body, since renderers without
 * wikilinks show the label as raw markdown (where `<img onerror>` is live HTML).
 */
export function wikilinkLabel(text: string): string {
  const label = text.replace(/[[\]|#^\r\n\u2028\u2029]+/g, ' ').trim() || '…';
  return label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An id as a wikilink target: ids are slugs, but a character that could end
 * the link or read as markup is percent-encoded (the site decodes it).
 */
export const wikilinkTarget = (id: string): string =>
  id.replace(/[%<>&"'|[\]\\#^*_`\s]/g, (c) => (encodeURIComponent(c) === c ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c)));

export const wikilink = (folder: string, id: string, label: string): string => `[[${folder}/${wikilinkTarget(id)}|${wikilinkLabel(label)}]]`;

interface Lookup {
  people: Map<string, KbPerson>;
  events: Map<string, KbEvent>;
  articles: Map<string, KbArticle>;
  /** Article id → its wikilink, made on first use: a busy person lists thousands of articles, each listed by many people. */
  articleLinks: Map<string, string>;
}

export function lookup(kb: KnowledgeBase): Lookup {
  return {
    people: new Map(kb.people.map((p) => [p.id, p])),
    events: new Map(kb.events.map((e) => [e.id, e])),
    articles: new Map(kb.articles.map((a) => [a.id, a])),
    articleLinks: new Map(),
  };
}

const linkList = (folder: string, ids: string[], label: (id: string) => string): string[] =>
  ids.map((id) => `- ${wikilink(folder, id, label(id))}`);

/** What an article entry needs to label its links (a `Lookup` will do). */
export interface EntryLabels {
  people: ReadonlyMap<string, { name: string }>;
  events: ReadonlyMap<string, { title: string }>;
}

/** A link's label: the person's name or the event's title, or the bare id of one the index lacks. */
const personName = (index: EntryLabels, id: string): string => index.people.get(id)?.name ?? id;
const eventTitle = (index: EntryLabels, id: string): string => index.events.get(id)?.title ?? id;

/** Frontmatter values linking to people. */
const personLinks = (ids: string[], index: EntryLabels): string[] => ids.map((id) => wikilink('people', id, personName(index, id)));

export function articleEntry(article: KbArticle, body: string, index: EntryLabels): string {
  const name = (id: string): string => personName(index, id);
  const title = (id: string): string => eventTitle(index, id);
  return [
    frontmatter({
      type: 'article',
      id: article.id,
      title: article.title,
      date: article.date,
      lang: article.lang,
      source: article.source,
      url: article.url,
      file: article.file,
      tags: article.tags,
      people: personLinks(article.people, index),
      events: article.events.map((id) => wikilink('events', id, title(id))),
    }),
    `# ${escapeMarkdownText(article.title)}`,
    '',
    body,
    '',
    ...(article.people.length ? ['## People', '', ...linkList('people', article.people, name), ''] : []),
    ...(article.events.length ? ['## Events', '', ...linkList('events', article.events, title), ''] : []),
  ].join('\n');
}

/** `[[articles/<id>|<date> · <title>]]` */
function articleLink(index: Lookup, id: string): string {
  let link = index.articleLinks.get(id);
  if (link === undefined) {
    const article = index.articles.get(id);
    link = wikilink('articles', id, article ? `${article.date ?? 'undated'} · ${article.title}` : id);
    index.articleLinks.set(id, link);
  }
  return link;
}

/** The frontmatter fields every named record starts with. */
const nameFields = (type: string, record: KbEntity<EntityId>): Record<string, FrontmatterValue> => ({
  type,
  id: record.id,
  name: record.name,
  names: record.names as Record<string, string>,
  aliases: record.aliases,
});

export function personEntry(person: KbPerson, eventIds: string[], index: Lookup): string {
  return [
    frontmatter({ ...nameFields('person', person), roles: person.roles.map((role) => role.nominative ?? role.text), description: person.description }),
    `# ${escapeMarkdownText(person.name)}`,
    '',
    ...(person.description ? [escapeMarkdownText(person.description), ''] : []),
    ...(person.roles.length
      ? ['## Roles', '', ...person.roles.map((role) => `- ${escapeMarkdownText(role.nominative ?? role.text)}${role.date ? ` (${role.date})` : ''}`), '']
      : []),
    ...(person.quotes.length
      ? ['## Quotes', '', ...person.quotes.map((quote) => `> ${escapeMarkdownText(quote.text.replace(/\s+/g, ' '))}${quote.article ? ` — ${articleLink(index, quote.article)}` : ''}\n`), '']
      : []),
    ...(eventIds.length ? ['## Events', '', ...linkList('events', eventIds, (id) => eventTitle(index, id)), ''] : []),
    '## Articles',
    '',
    ...person.articles.map((id) => `- ${articleLink(index, id)}`),
    '',
  ].join('\n');
}

export function entityEntry(kind: 'organisation' | 'place', entity: KbEntity, index: Lookup): string {
  return [
    frontmatter(nameFields(kind, entity)),
    `# ${escapeMarkdownText(entity.name)}`,
    '',
    '## Articles',
    '',
    ...entity.articles.map((id) => `- ${articleLink(index, id)}`),
    '',
  ].join('\n');
}

export function eventEntry(event: KbEvent, index: Lookup): string {
  return [
    frontmatter({
      type: 'event',
      id: event.id,
      title: event.title,
      titles: event.titles as Record<string, string>,
      eventType: event.type,
      date: event.date,
      datePrecision: event.datePrecision,
      place: event.place,
      status: event.status,
      participants: personLinks(event.participants, index),
    }),
    `# ${escapeMarkdownText(event.title)}`,
    '',
    `- Date: ${event.date ?? 'unknown'}${event.dateEnd ? ` – ${event.dateEnd}` : ''}`,
    `- Place: ${event.place ? escapeMarkdownText(event.place) : 'unknown'}`,
    `- Status: ${event.status}`,
    '',
    ...(event.participants.length ? ['## Participants', '', ...linkList('people', event.participants, (id) => personName(index, id)), ''] : []),
    '## Reports',
    '',
    ...event.mentions.map((mention) => `- ${articleLink(index, mention.article)}: «${escapeMarkdownText(mention.text.replace(/\s+/g, ' '))}»`),
    '',
  ].join('\n');
}
