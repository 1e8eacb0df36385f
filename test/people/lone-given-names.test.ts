import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { byName, nameMentions, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

describe('a given name alone after the full name', () => {
  it('is a mention of the one person the article names in full with it', () => {
    const found = people('Lars Brekke scored twice on Sunday. "Lars is tireless," the coach told reporters.', 'en');
    expect(nameMentions(byName(found, 'Lars Brekke'))).toEqual(['Lars Brekke', 'Lars']);
  });

  it('is left alone when two people share it, or when it heads a phrase', () => {
    const shared = people('Lars Olsby met Lars Grieg in Oslo. Lars left early.', 'en');
    expect(shared.flatMap((p) => nameMentions(p))).not.toContain('Lars');
    const hope = people('Надія Гнатюк відкрила кухню. Надія на мир тане з кожним днем.', 'uk');
    expect(hope.flatMap((p) => nameMentions(p))).toEqual(['Надія Гнатюк']);
  });
});
