/**
 * Date words chrono does not read: month adjectives («мартовские переговоры»,
 * «березневої зустрічі»), seasons («весной», «влітку», "last summer") and
 * days counted from another date in the text («на следующий день»,
 * «наступного дня», "two days later"). Each yields a plain span with what it
 * knows; resolve-event-date.ts turns it into a date.
 */

/** A date word found by this module, with offsets in the sentence. */
export interface WordDate {
  start: number;
  end: number;
  text: string;
  /** A month adjective: the month, its year chosen like a bare month's unless given after the noun. */
  month?: number;
  year?: number;
  /** A season without a year: years from the article's year (0 this year, -1 last year). */
  yearDelta?: number;
  /** Days from the date mentioned before it in the text. */
  afterDays?: number;
  /** «через пять дней после того, как … в среду»: counted from the event named next, dated later in the sentence. */
  afterEvent?: boolean;
}

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';

/**
 * Month-adjective stems, ru and uk (index + 1 is the month). Stems, not
 * forms: the ending table below covers every case and gender.
 */
const MONTH_ADJ_STEMS: readonly string[] = [
  'январск|січнев',
  'февральск|лютнев',
  'мартовск|березнев',
  'апрельск|квітнев',
  'майск|травнев',
  'июньск|червнев',
  'июльск|липнев',
  'августовск|серпнев',
  'сентябрьск|вересн[еь]в',
  'октябрьск|жовтнев',
  'ноябрьск|листопадов',
  'декабрьск|груднев',
];
/** Adjective endings of both languages (ий, ого, ої, ую, ими …). */
const ADJ_END = '(?:ий|ый|ой|ого|ому|им|ім|ом|ая|ей|ее|ое|ую|ою|ие|іе|их|ими|а|ої|ій|у|е|і)';
const MONTH_ADJ = MONTH_ADJ_STEMS.map((stem, i) => [new RegExp(`${L}(?:${stem})${ADJ_END}${R}`, 'giu'), i + 1] as const);

/** One or two words, then a year with «года»/«року» (a bare number may be anything). */
const YEAR_AFTER_NOUN = /^(?:\s{1,3}[\p{L}-]{2,20}){1,2}\s{1,3}((?:19|20)\d{2})\s{0,3}(?:г\.|год|рок|рік|р\.)/u;

/** Seasons in any case form; a following year is read by the year rules, so only year-less ones matter here. */
const SEASON =
  /(?<![\p{L}])(?:(?:(прошл|минувш|минул|last|this|этим|этой|этого|цього|цієї|цим)\p{L}{0,4}\s{1,3})?(?:весн(?:ой|ы|ою)|летом|лета|осенью|осени|зим(?:ой|ы|ою)|навесні|весною|влітку|улітку|літом|літа|восени|взимку|узимку|взимі|spring|summer|autumn|winter))(?![\p{L}])/giu;
/** "in the summer of 2024", «летом 2024 года», «весни 2023»: a year is given, the year rule dates it. */
const YEAR_AFTER = /^\s{1,3}(?:of\s{1,3})?(?:19|20)\d{2}/u;
/** English seasons are also plain nouns ("a nuclear winter"): a season needs a preposition or a modifier. */
const EN_SEASON_CONTEXT = /(?:in|the|last|this|next|early|late|mid-?)\s{1,3}$/iu;

const NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10,
  один: 1, одна: 1, два: 2, две: 2, дві: 2, три: 3, четыре: 4, чотири: 4, пять: 5, "п'ять": 5, шесть: 6, шість: 6,
};
/** «на следующий день», «наступного дня», "the next day", «днём позже», «на другой день». */
const NEXT_DAY =
  /(?<![\p{L}])(?:на следующий день|на другой день|на следующее утро|на другое утро|следующим утром|днём позже|днем позже|наступного дня|на наступний день|наступного ранку|наступного вечора|наступного ранку|днем пізніше|день по тому|the next day|the following day|the next morning|the following morning|a day later)(?![\p{L}])/giu;
