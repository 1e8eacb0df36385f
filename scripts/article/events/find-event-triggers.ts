/**
 * Find event triggers (predicates and event nouns) in one sentence.
 */
import type { EventType, Lang } from '../../model/model.ts';
import { LEXICON, type TriggerForm, type TriggerPattern } from './trigger-patterns.ts';
import { langKey } from '../../model/event-types.ts';

export interface Trigger {
  type: EventType;
  form: TriggerForm;
  weak: boolean;
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  /** Stands for an event noun the text leaves out («попередня відбулася 20 серпня»). */
  elided?: boolean;
  /** See TriggerPattern.personAfter: checked against the people found by the entity stage. */
  personAfter?: TriggerPattern['personAfter'];
}

interface CompiledLexicon {
  regex: RegExp;
  patterns: readonly TriggerPattern[];
}

const compiled = new Map<string, CompiledLexicon>();

/**
 * One alternation per language, one capture group per pattern, so a sentence
 * is scanned once. Letter lookarounds stand in for \b, which ignores Cyrillic.
 */
function lexiconFor(lang: Lang): CompiledLexicon | null {
  if (lang !== 'ru' && lang !== 'uk' && lang !== 'en') return null;
  const key = langKey(lang);
  let hit = compiled.get(key);
  if (!hit) {
    const patterns = LEXICON[key];
    const body = patterns.map((p) => `(${p.source})`).join('|');
    hit = { regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}])`, 'gu'), patterns };
    compiled.set(key, hit);
  }
  return hit;
}

/** Lowercase without changing length, so offsets stay valid (İ → i̇ would not). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Triggers in `lower` (the lowercased sentence text, starting at article
 * offset `offset`). Context-gated patterns need their context in the sentence,
 * or in `paragraph` (lowercased) for those marked `paragraph`.
 */
export function findEventTriggers(lower: string, offset: number, lang: Lang, original?: string, paragraph?: string): Trigger[] {
  const lexicon = lexiconFor(lang);
  if (!lexicon) return [];
  const out: Trigger[] = [];
  lexicon.regex.lastIndex = 0;
  for (let m = lexicon.regex.exec(lower); m; m = lexicon.regex.exec(lower)) {
    let index = 1;
    while (index < m.length && m[index] === undefined) index++;
    const pattern = lexicon.patterns[index - 1];
    if (!pattern) continue;
    if (pattern.context && !pattern.context.test(pattern.paragraph && paragraph ? paragraph : lower)) continue;
    out.push({
      type: pattern.type,
      form: pattern.form,
      weak: pattern.weak === true,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: (original ?? lower).slice(m.index, m.index + m[0].length),
      ...(pattern.personAfter ? { personAfter: pattern.personAfter } : {}),
    });
  }
  return withoutDeathsInAttack(out);
}

/**
 * People killed in an attack are the attack's participants, not a death event
 * of their own (the annotation guide): a death verb in a sentence that reports
 * an attack is dropped, and the people it names stay in the attack's clause.
 */
function withoutDeathsInAttack(triggers: Trigger[]): Trigger[] {
  if (!triggers.some((t) => t.type === 'attack') || !triggers.some((t) => t.type === 'death')) return triggers;
  return triggers.filter((t) => t.type !== 'death');
}
