/**
 * The guide's event classes beyond meetings and calls: each class is found
 * over its word class (several inflected forms of its trigger words), in
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../scripts/article/events/extract-events.ts';
import { findEventTriggers } from '../../scripts/article/events/find-event-triggers.ts';
import { fixture, type EntitySpec } from './helpers.ts';

const kinds = (text: string, lang: string, paragraph?: string): string[] =>
  findEventTriggers(text.toLowerCase(), 0, lang, undefined, paragraph?.toLowerCase()).map((t) => t.type);

/** Every phrase of `phrases` holds a trigger of `type`. */
function allFind(type: string, lang: string, phrases: string[]): void {
  for (const phrase of phrases) expect(kinds(phrase, lang), phrase).toContain(type);
}

describe('office: appointments, resignations, inaugurations', () => {
  it('reads ru forms', () => allFind('office', 'ru', [
    'Петренко назначен послом в Канаде', 'Ковальчук назначена вице-премьером', 'Указ о назначении Сидоренко подписан',
    'Министр подал в отставку', 'Слухи об отставке губернатора', 'Главврач уволен после проверки',
    'Инаугурация мэра пройдёт в субботу', 'После инаугурации губернатор выступил', 'Новый судья принёс присягу'.replace('принёс', 'принес'),
    'Директор вступил в должность',
  ]));
  it('reads uk forms', () => allFind('office', 'uk', [
    'Петренка призначено послом', 'Ковальчук призначена віцепрем’єркою', 'Указ про призначення Сидоренка',
    'Міністр подав у відставку', 'Чутки про відставку губернатора', 'Інавгурація мера відбудеться в суботу',
    'Після інавгурації губернатор виступив', 'Суддя склала присягу', 'Директор вступив на посаду',
  ]));
  it('reads en forms', () => allFind('office', 'en', [
    'Smithson was appointed ambassador', 'Carver was named finance minister', 'The new governor was sworn in on Friday',
    'The minister resigned after the audit', 'She stepped down as chair', 'He took office in spring', 'Her resignation surprised the party',
  ]));
});

describe('vote: elections, referendums, votes, laws passed', () => {
  it('reads ru forms', () => allFind('vote', 'ru', [
    'Голосование в парламенте назначено на вторник', 'Итоги голосования объявят завтра', 'Депутаты проголосовали за бюджет',
    'Сенатор проголосовал против', 'Она избрана мэром', 'Он переизбран на второй срок', 'Дума приняла закон о налогах',
    'Президент ветировал поправки',
  ]));
  it('reads uk forms', () => allFind('vote', 'uk', [
    'Голосування в раді відбудеться у вівторок', 'Депутати проголосували за бюджет', 'Її обрано мером',
    'Рада ухвалила закон про податки', 'Президент ветував поправки',
  ]));
  it('reads en forms', () => allFind('vote', 'en', [
    'The vote is set for Tuesday', 'Senators voted on the budget', 'She was elected mayor', 'He was re-elected in May',
    'The chamber passed the spending bill', 'The governor vetoed the measure', 'Ballots were counted overnight',
  ]));
});

describe('legal: arrests, charges, sentences', () => {
  it('reads ru forms', () => allFind('legal', 'ru', [
    'Бизнесмен арестован в Праге', 'Чиновница задержана на границе', 'Бывший мэр осужден', 'Его приговорили к сроку'.replace('приговорили', 'приговорен'),
    'Суд избрал меру в виде ареста', 'После задержания подозреваемого', 'Ему предъявлено обвинение',
  ]));
  it('reads uk forms', () => allFind('legal', 'uk', [
    'Бізнесмена заарештовано у Празі', 'Посадовицю затримано на кордоні', 'Колишнього мера засуджено',
    'Після затримання підозрюваного', 'Йому повідомили про підозру',
  ]));
  it('reads en forms', () => allFind('legal', 'en', [
    'The banker was arrested in Prague', 'Two officials were detained', 'He was charged with fraud',
    'She was sentenced to five years', 'The mayor was indicted', 'He pleaded guilty on Monday',
  ]));
});

