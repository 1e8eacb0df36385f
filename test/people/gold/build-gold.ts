/**
 * Build a gold JSON-lines file (the factRuEval-style format the people eval
 * reads) from a marked source: documents start with `### id`, person mentions
 * are written `[[mention]]` or `[[mention|Nominative Name]]`. Offsets are
 * computed here, never by hand.
 *
 *   node test/people/gold/build-gold.ts test/people/gold/uk.marked.txt > test/people/gold/uk.jsonl
 */
import { readFileSync } from 'node:fs';

interface Mention {
  start: number;
  end: number;
  text: string;
}

export function buildGold(marked: string): string[] {
  const docs = marked.split(/^### /mu).filter((d) => d.trim());
  return docs.map((d) => {
    const nl = d.indexOf('\n');
    const id = d.slice(0, nl).trim();
    const body = d.slice(nl + 1).replace(/\s+$/u, '') + '\n';
    let text = '';
    const persons = new Map<string, Mention[]>();
    let last = 0;
    for (const m of body.matchAll(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/gu)) {
      text += body.slice(last, m.index);
      const start = text.length;
      text += m[1];
      const name = m[2] ?? m[1];
      persons.set(name, [...(persons.get(name) ?? []), { start, end: text.length, text: m[1] }]);
      last = m.index + m[0].length;
    }
    text += body.slice(last);
    for (const ms of persons.values()) for (const m of ms) if (text.slice(m.start, m.end) !== m.text) throw new Error(`bad offset in ${id}`);
    return JSON.stringify({ id, text, persons: [...persons].map(([name, mentions]) => ({ name, mentions })), orgs: [], locations: [] });
  });
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node build-gold.ts <file.marked.txt>');
  process.stdout.write(buildGold(readFileSync(file, 'utf8')).join('\n') + '\n');
}
