/** The home page: corpus figures and the latest / most mentioned of each kind. */
import type { KbArticle, KbEvent, KnowledgeBase } from '../../model/model.ts';
import type { SiteEventRow, SiteFigures, SiteHome, SitePersonRow } from '../../model/site-contract.ts';
import { countBy } from '../../util/collections.ts';
import { LIMITS } from './limits.ts';
import { articleRef, eventRef } from './refs.ts';

export function corpusFigures(kb: KnowledgeBase): SiteFigures {
  let words = 0;
  let from: string | null = null;
  let to: string | null = null;
  for (const a of kb.articles) {
    words += a.words;
    if (a.date) {
      if (from === null || a.date < from) from = a.date;
      if (to === null || a.date > to) to = a.date;
    }
  }
  return {
    articles: kb.articles.length,
    people: kb.people.length,
    events: kb.events.length,
    organisations: kb.organisations.length,
    places: kb.places.length,
    words,
    languages: [...countBy(kb.articles, (a) => a.lang)].map(([lang, count]) => ({ lang, count })).sort((a, b) => b.count - a.count),
    dateFrom: from,
    dateTo: to,
  };
}

/**
 * `ordered`: articles newest first; `personRows` in index order (by name);
 * `eventRows` newest first.
 */
export function homePage(kb: KnowledgeBase, ordered: KbArticle[], personRows: SitePersonRow[], eventRows: SiteEventRow[], events: ReadonlyMap<string, KbEvent>): SiteHome {
  return {
    generator: kb.generator,
    figures: corpusFigures(kb),
    latestArticles: ordered.slice(0, LIMITS.homeList).map(articleRef),
    topPeople: [...personRows].sort((a, b) => b.count - a.count).slice(0, LIMITS.homeList).map((p) => ({ id: p.id, name: p.name, count: p.count })),
    latestEvents: eventRows.slice(0, LIMITS.homeList).map((e) => eventRef(events.get(e.id)!)),
  };
}
