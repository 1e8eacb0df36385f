/** Which corpus entity each article's local entity became. */
import type { ArticleId, EntityId } from '../../model/model.ts';
import { getOrCreate } from '../../util/collections.ts';

/**
 * Which corpus entity each article's local entity became: article id → local
 * entity key → entity id. Per article, since every later stage looks links up
 * article by article (one flat map of concatenated keys was slower to build
 * and to probe at corpus scale).
 */
export type EntityLinks = Map<ArticleId, Map<string, EntityId>>;

/** The corpus entity `localKey` in article `articleId` was resolved to, if any. */
export function linkOf(links: EntityLinks, articleId: ArticleId, localKey: string): EntityId | undefined {
  return links.get(articleId)?.get(localKey);
}

export function setLink(links: EntityLinks, articleId: ArticleId, localKey: string, entityId: EntityId): void {
  getOrCreate(links, articleId, () => new Map<string, EntityId>()).set(localKey, entityId);
}
