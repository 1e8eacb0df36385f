import { beforeAll, describe, expect, it } from 'vitest';
import { annotateSentence, lexiconFor } from '../../scripts/lang/annotate.ts';
import { initMorphology } from '../../scripts/lang/morphology.ts';

describe('one morphological pass per sentence', () => {
  beforeAll(async () => {
    await initMorphology();
  });

  const tokens = (s: string): { text: string }[] => s.split(' ').map((text) => ({ text }));

  it('annotates Russian tokens with lemma, part of speech, case and toponym reading', () => {
    const ann = annotateSentence(tokens('Делегация прибыла в Москву'), lexiconFor('ru'));
    const city = ann.at(3);
    expect(city.lemma).toBe('москва');
    expect(city.place?.tags.has('Geox')).toBe(true);
    expect(city.known).toBe(true);
    expect(ann.at(0).noun?.lemma).toBe('делегация');
    expect(ann.at(1).pos).toBe('VERB');
  });

  it('reads genitive and adjective readings', () => {
    const ann = annotateSentence(tokens('Новой библиотеки'), lexiconFor('ru'));
    expect(ann.at(0).adjective).toBeDefined();
    expect(ann.at(1).genitive).toBe(true);
  });

  it('leaves Ukrainian and English unanalysed until a lexicon plugs in', () => {
    for (const lang of ['uk', 'en']) {
      const a = annotateSentence(tokens('Самарі'), lexiconFor(lang)).at(0);
      expect(a.parses).toEqual([]);
      expect(a.lemma).toBe('самарі');
      expect(a.personNameLike).toBe(true);
    }
  });

  it('computes each token once', () => {
    const ann = annotateSentence(tokens('в Самаре'), lexiconFor('ru'));
    expect(ann.at(1)).toBe(ann.at(1));
  });
});
