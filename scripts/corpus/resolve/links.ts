/** Which corpus entity each article's local entity became. */
import { getOrCreate } from '../../util/collections.ts';

/**
 * Which corpus entity each article's local entity became: article id → local
 * entity key → entity id. Per article, since every later stage looks links up
 * article by article (one flat map of concatenated keys was slower to build
 * and to probe at corpus scale).
 */
export type EntityLinks = Map<string, Map<string, string>>;

/** The corpus entity `localKey` in article `articleId` was resolved to, if any. */
export function linkOf(links: EntityLinks, articleId: string, localKey: string): string | undefined {
  return links.get(articleId)?.get(localKey);
}

export function setLink(links: EntityLinks, articleId: string, localKey: string, entityId: string): void {
  getOrCreate(links, articleId, () => new Map<string, string>()).set(localKey, entityId);
}
