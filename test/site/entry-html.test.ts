/** An article's entry body and its page HTML: markdown constructs, mentions, unsafe links and images, the parser guard. */
import { describe, expect, it } from 'vitest';
import { articleEntryBody } from '../../scripts/emit/obsidian/article-entry-body.ts';
import { entryHtml } from '../../scripts/emit/site-data/entry-html.ts';
import { bodyRuns, MAX_CHUNK_DELIMITERS } from '../../scripts/emit/markdown/parse-markdown.ts';
import type { MentionSpan } from '../../scripts/emit/mention-spans.ts';

const md = (text: string) => ({ article: { format: 'md' as const, body: { start: 0, end: text.length }, blocks: [] } }) as never;
const spansOf = (text: string, word: string, id: string): MentionSpan[] =>
  [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({ start: m.index, end: m.index + word.length, type: 'person', id }));
const page = (text: string, spans: MentionSpan[] = [], image?: (url: string) => string | null) => {
  const entry = articleEntryBody(text, md(text), spans);
  const html = entryHtml(entry.markdown, image);
  return { entry, html: html.html, warnings: [...entry.warnings, ...html.warnings] };
};

describe('a markdown body through its entry', () => {
  it('keeps links of http, https and mailto only, and warns about the others', () => {
    const { html, warnings } = page('[a](https://x.org) [b](mailto:a@b.c) [c](javascript:alert(1)) [d](data:text/html,x) [e](other.md) <http://y.org>');
    expect(html).toContain('<a href="https://x.org">a</a>');
    expect(html).toContain('<a href="mailto:a@b.c">b</a>');
    expect(html).toContain('<a href="http://y.org">http://y.org</a>');
    expect(html).not.toMatch(/javascript|data:|other\.md/);
    expect(warnings.filter((w) => w.startsWith('link to'))).toHaveLength(3);
  });

  it('applies the same check to reference links and images', () => {
    const { html, warnings } = page('[a][x] ![i][y]\n\n[x]: javascript:alert(1)\n[y]: https://x.org/i.png\n');
    expect(html).toBe('<p>a <a href="https://x.org/i.png">i</a></p>');
    expect(warnings).toHaveLength(1);
  });

  it('shows a local image only through the resolver, and keeps the alt text otherwise', () => {
    expect(page('![map](map.png)', [], (url) => (url === 'map.png' ? '/media/ab.png' : null)).html).toBe('<p><img src="/media/ab.png" alt="map"></p>');
    const missing = page('![map](../../etc/passwd.png)');
    expect(missing.html).toBe('<p>map</p>');
    expect(missing.warnings).toHaveLength(1);
  });

  it('links mentions by their offsets inside emphasis, lists and headings, never inside a link or code', () => {
    const text = '# Трамп\n\n*Трамп* and **Трамп**\n\n1. Трамп\n2. x\n\n[Трамп](https://x.org) `Трамп`\n';
    const { entry, html } = page(text, spansOf(text, 'Трамп', 'donald-trump'));
    expect(entry.markdown.match(/\[\[people\/donald-trump\|Трамп\]\]/g)).toHaveLength(4);
    expect(html).toContain('<h2><a href="/people/donald-trump/" class="m m-person" data-preview="person:donald-trump">Трамп</a></h2>');
    expect(html).toContain('<em><a href="/people/donald-trump/"');
    expect(html).toContain('<ol>\n<li><a href="/people/donald-trump/"');
    expect(html).toContain('<a href="https://x.org">Трамп</a> <code>Трамп</code>');
  });

  it('never passes raw HTML, and an escaped wikilink in the text is no link', () => {
    const { entry, html } = page('<div onclick="x()">a</div>\n\nb <img src=x onerror=y()> \\[\\[people/evil|z\\]\\] [[people/evil|w]]');
    expect(entry.markdown).not.toMatch(/<div|<img/);
    expect(html).not.toMatch(/<div|<img|href="\/people\/evil/);
    expect(html).toContain("[[people/evil|w]]");
  });

  it('keeps an entry wikilink whole whatever its label, and as written inside code or an own link', () => {
    const { html } = entryHtml('a [[people/x|_b_ *c*]] `[[people/y|d]]` [see [[people/z|e]]](https://x.org)\n\n```\n[[people/w|f]]\n```');
    expect(html).toContain('<a href="/people/x/" class="m m-person" data-preview="person:x">_b_ *c*</a>');
    expect(html).toContain('<code>[[people/y|d]]</code>');
    expect(html).toContain('<a href="https://x.org">see [[people/z|e]]</a>');
    expect(html).toContain('<pre><code>[[people/w|f]]\n</code></pre>');
    expect(html).not.toMatch(/[\uE000\uE001]/);
  });

  it('keeps a paragraph too dense to parse in linear time as plain text, with a warning', () => {
    const dense = '*a'.repeat(20_000);
    const text = `*ok*\n\n${dense}\n\n**fine**`;
    const runs = bodyRuns(text, 0, text.length);
    expect(runs.map((r) => r.plain)).toEqual([false, true, false]);
    const started = performance.now();
    const { html, warnings } = page(text);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(html).toContain('<em>ok</em>');
    expect(html).toContain('<strong>fine</strong>');
    expect(html).toContain(`<p>${dense.slice(0, 200)}`);
    expect(warnings).toHaveLength(1);
    expect(bodyRuns('*a'.repeat(MAX_CHUNK_DELIMITERS / 2), 0, MAX_CHUNK_DELIMITERS).every((r) => !r.plain)).toBe(true);
  });
});
