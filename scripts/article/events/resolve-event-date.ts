/**
 * Date expressions in a sentence, resolved against the article date.
 *
 * chrono-node (ru/uk/en locales) finds absolute and relative expressions;
 * this module then decides what they may claim. The rule is never to invent
 * a day the text does not give: «вчера» in an article dated only `2025-08`
 * yields month precision, «на прошлой неделе» yields the month of that week,
 * a bare weekday is counted back for past events and forward for planned ones.
 * date-words.ts adds what chrono does not read: month adjectives, seasons
 * (year precision) and days counted from the last day the text named
 * («на следующий день», «накануне»); date-bounds.ts keeps bounds from dating.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision, Lang } from '../../model/model.ts';
import { findDateWords, type WordDate } from './date-words.ts';

/** The article date as parts; day/month null below the article's precision. */
export interface ArticleDate {
  year: number;
  month: number | null;
  day: number | null;
}

export type DateDirection = 'past' | 'future' | 'any';

export interface DateExpression {
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  text: string;
  /** Resolves this expression for an event whose tense points `direction`. */
  resolve(direction: DateDirection): ResolvedDate | null;
}

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  dateEnd: string | null;
  /** A calendar day the text writes out («15 августа», "May 15"), not one counted from the article's date. */
  explicit?: boolean;
}

const DAY_MS = 86_400_000;
/** Days a day-and-month without a year may lie from the article date in its tense's direction. */
const DAY_SPAN = 240;

