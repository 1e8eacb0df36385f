/**
 * Across articles a person keeps one entry per role (by its nominative): the
 * earliest occurrence, with that article's offsets, so the role's text can be
 * found again in the article it names.
 */
import { describe, expect, it } from 'vitest';
import { entityBase } from '../../scripts/corpus/resolve/entity-base.ts';
import type { Item } from '../../scripts/corpus/resolve/types.ts';
import { articleId, personId } from '../../scripts/model/ids.ts';
import type { LocalEntity, Role } from '../../scripts/model/model.ts';

function item(article: string, date: string, roles: Role[]): Item {
  const entity: LocalEntity = { key: 'person:0', type: 'person', name: 'Олег Зимин', parts: null, lang: 'ru', keys: [], mentions: [], roles, quotes: [] };
  return { article: articleId(article), date, entity };
}

describe('roles merged over articles', () => {
  it('keeps one entry per role at its earliest occurrence, inflected wordings included', () => {
    const later = item('b-later', '2025-03-02', [{ text: 'глава района', lang: 'ru', date: '2025-03-02', start: 40, end: 52 }]);
    const earlier = item('a-earlier', '2025-03-01', [
      { text: 'главой района', nominative: 'глава района', lang: 'ru', date: '2025-03-01', start: 90, end: 103 },
      { text: 'главы района', nominative: 'глава района', lang: 'ru', date: '2025-03-01', start: 12, end: 24 },
    ]);
    const base = entityBase(personId('oleg-zimin'), 'Олег Зимин', {}, [earlier, later], []);
    expect(base.roles).toEqual([{ text: 'главы района', nominative: 'глава района', lang: 'ru', date: '2025-03-01', article: 'a-earlier', start: 12, end: 24 }]);
  });

  it('keeps different roles apart', () => {
    const one = item('a', '2025-03-01', [
      { text: 'глава района', lang: 'ru', date: '2025-03-01', start: 0, end: 12 },
      { text: 'депутат', lang: 'ru', date: '2025-03-01', start: 30, end: 37 },
    ]);
    expect(entityBase(personId('oleg-zimin'), 'Олег Зимин', {}, [one], []).roles.map((r) => r.text)).toEqual(['глава района', 'депутат']);
  });
});
