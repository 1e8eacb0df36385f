import { beforeAll, describe, expect, it } from 'vitest';
import { findEntities } from '../../scripts/article/entities/find-entities.ts';
import { findOrganisationsAndPlaces } from '../../scripts/article/entities/find-organisations-places.ts';
import { initMorphology } from '../../scripts/lang/morphology.ts';
import type { EntityType, Lang } from '../../scripts/model/model.ts';
import { articleOf, sentencesOf } from './helpers.ts';

beforeAll(async () => {
  await initMorphology();
});

const mentions = (text: string, type: EntityType, lang: Lang = 'ru'): string[] =>
  findOrganisationsAndPlaces(articleOf(text), lang, sentencesOf(text))
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.text));

const orgs = (text: string): string[] => mentions(text, 'org');

/** The tail after an organisation's head: genitives joined by «и», prepositional phrases in the governed case. */
describe('organisation name tails', () => {
  it('a prepositional phrase is taken whole or not at all: no mention ends on a preposition', () => {
    expect(orgs('Вчера собрался Совет при Губернаторе области по делам ремёсел.')).toContain('Совет при Губернаторе области по делам ремёсел');
    expect(orgs('Решение принял Надзорный комитет при мэрии города Зорянска.').some((m) => /\sпри$/u.test(m))).toBe(false);
    expect(orgs('Гастроли Малого театра за границей прошли с успехом.')).toContain('Малого театра');
  });

  it('«и» joins two genitives inside the tail, not two bodies after the head', () => {
    expect(orgs('Приказ подписало Министерство лесного хозяйства и рыбной ловли Литвы.')).toContain('Министерство лесного хозяйства и рыбной ловли Литвы');
    expect(orgs('Доклад представили члены Общественной палаты и городской рабочей группы по туризму.')).not.toContain(
      'Общественной палаты и городской рабочей группы по туризму',
    );
  });

  it('a phrase in «по … и …» may close with a place after «в»', () => {
    expect(orgs('Наблюдателей прислала Организация по миру и развитию в Европе.')).toContain('Организация по миру и развитию в Европе');
  });

  it('lowercase words of a phrase stay in the governed case or the genitive: a nominative noun ends it', () => {
    const found = orgs('На заседании Совета при Президенте РФ по развитию ремёсел глава РФ выступил.');
    expect(found).toContain('Совета при Президенте РФ по развитию ремёсел');
    expect(mentions('На заседании Совета при Президенте РФ по развитию ремёсел глава РФ выступил.', 'place')).toContain('РФ');
  });
});

/** A descriptor noun before an unquoted name belongs to the mention. */
describe('descriptor before an unquoted name', () => {
  it('a club, an agency, a federation with a Cyrillic name or an abbreviation: the descriptor and its relational adjectives are in the span', () => {
    expect(orgs('Вратарь футбольного клуба Зорянец пропустил гол.')).toContain('футбольного клуба Зорянец');
    expect(orgs('Президент международной гребной федерации МГФ приехал.')).toContain('международной гребной федерации МГФ');
  });

  it('the name stops where a person’s full name begins', () => {
    const all = findEntities(articleOf('Капитан клуба Зорянец Иван Петров забил гол.'), 'ru', sentencesOf('Капитан клуба Зорянец Иван Петров забил гол.'));
    expect(all.filter((e) => e.type === 'org').flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['клуба Зорянец']);
    expect(all.some((e) => e.type === 'person' && e.name === 'Иван Петров')).toBe(true);
  });

  it('not a site of an organisation, nor a person named by office, nor «в компании» a person', () => {
    expect(orgs('Это объявили на сайте ЗРК вчера.')).toEqual(['ЗРК']);
    expect(orgs('Сюда обратился институт Уполномоченного по правам.')).not.toContain('институт Уполномоченного');
    expect(orgs('Он провёл вечер в компании Петрова.')).toEqual([]);
  });

  it('evaluative adjectives stay out, relational ones come in', () => {
    expect(orgs('Об этом сообщила крупнейшая газета «Зорянский вестник» в среду.')).toContain('газета «Зорянский вестник»');
    expect(orgs('Об этом сообщила шахматная газета «Зорянский вестник» в среду.')).toContain('шахматная газета «Зорянский вестник»');
  });
});

describe('places after a sentence-initial preposition', () => {
  it('a one-letter preposition opening the sentence is no initial before a toponym', () => {
    expect(mentions('В Бухаресте открылась выставка.', 'place')).toEqual(['Бухаресте']);
    expect(mentions('К Екатеринбургу подошёл поезд.', 'place')).toEqual(['Екатеринбургу']);
  });
});

