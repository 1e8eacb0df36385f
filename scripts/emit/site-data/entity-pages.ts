/** Organisation and place pages, their index rows and their hover previews. */
import type { KbEntity } from '../../model/model.ts';
import { topCounts, type SiteEntityPage, type SiteEntityRow, type SitePreview } from '../../model/site-contract.ts';
import { LIMITS } from './limits.ts';
import type { MentionReports } from './mention-reports.ts';
import { searchForms } from './name-forms.ts';
import { countedRefs, eventRef, otherNames } from './refs.ts';
import { coMentions, type SiteIndex } from './site-index.ts';

export interface EntityOutput {
  page: SiteEntityPage;
  row: SiteEntityRow;
  preview: SitePreview;
}

export function entityPage(ent: KbEntity, type: 'org' | 'place', index: SiteIndex, found: MentionReports): EntityOutput {
  const names = otherNames(ent.names, ent.name);
  const page: SiteEntityPage = {
    id: ent.id, type, name: ent.name, names,
    aliases: ent.aliases.filter((a) => a !== ent.name),
    articleCount: ent.articles.length,
    reports: found.reports.get(`${type}:${ent.id}`) ?? [],
    people: countedRefs(index.people, topCounts(coMentions(index, ent.articles), LIMITS.coMentioned)),
    events: (index.eventsOf.get(ent.id) ?? []).slice(0, LIMITS.personEvents).map(eventRef),
    searchForms: searchForms([ent.name, ...names.map((n) => n.name), ...ent.aliases]),
  };
  const row: SiteEntityRow = { id: ent.id, name: ent.name, articles: ent.articles.length };
  const preview: SitePreview = { type, id: ent.id, title: ent.name, count: ent.articles.length, lines: names.slice(0, 2).map((n) => n.name) };
  return { page, row, preview };
}
