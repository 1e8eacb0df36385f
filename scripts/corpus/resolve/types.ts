/** What entity resolution reads and produces. */
import type { ArticleAnalysis, ArticleId, KbEntity, KbPerson, LocalEntity, OrgId, PlaceId, Problem } from '../../model/model.ts';
import type { EntityLinks } from './links.ts';

export interface ArticleInput {
  /** kb.json article id. */
  id: ArticleId;
  analysis: ArticleAnalysis;
}

/** User curation from content/people/*.md (loaded by ./curation.ts). */
export interface Curation {
  people: CuratedPerson[];
  /** Surface forms that are never people. */
  notPeople: string[];
}

export interface CuratedPerson {
  /** Slug from the file name; becomes the person id. */
  id: string;
  file: string;
  name: string | null;
  names: Record<string, string>;
  aliases: string[];
  description: string | null;
  notPeople: string[];
}

export interface ResolvedEntities {
  people: KbPerson[];
  organisations: KbEntity<OrgId>[];
  places: KbEntity<PlaceId>[];
  links: EntityLinks;
  problems: Problem[];
}

/** One article's local entity, with where it comes from. */
export interface Item {
  article: ArticleId;
  date: string | null;
  entity: LocalEntity;
}
