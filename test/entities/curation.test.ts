import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCuration, parseCuratedPerson } from '../../scripts/corpus/curation.ts';

describe('loadCuration', () => {
  it('reads people files and reports broken ones without stopping', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'letopis-curation-'));
    await mkdir(path.join(dir, 'people'));
    await writeFile(
      path.join(dir, 'people', 'vladimir-putin.md'),
      '---\nname: Владимир Путин\nnames:\n  en: Vladimir Putin\naliases: [Путин, путін]\nnot_a_person: [Кремль]\n---\nПрезидент России.\n',
    );
    await writeFile(path.join(dir, 'people', 'broken.md'), '---\nname: [unclosed\n---\n');
    await writeFile(path.join(dir, 'people', 'bad-aliases.md'), '---\naliases: {a: 1}\n---\n');
    const { curation, problems } = await loadCuration(dir);
    expect(curation.people.map((p) => p.id)).toEqual(['vladimir-putin']);
    const putin = curation.people[0]!;
    expect(putin.names).toEqual({ en: 'Vladimir Putin' });
    expect(putin.aliases).toEqual(['Путин', 'путін']);
    expect(putin.description).toBe('Президент России.');
    expect(curation.notPeople).toEqual(['Кремль']);
    expect(problems.map((p) => p.file).sort()).toEqual(['people/bad-aliases.md', 'people/broken.md']);
    expect(problems.every((p) => p.message.length > 10)).toBe(true);
  });

  it('returns empty curation when there is no people folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'letopis-curation-'));
    expect(await loadCuration(dir)).toEqual({ curation: { people: [], notPeople: [] }, problems: [] });
  });

  it('prefers the description field over the body and slugs odd file names', () => {
    const { person, problems } = parseCuratedPerson('people/Борис Джонсон.md', '---\ndescription: Politician\n---\nbody');
    expect(person!.description).toBe('Politician');
    expect(person!.id).toBe('boris-dzhonson');
    expect(problems).toHaveLength(2); // odd file name, and a file that names nobody
  });
});
