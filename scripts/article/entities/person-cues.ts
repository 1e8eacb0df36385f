/**
 * Small closed word lists that signal a person nearby: role nouns, speech
 * verbs, honorifics, name particles and pronouns, for ru/uk/en. Kept as stems
 * or exact lowercase forms so a lookup is one Set.has / one regex.
 */
import { memoByString } from '../../util/memo.ts';

/** Role/occupation nouns that stand right before a name («президент Финляндии Александр Стубб»). Lowercase stems. */
const ROLE_STEMS = [
  // ru
  'президент', 'премьер', 'министр', 'замминистр', 'вице-премьер', 'вице-президент', 'канцлер', 'глав', 'лидер', 'председател',
  'зампред', 'спикер', 'посол', 'генсек', 'госсекретар', 'секретар', 'пресс-секретар', 'губернатор', 'мэр', 'сенатор',
  'депутат', 'советник', 'помощник', 'заместител', 'директор', 'гендиректор', 'руководител', 'начальник', 'командующ',
  'генерал', 'полковник', 'майор', 'адмирал', 'маршал', 'корол', 'королев', 'премьер-министр', 'экс-премьер-министр', 'вице-премьер-министр', 'генерал-лейтенант', 'генерал-майор', 'генерал-полковник', 'министр-президент', 'принц', 'принцесс', 'папа', 'патриарх',
  'митрополит', 'епископ', 'диктатор', 'диктат', 'монарх', 'шейх', 'эмир', 'султан', 'аятолл', 'представител', 'омбудсмен',
  'прокурор', 'генпрокурор', 'судь', 'адвокат', 'юрист', 'следовател', 'эксперт', 'аналитик', 'политолог', 'экономист',
  'журналист', 'корреспондент', 'редактор', 'главред', 'блогер', 'писател', 'поэт', 'актер', 'актёр', 'актрис', 'певец',
  'певиц', 'режиссер', 'режиссёр', 'композитор', 'художник', 'музыкант', 'продюсер', 'тренер', 'наставник', 'игрок',
  'футболист', 'хоккеист', 'теннисист', 'шахматист', 'гроссмейстер', 'боксер', 'боксёр', 'спортсмен', 'чемпион', 'пилот',
  'гонщик', 'нападающ', 'защитник', 'полузащитник', 'вратар', 'форвард', 'капитан', 'космонавт', 'астронавт', 'ученый',
  'учёный', 'профессор', 'академик', 'доктор', 'врач', 'основател', 'владел', 'бизнесмен', 'предпринимател', 'олигарх',
  'миллиардер', 'инвестор', 'банкир', 'экс-президент', 'экс-премьер', 'экс-министр', 'экс-глав', 'кандидат', 'активист',
  'оппозиционер', 'правозащитник', 'политик', 'дипломат', 'мэр', 'атаман', 'вождь', 'лауреат', 'студент', 'сотрудник',
  'господин', 'госпож', 'мистер', 'миссис', 'мисс', 'мадам', 'сэр', 'синьор', 'фрау', 'герр', 'г-н', 'г-жа',
  // uk
  "прем'єр", 'прем’єр', "прем'єр-міністр", 'прем’єр-міністр', 'міністр', 'голов', 'лідер', 'посол', 'речник', 'речниц', 'радник', 'заступник', 'керівник', 'очільник', 'очільниц',
  'генерал', 'диктатор', 'співак', 'співачк', 'актор', 'актрис', 'тренер', 'письменник', 'журналіст', 'експерт', 'аналітик',
  'політолог', 'депутат', 'сенатор', 'канцлер', 'президент', 'губернатор', 'мер', 'пан', 'пані',
  'патріарх', 'патриарх', 'митрополит', 'єпископ', 'архієпископ', 'кардинал', 'король', 'королев', 'принц', 'принцес',
];
/**
 * Nouns that name an office or occupation once a person is already found, but
 * are too often followed by an organisation («власник Одеського заводу») to
 * signal a name themselves: roles only, never name cues.
 */
