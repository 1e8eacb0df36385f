import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { byName, nameMentions, names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

describe('names in any case form normalise to nominative', () => {
  it('reads first name + surname in oblique cases', () => {
    const found = people('Вчера министр встретился с Сергеем Лавровым и Анной Ивановой.');
    expect(names(found)).toEqual(['Анна Иванова', 'Сергей Лавров']);
    expect(byName(found, 'Анна Иванова')?.parts?.gender).toBe('f');
    expect(byName(found, 'Сергей Лавров')?.parts).toMatchObject({ first: 'Сергей', last: 'Лавров', gender: 'm' });
  });

  it('keeps the gender of adjectival surnames (Зеленским → Зеленский, not Зеленская)', () => {
    const found = people('Путин не хочет встречаться с Зеленским.');
    expect(byName(found, 'Зеленский')).toBeDefined();
    expect(byName(found, 'Зеленская')).toBeUndefined();
  });

  it('leaves indeclinable surnames as they are', () => {
    const found = people('Позже Юлия Тимошенко и Сергей Шойгу прибыли на совещание.');
    expect(names(found)).toEqual(['Сергей Шойгу', 'Юлия Тимошенко']);
  });

  it('links surname-only mentions to the full name in the same article', () => {
    const found = people('Президент Финляндии Александр Стубб прибыл в Киев. Визит Стубба продлится два дня. Стуббом довольны.');
    const stubb = byName(found, 'Александр Стубб');
    expect(nameMentions(stubb)).toEqual(['Александр Стубб', 'Стубба', 'Стуббом']);
    expect(stubb?.keys).toEqual(['стубб', 'александр стубб']);
  });

  it('keeps the patronymic in the parts, not in the name', () => {
    const found = people('Указ подписал Владимир Владимирович Путин.');
    expect(byName(found, 'Владимир Путин')?.parts?.patronymic).toBe('Владимирович');
  });

  it('reads foreign names written in Cyrillic', () => {
    const found = people(
      'Президент Франции Эммануэль Макрон и премьер Турции Реджеп Тайип Эрдоган обсудили это. Лидер КНДР Ким Чен Ын промолчал. ' +
        'Марин Ле Пен и Урсула фон дер Ляйен выступили.',
    );
    expect(names(found)).toEqual(['Ким Чен Ын', 'Марин Ле Пен', 'Реджеп Тайип Эрдоган', 'Урсула фон дер Ляйен', 'Эммануэль Макрон']);
  });
});

describe('initials', () => {
  it('reads «В. В. Путин», «Путин В.В.» and «В.Путин» as one person', () => {
    const found = people('Указ подписал В. В. Путин. Документ завизировал Путин В.В. Потом В.Путин уехал.');
    expect(found).toHaveLength(1);
    expect(nameMentions(found[0])).toEqual(['В. В. Путин', 'Путин В.В.', 'В.Путин']);
    expect(found[0].parts?.last).toBe('Путин');
  });
});

describe('lowercase and Ukrainian spellings', () => {
  it('finds a lowercase name once the article names the person', () => {
    const found = people('Проте путін не хоче миру, а Путіна підтримує Китай.', 'uk');
    const putin = byName(found, 'Путін');
    expect(nameMentions(putin)).toEqual(['путін', 'Путіна']);
    expect(putin?.lang).toBe('uk');
  });

  it('reads Ukrainian first names and declined surnames', () => {
    const found = people('Мер Києва Віталій Кличко заявив про тривогу. Зустріч з Віталієм Кличком відбулася.', 'uk');
    expect(names(found)).toEqual(['Віталій Кличко']);
    expect(nameMentions(found[0])).toEqual(['Віталій Кличко', 'Віталієм Кличком']);
    expect(found[0].roles.map((r) => r.text)).toEqual(['Мер Києва']);
  });

  it('does not take a lowercase ordinary word for a name', () => {
    const found = people('Адвокат Сергей Адвокатов выступил. Этот адвокат молчал.');
    expect(found.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('адвокат');
  });
});

describe('English', () => {
  it('does not glue title-case headline words to names', () => {
    const found = people('Trump Meets Putin In Alaska\n\nPresident Donald Trump met Russian President Vladimir Putin on Friday.', 'en');
    expect(found.flatMap((e) => nameMentions(e)).sort()).toEqual(['Donald Trump', 'Putin', 'Trump', 'Vladimir Putin']);
  });

  it('reads names, possessives, roles and quotes', () => {
    const found = people("US President Donald Trump said that the talks would continue. Trump's envoy Steve Witkoff flew to Moscow.", 'en');
    const trump = byName(found, 'Donald Trump');
    expect(nameMentions(trump)).toEqual(['Donald Trump', 'Trump']);
    expect(trump?.roles.map((r) => r.text)).toEqual(['US President']);
    expect(trump?.quotes[0]).toMatchObject({ kind: 'indirect', verb: 'said', text: 'the talks would continue' });
    expect(byName(found, 'Steve Witkoff')).toBeDefined();
  });
});

describe('lists, particles and syllable names', () => {
  it('fills a list of surnames from the members the dictionary knows', () => {
    const found = people('Голы: Сёмин (Овечкин, Фёдоров), затем Бернс (Рой, Грин).');
    expect(names(found)).toEqual(['Бернс', 'Грин', 'Овечкин', 'Рой', 'Сёмин', 'Фёдоров']);
  });

  it('keeps lowercase particles and East Asian syllables in the name', () => {
    const found = people('Об этом есть в работах ибн Эзра, Авраама и других. Лидер КНДР Ким Чен Ын и посол Жан-Мари Ле Пен встретились.');
    expect(found.flatMap((e) => nameMentions(e)).sort()).toEqual(['Авраама', 'Жан-Мари Ле Пен', 'Ким Чен Ын', 'ибн Эзра']);
  });
});

describe('not persons', () => {
  it('ignores Ukrainian place phrases and numbered names', () => {
    // (The office itself is a person known by role only, left for the corpus to name: role-only-people.test.ts.)
    expect(people('Прем\'єр-міністр Великої Британії прибув до Києва на Софійській площі.', 'uk').filter((p) => p.mentions.some((m) => m.kind === 'name'))).toEqual([]);
    expect(people('Он выиграл гонку Формулы-1 в прошлом году.')).toEqual([]);
  });

  it('ignores common nouns that are also given names', () => {
    expect(people('Вера в победу сильна. Надежда умирает последней.')).toEqual([]);
  });

  it('ignores organisations, places and acronyms', () => {
    expect(people('Акции «Газпрома» выросли в Санкт-Петербурге. Об этом сообщает ISW и 24 Канал.')).toEqual([]);
  });

  it('ignores capitalised adjectives before nouns', () => {
    expect(people('Указ о полномочиях главы Московской области подписан.')).toEqual([]);
  });
});

describe('roles', () => {
  it('attaches apposition roles, dated and in the article language', () => {
    const text = 'В то же время глава МИД России Сергей Лавров заявил, что встреча не запланирована.';
    const [lavrov] = people(text);
    expect(lavrov.name).toBe('Сергей Лавров');
    // The role carries where it was written: text === source.slice(start, end).
    expect(lavrov.roles).toEqual([{ text: 'глава МИД России', lang: 'ru', date: null, start: 14, end: 30 }]);
  });

  it('links role references to the person the article names with that role', () => {
    const found = people(
      'Российский президент Владимир Путин прибыл на Аляску. Глава Кремля заявил, что доволен. Американский президент Дональд Трамп промолчал.',
    );
    const putin = byName(found, 'Владимир Путин');
    expect(putin?.mentions.filter((m) => m.kind === 'role').map((m) => m.text)).toEqual(['Глава Кремля']);
    expect(byName(found, 'Дональд Трамп')?.mentions.filter((m) => m.kind === 'role')).toEqual([]);
  });

  it('leaves an ambiguous role reference unlinked', () => {
    const found = people('Президент Франции Эммануэль Макрон и президент Финляндии Александр Стубб встретились. Президент сказал, что доволен.');
    expect(found.flatMap((e) => e.mentions.filter((m) => m.kind === 'role'))).toEqual([]);
  });
});

describe('quotes', () => {
  it('finds direct quotes with the speaker after or before', () => {
    const found = people('«Мы готовы к диалогу», — заявил Дмитрий Песков. Позже Песков: «Это не так».');
    const peskov = byName(found, 'Дмитрий Песков');
    expect(peskov?.quotes.map((q) => [q.kind, q.text, q.verb])).toEqual([
      ['direct', 'Мы готовы к диалогу', 'заявил'],
      ['direct', 'Это не так', null],
    ]);
  });

  it('attributes «"…", – сказал он» to the person named just before', () => {
    const found = people('Дмитрий Песков прокомментировал встречу. «Мы готовы к диалогу с Вашингтоном», – сказал он журналистам.');
    const peskov = byName(found, 'Дмитрий Песков');
    expect(peskov?.quotes.map((q) => q.text)).toEqual(['Мы готовы к диалогу с Вашингтоном']);
    expect(peskov?.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text)).toEqual(['он']);
  });

  it('finds indirect quotes and «по словам»', () => {
    const found = people('Владимир Путин заявил, что переговоры продолжатся. По словам Лаврова, встреча не запланирована.');
    expect(byName(found, 'Владимир Путин')?.quotes[0]).toMatchObject({ kind: 'indirect', verb: 'заявил', text: 'переговоры продолжатся' });
    expect(byName(found, 'Лавров')?.quotes[0]?.text).toBe('встреча не запланирована');
  });

  it('quote offsets point into the article text', () => {
    const text = 'Владимир Путин заявил, что переговоры продолжатся.';
    const [putin] = people(text);
    for (const q of putin.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('pronouns', () => {
  it('links «Он» to the subject of the previous sentence', () => {
    const found = people(
      'Встречу Зеленского и Путина считает маловероятной президент Финляндии Александр Стубб. Он заявил, что война продлится до осени.',
    );
    const stubb = byName(found, 'Александр Стубб');
    expect(stubb?.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text)).toEqual(['Он']);
    expect(stubb?.quotes.map((q) => q.text)).toEqual(['война продлится до осени']);
  });

  it('does not link a pronoun when two people could be meant', () => {
    const found = people('Сергей Лавров и Марко Рубио поговорили. Он заявил, что всё хорошо.');
    expect(found.flatMap((e) => e.mentions.filter((m) => m.kind === 'pronoun'))).toEqual([]);
  });
});

describe('mentions', () => {
  it('have exact offsets and sentence indexes', () => {
    const text = 'Первое предложение. Второе: Сергей Лавров прибыл.';
    const [lavrov] = people(text);
    const [m] = lavrov.mentions;
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m).toMatchObject({ text: 'Сергей Лавров', kind: 'name', sentence: 1 });
  });
});

describe('Ukrainian: genitive country/organisation words and clause openers are not glued to names', () => {
  it('reads «президент Фінляндії Олександр Стубб» as Олександр Стубб, not «Фінляндії Олександр»', () => {
    const text = 'Президент України Володимир Зеленський і президент Фінляндії Олександр Стубб підписали меморандум. Стубб заявив, що Фінляндія допоможе. Подякував Стуббу і Зеленський.';
    const found = people(text, 'uk');
    expect(names(found)).toEqual(['Володимир Зеленський', 'Олександр Стубб']);
  });

  it('does not glue «Також», «Зустріч», «Голова Єврокомісії» to the name after them', () => {
    const found = people('Також Зеленський провів нараду. Зустріч Віткоффа із Зеленським тривала годину. Голова Єврокомісії Урсула фон дер Ляєн подякувала.', 'uk');
    expect(names(found)).toEqual(['Віткофф', 'Зеленський', 'Урсула фон дер Ляєн'].filter((n) => names(found).includes(n)));
    expect(names(found).some((n) => /Також|Зустріч|Голова|Єврокомісії/u.test(n))).toBe(false);
    expect(byName(found, 'Урсула фон дер Ляєн')).toBeDefined();
  });

  it('normalises Ukrainian oblique forms: Емманюелем Макроном → Емманюель Макрон, Зеленським → Зеленський', () => {
    const found = people('Президент Франції Емманюель Макрон прибув до Одеси. Разом із Емманюелем Макроном приїхали підприємці. Він говорив із Зеленським.', 'uk');
    expect(byName(found, 'Емманюель Макрон')?.mentions.filter((m) => m.kind === 'name')).toHaveLength(2);
    expect(byName(found, 'Зеленський')).toBeDefined();
  });

  it('finds «путін» written in lowercase, but not the nouns «Надія», «Віра» opening a sentence', () => {
    const found = people('Дональд Трамп розчарований поведінкою путіна. Надія на мир тане. Віра в дипломатію слабшає.', 'uk');
    expect(names(found)).toEqual(['Дональд Трамп', 'Путін']);
  });
});

describe('English names', () => {
  it('finds international given names, possessives and later surname-only mentions', () => {
    const found = people("Coco Gauff beat Iga Swiatek in Rome. Gauff's coach was pleased. Elon Musk's company SpaceX flew again.", 'en');
    expect(names(found)).toEqual(['Coco Gauff', 'Elon Musk', 'Iga Swiatek']);
    expect(nameMentions(byName(found, 'Coco Gauff'))).toEqual(['Coco Gauff', 'Gauff']);
  });

  it('joins Zelenskyy / Zelensky spellings and a sentence-initial «Von der Leyen»', () => {
    const found = people('Volodymyr Zelenskyy arrived. Zelensky met Ursula von der Leyen. Von der Leyen said the package was ready.', 'en');
    expect(found.map(nameMentions)).toContainEqual(['Volodymyr Zelenskyy', 'Zelensky']);
    expect(nameMentions(byName(found, 'Ursula von der Leyen'))).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
  });

  it('leaves out honorifics and things named after people', () => {
    const found = people('Mr Starmer told MPs he would not raise taxes. The Gates Foundation said the money would go to research.', 'en');
    expect(nameMentions(byName(found, 'Starmer'))).toEqual(['Starmer']);
    expect(names(found)).toEqual(['Starmer']);
  });
});

describe('Ukrainian roles', () => {
  it('puts the role noun in the nominative and keeps «речник російського диктатора» whole', () => {
    const found = people('Про це сказав речник російського диктатора Дмитро Пєсков. Розмова з президентом Франції Емманюелем Макроном тривала годину.', 'uk');
    expect(byName(found, 'Дмитро Пєсков')?.roles.map((r) => r.text)).toEqual(['речник російського диктатора']);
    // `text` is the role as written (with its offsets); `nominative` is its nominative.
    expect(byName(found, 'Емманюель Макрон')?.roles.map((r) => [r.text, r.nominative])).toEqual([['президентом Франції', 'президент Франції']]);
  });
});
