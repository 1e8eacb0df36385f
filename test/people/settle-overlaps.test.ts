import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityType, LocalEntity } from '../../scripts/model/model.ts';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { settleOverlaps } from '../../scripts/article/entities/settle-overlaps.ts';

const entity = (text: string, type: EntityType, phrase: string, name = phrase): LocalEntity => {
  const start = text.indexOf(phrase);
  return {
    key: `${type}:${name}`,
    type,
    name,
    parts: null,
    lang: 'ru',
    keys: [],
    mentions: [{ start, end: start + phrase.length, text: phrase, kind: 'name', sentence: 0 }],
    roles: [],
    quotes: [],
  };
};

beforeAll(async () => {
  await initMorphology();
});

describe('settleOverlaps', () => {
  it('drops a person inside an organisation named after them', () => {
    const text = 'Деньги перевели в фонд Петра Порошенко.';
    const out = settleOverlaps(text, [entity(text, 'person', 'Петра Порошенко')], [entity(text, 'org', 'фонд Петра Порошенко')]);
    expect(out.map((e) => e.type)).toEqual(['org']);
  });

  it('lets a gazetteer place win over a lone-word person guess on the same span', () => {
    const text = 'Президент Франції заявив. Бачили Франції.';
    const place = { ...entity(text, 'place', 'Франції', 'Франція'), keys: ['iso:FR'] };
    expect(settleOverlaps(text, [entity(text, 'person', 'Франції')], [place]).map((e) => e.type)).toEqual(['place']);
  });

  it('drops a place inside a person name', () => {
    const text = 'Владимир Путин прибыл.';
    const out = settleOverlaps(text, [entity(text, 'person', 'Владимир Путин')], [entity(text, 'place', 'Владимир')]);
    expect(out.map((e) => e.type)).toEqual(['person']);
  });

  it('cuts an organisation that runs on into an apposed full name', () => {
    const text = 'Глава МВД Рамзан Кадыров заявил.';
    const out = settleOverlaps(text, [entity(text, 'person', 'Рамзан Кадыров')], [entity(text, 'org', 'МВД Рамзан Кадыров')]);
    expect(out.map((e) => [e.type, e.mentions[0].text])).toEqual([
      ['person', 'Рамзан Кадыров'],
      ['org', 'МВД'],
    ]);
  });

  it('gives a one-word tie to the place unless the word reads as a name', () => {
    const text = 'Он уехал в Вашингтон.';
    expect(settleOverlaps(text, [entity(text, 'person', 'Вашингтон')], [entity(text, 'place', 'Вашингтон')]).map((e) => e.type)).toEqual(['place']);
    const t2 = 'Памятник Гагарина открыли.';
    expect(settleOverlaps(t2, [entity(t2, 'person', 'Гагарина')], [entity(t2, 'place', 'Гагарина')]).map((e) => e.type)).toEqual(['person']);
  });
});
