import type { ArticleAnalysis, Lang, LocalEntity, NameParts, Role } from '../../scripts/model/model.ts';
import type { ArticleInput, Curation, CuratedPerson } from '../../scripts/corpus/resolve-entities.ts';
import { articleId } from '../../scripts/model/ids.ts';

let counter = 0;

/** A person LocalEntity as the person finder would emit it. */
export function person(name: string, lang: Lang, opts: { parts?: Partial<NameParts> | null; roles?: string[]; roleOnly?: boolean; mentions?: string[]; key?: string } = {}): LocalEntity {
  const words = name.split(' ');
  const parts: NameParts | null =
    opts.parts === null || opts.roleOnly
      ? null
      : { first: words.length > 1 ? words[0]! : null, last: words[words.length - 1]!, patronymic: null, gender: null, ...opts.parts };
  const texts = opts.mentions ?? [name];
  let offset = 0;
  const mentions = texts.map((text) => {
    const m = { start: offset, end: offset + text.length, text, kind: opts.roleOnly ? ('role' as const) : ('name' as const), sentence: 0 };
    offset += text.length + 1;
    return m;
  });
  const roles: Role[] = (opts.roles ?? []).map((text) => ({ text, lang, date: null, start: 0, end: text.length }));
  return { key: opts.key ?? `person:${counter++}`, type: 'person', name, parts, lang, keys: [], mentions, roles, quotes: [] };
}

export function place(name: string, lang: Lang, keys: string[], key = `place:${name}`): LocalEntity {
  return { key, type: 'place', name, parts: null, lang, keys, mentions: [{ start: 0, end: name.length, text: name, kind: 'name', sentence: 0 }], roles: [], quotes: [] };
}

export function article(id: string, lang: Lang, entities: LocalEntity[], date: string | null = '2025-08-24'): ArticleInput {
  const analysis: ArticleAnalysis = {
    version: 't',
    article: {
      file: `${id}.txt`, format: 'txt', hash: id, encoding: 'utf-8', title: id, titleSource: 'derived', date,
      datePrecision: date ? 'day' : null, declaredLang: null, source: null, url: null, tags: [], body: { start: 0, end: 0 }, blocks: [], problems: [],
    },
    lang, sentences: [], entities, events: [], wordCount: 0,
  };
  return { id: articleId(id), analysis };
}

export const noCuration: Curation = { people: [], notPeople: [] };

export function curated(id: string, fields: Partial<CuratedPerson>): CuratedPerson {
  return { id, file: `people/${id}.md`, name: null, names: {}, aliases: [], description: null, notPeople: [], ...fields };
}
