/** Found organisations and places grouped into the article's entities. */
import type { EntityType, Lang, LocalEntity, LocalMention } from '../../../model/model.ts';
import { skeleton } from '../../../lang/transliterate.ts';
import { getOrCreate } from '../../../util/collections.ts';
import type { Found } from './scan-context.ts';

/** One entity per gazetteer concept or per type and name, mentions in text order; a span found twice counts once. */
export function groupFound(found: Found[], lang: Lang, text: string): LocalEntity[] {
  const groups = new Map<string, { type: EntityType; name: string; concept: string | null; mentions: LocalMention[] }>();
  const seenSpans = new Set<string>();
  for (const f of found) {
    const spanKey = `${f.type}:${f.start}:${f.end}`;
    if (seenSpans.has(spanKey)) continue;
    seenSpans.add(spanKey);
    const groupKey = f.concept ?? `${f.type}:${f.name.toLowerCase().replace(/ё/g, 'е')}`;
    const group = getOrCreate(groups, groupKey, () => ({ type: f.type, name: f.name, concept: f.concept, mentions: [] as LocalMention[] }));
    group.mentions.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), kind: 'name', sentence: f.sentence });
  }
  const entities: LocalEntity[] = [];
  for (const [groupKey, group] of groups) {
    group.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const keys = group.concept ? [group.concept, nameKey(group.type, group.name)] : [nameKey(group.type, group.name)];
    entities.push({
      key: `${group.type}:${groupKey.replace(/^(org|place):/, '')}`,
      type: group.type,
      name: group.name,
      parts: null,
      lang,
      keys,
      mentions: group.mentions,
      roles: [],
      quotes: [],
    });
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Language-independent comparison key of an org/place name. */
export function nameKey(type: EntityType, name: string): string {
  return `${type}:${name
    .split(/[\s-]+/)
    .map((w) => (/^\d+$/.test(w) ? w : skeleton(w)))
    .filter((w) => w !== '')
    .join('-')}`;
}
