import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../scripts/article/events/trigger-patterns.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/article/events');

/** Every regex literal in the events modules, plus the combined trigger alternations. */
function regexes(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/(?<![\w)\]])\/((?:[^/\n\\]|\\.)+)\/([gimsuy]*)/g)) {
      try {
        new RegExp(m[1]!, m[2]);
        out.push({ where: file, source: m[1]!, flags: m[2]! });
      } catch {
        // Not a regex literal (a division or a path in a comment).
      }
    }
  }
  for (const [lang, patterns] of Object.entries(LEXICON)) {
    const body = patterns.map((p) => `(${p.source})`).join('|');
    out.push({ where: `lexicon ${lang}`, source: `(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}])`, flags: 'gu' });
  }
  return out;
}

describe('event regexes', () => {
  it('have no super-linear backtracking (recheck)', async () => {
    const vulnerable: string[] = [];
    for (const r of regexes()) {
      let result = await check(r.source, r.flags, { timeout: 10_000, randomSeed: 1 });
      // The fuzz checker depends on how far it gets within the timeout, so on a
      // loaded machine it can report a safe pattern once; a finding must repeat.
      if (result.status === 'vulnerable' && result.checker === 'fuzz') result = await check(r.source, r.flags, { timeout: 10_000, randomSeed: 2 });
      if (result.status === 'vulnerable') vulnerable.push(`${r.where}: /${r.source.slice(0, 120)}/ (${result.checker})`);
    }
    expect(vulnerable).toEqual([]);
  }, 120_000);
});
