/** The fields people, organisations and places share, built from their member items. */
import type { ArticleId, EntityId, KbEntity, KbMention, Lang, Quote, Role } from '../../model/model.ts';
import { compare } from './compare.ts';
import { normaliseRole } from './person-facts.ts';
import type { Item } from './types.ts';

/** Fields shared by people, organisations and places. */
export function entityBase<Id extends EntityId>(id: Id, name: string, names: Partial<Record<Lang, string>>, items: Item[], extraAliases: string[]): KbEntity<Id> {
  const aliases = new Set<string>([name, ...Object.values(names).filter((n): n is string => !!n), ...extraAliases]);
  const mentions: KbMention[] = [];
  const roles = new Map<string, Role>();
  const articles: ArticleId[] = [];
  // The same spelling recurs in most articles: each is tidied once.
  const spellings = new Set<string>();
  for (const item of items) {
    // Items come in article order, so a repeated article is the previous one (checked below).
    if (item.article !== articles[articles.length - 1]) articles.push(item.article);
    aliases.add(item.entity.name);
    for (const m of item.entity.mentions) {
      if (m.kind === 'name' && !spellings.has(m.text)) {
        spellings.add(m.text);
        aliases.add(m.text.replace(/\s+/g, ' ').trim());
      }
      mentions.push({ article: item.article, start: m.start, end: m.end, text: m.text, kind: m.kind });
    }
    // One entry per role (by its nominative), kept where it was first seen: its offsets point into that article.
    for (const role of item.entity.roles) {
      const key = `${role.lang}|${normaliseRole(role.nominative ?? role.text)}`;
      const date = role.date ?? item.date;
      const existing = roles.get(key);
      const candidate: Role = { text: role.text, ...(role.nominative ? { nominative: role.nominative } : {}), lang: role.lang, date, article: role.article ?? item.article, start: role.start, end: role.end };
      if (!existing || earlier(candidate, existing)) roles.set(key, candidate);
    }
  }
  aliases.delete('');
  return {
    id,
    name,
    names,
    aliases: [...aliases].sort(compare),
    roles: [...roles.values()].sort((a, b) => compare(a.date ?? '\uffff', b.date ?? '\uffff') || compare(a.text, b.text)),
    articles: inOrder(articles, compare) ? articles : [...new Set(articles)].sort(compare),
    mentions: inOrder(mentions, byPlace) ? mentions : mentions.sort(byPlace),
  };
}

export const quoteOrder = (a: Quote, b: Quote): number => compare(a.article!, b.article!) || a.start - b.start || a.end - b.end;

const byPlace = (a: KbMention, b: KbMention): number => compare(a.article, b.article) || a.start - b.start || a.end - b.end;

/** Items come in article order, so the mentions mostly already are: checking is far cheaper than sorting. */
export function inOrder<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

function earlier(a: Role, b: Role): boolean {
  if (a.date && !b.date) return true;
  if (!a.date) return false;
  if (a.date !== b.date) return a.date < b.date!;
  if (a.article !== b.article) return compare(a.article ?? '', b.article ?? '') < 0;
  return a.start < b.start;
}

