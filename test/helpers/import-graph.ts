/** The import graph of the project's TypeScript modules, for tests that check what loads what. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Relative imports of TypeScript modules, static and dynamic. */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g;

/** Every .ts module `entry` reaches through relative imports (itself included). */
export function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      if (spec?.endsWith('.ts')) queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  return seen;
}