/** «накануне», «напередодні», "the previous day", "a day earlier": the day before the last one named. */
const DAY_BEFORE = /(?<![\p{L}])(?:накануне|напередодні|днем раньше|днём раньше|днем раніше|the previous day|the day before|a day earlier|the previous evening)(?![\p{L}])/giu;
/**
 * «накануне выборов», "the day before the vote" name the eve of another event, not of the last day named:
 * the word after must be a past verb (прибыл, прибув, зустрівся) or a clause must end there.
 */
const STANDALONE_AFTER = /^(?:\s*(?:[,.;:)—–-]|$)|\s{1,3}\p{L}*(?:л|ла|ли|ло|лся|лась|лись|вся|лася|лися|[аеиуяюиі]в)(?![\p{L}]))/iu;
const GENITIVE_PLURAL = /^\s{1,3}\p{L}*(?:ов|ев|ів|їв)(?![\p{L}])/iu;

/** «через пять дней после …», «спустя три дня», «через шість днів по тому», "two days later", "three days after". */
const DAYS_AFTER =
  /(?<![\p{L}])(?:(?:через|спустя)\s{1,3})?(\d{1,2}|an?|one|two|three|four|five|six|seven|ten|один|одна|два|две|дві|три|четыре|чотири|пять|п'ять|шесть|шість)\s{1,3}(days?|weeks?|дня|дней|дні|днів|день|недели|неделю|недель|тижні|тижнів|тиждень)(?=\s{1,3}(?:later|after|после|після|по тому|потому|спустя)(?![\p{L}]))/giu;

const AFTER_EVENT = /^\s{1,3}(?:after|после|після)(?![\p{L}])/iu;

/** «спустя пять дней», «згодом через два дні»: counted from the date before, with no «после» needed. */
const DAYS_ON =
  /(?<![\p{L}])(?:спустя|згодом через)\s{1,3}(\d{1,2}|один|одна|два|две|дві|три|четыре|чотири|пять|п'ять|шесть|шість)\s{1,3}(дня|дней|дні|днів|день|недели|неделю|недель|тижні|тижнів|тиждень)(?![\p{L}])/giu;

function count(word: string): number | undefined {
  return /^\d/u.test(word) ? Number(word) : NUMBERS[word.toLowerCase()];
}

/** Days a matched DAYS_AFTER/NEXT_DAY phrase counts forward. */
function daysOf(m: RegExpExecArray): number | null {
  if (m[1] === undefined) return 1;
  // «через два дня» alone is a duration from now; only with «после»/"later" is it counted from another date.
  const n = count(m[1]);
  if (n === undefined) return null;
  return /^(?:week|недел|тиж)/iu.test(m[2]!) ? 7 * n : n;
}

/** The date words of a sentence (`lower` may be the original; matching ignores case). */
export function findDateWords(text: string, lang: string): WordDate[] {
  const out: WordDate[] = [];
  const push = (m: RegExpExecArray, extra: Partial<WordDate>): void => {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...extra });
  };
  if (lang !== 'en') {
    for (const [re, month] of MONTH_ADJ) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // «мартовские выборы 2024 года», «серпневий наступ 2023 року»: the year follows the noun.
        const year = YEAR_AFTER_NOUN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
        push(m, year ? { month, year: Number(year[1]) } : { month });
      }
    }
  }
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    if (YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (/^[a-z]/iu.test(m[0]) && !m[1] && !EN_SEASON_CONTEXT.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    push(m, { yearDelta: m[1] && /^(?:прошл|минувш|минул|last)/iu.test(m[1]) ? -1 : 0 });
  }
  DAY_BEFORE.lastIndex = 0;
  for (let m = DAY_BEFORE.exec(text); m; m = DAY_BEFORE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (STANDALONE_AFTER.test(after) && !GENITIVE_PLURAL.test(after)) push(m, { afterDays: -1 });
  }
  for (const re of [NEXT_DAY, DAYS_AFTER, DAYS_ON]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const days = daysOf(m);
      if (days === null) continue;
      push(m, { afterDays: days, afterEvent: AFTER_EVENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) });
    }
  }
  return out;
}
