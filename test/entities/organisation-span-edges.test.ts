import { beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationsAndPlaces } from '../../scripts/article/entities/find-organisations-places.ts';
import { initMorphology } from '../../scripts/lang/morphology.ts';
import type { Lang } from '../../scripts/model/model.ts';
import { articleOf, sentencesOf } from './helpers.ts';

beforeAll(async () => {
  await initMorphology();
});

const orgMentions = (text: string, lang: Lang = 'ru'): string[] =>
  findOrganisationsAndPlaces(articleOf(text), lang, sentencesOf(text))
    .filter((e) => e.type === 'org')
    .flatMap((e) => e.mentions.map((m) => m.text));

/** Where an organisation mention starts and ends: the words around the head that belong to it. */
describe('organisation span edges', () => {
  it('a country right after a state body belongs to the mention; the name stays the body', () => {
    const text = 'Депутаты Сената Франции приняли закон.';
    expect(orgMentions(text)).toContain('Сената Франции');
    const entities = findOrganisationsAndPlaces(articleOf(text), 'ru', sentencesOf(text));
    expect(entities.some((e) => e.type === 'place' && e.mentions.some((m) => m.text === 'Франции'))).toBe(true);
  });

  it('relational adjectives before the organisation belong to it, qualitative ones do not', () => {
    expect(orgMentions('Об этом сообщила областная газета «Вечерний курьер» в среду.')).toContain('областная газета «Вечерний курьер»');
    expect(orgMentions('Об этом сообщила влиятельная газета «Вечерний курьер» в среду.')).toContain('газета «Вечерний курьер»');
  });

  it('a lone capital letter is a label or a unit, not a brand', () => {
    expect(orgMentions('Турнир делится на группы A, B и C, перегрузка достигала 9 G.')).toEqual([]);
  });
});

/** Ukrainian company names: legal forms and descriptor nouns in any case before quotes, and org-shaped words. */
describe('Ukrainian company names', () => {
  it('a legal form or a descriptor noun in any case before quotes opens a company mention', () => {
    expect(orgMentions('Тендер виграло ТОВ «Зорянбуд» у березні.', 'uk')).toContain('ТОВ «Зорянбуд»');
    expect(orgMentions('Землю передали підприємству «Лісова діброва» без торгів.', 'uk')).toContain('підприємству «Лісова діброва»');
  });

  it('more legal forms open a quoted name, a place adjective belongs to an abbreviation, common-noun abbreviations are no bodies', () => {
    expect(orgMentions('Позов подала ГО «Зелений берег» до суду.', 'uk')).toContain('ГО «Зелений берег»');
    expect(orgMentions('Рішення ухвалила Зорянська ОДА у вівторок.', 'uk')).toContain('Зорянська ОДА');
    expect(orgMentions('Вкажіть ПІБ, суму ПДВ та номер ФОП.', 'uk')).toEqual([]);
  });

  it('an unknown word shaped like a company name is an organisation; an instrumental in -ником is not', () => {
    expect(orgMentions('Підряд отримав Західтрансбуд, а Засновником став фонд.', 'uk')).toEqual(['Західтрансбуд']);
  });
});

/** A quoted organisation name, once introduced with its descriptor, is the organisation wherever it recurs. */
describe('repeated organisation names', () => {
  it('the bare name in another case form, quoted or not, is one more mention of the same organisation', () => {
    const text = 'Пикет провели активисты движения «Зелёный берег». Лидер «Зелёного берега» выступил. Зелёный берег обещает продолжить.';
    const entities = findOrganisationsAndPlaces(articleOf(text), 'ru', sentencesOf(text));
    const org = entities.find((e) => e.type === 'org' && e.mentions.some((m) => m.text === 'движения «Зелёный берег»'));
    expect(org?.mentions.map((m) => m.text)).toEqual(['движения «Зелёный берег»', 'Зелёного берега', 'Зелёный берег']);
  });
});

/** Ukrainian bodies named by adjectives and a head noun in any case, with the region they belong to. */
describe('Ukrainian body names', () => {
  it('capitalised and lowercase adjectives by their shape, then a head noun in any case', () => {
    expect(orgMentions('Скаргу розглянув Зорянський районний суд у березні.', 'uk')).toContain('Зорянський районний суд');
    expect(orgMentions('Рішення Зорянської міськради скасували.', 'uk')).toContain('Зорянської міськради');
  });

  it('a region after the head closes the mention, and a verb never joins the tail', () => {
    expect(orgMentions('Позов розглянув Господарський суд Зорянської області вчора.', 'uk')).toContain('Господарський суд Зорянської області');
    expect(orgMentions('Зорянська облрада затвердила бюджет.', 'uk')).toContain('Зорянська облрада');
  });

  it('well-known national bodies in any case form', () => {
    expect(orgMentions('Постанову Кабміну оприлюднили, Укрзалізниці доручили виконати.', 'uk')).toEqual(['Кабміну', 'Укрзалізниці']);
  });
});

/** Latin names inside Cyrillic text and abbreviations before quoted names. */
describe('Latin and abbreviated organisation names', () => {
  it('«and», «und», «della» join the words of a Latin name; a Latin place opens a longer name', () => {
    expect(orgMentions('Акции Brelton and Varno Trust выросли, сообщила Boston Ledger.')).toEqual(['Brelton and Varno Trust', 'Boston Ledger']);
  });

  it('an abbreviation before a quoted name makes one organisation', () => {
    expect(orgMentions('Об этом сообщило ГУП «Зорянводоканал» в пятницу.')).toContain('ГУП «Зорянводоканал»');
  });
});

describe('Latin event names', () => {
  it('a Latin run ending in an event head names an event, not an organisation', () => {
    expect(orgMentions('В январе пройдёт Varno Chess Tournament, сообщили организаторы.')).toEqual([]);
  });
});
