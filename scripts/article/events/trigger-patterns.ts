/** The trigger lexicon's tables (lexicons/triggers.ts) read into patterns, once. */
import type { EventType } from '../../model/model.ts';
import { TYPE_PRIORITY } from '../../model/event-types.ts';
import { CONTEXTS, NOT_APPOINTED, NOT_HOSTED, TRIGGER_TABLES } from './lexicons/triggers.ts';

export type TriggerForm = 'past' | 'future' | 'present' | 'infinitive' | 'noun';

export interface TriggerPattern {
  type: EventType;
  /** Regex source (lowercase, `u` flag), matched between letter boundaries. */
  source: string;
  form: TriggerForm;
  /**
   * Weak triggers (bare «разговор», "call", "package") only continue an event
   * of the same type already reported in the article; they never start one.
   */
  weak?: boolean;
  /** The sentence must also match this (e.g. a court for a ruling, a document for a signing). */
  context?: RegExp;
  /**
   * The context is looked for in the whole paragraph: a sports report gives
   * the score or the title in another sentence than «бой», "the final".
   */
  paragraph?: boolean;
  /**
   * A verb that reports an event only with a person as its object
   * («принял госсекретаря», "called Putin"): a person mention must start
   * within this many characters after the trigger, and the words between
   * must not match `notBetween` (light-verb uses: «принял решение»).
   */
  personAfter?: { within: number; notBetween?: RegExp };
}

const FORMS: readonly string[] = ['past', 'future', 'present', 'infinitive', 'noun'];

/** The patterns of one table (see TRIGGER_TABLES for its format); a malformed row throws. */
export function parseTriggerTable(table: string, contexts: Readonly<Record<string, RegExp>>): TriggerPattern[] {
  const patterns: TriggerPattern[] = [];
  for (const line of table.split('\n')) {
    const row = line.trim();
    if (!row || row.startsWith('#')) continue;
    const [type, form, source, ...options] = row.split(/\s{2,}/u);
    if (!TYPE_PRIORITY.includes(type as EventType) || !FORMS.includes(form!) || !source) throw new Error(`trigger table: bad row «${row}»`);
    const pattern: TriggerPattern = { type: type as EventType, source, form: form as TriggerForm };
    for (const option of options) {
      const [name, value, flag] = option.split(':');
      if (name === 'weak') pattern.weak = true;
      else if (name === 'context' && contexts[value!]) pattern.context = contexts[value!];
      else if (name === 'paragraph') pattern.paragraph = true;
      else if (name === 'person-after' && flag === undefined) pattern.personAfter = { within: Number(value) };
      else if (name === 'person-after' && flag === 'not-hosted') pattern.personAfter = { within: Number(value), notBetween: NOT_HOSTED };
      else if (name === 'person-after' && flag === 'not-scheduled') pattern.personAfter = { within: Number(value), notBetween: NOT_APPOINTED };
      else throw new Error(`trigger table: bad option «${option}» in «${row}»`);
    }
    patterns.push(pattern);
  }
  return patterns;
}

export const LEXICON: Readonly<Record<'ru' | 'uk' | 'en', readonly TriggerPattern[]>> = {
  ru: parseTriggerTable(TRIGGER_TABLES.ru, CONTEXTS.ru),
  uk: parseTriggerTable(TRIGGER_TABLES.uk, CONTEXTS.uk),
  en: parseTriggerTable(TRIGGER_TABLES.en, CONTEXTS.en),
};
