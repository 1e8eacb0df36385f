/**
 * Every linked mention of the knowledge base, per article: what the site's
 * article pages turn into links and what the Obsidian entries turn into
 * wikilinks. Both outputs read this one index.
 */
import type { KbMention, KnowledgeBase, Span } from '../model/model.ts';
import type { SiteNodeType } from '../model/site-contract.ts';
import { pushTo } from '../util/collections.ts';

/** A mention of a node (person, organisation, place, event) in an article's text. */
export interface MentionSpan extends Span {
  type: SiteNodeType;
  id: string;
}

/**
 * Article id → its mention spans, events first, then people, organisations
 * and places, each in knowledge-base order. Where two spans cover the same
 * text, the renderers break the tie by this order.
 */
export function mentionSpans(kb: KnowledgeBase): Map<string, MentionSpan[]> {
  const spans = new Map<string, MentionSpan[]>();
  const add = (type: SiteNodeType, records: readonly { id: string; mentions: readonly KbMention[] }[]): void => {
    for (const { id, mentions } of records) {
      for (const { article, start, end } of mentions) pushTo(spans, article, { start, end, type, id });
    }
  };
  add('event', kb.events);
  add('person', kb.people);
  add('org', kb.organisations);
  add('place', kb.places);
  return spans;
}