describe('death', () => {
  it('reads ru, uk and en forms', () => {
    allFind('death', 'ru', ['Писатель умер в понедельник', 'Актриса умерла в больнице', 'Дирижёр скончался', 'Журналистка погибла']);
    allFind('death', 'uk', ['Письменник помер у понеділок', 'Акторка померла в лікарні', 'Журналіст загинув']);
    allFind('death', 'en', ['The novelist died on Monday', 'The actor passed away', 'Two reporters were killed']);
  });
});

describe('disaster', () => {
  it('reads ru, uk and en forms', () => {
    allFind('disaster', 'ru', ['Авария на шахте', 'После катастрофы самолёта', 'Пожар на складе', 'Землетрясение в горах', 'Наводнение затопило село']);
    allFind('disaster', 'uk', ['Аварія на шахті', 'Після катастрофи літака', 'Пожежа на складі', 'Землетрус у горах']);
    allFind('disaster', 'en', ['The plane crash killed four', 'A bus crashed near the border', 'Floods hit the valley', 'A fire broke out at the depot']);
  });
});

describe('protest', () => {
  it('reads ru, uk and en forms', () => {
    allFind('protest', 'ru', ['Митинг у мэрии', 'На митинге собрались студенты', 'Акция протеста прошла в центре', 'Забастовка водителей', 'Демонстрацию разогнали']);
    allFind('protest', 'uk', ['Мітинг біля мерії', 'Акція протесту пройшла в центрі', 'Страйк водіїв триває', 'Демонстрацію розігнали']);
    allFind('protest', 'en', ['Protests spread to the port', 'A rally against the tax', 'Dockers went on strike', 'The demonstration was peaceful']);
  });
});

describe('ceremony', () => {
  it('reads ru, uk and en forms', () => {
    allFind('ceremony', 'ru', ['Церемония открытия моста', 'На церемонии присутствовал мэр', 'Парад в честь праздника', 'Похороны актёра прошли в среду']);
    allFind('ceremony', 'uk', ['Церемонія відкриття мосту', 'На церемонії був мер', 'Парад на честь свята', 'Похорон актора відбувся в середу']);
    allFind('ceremony', 'en', ['The opening ceremony of the bridge', 'The funeral was held on Wednesday', 'A military parade']);
  });
});

describe('award', () => {
  it('reads ru, uk and en forms', () => {
    allFind('award', 'ru', ['Поэта наградили орденом', 'Учёный награжден медалью', 'Ей присуждена премия', 'Режиссёр получил премию']);
    allFind('award', 'uk', ['Поета нагородили орденом', 'Науковця нагороджено медаллю', 'Режисер отримав премію', 'Їй присуджено премію']);
    allFind('award', 'en', ['The poet was awarded a medal', 'She won the literature prize', 'He received the peace prize']);
  });
});

describe('launch', () => {
  it('reads ru, uk and en forms, only for what flies', () => {
    allFind('launch', 'ru', ['Запуск ракеты перенесли', 'Спутник запустили с космодрома'.replace('запустили', 'запустил')]);
    allFind('launch', 'uk', ['Запуск ракети перенесли', 'Місія стартувала з космодрому']);
    allFind('launch', 'en', ['The rocket launched at dawn', 'Liftoff of the satellite']);
    expect(kinds('Запуск новой программы субсидий', 'ru')).not.toContain('launch');
    expect(kinds('The company launched a new product line', 'en')).not.toContain('launch');
  });
});

describe('sport: a score or title anywhere in the paragraph', () => {
  it('reads bouts, finals and races with the result in another sentence', () => {
    const ru = 'Бой прошёл в Лас-Вегасе. Чемпион защитил пояс.';
    expect(kinds('Бой прошёл в Лас-Вегасе.', 'ru', ru)).toContain('sport');
    const uk = 'Фінал відбувся в неділю. Рахунок 3:1.';
    expect(kinds('Фінал відбувся в неділю.', 'uk', uk)).toContain('sport');
    const en = 'The bout went the distance. He kept his title.';
    expect(kinds('The bout went the distance.', 'en', en)).toContain('sport');
  });
  it('does not read a battle as a bout', () => {
    expect(kinds('Бои за город продолжаются', 'ru', 'Бои за город продолжаются.')).not.toContain('sport');
    expect(kinds('Бій тривав до ранку', 'uk', 'Бій тривав до ранку.')).not.toContain('sport');
  });
});

