import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import type { EntitySpec } from './helpers.ts';
import { ALASKA, PUTIN, TRUMP, ZELENSKY, fixture } from './helpers.ts';

/** The events the article tells (back-references are kept apart, for clustering to link). */
const run = (f: ReturnType<typeof fixture>) => extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => !e.backReference);
const references = (f: ReturnType<typeof fixture>) => extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => e.backReference);
const STUBB: EntitySpec = { key: 'stubb', name: 'Александр Стубб', first: 'Александр', forms: ['Александр Стубб', 'Стубба', 'Стубб'] };
const MOSCOW: EntitySpec = { key: 'place:moscow', type: 'place', name: 'Москва', forms: ['Москве'] };
const EN_PUTIN: EntitySpec = { key: 'putin', name: 'Vladimir Putin', first: 'Vladimir', forms: ['Vladimir Putin', 'Putin'] };
const EN_TRUMP: EntitySpec = { key: 'trump', name: 'Donald Trump', first: 'Donald', forms: ['Donald Trump', 'Trump'] };
const JOHNSON: EntitySpec = { key: 'johnson', name: 'Boris Johnson', first: 'Boris', forms: ['Boris Johnson', 'Johnson'] };

describe('back-references to an event reported elsewhere', () => {
  it('reads «после встречи на Аляске» as a mention of a known event, not a new one', () => {
    const text = 'Британский политик призвал не ослаблять санкции после встречи Путина и Трампа на Аляске.';
    expect(run(fixture(text, '2025-08-25', [PUTIN, TRUMP, ALASKA])).filter((e) => e.type === 'meeting')).toHaveLength(0);
    const [reference] = references(fixture(text, '2025-08-25', [PUTIN, TRUMP, ALASKA]));
    expect(reference).toMatchObject({ type: 'meeting', date: null, status: 'happened', place: 'Аляска' });
    expect(reference!.participants.sort()).toEqual(['putin', 'trump']);
  });

  it('reads "after the Alaska summit" the same way in English', () => {
    const text = 'He urged Western governments not to ease pressure on Moscow after the Alaska summit between Vladimir Putin and Donald Trump.';
    expect(run(fixture(text, '2025-08-24', [EN_PUTIN, EN_TRUMP], 'en')).filter((e) => e.type === 'summit')).toHaveLength(0);
  });

  it('keeps a back-reference that carries its own date («после саммита 15 августа» is a dated report)', () => {
    const text = 'Путин позвонил Трампу через неделю после саммита на Аляске 15 августа.';
    const events = run(fixture(text, '2025-08-25', [PUTIN, TRUMP, ALASKA]));
    expect(events.map((e) => e.type)).toContain('call');
  });

  it('does not take a person named as the source of the words as a participant («по словам Стубба, встреча на Аляске…»)', () => {
    const text = 'По словам Стубба, встреча на Аляске ничего не изменила на фронте.';
    expect(run(fixture(text, '2025-09-10', [STUBB, ALASKA]))).toHaveLength(0);
  });

  it('drops an event noun under negation («завершилась без подписания соглашений»)', () => {
    const text = 'Встреча Путина и Трампа на Аляске завершилась без подписания каких-либо соглашений.';
    expect(run(fixture(text, '2025-08-16', [PUTIN, TRUMP, ALASKA])).map((e) => e.type)).toEqual(['meeting']);
  });
});

describe('dates and places that belong to something else', () => {
  it('does not date an event by a bound ("talks since 2019")', () => {
    const text = 'Donald Trump and Vladimir Putin met on Friday in their first face-to-face talks since 2019.';
    const events = run(fixture(text, '2025-08-15', [EN_PUTIN, EN_TRUMP], 'en'));
    expect(events).toHaveLength(1);
    expect(events[0]!.date).not.toBe('2019');
  });

  it('does not resolve "three days after his summit" from the article date', () => {
    const text = 'Donald Trump hosted Boris Johnson at the White House yesterday, three days after his summit with Vladimir Putin.';
    const events = run(fixture(text, '2025-08-19', [EN_PUTIN, EN_TRUMP, JOHNSON], 'en'));
    expect(events.some((e) => e.date === '2025-08-22')).toBe(false);
  });

  it('gives a date behind another event noun to that noun («вторая встреча … в конце саммита 15 августа»)', () => {
    const text = 'Путин предложил провести следующую встречу с Трампом в Москве в конце саммита 15 августа.';
    const meeting = run(fixture(text, '2025-08-30', [PUTIN, TRUMP, MOSCOW])).find((e) => e.place === 'Москва');
    expect(meeting?.date).toBeNull();
  });

  it('gives a place behind another event noun to that noun («саммит, о котором говорили после переговоров на Аляске»)', () => {
    const text = 'Отмена ставит под вопрос следующий саммит Путина и Трампа, о котором говорили после переговоров на Аляске.';
    const summit = run(fixture(text, '2025-08-30', [PUTIN, TRUMP, ALASKA])).find((e) => e.type === 'summit');
    expect(summit?.place ?? null).toBeNull();
  });

  it('joins «готов встретиться с Путиным» to the meeting of the same cast reported as not happening', () => {
    const text = 'Встреча Зеленского и Путина в ближайшее время не состоится, заявили в Кремле. Зеленский заявил, что готов встретиться с Путиным в нейтральной стране.';
    const events = run(fixture(text, '2025-09-04', [PUTIN, ZELENSKY]));
    expect(events).toHaveLength(1);
    expect(events[0]!.status).toBe('cancelled');
  });
});

describe('what a sentence says around an event noun', () => {
  it('reads "hosted" as a meeting of the host and the guests', () => {
    const text = 'Donald Trump hosted Boris Johnson at the White House yesterday.';
    const [e, ...rest] = run(fixture(text, '2025-08-19', [EN_TRUMP, JOHNSON], 'en'));
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ type: 'meeting', status: 'happened', date: '2025-08-18' });
  });

  it('does not date a meeting counted from another event by the date of the main clause', () => {
    const text = 'Boris Johnson spoke by phone with Donald Trump on Wednesday, two days after both men met Vladimir Putin.';
    const meeting = run(fixture(text, '2025-08-20', [EN_TRUMP, JOHNSON, EN_PUTIN], 'en')).find((e) => e.type === 'meeting');
    expect(meeting?.date).not.toBe('2025-08-20');
  });

  it('gives the people named after another event noun to that noun ("the talks focused on a meeting between X and Y")', () => {
    const text = 'The talks focused on security guarantees and a possible meeting between Boris Johnson and Vladimir Putin.';
    const events = run(fixture(text, '2025-08-19', [EN_PUTIN, JOHNSON], 'en'));
    // The talks and the possible meeting are both meetings now: the people go to the possible one only.
    const talks = events.find((e) => e.type === 'meeting' && e.status === 'happened');
    expect(talks?.participants ?? []).toEqual([]);
  });
});

describe('further events', () => {
  it('keeps «a second meeting … proposed» a plan when the article reports something else cancelled', () => {
    const text = 'The planned talks between Boris Johnson and Donald Trump have been called off. The cancellation casts doubt on a second meeting between Donald Trump and Vladimir Putin, which the Russian president proposed to hold in Moscow.';
    const MOSCOW_EN: EntitySpec = { key: 'place:moscow', type: 'place', name: 'Moscow', forms: ['Moscow'] };
    const second = run(fixture(text, '2025-08-30', [EN_TRUMP, JOHNSON, EN_PUTIN, MOSCOW_EN], 'en')).find((e) => e.participants.includes('putin'));
    expect(second?.status).not.toBe('cancelled');
    expect(second?.date ?? null).toBeNull();
  });
});