export function parseArticleDate(date: string | null): ArticleDate | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const isoMonth = (y: number, m: number): string => `${y}-${pad(m)}`;
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
function fromMs(ms: number): { y: number; m: number; d: number } {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The article date at its own precision: what an undated report can honestly claim. */
export function articleDateAsEventDate(ref: ArticleDate | null, cap: DatePrecision = 'month'): ResolvedDate | null {
  if (!ref) return null;
  if (ref.month !== null && ref.day !== null && cap === 'day') return { date: isoDay(ref.year, ref.month, ref.day), precision: 'day', dateEnd: null };
  if (ref.month !== null && cap !== 'year') return { date: isoMonth(ref.year, ref.month), precision: 'month', dateEnd: null };
  return { date: String(ref.year), precision: 'year', dateEnd: null };
}

const parsers: Partial<Record<string, chrono.Chrono>> = { ru: chrono.ru.casual, uk: chrono.uk.casual, en: chrono.en.casual };

/** Words for "relative to the article day": usable only when the article has a day. */
const RELATIVE_DAY = /вчера|позавчера|сегодня|завтра|послезавтра|вчора|учора|позавчора|сьогодні|завтра|післязавтра|yesterday|today|tonight|tomorrow/iu;
const WEEK = /недел|тижн|тиждень|week/iu;
const MONTH_WORD = /месяц|місяц|month/iu;
/** Durations are not dates ("within two weeks", «через две недели»). */
const DURATION = /^(?:within|через|протягом|впродовж|в течение|за)\s|^in (?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|several|few|the coming)/iu;
const EN_MONTH_ONLY_MAY = /^may$/iu;

const YEAR_RE =
  /(?<![\p{L}\p{N}])(?:(?:в|у|во|in|since|of)\s+)?((?:19|20)\d{2})(?:\s*(?:году|года|г\.|році|року|рік))?(?![\p{L}\p{N}-])/giu;
const NEXT_YEAR = /(?<![\p{L}])(?:в следующем году|в будущем году|следующего года|будущего года|наступного року|в наступному році|у наступному році|next year)(?![\p{L}])/giu;
const LAST_YEAR = /(?<![\p{L}])(?:в прошлом году|в минувшем году|прошлого года|минулого року|торік|last year)(?![\p{L}])/giu;

interface Raw {
  start: number;
  end: number;
  text: string;
  /** Direction stated by the expression itself («прошлую», "next"), if any. */
  modifier?: 'past' | 'future';
  known: { year?: number; month?: number; day?: number; weekday?: number };
  endKnown: { year?: number; month?: number; day?: number } | null;
  kind: 'calendar' | 'relative-day' | 'week' | 'month-rel' | 'year-only' | 'year-rel' | 'anchored' | 'season';
  /** For 'anchored': days after the date mentioned before it. */
  afterDays?: number;
  /** For 'anchored': counted from the event named after it, whose date comes later in the sentence. */
  afterEvent?: boolean;
  /** For relative kinds: chrono's own resolution (relative to the reference day). */
  implied?: { y: number; m: number; d: number };
  yearDelta?: number;
}

function refMs(ref: ArticleDate): number {
  return utc(ref.year, ref.month ?? 7, ref.day ?? (ref.month ? 15 : 1));
}

/** Pick the year for a day/month without one, in the direction the tense points. */
/**
 * `span`: how far (days) the tense may reach without a year. A day without a year is seldom eight months
 * off either way ("faces her in the vote on 5 November" is ahead; «мали підписати 28 лютого» in May is behind);
 * a bare month («в феврале») reaches back most of a year.
 */
function chooseYear(ref: ArticleDate, month: number, day: number, direction: DateDirection, span = 330): number {
  const r = refMs(ref);
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  const dist = (y: number): number => utc(y, month, day) - r;
  if (direction === 'past') {
    const ok = candidates.filter((y) => dist(y) <= 2 * DAY_MS && dist(y) > -span * DAY_MS);
    if (ok.length) return ok[ok.length - 1]!;
  } else if (direction === 'future') {
    const ok = candidates.filter((y) => dist(y) >= -2 * DAY_MS && dist(y) < span * DAY_MS);
    if (ok.length) return ok[0]!;
  }
  return candidates.reduce((best, y) => (Math.abs(dist(y)) < Math.abs(dist(best)) ? y : best), ref.year);
}

function resolveRaw(raw: Raw, ref: ArticleDate | null, direction: DateDirection, anchor: string | null = null): ResolvedDate | null {
  const k = raw.known;
  const hasDay = ref !== null && ref.month !== null && ref.day !== null;
  switch (raw.kind) {
    case 'anchored':
      // «на следующий день» with no day before it in the text: no date rather than a guess.
      if (anchor) return { date: shiftIsoDay(anchor, raw.afterDays ?? 1), precision: 'day', dateEnd: null };
      // «накануне» in a lede with no day before it: the eve of the article's day, like «вчера».
      if ((raw.afterDays ?? 1) < 0 && hasDay) return { date: shiftIsoDay(isoDay(ref.year, ref.month!, ref.day!), raw.afterDays!), precision: 'day', dateEnd: null };
      return null;
    case 'relative-day':
      if (!ref) return null;
      if (!hasDay || !raw.implied) return articleDateAsEventDate(ref, 'month');
      return { date: isoDay(raw.implied.y, raw.implied.m, raw.implied.d), precision: 'day', dateEnd: null };
    case 'week': {
      if (!ref) return null;
      // «наступного тижня», "next week" for a plan is an intention, not a calendar date: planned events stay undated.
      if (raw.modifier === 'future') return null;
      if (!hasDay || !raw.implied) return articleDateAsEventDate(ref, 'month');
      return { date: isoMonth(raw.implied.y, raw.implied.m), precision: 'month', dateEnd: null };
    }
    case 'month-rel':
      if (!ref || !raw.implied) return null;
      return { date: isoMonth(raw.implied.y, raw.implied.m), precision: 'month', dateEnd: null };
    case 'season':
      // "may come in the spring": like «наступного тижня», a season without a year only dates what happened.
      if (direction !== 'past' || !ref) return null;
      return { date: String(ref.year + (raw.yearDelta ?? 0)), precision: 'year', dateEnd: null };
    case 'year-rel':
      if (!ref) return null;
      return { date: String(ref.year + (raw.yearDelta ?? 0)), precision: 'year', dateEnd: null };
    case 'year-only':
      return k.year ? { date: String(k.year), precision: 'year', dateEnd: null } : null;
    case 'calendar':
      break;
  }
  if (k.day !== undefined && k.month !== undefined) {
    const year = k.year ?? (ref ? chooseYear(ref, k.month, k.day, direction, DAY_SPAN) : null);
    if (year === null) return null;
    let dateEnd: string | null = null;
    if (raw.endKnown?.day !== undefined) {
      const em = raw.endKnown.month ?? k.month;
      const ey = raw.endKnown.year ?? (em < k.month ? year + 1 : year);
      dateEnd = isoDay(ey, em, raw.endKnown.day);
    }
    return { date: isoDay(year, k.month, k.day), precision: 'day', dateEnd };
  }
  if (k.weekday !== undefined && k.day === undefined) {
    if (!ref) return null;
    if (!hasDay) return articleDateAsEventDate(ref, 'month');
    const r = refMs(ref);
    const dow = new Date(r).getUTCDay();
    const back = (dow - k.weekday + 7) % 7;
    const forward = (k.weekday - dow + 7) % 7;
    // «в прошлую пятницу», "last Friday" point back whatever the tense; «в следующий вторник» forward.
    const toward = raw.modifier ?? direction;
    // "last Tuesday" said on a Tuesday is a week ago, not today.
    const ms = toward === 'future' ? r + forward * DAY_MS : r - (back === 0 && raw.modifier === 'past' ? 7 : back) * DAY_MS;
    const d = fromMs(ms);
    return { date: isoDay(d.y, d.m, d.d), precision: 'day', dateEnd: null };
  }
  if (k.month !== undefined) {
    let year = k.year;
    if (year === undefined) {
      if (!ref) return null;
      year = chooseYear(ref, k.month, 15, direction);
    }
    return { date: isoMonth(year, k.month), precision: 'month', dateEnd: null };
  }
  if (k.year !== undefined) return { date: String(k.year), precision: 'year', dateEnd: null };
  return null;
}

function certain(c: chrono.ParsedComponents): Raw['known'] {
  const out: Raw['known'] = {};
  for (const unit of ['year', 'month', 'day', 'weekday'] as const) {
    const v = c.get(unit);
    if (c.isCertain(unit) && v !== null) out[unit] = v;
  }
  return out;
}

/**
 * Cheap gate before chrono: a sentence without digits, month or weekday
 * names or relative time words has no date for chrono to find.
 */
const DATE_HINT =
  /\d|янв|фев|март|апрел|ма[йяю]|июн|июл|август|сентяб|октяб|ноябр|декаб|січ|лют|берез|квіт|травн|черв|лип|серп|верес|жовт|листопад|груд|понедельн|вторник|сред[ауые]|четверг|пятниц|суббот|воскресен|понеділ|вівтор|серед|четвер|п.ятниц|субот|неділ|вчера|вчора|учора|сегодня|сьогодні|завтра|недел|тижн|тиждень|месяц|місяц|году|года|року|році|торік|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|week|month|year/iu;

function chronoRaws(text: string, lang: Lang, ref: ArticleDate | null): Raw[] {
  const parser = parsers[lang] ?? parsers.en!;
  const refDate = ref ? new Date(refMs(ref) + 12 * 3600_000) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Raw[] = [];
  for (const window of hintWindows(text)) {
    // Reference in UTC: relative dates must not depend on the machine's time zone.
    for (const r of parser.parse(forChrono(text.slice(window.start, window.end)), { instant: refDate, timezone: 0 })) {
      const raw = toRaw(r, text, window.start, lang);
      if (raw) out.push(raw);
    }
  }
  return out;
}

/**
 * Windows of the sentence around date hints (merged, word-aligned), so chrono
 * reads a few dozen characters instead of the whole sentence.
 */
function hintWindows(text: string): { start: number; end: number }[] {
  const hints = DATE_HINTS;
  hints.lastIndex = 0;
  const windows: { start: number; end: number }[] = [];
  for (let m = hints.exec(text); m; m = hints.exec(text)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW);
    // Word-align, but only so far: a 50,000-digit "word" must not make this quadratic.
    for (let steps = 0; start > 0 && steps < WINDOW && !/\s/u.test(text[start - 1]!); steps++) start--;
    for (let steps = 0; end < text.length && steps < WINDOW && !/\s/u.test(text[end]!); steps++) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
    hints.lastIndex = Math.max(hints.lastIndex, m.index + m[0].length);
  }
  return windows;
}

