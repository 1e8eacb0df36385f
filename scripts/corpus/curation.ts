/**
 * Load user curation of people from `content/people/<slug>.md`.
 *
 * Frontmatter: `name`, `names: {ru, uk, en}`, `aliases: []`, `description`
 * (else the body text), `not_a_person: []`. The file slug becomes the person id.
 * A broken file is reported as a problem and skipped; the rest still load.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { Problem } from '../model/model.ts';
import type { CuratedPerson, Curation } from './resolve-entities.ts';
import { slugify } from '../lang/transliterate.ts';

export const PEOPLE_FOLDER = 'people';

export async function loadCuration(contentDir: string): Promise<{ curation: Curation; problems: Problem[] }> {
  const folder = path.join(contentDir, PEOPLE_FOLDER);
  const problems: Problem[] = [];
  const people: CuratedPerson[] = [];
  let files: string[];
  try {
    files = (await readdir(folder)).filter((f) => f.toLowerCase().endsWith('.md')).sort();
  } catch {
    return { curation: { people: [], notPeople: [] }, problems };
  }
  for (const name of files) {
    const file = `${PEOPLE_FOLDER}/${name}`;
    let source: string;
    try {
      source = await readFile(path.join(folder, name), 'utf8');
    } catch (error) {
      problems.push({ file, severity: 'error', message: `Cannot read curation file (${(error as Error).message}); it was skipped.` });
      continue;
    }
    const parsed = parseCuratedPerson(file, source.replace(/^\uFEFF/, ''));
    problems.push(...parsed.problems);
    if (parsed.person) people.push(parsed.person);
  }
  const notPeople = [...new Set(people.flatMap((p) => p.notPeople))].sort();
  return { curation: { people, notPeople }, problems };
}

/** Parse one curation file (pure; exported for tests). */
export function parseCuratedPerson(file: string, source: string): { person: CuratedPerson | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (message: string) => ({ person: null, problems: [{ file, severity: 'error' as const, message }] });
  let data: Record<string, unknown>;
  let body: string;
  try {
    const result = matter(source);
    data = result.data as Record<string, unknown>;
    body = result.content;
  } catch (error) {
    return fail(`The YAML frontmatter does not parse (${firstLine((error as Error).message)}); fix the syntax between the --- lines. The file was skipped.`);
  }
  const base = path.posix.basename(file).replace(/\.md$/i, '');
  const id = slugify(base);
  if (id !== base) {
    problems.push({ file, severity: 'warning', message: `File name «${base}» is not a plain slug; the person id will be «${id}». Rename the file to ${id}.md to silence this.` });
  }

  const name = optionalString(data.name);
  if (data.name !== undefined && name === null) return fail('`name` must be a string. The file was skipped.');

  const names: Record<string, string> = {};
  if (data.names !== undefined && data.names !== null) {
    if (typeof data.names !== 'object' || Array.isArray(data.names)) return fail('`names` must be a mapping like `{ru: …, uk: …, en: …}`. The file was skipped.');
    for (const [lang, value] of Object.entries(data.names as Record<string, unknown>)) {
      const v = optionalString(value);
      if (v === null) return fail(`\`names.${lang}\` must be a string. The file was skipped.`);
      names[lang] = v;
    }
  }

  const aliases = stringList(data.aliases);
  if (aliases === null) return fail('`aliases` must be a list of strings. The file was skipped.');
  const notPeople = stringList(data.not_a_person);
  if (notPeople === null) return fail('`not_a_person` must be a list of strings. The file was skipped.');

  let description = optionalString(data.description);
  if (data.description !== undefined && data.description !== null && description === null) {
    return fail('`description` must be text. The file was skipped.');
  }
  if (description === null && body.trim() !== '') description = body.trim();

  if (!name && Object.keys(names).length === 0 && aliases.length === 0 && notPeople.length === 0) {
    problems.push({ file, severity: 'warning', message: 'The file names nobody: add `name`, `names` or `aliases` (or `not_a_person`).' });
  }
  return { person: { id, file, name, names, aliases, description, notPeople }, problems };
}

function optionalString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

function stringList(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value.trim()].filter((v) => v !== '');
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const item of value) {
    const s = optionalString(item);
    if (s === null) return null;
    out.push(s);
  }
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 200);
}
