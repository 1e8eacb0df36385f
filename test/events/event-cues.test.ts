/**
 * One test per general rule added for the sample-corpus gaps (issue 5):
 * each describes a construction, not a sentence of the evaluation sets, and
 * fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { findDateExpressions, parseArticleDate } from '../../scripts/article/events/resolve-event-date.ts';
import type { EntitySpec } from './helpers.ts';
import { PUTIN, TRUMP, ZELENSKY, fixture } from './helpers.ts';

/** The events the article tells (back-references are kept apart, for clustering to link). */
const run = (f: ReturnType<typeof fixture>) => extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => !e.backReference);
const person = (key: string, name: string, ...forms: string[]): EntitySpec => ({ key, name, first: name.split(' ')[0], forms: [name, ...forms] });
const place = (key: string, name: string, ...forms: string[]): EntitySpec => ({ key: `place:${key}`, type: 'place', name, forms });

const EN = {
  trump: person('trump', 'Donald Trump', 'Trump'),
  putin: person('putin', 'Vladimir Putin', 'Putin'),
  zelensky: person('zelensky', 'Volodymyr Zelensky', 'Zelensky'),
  macron: person('macron', 'Emmanuel Macron', 'Macron'),
  johnson: person('johnson', 'Boris Johnson', 'Johnson'),
  merz: person('merz', 'Friedrich Merz', 'Merz'),
  leyen: person('leyen', 'Ursula von der Leyen', 'von der Leyen'),
  kyiv: place('kyiv', 'Kyiv', 'Kyiv'),
};
const UK = {
  johnson: person('johnson', 'Борис Джонсон', 'Джонсон'),
  zelensky: person('zelensky', 'Володимир Зеленський', 'Зеленським', 'Зеленський'),
  macron: person('macron', 'Емманюель Макрон', 'Макроном', 'Макрон'),
  putin: person('putin', 'Путін', 'Путіна', 'Путіним'),
  trump: person('trump', 'Трамп', 'Трампа', 'Трампом'),
  kyiv: place('kyiv', 'Київ', 'Київ', 'Києва', 'Києві'),
  paris: place('paris', 'Париж', 'Парижі'),
};
const RU = {
  lavrov: person('lavrov', 'Сергей Лавров', 'Лавров'),
  rubio: person('rubio', 'Марко Рубио', 'Рубио'),
  fidan: person('fidan', 'Хакан Фидан', 'Фидан'),
  geneva: place('geneva', 'Женева', 'Женеве'),
  russia: place('russia', 'Россия', 'России'),
};

