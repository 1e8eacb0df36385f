import { beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationsAndPlaces } from '../../scripts/article/entities/find-organisations-places.ts';
import { initMorphology } from '../../scripts/lang/morphology.ts';
import type { Lang } from '../../scripts/model/model.ts';
import { articleOf, names, sentencesOf } from './helpers.ts';

beforeAll(async () => {
  await initMorphology();
});

function find(text: string, lang: Lang) {
  return findOrganisationsAndPlaces(articleOf(text), lang, sentencesOf(text));
}

describe('findOrganisationsAndPlaces: Russian', () => {
  const text =
    'Глава МИД России Сергей Лавров прибыл в Анкоридж. Встреча прошла на Аляске. В Москве и Киеве прокомментировали итоги, сообщает Госдума.\n\n' +
    'Фонд Петра Порошенко передал помощь. Евросоюз и ООН призвали к миру, а Пентагон и Белый дом не ответили. ' +
    'Компания «Газпром» сократила поставки в Финляндию. Об этом сообщил американский Институт изучения войны (ISW). россия снова атаковала Украину.';
  // Found once the dictionaries are loaded (a describe body runs before beforeAll).
  let entities: ReturnType<typeof find> = [];
  beforeAll(() => {
    entities = find(text, 'ru');
  });

  it('finds places with nominative names', () => {
    expect(names(entities, 'place')).toEqual(expect.arrayContaining(['Россия', 'Анкоридж', 'Аляска', 'Москва', 'Киев', 'Финляндия', 'Украина']));
  });

  it('finds organisations, including one named after a person', () => {
    expect(names(entities, 'org')).toEqual(
      expect.arrayContaining(['МИД России', 'Госдума', 'Фонд Петра Порошенко', 'ЕС', 'ООН', 'Пентагон', 'Белый дом', 'Газпром', 'Институт изучения войны']),
    );
  });

  it('groups case forms, lowercase spellings and abbreviations of one entity', () => {
    const russia = entities.find((e) => e.name === 'Россия')!;
    expect(russia.mentions.map((m) => m.text)).toEqual(['России', 'россия']);
    const isw = entities.find((e) => e.name === 'Институт изучения войны')!;
    // A relational adjective right before belongs to the mention; the name stays without it.
    expect(isw.mentions.map((m) => m.text)).toEqual(['американский Институт изучения войны', 'ISW']);
    expect(isw.keys).toContain('org:isw');
  });

  it('keeps offsets pointing at the text', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not take people for places', () => {
    const found = find('Премьер-министр Японии Наото Кан заявил, что Владимир Путин прав.', 'ru');
    expect(names(found)).toEqual(['Япония']);
  });
});

describe('findOrganisationsAndPlaces: Ukrainian and English', () => {
  it('finds Ukrainian case forms', () => {
    const found = find(
      'Зеленський зустрівся з Трампом у Вашингтоні. Росія атакувала Київ, повідомляє Інститут вивчення війни. Міністерство закордонних справ України заявило, що росія не хоче миру. Верховна Рада ухвалила закон. СБУ затримала агента у Харкові. Про це повідомляє 24 Канал.',
      'uk',
    );
    expect(names(found, 'place')).toEqual(['Вашингтон', 'Київ', 'Росія', 'Україна', 'Харків']);
    expect(names(found, 'org')).toEqual(expect.arrayContaining(['24 Канал', 'Інститут вивчення війни', 'Верховна Рада', 'СБУ', 'Міністерство закордонних справ України']));
    expect(found.find((e) => e.name === 'Росія')!.mentions).toHaveLength(2);
  });

  it('normalises Ukrainian regions', () => {
    const found = find('Удари по Харківській області та в Бахмутському районі. Київська область отримала допомогу.', 'uk');
    expect(names(found, 'place')).toEqual(['Бахмутський район', 'Київська область', 'Харківська область']);
  });

  it('finds English organisations and places', () => {
    const found = find(
      'Vladimir Putin met Donald Trump in Anchorage, Alaska. The Institute for the Study of War said the Kremlin is not interested in peace with Ukraine. The Telegraph reported that NATO and the European Union discussed sanctions.',
      'en',
    );
    expect(names(found, 'place')).toEqual(['Alaska', 'Anchorage', 'Ukraine']);
    expect(names(found, 'org')).toEqual(['EU', 'Institute for the Study of War', 'Kremlin', 'NATO', 'The Telegraph']);
  });

  it('splits English runs at «and», keeps abbreviations of countries as places', () => {
    const found = find('US President Donald Trump spoke at the Élysée Palace. The UK Foreign Office and the Bank of England commented.', 'en');
    expect(names(found, 'place')).toEqual(['United Kingdom', 'United States', 'Élysée Palace']);
    expect(names(found, 'org')).toEqual(['Bank of England', 'Foreign Office']);
  });
});