const WINDOW = 28;
/** DATE_HINT as a global regex, compiled once (`hintWindows` resets its lastIndex; it never re-enters). */
const DATE_HINTS = new RegExp(DATE_HINT.source, 'giu');

/**
 * Parts of the day before a date («вечером 18 августа», «вранці 18 серпня»):
 * chrono reads the pair as a time with no certain day, and the day is lost.
 */
const TIME_OF_DAY = /(?<![\p{L}])(?:вечером|утром|днём|днем|ночью|поздно вечером|рано утром|ввечері|увечері|вранці|зранку|вдень|удень|вночі|уночі|пізно ввечері)(?![\p{L}])/giu;

/**
 * Same-length rewrites chrono needs: typographic apostrophes (у п’ятницю) and
 * ordinal suffixes («15-го августа»). Offsets stay valid.
 */
function forChrono(text: string): string {
  return text
    .replace(TIME_OF_DAY, (w) => ' '.repeat(w.length))
    .replace(/[’ʼ`]/gu, "'").replace(/(\d)(-(?:го|ого|е|ое|ге))(?=\s)/gu, (_, d: string, suffix: string) => d + ' '.repeat(suffix.length));
}

const PAST_MODIFIER = /(?:прошл|минувш|минул|last|previous)\p{L}{0,6}\s{1,3}\S{0,12}$/iu;
const FUTURE_MODIFIER = /(?:следующ|будущ|наступн|next|coming)\p{L}{0,6}\s{1,3}\S{0,12}$/iu;

/**
 * A plan told in the past ("had been due to speak on Monday", «должен был выступить в понедельник»,
 * «мав виступити в понеділок»): its weekday lies ahead of the telling, whatever the tense.
 */
const PLAN_BEFORE =
  /(?<![\p{L}])(?:due to|was to|were to|scheduled to|expected to|set to|planned to|должен был|должна была|должны были|планировал\p{L}{0,2}|собирал\p{L}{0,3}|мав|мала|мали|планував\p{L}{0,2}|збирав\p{L}{0,3})(?![\p{L}])[^.;!?]{0,80}$/iu;

function modifierBefore(text: string, index: number, own: string): 'past' | 'future' | undefined {
  const around = text.slice(Math.max(0, index - 16), index) + own.split(/\s/u)[0];
  if (/(?:прошл|минувш|минул|last|previous)/iu.test(own) || PAST_MODIFIER.test(around)) return 'past';
  if (/(?:следующ|будущ|наступн|next|coming)/iu.test(own) || FUTURE_MODIFIER.test(around)) return 'future';
  if (PLAN_BEFORE.test(text.slice(Math.max(0, index - 100), index))) return 'future';
  return undefined;
}

function toRaw(r: chrono.ParsedResult, text: string, offset: number, lang: Lang): Raw | null {
  // Blanked words (TIME_OF_DAY) can leave leading spaces in chrono's match.
  const lead = r.text.length - r.text.trimStart().length;
  const t = r.text.slice(lead);
  const index = offset + r.index + lead;
  if (DURATION.test(t)) return null;
  // A month abbreviation inside a word («Бер» in «Берліні») is not a date.
  if (/\p{L}/u.test(text[index - 1] ?? '') || /\p{L}/u.test(text[index + t.length] ?? '')) return null;
  const kv = certain(r.start);
  // "the end of May", «в начале марта»: chrono picks a day the text does not give.
  if (/(?:end|beginning|start|middle) of/iu.test(t)) delete kv.day;
  if (kv.day === undefined && kv.month === undefined && kv.weekday === undefined && kv.year === undefined) return null;
  // "May" alone in English is too often the modal verb.
  if (lang === 'en' && EN_MONTH_ONLY_MAY.test(t) && kv.day === undefined && !/(?:in|by|since|until|of|early|late|mid-?)\s{1,3}$/i.test(text.slice(Math.max(0, index - 12), index))) return null;
  const implied = fromMs(Date.UTC(r.start.get('year') ?? 2000, (r.start.get('month') ?? 1) - 1, r.start.get('day') ?? 1));
  let kind: Raw['kind'] = 'calendar';
  if (RELATIVE_DAY.test(t)) kind = 'relative-day';
  else if (WEEK.test(t) && kv.weekday === undefined) kind = 'week';
  else if (MONTH_WORD.test(t) && kv.day !== undefined) kind = 'month-rel';
  else if (kv.year !== undefined && kv.month === undefined && kv.day === undefined) kind = 'year-only';
  const endKv = r.end ? certain(r.end) : null;
  return { start: index, end: index + t.length, text: text.slice(index, index + t.length), known: kv, endKnown: endKv, kind, implied, modifier: modifierBefore(text, index, t) };
}

/** Weekdays in any case form, for what chrono misses («минулої п’ятниці»). */
const WEEKDAYS: readonly [RegExp, number][] = [
  [/(?<![\p{L}])(?:понедельник\p{L}{0,2}|понеділ(?:ок|ка|ку))(?![\p{L}])/giu, 1],
  [/(?<![\p{L}])(?:вторник\p{L}{0,2}|вівтор(?:ок|ка|ку))(?![\p{L}])/giu, 2],
  [/(?<![\p{L}])(?:сред(?:а|у|ы|е)|серед(?:а|у|и|і))(?![\p{L}])/giu, 3],
  [/(?<![\p{L}])(?:четверг\p{L}{0,2}|четвер(?:га|гу)?)(?![\p{L}])/giu, 4],
  [/(?<![\p{L}])(?:пятниц(?:а|у|ы|е)|п[’'ʼ]?ятниц(?:я|ю|і))(?![\p{L}])/giu, 5],
  [/(?<![\p{L}])(?:суббот(?:а|у|ы|е)|субот(?:а|у|и|і))(?![\p{L}])/giu, 6],
  [/(?<![\p{L}])(?:воскресень(?:е|я|ю)|неділ(?:я|ю|і))(?![\p{L}])/giu, 0],
];

const RELATIVE_WORDS: readonly [RegExp, number][] = [
  [/(?<![\p{L}])(?:позавчера|позавчора)(?![\p{L}])/giu, -2],
  [/(?<![\p{L}])(?:вчера|вчора|учора|yesterday)(?![\p{L}])/giu, -1],
  [/(?<![\p{L}])(?:сегодня|сьогодні|today)(?![\p{L}])/giu, 0],
  [/(?<![\p{L}])(?:завтра|tomorrow)(?![\p{L}])/giu, 1],
];

function regexRaws(text: string, taken: readonly Raw[], ref: ArticleDate | null): Raw[] {
  const out: Raw[] = [];
  const free = (s: number, e: number): boolean => !taken.some((r) => s < r.end && e > r.start) && !out.some((r) => s < r.end && e > r.start);
  for (const [re, delta] of [
    [NEXT_YEAR, 1],
    [LAST_YEAR, -1],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], known: {}, endKnown: null, kind: 'year-rel', yearDelta: delta });
    }
  }
  for (const [re, delta] of RELATIVE_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const implied = ref && ref.month !== null && ref.day !== null ? fromMs(utc(ref.year, ref.month, ref.day) + delta * DAY_MS) : undefined;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], known: {}, endKnown: null, kind: 'relative-day', implied });
    }
  }
  for (const [re, weekday] of WEEKDAYS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], known: { weekday }, endKnown: null, kind: 'calendar', modifier: modifierBefore(text, m.index, m[0]) });
    }
  }
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    // A bare four-digit number is a year only with a preposition or «году»/«року».
    if (m[0] === m[1]) continue;
    if (free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], known: { year: Number(m[1]) }, endKnown: null, kind: 'year-only' });
  }
  return out;
}

function wordRaw(w: WordDate): Raw {
  const base = { start: w.start, end: w.end, text: w.text, endKnown: null };
  if (w.month !== undefined) return { ...base, known: w.year ? { month: w.month, year: w.year } : { month: w.month }, kind: 'calendar' };
  if (w.afterDays !== undefined) return { ...base, known: {}, kind: 'anchored', afterDays: w.afterDays, afterEvent: w.afterEvent === true };
  return { ...base, known: {}, kind: 'season', yearDelta: w.yearDelta ?? 0 };
}

/**
 * All date expressions in a sentence (`text` is the original sentence text).
 * `anchor`: the last day mentioned before the sentence, for «на следующий день».
 */
export function findDateExpressions(text: string, lang: Lang, ref: ArticleDate | null, anchor: string | null = null): DateExpression[] {
  const raws = chronoRaws(text, lang, ref);
  raws.push(...regexRaws(text, raws, ref));
  for (const w of findDateWords(text, lang)) {
    const overlaps = (r: Raw): boolean => w.start < r.end && w.end > r.start;
    // chrono reads «наступного дня» as the article's tomorrow; counted from the text's last day, it is the day after that.
    if (w.afterDays !== undefined && !w.afterEvent) raws.splice(0, raws.length, ...raws.filter((r) => !overlaps(r)));
    if (!raws.some(overlaps)) raws.push(wordRaw(w));
  }
  raws.sort((a, b) => a.start - b.start);
  const out: DateExpression[] = [];
  let last = anchor;
  for (const [i, raw] of raws.entries()) {
    // "signed it on Monday, three days after they met": the day before dates the later act, not the one after «после»;
    // counted from a day only when that day comes after, dating the event «после» names.
    const at = raw.afterEvent ? laterDay(raws.slice(i + 1), ref) : last;
    const expr = { start: raw.start, end: raw.end, text: raw.text, resolve: (direction: DateDirection) => resolveRaw(raw, ref, direction, at) };
    out.push(expr);
    // A day named earlier in the sentence anchors the next «на следующий день».
    const day = expr.resolve('any');
    if (day?.precision === 'day') last = day.date;
  }
  return out;
}

/** The first day named among `raws` (the dates after «через пять дней после того, как …»). */
function laterDay(raws: readonly Raw[], ref: ArticleDate | null): string | null {
  for (const raw of raws) {
    const r = raw.kind === 'anchored' ? null : resolveRaw(raw, ref, 'past');
    if (r?.precision === 'day') return r.date;
  }
  return null;
}

/** The last day a sentence's dates name, to anchor «на следующий день» in later sentences. */
export function lastDayOf(dates: readonly DateExpression[], fallback: string | null): string | null {
  let last = fallback;
  for (const d of dates) {
    const r = d.resolve('any');
    if (r?.precision === 'day') last = r.date;
  }
  return last;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10,
  один: 1, одна: 1, два: 2, две: 2, дві: 2, три: 3, четыре: 4, чотири: 4, пять: 5, "п'ять": 5, шесть: 6, шість: 6,
};
/** "two days after", «через три дня после», «за два дня до»: a count of days or weeks from another event. */
const OFFSET_BEFORE =
  /(?<![\p{L}])(\d{1,2}|an?|one|two|three|four|five|six|seven|ten|один|одна|два|две|дві|три|четыре|чотири|пять|п'ять|шесть|шість)\s{1,3}(days?|weeks?|дня|дней|дні|днів|день|недели|неделю|неделя|тижні|тижнів|тиждень)\s{1,3}(after|later|before|после|після|до|перед)(?![\p{L}])/giu;

/** Signed days from the sentence's dated event for the trigger after `before`, or null. */
export function dayOffsetBefore(before: string): number | null {
  OFFSET_BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null = null;
  for (let hit = OFFSET_BEFORE.exec(before); hit; hit = OFFSET_BEFORE.exec(before)) m = hit;
  // At most three words between the count and the trigger ("after both men met").
  if (!m || !/^(?:\s{1,3}[\p{L}-]{1,20}){0,3}\s{0,3}$/u.test(before.slice(m.index + m[0].length))) return null;
  const n = /^\d/u.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
  if (n === undefined) return null;
  const days = /^(?:week|недел|тиж)/iu.test(m[2]!) ? 7 * n : n;
  return /^(?:after|later|после|після)$/iu.test(m[3]!) ? -days : days;
}

/** A multi-day visit is one visit dated by its start: a day a few days after it continues the trip. */
export function daysLaterInTrip(start: ResolvedDate | null, later: ResolvedDate | null): boolean {
  if (start?.precision !== 'day' || later?.precision !== 'day') return false;
  const gap = (Date.parse(later.date) - Date.parse(start.date)) / DAY_MS;
  return gap > 0 && gap <= 3;
}

export function shiftIsoDay(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}