const ROLE_ONLY_STEMS = [
  "віце-прем'єр", 'віце-прем’єр', "віцепрем'єр", 'віцепрем’єр', "віце-прем'єр-міністр", 'віце-прем’єр-міністр', 'віцепрезидент',
  'віце-президент', 'замміністр', 'заммінистр', 'замгубернатор', 'заммер', 'віце-спікер', 'спікер', 'нардеп', 'професор',
  'академік', 'лікар', 'інженер', 'інспектор', 'бухгалтер', 'завідувач', 'спеціаліст', 'фахівц', 'фахівець', 'бізнесмен',
  'підприємц', 'підприємець', 'підприємиц', 'підполковник', 'полковник', 'майор', 'капітан', 'лейтенант', 'сержант',
  'прокурор', 'генпрокурор', 'суддя', 'судді', 'суддею', 'слідч', 'адвокат', 'директор', 'гендиректор', 'засновник',
  'співзасновник', 'власник', 'начальник', 'голов', 'секретар', 'держсекретар', 'спецпосланець', 'спецпосланц', 'посланець',
  'посланц', 'головнокомандувач', 'командувач', 'командир', 'ведуч', 'продюсер', 'режисер', 'художник', 'музикант',
  'футболіст', 'боксер', 'чемпіон', 'губернатор', 'очільник', 'речник', 'міністерк', 'прем’єр-міністерк', "прем'єр-міністерк",
  'віцепрем’єр-міністерк', "віцепрем'єр-міністерк", 'представник', 'омбудсман', 'омбудсмен', 'соратник', 'соратниц', 'союзник',
  // ru additions
  'спецпосланник', 'посланник', 'главнокомандующ', 'командир', 'вице-спикер', 'замглав', 'замгубернатор', 'соратник', 'соратниц',
  'союзник', 'пехотинец', 'пехотинц', 'морпех', 'военнослужащ', 'бухгалтер', 'инженер', 'инспектор', 'специалист', 'заведующ', 'подполковник', 'лейтенант', 'сержант',
];
// «экс-», «екс-»: a former holder of any of these roles.
const EX_PREFIX = '(?:экс-|екс-|ex-)?';
const stemsRe = (stems: string[]): string => [...new Set(stems)].sort((a, b) => b.length - a.length).join('|');
// A stem plus a case ending only, so «глав» matches «главы» but not «главный», «мер» not «Мерк».
// (-ка, -ки, -кою: Ukrainian feminine roles, продюсерка, президентка, депутатка.)
const ROLE_ENDINGS = '(?:|а|я|ы|и|е|у|ю|ь|ой|ей|ом|ем|ов|ев|ам|ям|ами|ями|ах|ях|ий|ого|его|ому|ему|им|ым|ие|ые|их|ых|ая|ую|ові|еві|ів|ом|ці|цею|ка|ку|ки|кою|ці)';
const ROLE_RE = new RegExp(`^(?:${stemsRe(ROLE_STEMS)})${ROLE_ENDINGS}$`, 'u');
// Role nouns also take the Ukrainian instrumental and dative («головою», «секретарем», «міністрові»).
const ROLE_NOUN_ENDINGS = ROLE_ENDINGS.replace('(?:', '(?:ою|ею|єю|і|ові|еві|єві|єм|ки||');
const ROLE_NOUN_RE = new RegExp(`^${EX_PREFIX}(?:${stemsRe([...ROLE_STEMS, ...ROLE_ONLY_STEMS])})${ROLE_NOUN_ENDINGS}$`, 'u');

