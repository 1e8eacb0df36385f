import { beforeAll, describe, expect, it } from 'vitest';
import { initMorphology } from '../../scripts/article/entities/find-people.ts';
import { nominativeFromForms } from '../../scripts/article/entities/surname-forms.ts';
import { names, people } from './analyse.ts';

beforeAll(async () => {
  await initMorphology();
});

/** Made-up foreign names the dictionary cannot know: the nominative comes from the forms the article writes. */
describe('foreign names brought to the nominative from their forms', () => {
  it('finds the stem several case forms share', () => {
    expect(nominativeFromForms(['Мендесом', 'Мендеса'], null, 'ru')).toBe('Мендес');
    expect(nominativeFromForms(['Лефевр', 'Лефевром'], null, 'ru')).toBe('Лефевр');
    expect(nominativeFromForms(['Раудоной', 'Раудоны'], null, 'ru')).toBe('Раудона');
    expect(nominativeFromForms(['Бесселем', 'Бесселя'], null, 'ru')).toBe('Бессель');
    expect(nominativeFromForms(['Гайдаем', 'Гайдая'], null, 'ru')).toBe('Гайдай');
    expect(nominativeFromForms(['Горбачем', 'Горбача'], null, 'ru')).toBe('Горбач');
    expect(nominativeFromForms(['Зарічним', 'Зарічному', 'Зарічного'], null, 'uk')).toBe('Зарічний');
    expect(nominativeFromForms(['Коваленком', 'Коваленка'], null, 'uk')).toBe('Коваленко');
  });

  it('leaves forms that do not tell the declension', () => {
    expect(nominativeFromForms(['Мортье'], null, 'ru')).toBeNull();
    expect(nominativeFromForms(['Сидорова', 'Сидорову'], null, 'ru')).toBeNull();
    expect(nominativeFromForms(['Кроули', 'Кроули'], null, 'ru')).toBeNull();
  });

  it('puts an indeclinable first name and a declined surname in the nominative', () => {
    const text = 'Министр встретился с премьер-министром Португалии Рикардо Мендесом. По словам Мендеса, переговоры прошли успешно.';
    expect(names(people(text))).toEqual(['Рикардо Мендес']);
  });

  it('brings both a foreign first name and surname back from the instrumental', () => {
    const text = 'Министр встретился с президентом Литвы Гитарасом Наусевой. По словам Наусевы, всё идёт по плану.';
    expect(names(people(text))).toEqual(['Гитарас Наусева']);
  });

  it('reads a hard-consonant foreign first name as a man\'s whatever the surname form suggests', () => {
    const [p] = people('Министр встретился с президентом Литвы Гитарасом Наусевой. По словам Наусевы, всё идёт по плану.');
    expect(p?.parts?.gender).toBe('m');
  });

  it('gives a Ukrainian adjectival surname its nominative from its oblique forms', () => {
    const text = 'Міністр зустрівся з генералом Остапом Зарічним. Він подякував Зарічному за службу.';
    expect(names(people(text, 'uk'))).toEqual(['Остап Зарічний']);
  });

  it('reads a woman\'s unknown first name in the accusative before an undeclined surname', () => {
    expect(names(people('У матчі Марта обіграла Ігу Войтек. Наступною буде інша.', 'uk'))).toEqual(['Іга Войтек']);
  });

  it('keeps a man\'s first name in -у when the verb says it is a man', () => {
    expect(names(people('Абу Мазен прибыл в Каир.'))).toEqual(['Абу Мазен']);
  });

  it('keeps indeclinable names as written', () => {
    expect(names(people('Министр Тимур Шойгаш-оглы заявил. По словам Мортье, всё в порядке. Встреча с Жюлем Мортье прошла.'))).toContain('Жюль Мортье');
    expect(names(people('Саммит с Нарендрой Моди. Моди заявил, что доволен.'))).toEqual(['Нарендра Моди']);
  });
});

describe('short forms of given names', () => {
  it('link «Дима» to the one Дмитрий of the article under his full name', () => {
    const found = people('Боксёр Дмитрий Варенец победил. «Дима был в отличной форме», — сказал тренер. Диме аплодировали.');
    expect(names(found)).toEqual(['Дмитрий Варенец']);
  });

  it('join a full name and its English short form when the surname agrees', () => {
    expect(names(people('Советник Майк Уолтерс прибыл в Эр-Рияд. Майкл Уолтерс заявил, что переговоры идут.'))).toEqual(['Майк Уолтерс']);
    expect(names(people('Adviser Mike Walters arrived. Michael Walters said talks were going well.', 'en'))).toEqual(['Mike Walters']);
  });

  it('stay apart when two people could be meant', () => {
    const found = people('Дмитрий Варенец и Дмитрий Колесов вышли на ринг. Дима победил.');
    expect(names(found).sort()).toEqual(['Дима', 'Дмитрий Варенец', 'Дмитрий Колесов']);
  });
});

