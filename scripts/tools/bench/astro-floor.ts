/**
 * The Astro floor: what the same Astro version needs to build the same number
 * of plain markdown pages with no Letopis logic at all (one content
 * collection, one `[...slug].astro` page). The gap between this and the real
 * site build is what Letopis's own pages cost.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ManifestEntry } from '../corpus-generator/write-corpus.ts';

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './pages-md' }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="ru">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/** Body text of a corpus article without its date line or frontmatter. */
function plainBody(text: string): { title: string; body: string } {
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---\n', 4);
    const title = /^title: (.*)$/m.exec(text.slice(0, end))?.[1] ?? '"Untitled"';
    return { title: JSON.parse(title) as string, body: text.slice(end + 5).trim() };
  }
  const withoutDate = text.replace(/^ date \S+ /, '');
  return { title: withoutDate.slice(0, 60).replace(/\s+\S*$/, ''), body: withoutDate.trim() };
}

/**
 * Write a throwaway Astro project at `dir` with `pages` markdown pages taken
 * from the corpus (cycled when pages > articles). Returns the project root.
 */
export function createFloorProject(dir: string, projectRoot: string, corpusDir: string, manifest: ManifestEntry[], pages: number): string {
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(path.join(dir, 'pages-md'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'letopis-astro-floor', private: true, type: 'module' }, null, 2));
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(path.join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(path.join(dir, 'src', 'pages', '[...slug].astro'), PAGE);
  const good = manifest.filter((m) => m.bad === null);
  for (let i = 0; i < pages && good.length > 0; i++) {
    const m = good[i % good.length];
    const { title, body } = plainBody(readFileSync(path.join(corpusDir, m.file), 'utf8'));
    const folder = path.join(dir, 'pages-md', String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `p${i}.md`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`);
  }
  return dir;
}
