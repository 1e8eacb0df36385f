/**
 * One award per winner (a prize won by nobody named is not a mention of the
 * award before it), and places inside a quoted title that are not the
 * event's place. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { insideAny, quotedSpans } from '../../scripts/article/events/quoted-spans.ts';
import { fixture, type EntitySpec } from './helpers.ts';

const VEGA: EntitySpec = { key: 'vega', name: 'Lucia Vega', first: 'Lucia', forms: ['Lucia Vega', 'Vega'], gender: 'f' };
const ORTIZ: EntitySpec = { key: 'ortiz', name: 'Pablo Ortiz', first: 'Pablo', forms: ['Pablo Ortiz', 'Ortiz'] };

describe('one award per winner', () => {
  it('keeps a winnerless prize apart from the award before it', () => {
    const text = 'Lucia Vega won the editing prize for her debut. Their crew had won a regional prize last year. Pablo Ortiz won the score award.';
    const f = fixture(text, '2031-04-13', [VEGA, ORTIZ], 'en');
    const awards = extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => e.type === 'award');
    expect(awards.map((e) => [e.participants, e.date])).toEqual([
      [['vega'], '2031-04'],
      [[], '2030'],
      [['ortiz'], '2031-04'],
    ]);
  });
  it('still lets a later noun mention fill in the award it names', () => {
    const text = 'Lucia Vega won the editing prize on Friday. The award came with a grant.';
    const f = fixture(text, '2031-04-13', [VEGA], 'en');
    const awards = extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => e.type === 'award');
    expect(awards.map((e) => e.participants)).toEqual([['vega']]);
  });
});

describe('places inside quoted titles', () => {
  it('finds the quoted spans of a clause', () => {
    const text = 'Фільм «Ніч у Полтаві» та "Ранок у Львові" показали.';
    const spans = quotedSpans(text, 0, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Ніч у Полтаві', 'Ранок у Львові']);
    expect(insideAny(spans, text.indexOf('Полтаві'), text.indexOf('Полтаві') + 7)).toBe(true);
    expect(insideAny(spans, 0, 5)).toBe(false);
  });
  it('ignores an unclosed or overlong quotation mark', () => {
    const text = `Він сказав «так ${'і '.repeat(150)}далі.`;
    expect(quotedSpans(text, 0, text.length)).toEqual([]);
  });
  it('does not take a place from a film title as the place of its award', () => {
    const poltava: EntitySpec = { key: 'place:poltava', type: 'place', name: 'Полтава', forms: ['Полтаві'] };
    const titled = fixture('Стрічка "Ніч у Полтаві" отримала премію журі.', '2031-05-02', [poltava], 'uk');
    expect(extractEvents(titled.article, titled.lang, titled.sentences, titled.entities).find((e) => e.type === 'award')?.place).toBeNull();
    // Outside quotes the same words place the event.
    const plain = fixture('Уночі у Полтаві стрічка отримала премію журі.', '2031-05-02', [poltava], 'uk');
    expect(extractEvents(plain.article, plain.lang, plain.sentences, plain.entities).find((e) => e.type === 'award')?.place).toBe('Полтава');
  });
});