describe('dates', () => {
  const first = (text: string, lang: string, ref: string) => findDateExpressions(text, lang, parseArticleDate(ref))[0]?.resolve('past') ?? null;

  it('keeps the day of «вечером 18 августа» (a part of the day before a date)', () => {
    expect(first('Трамп вечером 18 августа позвонил Путину', 'ru', '2025-08-19')).toMatchObject({ date: '2025-08-18', precision: 'day' });
    expect(first('Вранці 18 серпня вони зустрілися', 'uk', '2025-08-19')).toMatchObject({ date: '2025-08-18', precision: 'day' });
  });

  it('gives a plan for "next week" no calendar date', () => {
    const [d] = findDateExpressions('они созвонятся на следующей неделе', 'ru', parseArticleDate('2025-08-20'));
    expect(d!.resolve('future')).toBeNull();
  });

  it('takes the more exact of two agreeing dates of a clause («минулого тижня, 20 серпня»)', () => {
    const text = 'Це друга розмова Зеленського з Макроном: попередня відбулася минулого тижня, 20 серпня.';
    const events = run(fixture(text, '2025-08-28', [UK.zelensky, UK.macron], 'uk'));
    expect(events.find((e) => e.date?.startsWith('2025-08-20'))).toMatchObject({ date: '2025-08-20', datePrecision: 'day' });
  });

  it('dates an undated happened event by the dated report just before about the same person', () => {
    const text = 'Борис Джонсон учора прибув до Києва. Він зустрівся з Володимиром Зеленським у Києві.';
    const zel = person('zelensky', 'Володимир Зеленський', 'Володимиром Зеленським');
    // «Він» as the entity stage resolves it: a mention of Johnson.
    const johnson = person('johnson', 'Борис Джонсон', 'Він');
    const events = run(fixture(text, '2025-08-25', [johnson, zel, UK.kyiv], 'uk'));
    expect(events.find((e) => e.type === 'meeting')).toMatchObject({ date: '2025-08-24', datePrecision: 'day' });
  });

  it('dates "later that evening" by the day just reported', () => {
    const text = 'Donald Trump hosted Volodymyr Zelensky at the White House yesterday. Later in the evening Trump called Vladimir Putin from the Oval Office.';
    const events = run(fixture(text, '2025-08-19', [EN.trump, EN.zelensky, EN.putin], 'en'));
    expect(events.find((e) => e.type === 'call')).toMatchObject({ date: '2025-08-18', datePrecision: 'day' });
  });

  it('dates an event counted from the sentence\'s own ("two days after both men met Trump", "three days before he hosted")', () => {
    const text = 'Emmanuel Macron and Volodymyr Zelensky spoke by phone on Wednesday, two days after both men met Donald Trump at the White House.';
    const events = run(fixture(text, '2025-08-20', [EN.macron, EN.zelensky, EN.trump], 'en'));
    expect(events.find((e) => e.type === 'meeting')).toMatchObject({ date: '2025-08-18', datePrecision: 'day' });
    const before = 'Donald Trump met Vladimir Putin on 15 August, three days before he hosted Volodymyr Zelensky.';
    expect(run(fixture(before, '2025-08-20', [EN.trump, EN.putin, EN.zelensky], 'en')).map((e) => e.date)).toEqual(['2025-08-15', '2025-08-18']);
  });

  it('reads «package of sanctions» as one phrase, so the date before it stays the sanctions\' date', () => {
    const text = 'Ursula von der Leyen on Friday presented a new package of sanctions against Russia.';
    const events = run(fixture(text, '2025-09-19', [EN.leyen], 'en'));
    expect(events.find((e) => e.type === 'sanctions')).toMatchObject({ date: '2025-09-19', datePrecision: 'day' });
  });
});

