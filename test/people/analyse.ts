import type { Lang, LocalEntity } from '../../scripts/model/model.ts';
import { findPeople } from '../../scripts/article/entities/find-people.ts';
import { parseArticle } from '../../scripts/article/read/parse-article.ts';
import { segment } from '../../scripts/article/segment/segment.ts';

/** Run the person stage on a plain-text article (no date line). */
export function people(text: string, lang: Lang = 'ru', file = 'test.txt'): LocalEntity[] {
  const article = parseArticle({ file, text, encoding: 'utf-8', hash: 'test' });
  return findPeople(article, lang, segment(article));
}

export const byName = (entities: LocalEntity[], name: string): LocalEntity | undefined => entities.find((e) => e.name === name);
export const names = (entities: LocalEntity[]): string[] => entities.map((e) => e.name).sort();
export const nameMentions = (e: LocalEntity | undefined): string[] => (e ? e.mentions.filter((m) => m.kind === 'name').map((m) => m.text) : []);