/** A unit noun before an organisation in the genitive names a body of its own; the organisation inside stays a mention. */
describe('bodies inside organisations', () => {
  it('the unit and the organisation make one mention, and the organisation is a mention too', () => {
    const found = orgs('Ревизионный комитет ФИБА собрался в среду.');
    expect(found).toContain('Ревизионный комитет ФИБА');
    expect(found).toContain('ФИБА');
    expect(orgs('Об этом сообщила пресс-служба МЧС вчера.')).toEqual(expect.arrayContaining(['пресс-служба МЧС', 'МЧС']));
  });

  it('a phrase after the organisation and a place adjective before the unit belong to the body', () => {
    expect(orgs('Жалобу рассмотрел комитет ООН против коррупции на сессии.')).toContain('комитет ООН против коррупции');
    expect(orgs('Он работал в аппарате Тверского горкома КПСС.')).toContain('Тверского горкома КПСС');
  });

  it('a kind noun is no unit: «клуба …» is the club itself', () => {
    expect(orgs('Болельщики клуба ЦСКА пришли.')).toEqual(['клуба ЦСКА']);
  });
});

/** A lowercase adjective of a country before the head of a state body names that body. */
describe('state bodies named by a country adjective', () => {
  it('adjective, head and genitive tail make the mention, named in the nominative', () => {
    const text = 'Сотрудник норвежского министерства рыбных промыслов ответил.';
    const found = findOrganisationsAndPlaces(articleOf(text), 'ru', sentencesOf(text)).filter((e) => e.type === 'org');
    expect(found.map((e) => e.mentions[0]!.text)).toEqual(['норвежского министерства рыбных промыслов']);
    expect(found[0]!.name).toBe('норвежское министерство рыбных промыслов');
    expect(orgs('Тренер бразильской сборной ушёл в отставку.')).toEqual(['бразильской сборной']);
  });

  it('not plural heads, nor heads a country has many of', () => {
    expect(orgs('Все норвежские министерства отчитались.')).toEqual([]);
    expect(orgs('Он продал акции норвежской компании вчера.')).toEqual([]);
  });

  it('an adjective in another case than the mention stays out of it', () => {
    expect(orgs('Банк, подотчётный норвежскому правительству, закрылся.')).toEqual(['норвежскому правительству']);
  });
});

describe('more tails and units', () => {
  it('names after «имени» belong to the body, and are no places; a bare «имени» is left out', () => {
    const text = 'Гастроли Драматического театра имени Зорина и Зарецкого прошли.';
    expect(orgs(text)).toEqual(['Драматического театра имени Зорина и Зарецкого']);
    expect(mentions(text, 'place')).toEqual([]);
  });

  it('a prepositional phrase after a country closes a body’s name', () => {
    expect(orgs('Иск подало Бюро Канады по патентам и товарным знакам.')).toContain('Бюро Канады по патентам и товарным знакам');
  });

  it('a phrase holding a unit noun grows over the organisation after it; a unit takes the adjectives of the body inside', () => {
    expect(orgs('Члены Палаты представителей Конгресса США приехали.')).toContain('Палаты представителей Конгресса США');
    expect(orgs('Руководство радикального движения «Восход» ответило.')).toEqual(
      expect.arrayContaining(['Руководство радикального движения «Восход»', 'радикального движения «Восход»']),
    );
  });
});

/** Place names of more than one word. */
describe('place phrases', () => {
  it('capitalised adjectives, lowercase adjectives and a place head make one place, named in the nominative', () => {
    const text = 'Власти Северо-Зорянского федерального округа собрались на Новодевичьем кладбище.';
    const places = findOrganisationsAndPlaces(articleOf(text), 'ru', sentencesOf(text)).filter((e) => e.type === 'place');
    expect(places.map((e) => e.mentions[0]!.text)).toEqual(['Северо-Зорянского федерального округа', 'Новодевичьем кладбище']);
    expect(places.map((e) => e.name)).toEqual(['Северо-Зорянский федеральный округ', 'Новодевичье кладбище']);
  });

  it('a kind-of-place noun before a name in apposition belongs to the mention; a genitive of another place does not', () => {
    expect(mentions('Церемония прошла в городе Грозном вчера.', 'place')).toEqual(['городе Грозном']);
    expect(mentions('Ракету запустили с мыса Кравэнтал.', 'place')).toEqual(['мыса Кравэнтал']);
    expect(mentions('Он жил в районе Дюссельдорфа.', 'place')).toEqual(['Дюссельдорфа']);
    expect(mentions('Это случилось в одном из регионов России.', 'place')).toEqual(['России']);
  });
});

describe('descriptor before an owner', () => {
  it('a surname in the genitive after a descriptor names the owner, not the body', () => {
    expect(mentions('Це був клуб Зорянова, а не чийсь інший.', 'org', 'uk')).toEqual([]);
    expect(mentions('Это была компания Зорянова, а не чья-то ещё.', 'org')).toEqual([]);
  });
});

describe('Latin names after descriptors', () => {
  it('a connector joins a Latin company name, and two descriptors may stand before it', () => {
    expect(orgs('Продукцию немецкой компании Brell und Sohn отозвали.')).toEqual(['немецкой компании Brell und Sohn']);
    expect(orgs('Один из президентов группы компаний Brellix Motors ушёл.')).toEqual(['группы компаний Brellix Motors']);
  });
});