/** English titles/roles before a name. Lowercase exact words. */
const EN_ROLES = new Set([
  'president', 'minister', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'general', 'colonel', 'admiral', 'king', 'queen', 'prince', 'princess', 'pope',
  'leader', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'judge', 'prosecutor', 'lawyer',
  'analyst', 'expert', 'coach', 'striker', 'captain', 'dictator', 'premier', 'envoy', 'adviser', 'advisor', 'aide',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'sen', 'rep', 'gov', 'gen', 'lt', 'sgt', 'prof',
  // Professions written as a title before a name («Economist Jane Doe said»).
  'editor', 'journalist', 'reporter', 'correspondent', 'economist', 'professor', 'scientist', 'researcher', 'attorney',
  'diplomat', 'politician', 'activist', 'businessman', 'businesswoman', 'commissioner', 'inspector', 'sheriff',
]);
/** English role nouns that are not name cues (see ROLE_ONLY_STEMS). */
const EN_ROLE_ONLY = new Set([
  'speaker', 'candidate', 'nominee', 'co-leader', 'executive', 'officer', 'commander', 'lawmaker', 'congressman',
  'congresswoman', 'vice-president', 'president-elect', 'cfo', 'coo', 'chairperson', 'co-founder', 'owner', 'manager',
  'spokesperson', 'envoy', 'ally', 'billionaire', 'gunman', 'governor-general', 'secretary-general',
]);

/** Agent nouns of professions in -ist and -ologist (sociologist, pianist, chemist): a class, not a list. */
const EN_PROFESSION_SHAPE = /^[a-z]{4,}ist$/;
const isEnglishRole = (lower: string): boolean => EN_ROLES.has(lower.replace(/\.$/, '')) || EN_PROFESSION_SHAPE.test(lower);
const roleWordEn = memoByString(isEnglishRole);
const roleWordOther = memoByString((lower) => (/^[a-z.]+$/.test(lower) ? isEnglishRole(lower) : ROLE_RE.test(lower)));

export function isRoleWord(lower: string, lang: string): boolean {
  return lang === 'en' ? roleWordEn(lower) : roleWordOther(lower);
}

const isEnglishRoleNoun = (lower: string): boolean => isEnglishRole(lower) || EN_ROLE_ONLY.has(lower.replace(/\.$/, ''));
const roleNounEn = memoByString(isEnglishRoleNoun);
// «депутатом-бютівцем», «міністр-реформатор»: a role noun hyphenated to a word describing its holder is that role noun.
const roleNounOther = memoByString((lower) =>
  /^[a-z.-]+$/.test(lower) ? isEnglishRoleNoun(lower) : ROLE_NOUN_RE.test(lower) || (/^[^-]{4,}-[^-]{3,}$/u.test(lower) && ROLE_NOUN_RE.test(lower.slice(0, lower.indexOf('-')))));

/**
 * A noun that can head a person's role phrase: every name-cue role word, the
 * roles-only nouns, and any of them with «экс-»/«екс-».
 */
export function isRoleNoun(lower: string, lang: string): boolean {
  return lang === 'en' ? roleNounEn(lower) : roleNounOther(lower);
}

/** Speech/cognition verbs (past and present, ru/uk/en) used for quotes and as person cues. */
const SPEECH_STEMS_RU = [
  'заяв', 'сказа', 'отмет', 'подчеркн', 'подчерки', 'добав', 'сообщ', 'поясн', 'рассказ', 'признал', 'признаё', 'признае',
  'ответ', 'указ', 'напомн', 'резюмир', 'уточн', 'счита', 'увер', 'полага', 'говор', 'писал', 'пишет', 'написал',
  'предупред', 'призв', 'призыва', 'объясн', 'выраз', 'констатир', 'отрица', 'опроверг', 'заверил', 'пообещал', 'обеща',
  'прокомментир', 'высказ', 'назвал', 'называ', 'критикова', 'допуска', 'допуст', 'оценил', 'подтверд', 'подтвержда',
  'спросил', 'объявил', 'сознал', 'утвержда', 'настаива', 'убежден', 'убеждён', 'заметил',
  // uk
  'заяви', 'сказа', 'зазначи', 'наголоси', 'дода', 'повідоми', 'поясни', 'розпові', 'визна', 'відпові', 'нагада', 'вважа',
  'переконан', 'говори', 'написа', 'пише', 'попереди', 'закли', 'запевни', 'підтверди', 'заперечи', 'оголоси',
];
const SPEECH_RE_CYR = new RegExp(`^(?:${[...new Set(SPEECH_STEMS_RU)].join('|')})\\p{L}*$`, 'u');
const SPEECH_EN = new Set([
  'said', 'says', 'told', 'stated', 'added', 'noted', 'wrote', 'writes', 'argued', 'claimed', 'warned', 'insisted',
  'explained', 'announced', 'believes', 'thinks', 'stressed', 'emphasised', 'emphasized', 'asserted', 'declared',
  'tweeted', 'posted', 'replied', 'answered', 'admitted', 'acknowledged', 'confirmed', 'denied', 'suggested', 'urged',
]);