describe('office: an active appointing verb', () => {
  it('reads «назначил», «призначила» as an appointment, not the scheduling of a meeting', () => {
    expect(kinds('Президент назначил Петренко министром', 'ru')).toContain('office');
    expect(kinds('Президентка призначила Коваленка послом', 'uk')).toContain('office');
  });
});

describe('death as a noun', () => {
  it('reads «смерть», «загибель», "the death of" as a death', () => {
    allFind('death', 'ru', ['После смерти писателя', 'Смерть актрисы потрясла город', 'Гибель экипажа']);
    allFind('death', 'uk', ['Після смерті письменника', 'Загибель екіпажу']);
    allFind('death', 'en', ['After the death of the novelist']);
  });
  it('makes a dated death of a named person an event, and a death of nobody named none', () => {
    const petrov: EntitySpec = { key: 'petrov', name: 'Иван Петров', first: 'Иван', forms: ['Ивана Петрова', 'Иван Петров'] };
    const named = fixture('После смерти Ивана Петрова 12 февраля город затих.', '2024-08-01', [petrov]);
    expect(extractEvents(named.article, named.lang, named.sentences, named.entities).map((e) => [e.type, e.date, e.participants])).toEqual([['death', '2024-02-12', ['petrov']]]);
    const nobody = fixture('В Казани 12 февраля погибли трое рабочих.', '2024-08-01', []);
    expect(extractEvents(nobody.article, nobody.lang, nobody.sentences, nobody.entities).filter((e) => e.type === 'death')).toEqual([]);
  });
});

describe('deaths in an attack', () => {
  it('leaves a killing in an attack to the attack («в результате удара погиб …», "was killed in the shelling")', () => {
    expect(kinds('В результате удара по рынку погиб водитель', 'ru')).toEqual(['attack']);
    expect(kinds('Унаслідок обстрілу загинула лікарка', 'uk')).toEqual(['attack']);
    expect(kinds('A teacher was killed in the shelling', 'en')).toEqual(['attack']);
  });
});

describe('burials and laying down powers', () => {
  it('reads a burial as a ceremony and laying down powers as office', () => {
    allFind('ceremony', 'ru', ['Поэта похоронили в среду', 'Она похоронена на сельском кладбище']);
    allFind('ceremony', 'uk', ['Поета поховали в середу', 'Її поховано на сільському цвинтарі']);
    allFind('ceremony', 'en', ['The poet was buried on Wednesday', 'She was laid to rest in her village']);
    allFind('office', 'ru', ['Кабинет сложил полномочия', 'Правительство сложило свои полномочия']);
    allFind('office', 'uk', ['Уряд склав повноваження', 'Рада склала свої повноваження']);
  });
});

describe('detentions with the person before the verb', () => {
  it('reads «Х задержали», «X затримали» as a legal event with X', () => {
    const orlov: EntitySpec = { key: 'orlov', name: 'Пётр Орлов', first: 'Пётр', forms: ['Петра Орлова', 'Пётр Орлов'] };
    const f = fixture('Петра Орлова задержали полицейские 3 апреля в Казани.', '2024-08-01', [orlov]);
    expect(extractEvents(f.article, f.lang, f.sentences, f.entities).map((e) => [e.type, e.participants])).toEqual([['legal', ['orlov']]]);
  });
  it('reads no legal event when nobody is detained («задержали рейс»)', () => {
    const f = fixture('Рейс задержали 3 апреля в Казани из-за тумана.', '2024-08-01', []);
    expect(extractEvents(f.article, f.lang, f.sentences, f.entities).filter((e) => e.type === 'legal')).toEqual([]);
  });
});

describe('occurrence nouns with only a place', () => {
  it('reads an undated, not-yet-held parade as no event and a dated one as a ceremony', () => {
    const minsk: EntitySpec = { key: 'place:minsk', type: 'place', name: 'Минск', forms: ['Минске'] };
    const later = fixture('Говорят, что парад пройдёт в Минске.', '2024-08-01', [minsk]);
    expect(extractEvents(later.article, later.lang, later.sentences, later.entities)).toEqual([]);
    const held = fixture('Парад прошёл в Минске 3 июля.', '2024-08-01', [minsk]);
    expect(extractEvents(held.article, held.lang, held.sentences, held.entities).map((e) => [e.type, e.date])).toEqual([['ceremony', '2024-07-03']]);
  });
});