describe('triggers', () => {
  it('reads an arrival as a visit («прибув до Києва», "arrived in Kyiv")', () => {
    expect(run(fixture('Борис Джонсон учора прибув до Києва.', '2025-08-25', [UK.johnson, UK.kyiv], 'uk')).map((e) => e.type)).toEqual(['visit']);
    expect(run(fixture('Boris Johnson arrived in Kyiv on Sunday.', '2025-08-25', [EN.johnson, EN.kyiv], 'en')).map((e) => e.type)).toEqual(['visit']);
  });

  it('reads the Ukrainian past «подзвонив» as a call', () => {
    expect(run(fixture('Трамп подзвонив Путіну ввечері.', '2025-08-19', [UK.trump, person('putin', 'Путін', 'Путіну')], 'uk')).map((e) => e.type)).toEqual(['call']);
  });

  it('reads "called <person>" as a call, but not "called on", "called for" or "called <person> a …"', () => {
    const spec = [EN.trump, EN.putin];
    expect(run(fixture('Trump called Putin from the White House.', '2025-08-19', spec, 'en')).map((e) => e.type)).toEqual(['call']);
    expect(run(fixture('Trump called Putin a killer.', '2025-08-19', spec, 'en'))).toHaveLength(0);
    expect(run(fixture('Trump called on Putin to stop.', '2025-08-19', spec, 'en'))).toHaveLength(0);
  });

  it('reads hosting a visitor («принял госсекретаря Рубио») as a meeting, not «принял решение»', () => {
    const spec = [RU.fidan, RU.rubio];
    expect(run(fixture('Хакан Фидан в четверг принял в Анкаре госсекретаря США Марко Рубио.', '2025-04-18', spec)).map((e) => e.type)).toEqual(['meeting']);
    expect(run(fixture('Хакан Фидан в четверг принял решение, о котором просил Марко Рубио.', '2025-04-18', spec))).toHaveLength(0);
  });

  it('reads a weak noun held or expected as a report ("expected a call from Trump")', () => {
    const text = 'Volodymyr Zelensky said he expected a call from Trump after the summit.';
    const events = run(fixture(text, '2025-08-15', [EN.zelensky, EN.trump], 'en'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'call', status: 'planned' });
    expect(events[0]!.participants.sort()).toEqual(['trump', 'zelensky']);
  });

  it('reads «agreed to speak again» as another, planned call once a call is reported', () => {
    const text = 'Emmanuel Macron and Volodymyr Zelensky spoke by phone on Wednesday. The leaders agreed to speak again next week.';
    const events = run(fixture(text, '2025-08-20', [EN.macron, EN.zelensky], 'en'));
    expect(events.map((e) => `${e.type}:${e.status}:${e.date}`)).toEqual(['call:happened:2025-08-20', 'call:planned:null']);
  });

  it('reads a gap after an order word as the event just named («попередня відбулася 20 серпня»)', () => {
    const text = 'Зеленський знову поговорив телефоном з Макроном 27 серпня. Попередня відбулася 20 серпня.';
    const events = run(fixture(text, '2025-08-28', [UK.zelensky, UK.macron], 'uk'));
    expect(events.map((e) => `${e.type}:${e.date}`)).toEqual(['call:2025-08-27', 'call:2025-08-20']);
    expect(events[1]!.participants.sort()).toEqual(['macron', 'zelensky']);
  });

  it('drops a past verb under negation («соглашения не подписали», "signed no documents")', () => {
    const text = 'Соглашения Путин и Трамп не подписали.';
    expect(run(fixture(text, '2025-08-16', [PUTIN, TRUMP]))).toHaveLength(0);
    const en = 'Donald Trump and Vladimir Putin met in Alaska on Friday but signed no final documents.';
    expect(run(fixture(en, '2025-08-16', [EN.trump, EN.putin], 'en')).map((e) => e.type)).toEqual(['meeting']);
  });

  it('drops the stopping of an event kind ("a pause in strikes", «мораторий на удары»)', () => {
    const text = 'Donald Trump and Vladimir Putin agreed to a limited pause in strikes on energy infrastructure.';
    expect(run(fixture(text, '2025-03-19', [EN.trump, EN.putin], 'en')).filter((e) => e.type === 'attack')).toHaveLength(0);
    const ru = 'Путин и Трамп договорились о моратории на удары по энергетике.';
    expect(run(fixture(ru, '2025-03-19', [PUTIN, TRUMP])).filter((e) => e.type === 'attack')).toHaveLength(0);
  });

  it('needs more than one named side for a verbal meeting without a place or date («зустрівся з волонтерами»)', () => {
    const text = 'Джонсон також зустрівся з волонтерами.';
    expect(run(fixture(text, '2025-08-25', [UK.johnson], 'uk'))).toHaveLength(0);
  });
});

