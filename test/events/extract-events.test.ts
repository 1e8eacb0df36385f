import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { ALASKA, LAVROV, PUTIN, TRUMP, ZELENSKY, fixture } from './helpers.ts';

const run = (f: ReturnType<typeof fixture>) => extractEvents(f.article, f.lang, f.sentences, f.entities);

describe('extractEvents', () => {
  it('joins «его встреча с Трампом на Аляске» and «встреча, которая прошла 15 августа» into one dated event', () => {
    const text =
      'Владимир Путин заявил, что отношения улучшаются. Глава Кремля также сказал, что его встреча с Трампом на Аляске была очень хорошей. ' +
      'Путин также отметил, что надеется, что встреча, которая прошла 15 августа, является частью первых шагов.';
    const events = run(fixture(text, '2025-08-24', [PUTIN, TRUMP, ALASKA]));
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e).toMatchObject({ type: 'meeting', status: 'happened', date: '2025-08-15', datePrecision: 'day', place: 'Аляска' });
    expect(e!.participants.sort()).toEqual(['putin', 'trump']);
    expect(e!.title).toBe('Встреча Путина и Трампа на Аляске');
    expect(e!.mentions.map((m) => m.sentence)).toEqual([1, 2]);
  });

  it('keeps the speaker out and reads a denied meeting as hypothetical', () => {
    const text = 'Глава МИД России Сергей Лавров заявил, что встреча между Зеленским и Путиным пока не запланирована.';
    const [e, ...rest] = run(fixture(text, '2025-08-24', [PUTIN, ZELENSKY, LAVROV]));
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ type: 'meeting', status: 'hypothetical', date: null });
    expect(e!.participants.sort()).toEqual(['putin', 'zelensky']);
  });

  it('reads «настаивает на том, чтобы Путин встретился с Зеленским» as hypothetical, never happened', () => {
    const text = 'Администрация Трампа настаивает на том, чтобы Путин встретился с Зеленским для заключения мира.';
    const events = run(fixture(text, '2025-08-24', [PUTIN, TRUMP, ZELENSKY]));
    expect(events.map((e) => e.status)).toEqual(['hypothetical']);
  });

  it('finds a planned meeting with a future verb and a date', () => {
    const text = 'Путин и Трамп встретятся 15 августа на Аляске.';
    const [e] = run(fixture(text, '2025-08-10', [PUTIN, TRUMP, ALASKA]));
    expect(e).toMatchObject({ status: 'planned', date: '2025-08-15', place: 'Аляска' });
  });

  it('does not invent a day: undated report gets the article month, relative day in a month-only article gets the month', () => {
    const undated = run(fixture('Путин провел телефонный разговор с Трампом.', '2025-08-24', [PUTIN, TRUMP]));
    expect(undated[0]).toMatchObject({ type: 'call', date: '2025-08', datePrecision: 'month' });
    const monthOnly = run(fixture('Вчера Путин провел телефонный разговор с Трампом.', '2025-08', [PUTIN, TRUMP]));
    expect(monthOnly[0]).toMatchObject({ date: '2025-08', datePrecision: 'month' });
    const yesterday = run(fixture('Вчера Путин провел телефонный разговор с Трампом.', '2025-08-24', [PUTIN, TRUMP]));
    expect(yesterday[0]).toMatchObject({ date: '2025-08-23', datePrecision: 'day' });
  });

  it('ignores event nouns used generically', () => {
    const text = 'Визиты европейских политиков в последние годы стали реже. Путин не готов к мирным переговорам.';
    expect(run(fixture(text, '2025-08-24', [PUTIN]))).toEqual([]);
  });

  it('detects cancelled visits, strikes with targets and sanctions', () => {
    const merz = { key: 'merz', name: 'Фридрих Мерц', first: 'Фридрих', forms: ['Фридриха Мерца'] };
    const beijing = { key: 'place:beijing', type: 'place' as const, name: 'Пекин', forms: ['Пекин'] };
    const [visit] = run(fixture('Визит канцлера Германии Фридриха Мерца в Пекин отменили.', '2025-06-05', [merz, beijing]));
    expect(visit).toMatchObject({ type: 'visit', status: 'cancelled', place: 'Пекин', title: 'Визит Мерца в Пекин' });

    const kharkiv = { key: 'place:kharkiv', type: 'place' as const, name: 'Харьков', forms: ['Харькову'] };
    const [strike] = run(fixture('Армия нанесла удар по Харькову в ночь на 7 апреля.', '2025-04-08', [kharkiv]));
    expect(strike).toMatchObject({ type: 'attack', status: 'happened', date: '2025-04-07', place: 'Харьков', title: 'Удар по Харькову' });

    const [sanctions] = run(fixture('Евросоюз утвердил новый пакет санкций против России 20 мая.', '2025-05-21', []));
    expect(sanctions).toMatchObject({ type: 'sanctions', date: '2025-05-20', title: 'Санкции против России' });
  });

  it('works in Ukrainian and English', () => {
    const uk = fixture(
      'Володимир Путін і Дональд Трамп зустрілися на Алясці 15 серпня.',
      '2025-08-20',
      [
        { key: 'putin', name: 'Володимир Путін', first: 'Володимир', forms: ['Володимир Путін'] },
        { key: 'trump', name: 'Дональд Трамп', first: 'Дональд', forms: ['Дональд Трамп'] },
      ],
      'uk',
    );
    const [u] = run(uk);
    expect(u).toMatchObject({ type: 'meeting', status: 'happened', date: '2025-08-15', place: 'Аляска', title: 'Зустріч Путіна і Трампа на Алясці' });

    const en = fixture(
      'Donald Trump met Vladimir Putin in Alaska last Friday. Trump said Putin and Zelensky could meet soon.',
      '2025-08-20',
      [
        { key: 'trump', name: 'Donald Trump', first: 'Donald', forms: ['Donald Trump', 'Trump'] },
        { key: 'putin', name: 'Vladimir Putin', first: 'Vladimir', forms: ['Vladimir Putin', 'Putin'] },
        { key: 'zelensky', name: 'Volodymyr Zelensky', first: 'Volodymyr', forms: ['Zelensky'] },
      ],
      'en',
    );
    const [met, could] = run(en);
    expect(met).toMatchObject({ status: 'happened', date: '2025-08-15', place: 'Alaska', title: 'Meeting of Trump and Putin in Alaska' });
    expect(could).toMatchObject({ status: 'hypothetical', date: null });
    expect(could!.participants.sort()).toEqual(['putin', 'zelensky']);
  });

  it('keeps two calls a week apart in one article apart, and lets «розмова» continue a call', () => {
    const uk = fixture(
      'Сьогодні Дональд Трамп і Володимир Путін провели телефонну розмову. Попередня розмова Трампа і Путіна відбулася 12 лютого.',
      '2025-02-19',
      [
        { key: 'trump', name: 'Дональд Трамп', first: 'Дональд', forms: ['Дональд Трамп', 'Трампа'] },
        { key: 'putin', name: 'Володимир Путін', first: 'Володимир', forms: ['Володимир Путін', 'Путіна'] },
      ],
      'uk',
    );
    expect(run(uk).map((e) => [e.type, e.date])).toEqual([
      ['call', '2025-02-19'],
      ['call', '2025-02-12'],
    ]);
    // A bare «разговор» with no call before it is not a call.
    expect(run(fixture('Разговор Путина и Трампа о погоде продолжался долго.', '2025-02-19', [PUTIN, TRUMP]))).toEqual([]);
  });

  it('dates a meeting «during the visit» by the visit, and makes one meeting of a visit and its talks the same day (guide)', () => {
    const uk = fixture(
      'Дональд Туск відвідав Київ 19 червня. Під час візиту Туск зустрівся з Володимиром Зеленським.',
      '2025-06-20',
      [
        { key: 'tusk', name: 'Дональд Туск', first: 'Дональд', forms: ['Дональд Туск', 'Туск'] },
        { key: 'zelensky', name: 'Володимир Зеленський', first: 'Володимир', forms: ['Володимиром Зеленським'] },
        { key: 'place:kyiv', type: 'place', name: 'Київ', forms: ['Київ'] },
      ],
      'uk',
    );
    const events = run(uk);
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([['meeting', '2025-06-19', 'Київ']]);
    expect(events[0]!.participants.sort()).toEqual(['tusk', 'zelensky']);
    expect(events[0]!.mentions).toHaveLength(3);
  });

  it('leaves out people named after the predicate of a noun event', () => {
    const stubb = { key: 'stubb', name: 'Александр Стубб', first: 'Александр', forms: ['Александр Стубб'] };
    const [e] = run(fixture('Маловероятной встречу Зеленского и Путина считает президент Финляндии Александр Стубб.', '2025-08-24', [PUTIN, ZELENSKY, stubb]));
    expect(e!.participants.sort()).toEqual(['putin', 'zelensky']);
    expect(e!.status).toBe('hypothetical');
  });

  it('keeps people of a relative clause out of an event the clause is not about', () => {
    const text = 'Европейские лидеры, среди которых были Путин и Зеленский, ждали окончания разговора в соседнем зале.';
    const events = run(fixture(text, '2025-08-18', [PUTIN, ZELENSKY]));
    expect(events.flatMap((e) => e.participants)).not.toContain('putin');
  });

  it('keeps them in when the clause names the group the event is with', () => {
    const text = 'Трамп встретился с лидерами, среди которых были Путин и Зеленский.';
    const [e] = run(fixture(text, '2025-08-18', [PUTIN, TRUMP, ZELENSKY]));
    expect(e!.participants.sort()).toEqual(['putin', 'trump', 'zelensky']);
  });

  it('keeps a relative clause the trigger is in', () => {
    const text = 'Stubb, who met Zelensky in Helsinki on Monday, said the measures were overdue.';
    const [e] = run(fixture(text, '2025-09-20', [{ key: 'zelensky', name: 'Volodymyr Zelensky', first: 'Volodymyr', forms: ['Zelensky'] }, { key: 'stubb', name: 'Alexander Stubb', first: 'Alexander', forms: ['Stubb'] }], 'en'));
    expect(e!.participants).toContain('zelensky');
  });
});
