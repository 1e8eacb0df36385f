/**
 * Per-article results found in the normalised view of a text, brought back to
 * the source: every span is mapped through the view, and every quoted text is
 * sliced from the source again, so `text === source.slice(start, end)` holds
 * for what is published (a mention of «Лав\u00adров» keeps its soft hyphen;
 * its person's name, read from the view, does not).
 */
import type { LocalEntity, LocalEvent, Sentence, Span } from '../model/model.ts';
import type { NormalisedView } from './read/normalised-view.ts';

interface Results {
  sentences: Sentence[];
  entities: LocalEntity[];
  events: LocalEvent[];
}

export function toSourceOffsets(results: Results, view: NormalisedView, source: string): Results {
  const span = <T extends Span>(item: T): T => ({ ...item, ...view.toSource(item) });
  const quoted = <T extends Span & { text: string }>(item: T): T => {
    const mapped = span(item);
    return { ...mapped, text: source.slice(mapped.start, mapped.end) };
  };
  return {
    sentences: results.sentences.map((sentence) => ({ ...span(sentence), tokens: sentence.tokens.map(quoted) })),
    entities: results.entities.map((entity) => ({ ...entity, mentions: entity.mentions.map(quoted), quotes: entity.quotes.map(quoted), roles: entity.roles.map(quoted) })),
    events: results.events.map((event) => ({ ...event, mentions: event.mentions.map(quoted) })),
  };
}
