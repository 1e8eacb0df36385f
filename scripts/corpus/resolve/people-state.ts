/** What the phases of people resolution share: the items kept, their facts, the union-find over them. */
import type { Problem } from '../../model/model.ts';
import type { CuratedNode } from './curated-people.ts';
import type { PersonFacts } from './person-facts.ts';
import type { Item } from './types.ts';
import type { UnionFind } from './union-find.ts';

export interface PeopleState {
  /** The person items that are not curated away as «not a person». */
  kept: Item[];
  /** Facts per kept item, by index. */
  facts: PersonFacts[];
  /** Over kept item indexes, then one virtual node per curated person. */
  uf: UnionFind;
  curated: CuratedNode[];
  problems: Problem[];
}