describe('status', () => {
  it('reads readiness for a named day as a plan, readiness alone as hypothetical', () => {
    const dated = 'Сергей Лавров заявил, что готов встретиться с Марко Рубио в Женеве 2 сентября.';
    expect(run(fixture(dated, '2025-08-22', [RU.lavrov, RU.rubio, RU.geneva]))[0]).toMatchObject({ status: 'planned', date: '2025-09-02' });
    const bare = 'Сергей Лавров заявил, что готов встретиться с Марко Рубио в Женеве.';
    expect(run(fixture(bare, '2025-08-22', [RU.lavrov, RU.rubio, RU.geneva]))[0]).toMatchObject({ status: 'hypothetical' });
  });

  it('does not read "proposals" (a noun) as a proposed, hypothetical event', () => {
    const text = 'Ursula von der Leyen is expected to present new sanctions proposals in September.';
    expect(run(fixture(text, '2025-08-20', [EN.leyen], 'en'))[0]).toMatchObject({ type: 'sanctions', status: 'planned' });
  });

  it('reads a proposed next meeting as a plan, and as an event with one named side', () => {
    const text = 'Putin suggested that the next meeting could take place in Moscow.';
    const events = run(fixture(text, '2025-08-15', [EN.putin, place('moscow', 'Moscow', 'Moscow')], 'en'));
    expect(events.map((e) => `${e.type}:${e.status}`)).toEqual(['meeting:planned']);
    const ru = 'По его словам, встреча должна подготовить почву для нового саммита Путина.';
    expect(run(fixture(ru, '2025-08-22', [PUTIN])).map((e) => `${e.type}:${e.status}`)).toEqual(['summit:planned']);
  });

  it('does not read «договорились оставаться на связи» as a plan', () => {
    const text = 'Путин и Трамп провели телефонный разговор. Разговор был конструктивным, лидеры договорились оставаться на связи.';
    expect(run(fixture(text, '2025-08-19', [PUTIN, TRUMP])).map((e) => `${e.type}:${e.status}`)).toEqual(['call:happened']);
  });

  it('does not read narrative «наступного дня» as a plan', () => {
    const text = 'Наступного дня Джонсон відвідав Харків.';
    expect(run(fixture(text, '2025-08-25', [UK.johnson, place('kharkiv', 'Харків', 'Харків')], 'uk'))[0]).toMatchObject({ type: 'visit', status: 'happened' });
  });

  it('upgrades a hypothetical meeting to planned when the same cast is later said to be prepared', () => {
    const text = 'Лидеры обсудили идею возможной встречи Путина и Зеленского. Трамп позже написал, что начал подготовку встречи Путина и Зеленского.';
    const meetings = run(fixture(text, '2025-08-19', [PUTIN, ZELENSKY, TRUMP])).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.status)).toEqual(['planned']);
  });
});

describe('clauses', () => {
  it('gives a relative clause its own subject and status ("Johnson, …, who visited Kyiv last month")', () => {
    const text = 'The speaker has no connection to Boris Johnson, the former prime minister, who visited Kyiv last month.';
    const events = run(fixture(text, '2025-09-05', [EN.johnson, EN.kyiv], 'en'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'visit', status: 'happened', participants: ['johnson'] });
  });

  it('keeps the cues of a relative clause with an event of its own out of the noun it follows', () => {
    const text = 'Трамп написал, что начал подготовку встречи Путина и Зеленского, после которой может состояться трехсторонний саммит.';
    expect(run(fixture(text, '2025-08-19', [PUTIN, ZELENSKY, TRUMP])).find((e) => e.type === 'meeting')).toMatchObject({ status: 'planned' });
  });

  it('lets a relative clause without an event describe the noun («пакет санкцій, який готує Єврокомісія»)', () => {
    const text = 'Зеленський і Стубб обговорили новий пакет санкцій проти Росії, який готує Єврокомісія.';
    const stubb = person('stubb', 'Стубб', 'Стубб');
    const events = run(fixture(text, '2025-09-11', [person('zelensky', 'Зеленський', 'Зеленський'), stubb], 'uk'));
    expect(events.find((e) => e.type === 'sanctions')).toMatchObject({ status: 'planned' });
  });

  it('keeps the speaker after a closing quote out of the quoted event', () => {
    const text = '"We are working on a meeting between President Putin and President Zelensky," Trump said after the talks.';
    const events = run(fixture(text, '2025-08-19', [EN.putin, EN.zelensky, EN.trump], 'en'));
    expect(events.find((e) => e.type === 'meeting')!.participants.sort()).toEqual(['putin', 'zelensky']);
  });

  it('ends a verb\'s people where another event is named ("…, two days after both men met Trump")', () => {
    const text = 'Emmanuel Macron and Volodymyr Zelensky spoke by phone on Wednesday, two days after both men met Donald Trump.';
    const call = run(fixture(text, '2025-08-20', [EN.macron, EN.zelensky, EN.trump], 'en')).find((e) => e.type === 'call')!;
    expect(call.participants.sort()).toEqual(['macron', 'zelensky']);
  });

  it('gives a noun no people that are the object of an earlier verb («позвонил Путину, прервав встречу»)', () => {
    const text = 'Трамп 18 августа позвонил Путину, прервав встречу с европейскими лидерами в Белом доме.';
    const meeting = run(fixture(text, '2025-08-19', [TRUMP, PUTIN, person('putin2', 'Путину', 'Путину')])).find((e) => e.type === 'meeting');
    expect(meeting?.participants ?? []).not.toContain('putin2');
  });

  it('gives a first-person verb of a quote its speaker («"Я зателефоную Зеленському", – сказав Трамп»)', () => {
    const text = '"Я зателефоную президенту Зеленському і все розповім". Так сказав Трамп журналістам.';
    const zel = person('zelensky', 'Зеленський', 'Зеленському');
    const call = run(fixture(text, '2025-08-16', [zel, UK.trump], 'uk')).find((e) => e.type === 'call')!;
    expect(call.participants.sort()).toEqual(['trump', 'zelensky']);
  });

  it('reports no event for a press conference (statements are quotes, not events)', () => {
    const text = 'Sergei Lavrov had announced the Geneva meeting at a press conference in Moscow last week.';
    const events = run(fixture(text, '2025-08-30', [person('lavrov', 'Sergei Lavrov', 'Lavrov'), place('moscow', 'Moscow', 'Moscow')], 'en'));
    expect(events.find((e) => e.title.includes('conference'))).toBeUndefined();
  });
});