describe('case and gender from the words around a foreign name', () => {
  it('reads a name after a dative adjective as a dative (a dative in -е is of an -а surname)', () => {
    expect(names(people('В четверг 52-летнему Ондраю Милчуле предъявили обвинение.'))).toEqual(['Ондрай Милчула']);
  });

  it('lets a participle after a comma settle a first name read either way', () => {
    expect(names(people('Состояние министра Роберта Калиньо, раненного вчера, улучшилось.'))).toEqual(['Роберт Калиньо']);
    expect(names(people('Роберта Калиньо, избранная вчера, выступила с речью.'))).toEqual(['Роберта Калиньо']);
  });

  it('links a lone first name to the person whose declined first name the dictionary does not know', () => {
    const text = 'Суд вынес приговор. Адвокат Эвана Гролмича к этому готов. Сам Гролмич вину не признал. Коллеги заявили, что Эван «ничего не сделал».';
    expect(names(people(text))).toEqual(['Эван Гролмич']);
  });
});

describe('declined foreign -йя surnames and adjective-shaped surnames', () => {
  it('brings an -йя surname back from its oblique forms', () => {
    expect(names(people('Вторым финишировал Рамону Пабло Кастойе.'))).toEqual(['Рамон Пабло Кастойя']);
    expect(names(people('Встреча с Хавьером Мальойей прошла.'))).toEqual(['Хавьер Мальойя']);
  });

  it('keeps a feminine adjective-shaped surname after a first name', () => {
    expect(names(people('Соратники призвали прийти. Юлия Стальная поддержала акцию.'))).toEqual(['Юлия Стальная']);
  });
});


describe('Latin surnames', () => {
  it('keep the spelling the full name uses', () => {
    const text = 'Ukrainian minister Bohdan Lysenskyy arrived in Paris on Monday. Lysensky is expected to meet the prime minister.';
    expect(names(people(text, 'en'))).toEqual(['Bohdan Lysenskyy']);
  });
});

describe('adjective-shaped surnames standing alone', () => {
  it('share one stem in every case form', async () => {
    const { nameStem } = await import('../../scripts/article/entities/normalise-name.ts');
    expect(new Set(['Ветреный', 'Ветреного', 'Ветреному', 'Ветреные'].map(nameStem)).size).toBe(1);
    expect(nameStem('Гордий')).toBe(nameStem('Гордия'));
  });

  it('join the full name of the same gender, not a namesake of the other', () => {
    const found = people('Алексей Ветреный выступил в суде. Юлия Ветреная поддержала мужа. Ветреный умер в феврале. Ветреная заявила, что продолжит дело.');
    const byName = Object.fromEntries(found.map((e) => [e.name, e.mentions.filter((m) => m.kind === 'name').map((m) => m.text)]));
    expect(byName['Алексей Ветреный']).toEqual(['Алексей Ветреный', 'Ветреный']);
    expect(byName['Юлия Ветреная']).toEqual(['Юлия Ветреная', 'Ветреная']);
  });
});

describe('two given names sharing one plural surname', () => {
  it('give each person the surname in their own gender', () => {
    expect(names(people('На вечер пришли Ольга и Пётр Сомовы.'))).toEqual(['Ольга Сомова', 'Пётр Сомов']);
  });

  it('turn plural surnames into the singular', async () => {
    const { singularSurname } = await import('../../scripts/article/entities/coordinated-surname.ts');
    expect(['Сомовы', 'Сомовых', 'Ветреные', 'Гранские', 'Ветрені'].map(singularSurname)).toEqual(['Сомов', 'Сомов', 'Ветреный', 'Гранский', 'Ветрений']);
  });
});

describe('Arabic names with a Ukrainian particle', () => {
  it('keep «бін» inside one name', () => {
    expect(names(people('Переговори з принцом Халідом бін Фарісом тривали годину. Бін Фаріс заявив, що задоволений.', 'uk'))).toEqual(['Халід бін Фаріс']);
  });
});

describe('Ukrainian -ець surnames', () => {
  it('are found again in forms that drop the е', () => {
    const found = people('Міністр Остап Гребець прибув до Львова. Журналісти запитали Гребця про плани. Гребцем задоволені.', 'uk');
    expect(names(found)).toEqual(['Остап Гребець']);
    expect(found[0]!.mentions.filter((m) => m.kind === 'name')).toHaveLength(3);
  });
});

describe('a relative\'s surname before a given name', () => {
  it('is read as the given name alone, which joins the person named in full', () => {
    expect(names(people('Алексей Стальной выступил. Вдова Стального Юлия уехала. Юлия Стальная поддержала акцию.'))).toEqual(['Алексей Стальной', 'Юлия Стальная']);
  });
});