export const isSpeechVerb = memoByString((lower: string): boolean => {
  if (/^[a-z]+$/.test(lower)) return SPEECH_EN.has(lower);
  // Nouns sharing a stem («заявление», «сообщение», «ответственность») are not verbs.
  if (/(ени[еяюи]|ани[еяюи]|ость|ост[иью]|ств|тель|ник|ция|ции)$/u.test(lower)) return false;
  return SPEECH_RE_CYR.test(lower);
});

/** Gender a Russian/Ukrainian past-tense verb agrees with: заявил → m, заявила → f. */
/**
 * The few characters before a speech verb end a quotation («…», сказала / "…," – заявив / …. — said):
 * the verb attributes the quote, and the name right after it is the speaker.
 */
export function afterQuotation(text: string, verbStart: number): boolean {
  // (A few characters only, spaces dropped: no repeated class for a long run to backtrack over.)
  const before = text.slice(Math.max(0, verbStart - 4), verbStart).replace(/\s/gu, '');
  return /[»"”][,.]?[–—-]?$|[,.!?…][–—-]$/u.test(before);
}

export function verbGender(lower: string): 'm' | 'f' | null {
  if (/(ла|лась)$/u.test(lower)) return 'f';
  if (/(л|в|лся|вся)$/u.test(lower)) return 'm';
  return null;
}

/** Lowercase particles allowed inside a name («фон дер Ляйен», «ван Гог», «аль-Асад», «de la»). */
export const NAME_PARTICLES = new Set([
  'фон', 'дер', 'де', 'ван', 'ди', 'да', 'дю', 'ле', 'ла', 'эль', 'аль', 'бен', 'бин', 'ибн', 'бін', 'ібн', 'оглы', 'кызы', 'дель', 'делла',
  'von', 'der', 'de', 'van', 'di', 'da', 'du', 'le', 'la', 'el', 'al', 'bin', 'ibn', 'del', 'della', 'dos', 'das', 'ten', 'ter',
]);

/** Third-person singular pronouns that may refer back to a person (sentence-initial only). */
export const PRONOUNS: Record<string, 'm' | 'f'> = {
  'он': 'm', 'она': 'f', 'він': 'm', 'вона': 'f', 'he': 'm', 'she': 'f',
};

/**
 * Common English given names: az has only Russian dictionaries, so an English
 * «First Last» needs a hint that the first word is a given name.
 */
export const EN_FIRST_NAMES = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
    'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric ' +
    'jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ' +
    'tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry ' +
    'austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert willie ' +
    'alan eugene russell vincent philip bobby johnny bradley roy ralph louis randy wayne elijah mary patricia jennifer ' +
    'linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle ' +
    'carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda ' +
    'pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth ' +
    'julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline ' +
    'martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris ' +
    'marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori kamala hillary ' +
    'boris vladimir sergei sergey dmitry dmitri volodymyr oleksandr andriy yulia viktor olaf angela emmanuel recep xi kim ' +
    'keir rishi liz tony theresa nigel marco mike nancy chuck mitch ron pete antony lloyd jake jens ursula charles ' +
    'benjamin benny bibi ali mohammed muhammad ahmed omar hassan recep jair luis lula narendra shinzo fumio justin ' +
    'elon jeff bill warren tim sundar satya mark sam alexei alexey yevgeny mikhail nikolai ivan igor oleg petro ' +
    'viktor yuriy yuri valery valeriy kyrylo mykhailo denys ruslan vitali vitaly taras andrii andrei andrey ' +
    // More given names seen in international news: European, Slavic transliterations, Asian, Arabic, Latin American.
    'bernie joaquin jared ivanka melania giorgia giuseppe matteo mario sergio enrico luca marco paolo silvio ' +
    'friedrich olaf annalena robert frank-walter wolfgang helmut gerhard markus jurgen jürgen lars sven erling ' +
    'magnus ulf mette petteri sanna alexander jonas gitanas kaja edgars andrzej donald mateusz radoslaw ' +
    'lech wojciech pedro pep carlos felipe javier alberto santiago xavier rafael fernando gabriel lionel cristiano ' +
    'kylian zinedine didier antoine francois françois jean jacques nicolas marine edouard gabriel pierre michel ' +
    'emmanuelle brigitte segolene alexis kyriakos giorgos nikos recep ilham nikol viktor peter petr andrej ' +
    'aleksandar novak vucic igor zoran milorad bojan goran dragan ana iga aryna elina coco serena venus naomi ' +
    'novak rafael roger andy carlos jannik daniil stefanos lando max lewis charles sebastian fernando oscar ' +
    'christian toto kimi valtteri erling kylian mohamed harry bukayo declan jude phil jurgen mikel unai ' +
    'oleksandr vasyl mykola volodymyr petro pavlo dmytro yevhen yevgeniy andriy oleh serhiy serhii denys maksym ' +
    'yuliia yulia olena olha oksana iryna nataliya natalia tetiana svitlana liudmyla halyna kateryna viktoriia ' +
    'vitaliy vitalii valerii valeriy rustem arseniy arseny kira kyrylo bohdan yaroslav sviatoslav anatoliy ' +
    'maria anastasia ekaterina yekaterina tatiana natalya lyudmila galina alla svetlana olga irina elena ' +
    'alexei yulia maxim mikhail ramzan sergei yevgeny nikolai dmitri grigory anatoly valentina ' +
    'xi li wang zhang liu chen yang zhao wu zhou narendra rahul sonia indira shehbaz imran nawaz benazir ' +
    'shinzo fumio shigeru yoon moon kim lee park jae-myung shinawatra prabowo joko ferdinand rodrigo anwar ' +
    'mahmoud mohammad mohammed abdel abdullah salman tamim hamad bashar ebrahim hassan masoud ' +
    'yahya ismail benjamin naftali yair isaac itamar bezalel gideon yoav ' +
    'nelson cyril jacob thabo paul william kofi uhuru william bola muhammadu abiy ' +
    'luiz inacio jair javier gustavo andres andrés manuel claudia nicolas nicolás gabriel dilma ' +
    'justin pierre mark stephen chrystia jagmeet anthony scott malcolm kevin julia jacinda chris ' +
    'elon jensen sundar satya tim jeff bill warren larry sergey mark sheryl marissa sam dario demis ' +
    'rupert jamie jamie-lee taylor beyonce rihanna adele drake kanye ed billie selena ariana ' +
    'barack michelle hunter jill kamala tim jd pete marco kristi tulsi kash pam robert mike ' +
    'lindsey ted marjorie nancy chuck mitch hakeem alexandria ilhan rashida elizabeth bernie ' +
    'kemi rishi liz boris theresa david gordon tony ed keir angela yvette rachel wes lisa ' +
    'jens antonio antónio ursula josep kaja charles roberta volker christine christine mario ' +
    'steve steven keith jake susie karoline stephen rudy rudolph ' +
    'artem anton bohdan oleksii oleksiy yaroslav roman vadym vasyl ihor illia yevhenii kostiantyn stepan ' +
    'hanna daria sofiia marta zoriana inna larysa valentyna')
    .split(/\s+/),
);