describe('coreference within the article', () => {
  it('reads a definite noun as the held event it names, whatever plan was mentioned in between', () => {
    const text =
      'Donald Trump hosted Volodymyr Zelensky at the White House yesterday. The talks focused on a possible meeting between Zelensky and Vladimir Putin. Emmanuel Macron and Friedrich Merz joined the talks.';
    const events = run(fixture(text, '2025-08-19', [EN.trump, EN.zelensky, EN.putin, EN.macron, EN.merz], 'en'));
    const held = events.find((e) => e.status === 'happened')!;
    expect(held.participants).toEqual(expect.arrayContaining(['macron', 'merz']));
    expect(events.find((e) => e.status !== 'happened')!.participants).not.toContain('macron');
  });

  it('reads an evaluated event («назвав переговори корисними») as the one reported, not a new one', () => {
    const text = 'Путін назвав переговори з Трампом корисними.';
    expect(run(fixture(text, '2025-08-16', [UK.putin, UK.trump], 'uk'))).toHaveLength(0);
  });

  it('keeps a person\'s visits to one place in one article as one trip', () => {
    const text = 'Борис Джонсон учора відвідав Київ. Наступного дня Джонсон відвідав шпиталь у Києві.';
    expect(run(fixture(text, '2025-08-25', [UK.johnson, UK.kyiv], 'uk')).filter((e) => e.type === 'visit')).toHaveLength(1);
  });

  it('reads "a further package" of sanctions as another, not-yet-adopted round', () => {
    const text = 'The European Union adopted a sanctions package on June 3. Officials said a further package could follow in the autumn.';
    const events = run(fixture(text, '2025-06-10', [], 'en'));
    expect(events.map((e) => `${e.type}:${e.status}`)).toEqual(['sanctions:happened', 'sanctions:hypothetical']);
  });

  it('does not count the target of sanctions as who imposes them («рішення щодо санкцій проти Росії»)', () => {
    const text = 'Трамп сказав, що ухвалить рішення щодо нових санкцій проти Росії.';
    expect(run(fixture(text, '2025-09-04', [UK.trump, place('russia', 'Росія', 'Росії')], 'uk'))).toHaveLength(0);
  });
});
