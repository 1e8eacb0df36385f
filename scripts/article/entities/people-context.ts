import type { Lang, LocalEntity } from '../../model/model.ts';
import type { PersonGroup } from './group-people.ts';
import type { Word } from './tokens-to-words.ts';

/** What the later person passes (roles, pronouns, quotes) share about one article. */
export interface PeopleContext {
  text: string;
  words: Word[];
  /** End offset of each sentence (index = sentence number). */
  sentenceEnds: number[];
  lang: Lang;
  date: string | null;
  /** People found so far; passes add mentions, roles and quotes in place. */
  people: LocalEntity[];
  /** Same order as `people`: the name spans behind each person. */
  groups: PersonGroup[];
}
