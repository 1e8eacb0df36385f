import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkOf, resolveEntities } from '../../scripts/corpus/resolve-entities.ts';
import { articleId, personId } from '../../scripts/model/ids.ts';
import { article, curated, noCuration, person, place } from './resolve-fixtures.ts';

const putinCorpus = () => [
  article('a-ru', 'ru', [person('Владимир Путин', 'ru', { key: 'p1', mentions: ['Владимир Путин', 'Путина'] })]),
  article('b-uk', 'uk', [person('Володимир Путін', 'uk', { key: 'p1', mentions: ['Володимир Путін', 'путін'] })]),
  article('c-en', 'en', [person('Vladimir Putin', 'en', { key: 'p1' })]),
];

describe('resolveEntities: people', () => {
  it('merges Putin across ru, uk and en into one person with names per language', () => {
    const { people, links } = resolveEntities(putinCorpus(), noCuration);
    expect(people).toHaveLength(1);
    const [putin] = people;
    expect(putin!.id).toBe('vladimir-putin');
    expect(putin!.name).toBe('Владимир Путин');
    expect(putin!.names).toEqual({ ru: 'Владимир Путин', uk: 'Володимир Путін', en: 'Vladimir Putin' });
    expect(putin!.articles).toEqual(['a-ru', 'b-uk', 'c-en']);
    expect(putin!.aliases).toContain('путін');
    expect(putin!.description).toBeNull();
    expect(linkOf(links, articleId('b-uk'), 'p1')).toBe('vladimir-putin');
  });

  it('merges Zelensky / Зеленський / Zelenskyy and Trump / Трамп', () => {
    const { people } = resolveEntities(
      [
        article('a', 'ru', [person('Владимир Зеленский', 'ru'), person('Дональд Трамп', 'ru')]),
        article('b', 'uk', [person('Володимир Зеленський', 'uk'), person('Дональд Трамп', 'uk')]),
        article('c', 'en', [person('Volodymyr Zelenskyy', 'en'), person('Donald Trump', 'en')]),
        article('d', 'en', [person('Volodymyr Zelensky', 'en')]),
      ],
      noCuration,
    );
    expect(people.map((p) => p.name).sort()).toEqual(['Владимир Зеленский', 'Дональд Трамп']);
    expect(people.find((p) => p.name === 'Дональд Трамп')!.names.en).toBe('Donald Trump');
  });

  it('keeps two Johnsons with different first names apart', () => {
    const { people } = resolveEntities(
      [article('a', 'en', [person('Boris Johnson', 'en')]), article('b', 'en', [person('Dakota Johnson', 'en')]), article('c', 'ru', [person('Борис Джонсон', 'ru')])],
      noCuration,
    );
    expect(people).toHaveLength(2);
    expect(people.map((p) => p.id).sort()).toEqual(['boris-johnson', 'dakota-johnson']);
    expect(people.find((p) => p.id === 'boris-johnson')!.articles).toEqual(['a', 'c']);
  });

  it('links a surname-only mention to the one full-named person with that surname', () => {
    const { people, links } = resolveEntities(
      [
        article('a', 'ru', [person('Сергей Лавров', 'ru')]),
        article('b', 'ru', [person('Лавров', 'ru', { key: 'l' })]),
        article('c', 'en', [person('Lavrov', 'en', { key: 'l' })]),
      ],
      noCuration,
    );
    expect(people).toHaveLength(1);
    expect(linkOf(links, articleId('c'), 'l')).toBe('sergey-lavrov');
  });

  it('keeps an ambiguous surname-only mention as its own person named by the surname', () => {
    const { people, links } = resolveEntities(
      [
        article('a', 'en', [person('Boris Johnson', 'en')]),
        article('b', 'en', [person('Dakota Johnson', 'en')]),
        article('c', 'en', [person('Johnson', 'en', { key: 'j' })]),
        article('d', 'en', [person('Johnson', 'en', { key: 'j' })]),
      ],
      noCuration,
    );
    expect(people).toHaveLength(3);
    const surnameOnly = people.find((p) => p.name === 'Johnson')!;
    expect(surnameOnly.articles).toEqual(['c', 'd']);
    expect(linkOf(links, articleId('c'), 'j')).toBe(surnameOnly.id);
  });

  it('links a bare surname to a person who overwhelmingly dominates the corpus', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => article(id, 'en', [person('Volodymyr Zelensky', 'en')]));
    const { people, links } = resolveEntities(
      [...many, article('f', 'uk', [person('Також Зеленський', 'uk')]), article('g', 'uk', [person('Зеленський', 'uk', { key: 'z' })])],
      noCuration,
    );
    expect(people).toHaveLength(2);
    expect(linkOf(links, articleId('g'), 'z')).toBe('volodymyr-zelensky');
  });

  it('merges Ukrainian є, Russian У for W and «фон»/«von» spellings', () => {
    const { people } = resolveEntities(
      [
        article('a', 'ru', [person('Дмитрий Песков', 'ru'), person('Стив Уиткофф', 'ru'), person('Урсула фон дер Ляйен', 'ru', { parts: { first: 'Урсула', last: 'фон дер Ляйен' } })]),
        article('b', 'uk', [person('Дмитро Пєсков', 'uk'), person('Стів Віткофф', 'uk')]),
        article('c', 'en', [person('Steve Witkoff', 'en'), person('Ursula von der Leyen', 'en', { parts: { first: 'Ursula', last: 'von der Leyen' } }), person('Leyen', 'en')]),
      ],
      noCuration,
    );
    expect(people.map((p) => p.articles.length).sort()).toEqual([2, 2, 3]);
  });

  it('uses the initial to pick among same-surname people', () => {
    const { people } = resolveEntities(
      [
        article('a', 'en', [person('Boris Johnson', 'en')]),
        article('b', 'en', [person('Dakota Johnson', 'en')]),
        article('c', 'en', [person('B. Johnson', 'en', { parts: { first: 'B.', last: 'Johnson' } })]),
      ],
      noCuration,
    );
    expect(people).toHaveLength(2);
    expect(people.find((p) => p.name === 'Boris Johnson')!.articles).toEqual(['a', 'c']);
  });

  it('links a role-only person to the holder of that role, and drops unknown roles', () => {
    const { people, links } = resolveEntities(
      [
        article('a', 'ru', [person('Владимир Путин', 'ru', { roles: ['глава Кремля'] })]),
        article('b', 'ru', [person('глава Кремля', 'ru', { roleOnly: true, key: 'r' }), person('глава Марса', 'ru', { roleOnly: true, key: 'm' })]),
      ],
      noCuration,
    );
    expect(people).toHaveLength(1);
    expect(people[0]!.articles).toEqual(['a', 'b']);
    expect(linkOf(links, articleId('b'), 'r')).toBe('vladimir-putin');
    expect(linkOf(links, articleId('b'), 'm')).toBeUndefined();
  });

  it('gives a role-only mention to whoever held the role within a year of it, counting undated holdings everywhere', () => {
    const holder = (id: string, name: string, date: string | null) => article(id, 'ru', [person(name, 'ru', { roles: ['премьер-министр'] })], date);
    const role = (id: string, date: string | null) => article(id, 'ru', [person('премьер-министр', 'ru', { roleOnly: true, key: 'r' })], date);
    const corpus = [
      // Three holdings in 2020, two within a year of mid-2025 (one exactly 366 days before), one undated.
      holder('a1', 'Михаил Мишустин', '2020-03-01'), holder('a2', 'Михаил Мишустин', '2020-04-01'), holder('a3', 'Михаил Мишустин', '2020-05-01'),
      holder('b1', 'Иван Петров', '2024-06-30'), holder('b2', 'Иван Петров', '2025-09'), holder('c1', 'Олег Сидоров', null),
      role('r2025', '2025-07-01'), role('r2020', '2020-04-15'), role('rnone', null), role('r2010', '2010'),
    ];
    const { links } = resolveEntities(corpus, noCuration);
    expect(linkOf(links, articleId('r2025'), 'r')).toBe('ivan-petrov'); // 2 + 1 undated (Sidorov) vs 0: Petrov
    expect(linkOf(links, articleId('r2020'), 'r')).toBe('mikhail-mishustin'); // 3 vs Sidorov's 1
    expect(linkOf(links, articleId('rnone'), 'r')).toBe('mikhail-mishustin'); // undated: every holding counts, 3 vs 2 vs 1
    expect(linkOf(links, articleId('r2010'), 'r')).toBe('oleg-sidorov'); // only the undated holding is near enough
  });

  it('is deterministic under shuffled input and gives stable ids when articles are added', () => {
    const corpus = [
      ...putinCorpus(),
      article('d', 'en', [person('Boris Johnson', 'en')]),
      article('e', 'en', [person('Dakota Johnson', 'en')]),
      article('f', 'ru', [person('Лавров', 'ru')]),
    ];
    const first = resolveEntities(corpus, noCuration);
    const shuffled = resolveEntities([corpus[4]!, corpus[1]!, corpus[5]!, corpus[0]!, corpus[3]!, corpus[2]!], noCuration);
    expect(JSON.stringify(shuffled.people)).toBe(JSON.stringify(first.people));
    const grown = resolveEntities([...corpus, article('g', 'uk', [person('Сергій Лавров', 'uk')])], noCuration);
    const before = new Set(first.people.map((p) => p.id));
    for (const id of ['vladimir-putin', 'boris-johnson', 'dakota-johnson']) {
      expect(before.has(personId(id))).toBe(true);
      expect(grown.people.some((p) => p.id === id)).toBe(true);
    }
  });

  it('disambiguates colliding slugs deterministically', () => {
    const a = resolveEntities([article('a', 'en', [person('Li', 'en', { parts: { first: null, last: 'Li' } })]), article('b', 'ru', [person('Ли', 'ru', { parts: { first: null, last: 'Ли' } }), person('Лю', 'ru')])], noCuration);
    const ids = a.people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('resolveEntities: curation', () => {
  it('merges aliases into the curated person and overrides names', () => {
    const curation = {
      people: [curated('putin', { name: 'В. В. Путин', names: { en: 'Vladimir V. Putin' }, aliases: ['ВВП', 'Путин'], description: 'Президент России.' })],
      notPeople: [],
    };
    const { people } = resolveEntities([...putinCorpus(), article('d', 'ru', [person('ВВП', 'ru', { parts: { first: null, last: 'ВВП' } })])], curation);
    expect(people).toHaveLength(1);
    expect(people[0]!.id).toBe('putin');
    expect(people[0]!.name).toBe('В. В. Путин');
    expect(people[0]!.names.en).toBe('Vladimir V. Putin');
    expect(people[0]!.names.uk).toBe('Володимир Путін');
    expect(people[0]!.description).toBe('Президент России.');
    expect(people[0]!.articles).toContain('d');
  });

  it('drops not-a-person forms', () => {
    const curation = { people: [], notPeople: ['Майдан'] };
    const { people } = resolveEntities([article('a', 'ru', [person('Майдан', 'ru'), person('Сергей Лавров', 'ru')])], curation);
    expect(people.map((p) => p.name)).toEqual(['Сергей Лавров']);
  });

  it('reports an alias claimed by two files and an alias matching another full name', () => {
    const curation = {
      people: [
        curated('boris-johnson', { name: 'Boris Johnson', aliases: ['Johnson', 'BoJo'] }),
        curated('other', { name: 'Boris Other', aliases: ['BoJo'] }),
      ],
      notPeople: [],
    };
    const { people, problems } = resolveEntities(
      [article('a', 'en', [person('Boris Johnson', 'en')]), article('b', 'en', [person('Dakota Johnson', 'en')]), article('c', 'en', [person('BoJo', 'en', { parts: { first: null, last: 'BoJo' } })])],
      curation,
    );
    expect(problems.some((p) => p.file === 'people/boris-johnson.md' && /BoJo|bojo/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.file === 'people/other.md')).toBe(true);
    expect(problems.some((p) => p.file === 'people/boris-johnson.md' && p.message.includes('Dakota Johnson'))).toBe(true);
    expect(people.find((p) => p.id === 'boris-johnson')!.articles).toEqual(['a']);
    expect(people.some((p) => p.id === 'dakota-johnson')).toBe(true);
  });
});

describe('resolveEntities: organisations and places', () => {
  it('merges places across languages through a shared concept key', () => {
    const { places, links } = resolveEntities(
      [article('a', 'ru', [place('Украина', 'ru', ['iso:UA'])]), article('b', 'uk', [place('Україна', 'uk', ['iso:UA'])]), article('c', 'en', [place('Ukraine', 'en', ['iso:UA'])])],
      noCuration,
    );
    expect(places).toHaveLength(1);
    expect(places[0]!.name).toBe('Украина');
    expect(places[0]!.names).toEqual({ ru: 'Украина', uk: 'Україна', en: 'Ukraine' });
    expect(places[0]!.id).toBe('ukraine');
    expect(linkOf(links, articleId('c'), 'place:Ukraine')).toBe('ukraine');
    // The id does not change when only one language names it.
    expect(resolveEntities([article('b', 'uk', [place('Україна', 'uk', ['iso:UA'])])], noCuration).places[0]!.id).toBe('ukraine');
  });
});

describe('resolveEntities: properties', () => {
  const firsts = ['Владимир', 'Володимир', 'Vladimir', 'Борис', 'Boris', 'Dakota', 'Сергей', 'Sergei', ''];
  const lasts = ['Путин', 'Путін', 'Putin', 'Джонсон', 'Johnson', 'Лавров', 'Lavrov', 'Ли', 'Лю'];
  const entityArb = fc.record({ first: fc.constantFrom(...firsts), last: fc.constantFrom(...lasts), lang: fc.constantFrom('ru', 'uk', 'en') });
  const corpusArb = fc.array(fc.array(entityArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });

  it('gives the same people whatever the input order, with unique ids and every entity linked or dropped', () => {
    fc.assert(
      fc.property(corpusArb, fc.integer(), (corpus, seed) => {
        const inputs = corpus.map((entities, a) =>
          article(
            `art-${a}`,
            entities[0]!.lang,
            entities.map((e, k) => person(`${e.first} ${e.last}`.trim(), e.lang, { key: `p${k}`, parts: { first: e.first || null, last: e.last } })),
          ),
        );
        const shuffled = [...inputs].sort((x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 17 + seed) % 5) || (seed % 2 ? 1 : -1) * x.id.localeCompare(y.id));
        const a = resolveEntities(inputs, noCuration);
        const b = resolveEntities(shuffled, noCuration);
        expect(JSON.stringify(b.people)).toBe(JSON.stringify(a.people));
        const ids = a.people.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const input of inputs) for (const e of input.analysis.entities) expect(ids).toContain(linkOf(a.links, input.id, e.key));
      }),
      { numRuns: 200 },
    );
  });

  it('never merges people with different first names', () => {
    const nameArb = fc.record({ first: fc.constantFrom('Boris', 'Dakota', 'Mike', 'Борис', 'Дакота', 'Майк'), last: fc.constantFrom('Johnson', 'Джонсон') });
    fc.assert(
      fc.property(fc.array(nameArb, { minLength: 2, maxLength: 10 }), (names) => {
        const inputs = names.map((n, a) => article(`a${a}`, /[A-Za-z]/.test(n.first) ? 'en' : 'ru', [person(`${n.first} ${n.last}`, 'en', { key: 'p' })]));
        const { links } = resolveEntities(inputs, noCuration);
        const group = (first: string) => ({ Boris: 'b', Борис: 'b', Dakota: 'd', Дакота: 'd', Mike: 'm', Майк: 'm' })[first]!;
        names.forEach((x, i) =>
          names.forEach((y, j) => {
            const same = linkOf(links, articleId(`a${i}`), 'p') === linkOf(links, articleId(`a${j}`), 'p');
            expect(same).toBe(group(x.first) === group(y.first));
          }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
