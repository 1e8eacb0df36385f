import type { EntityType, Lang, LocalEntity, LocalMention, ParsedArticle, Sentence } from '../../model/model.ts';
import { knownEntries, type KnownEntry } from '../../lang/lexicons/known-places-orgs.ts';
import { inflectWord, parseWord, type WordParse } from '../../lang/morphology.ts';
import { isAllCaps, stemWord } from '../../lang/stem-word.ts';
import { skeleton } from '../../lang/transliterate.ts';

/**
 * Organisations and places in one article, by four cheap signals in order:
 * 1. the gazetteer (countries in ru/uk/en, well-known cities, blocs, agencies),
 *    matched on crude stems so any case form hits;
 * 2. Russian morphology: OpenCorpora marks toponyms (Geox) and organisations (Orgn);
 * 3. organisation phrases: «Институт изучения войны», «Конституционного суда»,
 *    «партии „Яблоко“», «правительства Китая», Latin brand names in Cyrillic text;
 * 4. abbreviations (all caps, two letters or more).
 * Names come out nominative (Москве → Москва) and are grouped per article.
 */
export function findOrganisationsAndPlaces(article: ParsedArticle, lang: Lang, sentences: Sentence[]): LocalEntity[] {
  const spans = sentences.length > 0 ? sentences : [{ start: article.body.start, end: article.body.end }];
  const found: Found[] = [];
  spans.forEach((span, index) => scanSentence(article.text, span.start, span.end, index, lang, found));
  return groupFound(found, lang, article.text);
}

/* ----------------------------------------------------------------- words */

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;

/** What `wordsOf` derives from a word's spelling alone. */
interface WordShape {
  /** The spelling, one string per spelling (its hash is then computed once for every lookup by it). */
  text: string;
  stem: string;
  cap: boolean;
  caps: boolean;
  latin: boolean;
  cyrillic: boolean;
  /** What `matchAbbreviation` may make of the word by its spelling alone. */
  abbreviation: 'domain' | 'candidate' | null;
}

/** A word of the text: its shape and where it is. */
interface Word extends WordShape {
  start: number;
  end: number;
}

/**
 * Shapes by spelling: the same few thousand words recur in every article, and
 * one lookup replaces the stemmer and four character-class tests per word
 * (re-used stem strings also keep their hash for the gazetteer lookups).
 */
const shapes = new Map<string, WordShape>();
const SHAPES_LIMIT = 200_000;

function shapeOf(t: string): WordShape {
  let shape = shapes.get(t);
  if (shape === undefined) {
    const first = t[0]!;
    const caps = isAllCaps(t);
    shape = {
      text: t,
      stem: stemWord(t),
      cap: first !== first.toLowerCase(),
      caps,
      latin: /^\p{Script=Latin}/u.test(t),
      cyrillic: /^\p{Script=Cyrillic}/u.test(t),
      abbreviation: abbreviationShape(t, caps),
    };
    if (shapes.size >= SHAPES_LIMIT) shapes.clear();
    shapes.set(t, shape);
  }
  return shape;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text)) {
    const t = m[0];
    const shape = shapeOf(t);
    words.push({
      text: shape.text,
      start: m.index,
      end: m.index + t.length,
      stem: shape.stem,
      cap: shape.cap,
      caps: shape.caps,
      latin: shape.latin,
      cyrillic: shape.cyrillic,
      abbreviation: shape.abbreviation,
    });
  }
  return words;
}

/* ------------------------------------------------------------ gazetteer */

interface GazetteerHit {
  entry: KnownEntry;
  length: number;
  /** The form is an abbreviation or proper noun that may be lowercase in text. */
  lowercase: boolean;
}

// Forms that are also everyday words (Того = «того», Мали = «мали» in Ukrainian).
const AMBIGUOUS_FORMS = new Set(['того', 'мали', 'гана', 'чад', 'нигер', 'chad', 'jordan', 'georgia', 'guinea', 'us', 'америка']);

interface Gazetteer {
  byStems: Map<string, GazetteerHit>;
  /** The keys of `byStems` as a trie of stems: a lookup walks the words once instead of joining keys. */
  trie: Map<string, StemNode>;
  maxLength: number;
}

interface StemNode {
  /** The entry whose key ends here. */
  hit: GazetteerHit | null;
  next: Map<string, StemNode> | null;
}

let gazetteer: Gazetteer | null = null;

function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byStems = new Map<string, GazetteerHit>();
  let maxLength = 1;
  for (const entry of knownEntries()) {
    for (const form of entry.forms) {
      if (AMBIGUOUS_FORMS.has(form.toLowerCase()) && form !== 'US') continue;
      const words = wordsOf(form, 0, form.length);
      if (words.length === 0) continue;
      const key = words.map((w) => w.stem).join(' ');
      // First entry wins: countries come before the hand lists.
      if (!byStems.has(key)) byStems.set(key, { entry, length: words.length, lowercase: entry.lowercase === true });
      maxLength = Math.max(maxLength, words.length);
    }
  }
  const trie = new Map<string, StemNode>();
  for (const [key, hit] of byStems) {
    const stems = key.split(' ');
    let level = trie;
    for (let k = 0; ; k++) {
      let node = level.get(stems[k]!);
      if (!node) {
        node = { hit: null, next: null };
        level.set(stems[k]!, node);
      }
      if (k === stems.length - 1) {
        node.hit = hit;
        break;
      }
      level = node.next ??= new Map();
    }
  }
  gazetteer = { byStems, trie, maxLength };
  return gazetteer;
}

/** The longest gazetteer entry starting at words[i] (capitalised unless the entry may be lowercase). */
function matchGazetteer(words: Word[], i: number): GazetteerHit | null {
  const g = getGazetteer();
  let node = g.trie.get(words[i]!.stem);
  if (!node) return null;
  const first = words[i]!;
  const limit = Math.min(g.maxLength, words.length - i);
  let best: GazetteerHit | null = null;
  for (let n = 1; ; n++) {
    const hit = node.hit;
    if (hit && hit.length === n && (first.cap || hit.lowercase || /^\d/.test(first.text))) best = hit;
    if (n >= limit || !node.next) break;
    const next: StemNode | undefined = node.next.get(words[i + n]!.stem);
    if (!next) break;
    node = next;
  }
  return best;
}

/* ------------------------------------------------------------ word lists */

/** Nouns that head an organisation name (lemmas, ru and uk). */
const ORG_HEADS = new Set([
  'министерство', 'институт', 'фонд', 'партия', 'компания', 'агентство', 'служба', 'суд', 'университет', 'канал', 'газета',
  'комитет', 'совет', 'палата', 'академия', 'банк', 'корпорация', 'федерация', 'союз', 'движение', 'театр', 'фронт',
  'управление', 'департамент', 'комиссия', 'ассамблея', 'парламент', 'правительство', 'администрация', 'организация',
  'ассоциация', 'центр', 'отделение', 'отдел', 'объединение', 'холдинг', 'концерн', 'группа', 'сборная', 'церковь',
  'прокуратура', 'мэрия', 'посольство', 'дума', 'собрание', 'биржа', 'телеканал', 'радиостанция', 'издание', 'журнал',
  'еженедельник', 'клуб', 'команда', 'лига', 'штаб', 'бюро', 'инспекция', 'милиция', 'полиция', 'армия', 'флот',
  // Ukrainian
  'міністерство', 'інститут', 'партія', 'компанія', 'агентство', 'служба', 'університет', 'комітет', 'рада', 'палата',
  'академія', 'корпорація', 'федерація', 'спілка', 'рух', 'театр', 'управління', 'департамент', 'комісія', 'уряд',
  'адміністрація', 'організація', 'асоціація', 'центр', 'об\'єднання', 'група', 'збірна', 'церква', 'прокуратура',
  'посольство', 'телеканал', 'видання', 'журнал', 'клуб', 'команда', 'ліга', 'штаб', 'бюро', 'поліція', 'армія',
]);

const TAIL_PREPOSITIONS = new Set(['по', 'против', 'при', 'за']);

/** Heads that form an organisation with a following place: «правительства Китая», «мэрии Москвы». */
const GOV_HEADS = new Set([
  'правительство', 'мэрия', 'администрация', 'парламент', 'министерство', 'посольство', 'прокуратура', 'минобороны',
  'уряд', 'адміністрація', 'міністерство', 'посольство', 'міноборони', 'мид', 'мзс', 'мвд', 'мчс', 'ввс', 'вмс', 'минфин',
  'минюст', 'минздрав', 'минэкономразвития', 'генпрокуратура', 'генштаб', 'минсвязи',
  'федерация', 'сборная', 'команда', 'армия', 'полиция', 'милиция', 'консульство', 'суд', 'разведка', 'флот', 'парламент',
  'федерація', 'збірна', 'команда', 'армія', 'поліція', 'консульство', 'суд', 'розвідка', 'флот', 'парламент',
]);

/** Descriptors before a quoted or Latin name: «компании „Газпром“», «компании Piedmont Airlines». */
const NAME_DESCRIPTORS = new Set([
  'компания', 'партия', 'движение', 'газета', 'издание', 'телеканал', 'банк', 'фонд', 'холдинг', 'концерн', 'группа',
  'агентство', 'журнал', 'еженедельник', 'клуб', 'объединение', 'организация', 'корпорация', 'театр', 'завод', 'институт',
  'оао', 'зао', 'ооо', 'пао', 'ао', 'команда', 'радиостанция', 'сайт', 'портал', 'служба', 'общество', 'фирма',
  'компанія', 'партія', 'рух', 'газета', 'видання', 'телеканал', 'банк', 'фонд', 'агентство', 'організація', 'корпорація',
  'company', 'party', 'group', 'agency', 'bank', 'fund', 'newspaper', 'channel', 'magazine',
]);

/** Heads of a place name after a capitalised adjective: «Свердловской области». */
const PLACE_HEADS = new Set([
  'область', 'край', 'район', 'республика', 'округ', 'улица', 'проспект', 'бульвар', 'площадь', 'море', 'океан', 'озеро',
  'остров', 'острова', 'пролив', 'залив', 'полуостров', 'гора', 'горы', 'переулок', 'шоссе', 'набережная', 'губерния',
  'провинция', 'штат', 'империя', 'федерация', 'королевство',
  'області', 'області', 'область', 'край', 'район', 'республіка', 'округ', 'вулиця', 'проспект', 'бульвар', 'площа', 'море',
]);

/** English organisation head words. */
const EN_ORG_HEADS = new Set([
  'ministry', 'institute', 'university', 'party', 'council', 'committee', 'agency', 'bank', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'llc', 'group', 'service', 'court', 'department', 'office', 'commission', 'foundation', 'fund', 'association',
  'union', 'organisation', 'organization', 'federation', 'times', 'post', 'news', 'telegraph', 'guardian', 'journal',
  'channel', 'army', 'forces', 'navy', 'police', 'parliament', 'senate', 'congress', 'assembly', 'duma', 'kremlin',
  'pentagon', 'network', 'press', 'club', 'airlines', 'airways', 'motors', 'industries', 'holdings', 'board', 'bureau',
]);
/** English place head words: «Élysée Palace», «Red Square». */
const EN_PLACE_HEADS = new Set(['palace', 'square', 'street', 'avenue', 'airport', 'bridge', 'cathedral', 'island', 'islands', 'river', 'lake', 'sea', 'ocean', 'mountains', 'region', 'oblast', 'province', 'county', 'bay', 'strait', 'peninsula']);
// No «and»: «the Foreign Office and the Bank of England» are two organisations.
const EN_CONNECTORS = new Set(['of', 'for', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'von', 'van']);
const EN_PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'outside']);
const RU_PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'под', 'до', 'близ', 'около', 'возле']);

/** All-caps words that are not organisations or places. */
const NOT_ENTITY_CAPS = new Set([
  'ВВП', 'СМИ', 'ДТП', 'НДС', 'ЧП', 'ИИ', 'АЭС', 'ТЭЦ', 'ПВО', 'БПЛА', 'ВПК', 'ЖКХ', 'ЕГЭ', 'ОГЭ', 'ВИЧ', 'СПИД', 'ОК',
  'ТВ', 'ЗМІ', 'ВВП', 'ППО', 'БПЛА', 'IT', 'PR', 'CEO', 'GDP', 'USD', 'EUR', 'OK', 'TV', 'AI', 'DNA', 'LGBT', 'COVID',
  'PDF', 'HTML', 'SMS', 'GPS', 'VIP', 'DJ', 'PhD', 'MP', 'PM', 'AM', 'I', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX',
  'XI', 'XII', 'XX', 'XXI', 'XIX', 'XVIII', 'UTC', 'GMT', 'ID', 'CO', 'SUV', 'FAQ', 'TNT', 'ТНТ', 'ЕЩЕ', 'ЕЩЁ',
  // Legal forms: the organisation is the quoted name after them.
  'ОАО', 'ЗАО', 'ООО', 'ПАО', 'АО', 'ТОВ', 'ПАТ', 'LLC', 'LTD', 'INC', 'PLC',
]);

/** Words naming a kind of place before its proper name: «реки Славянки», «города Феникс». */
const PLACE_DESCRIPTORS = new Set(['река', 'озеро', 'город', 'село', 'деревня', 'посёлок', 'поселок', 'остров', 'полуостров', 'гора', 'залив', 'пролив', 'порт', 'аэропорт', 'штат', 'провинция', 'регион', 'станица']);

/** Capitalised by convention but not places: «в Интернете». */
const NOT_PLACES = new Set(['интернет', 'рунет', 'бог', 'господь', 'твиттер', 'фейсбук', 'телеграм', 'ютуб']);

/** Web media: «Лента.ру», «NEWSru.com». */
const DOMAIN_NAME = /\.(ру|рф|ru|com|net|org|ua|уа|info|io)$/iu;

/** English words that start sentences capitalised but are never names. */
const EN_STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'but', 'and', 'or', 'as', 'for',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'president',
]);

/* -------------------------------------------------------------- scanning */

interface Found {
  type: EntityType;
  concept: string | null;
  name: string;
  start: number;
  end: number;
  sentence: number;
}

function scanSentence(text: string, start: number, end: number, sentence: number, lang: Lang, out: Found[]): void {
  const words = wordsOf(text, start, end);
  const russian = lang !== 'uk' && lang !== 'en';
  let i = 0;
  while (i < words.length) {
    const consumed =
      matchKnown(words, i, lang, text, sentence, out) ||
      matchQuotedOrLatinName(words, i, text, sentence, lang, out) ||
      (lang === 'en' ? matchEnglishOrg(words, i, sentence, out) : matchOrgPhrase(words, i, lang, text, sentence, out)) ||
      matchAbbreviation(words, i, lang, sentence, out) ||
      (russian ? matchRussianProper(words, i, text, sentence, out) : 0) ||
      (lang === 'uk' ? matchUkrainianRegion(words, i, text, sentence, out) : 0) ||
      (lang === 'en' ? matchEnglishPlace(words, i, sentence, out) : 0) ||
      (lang !== 'en' ? matchLatinRun(words, i, text, sentence, out) : 0);
    i += consumed > 0 ? consumed : 1;
  }
}

/** Only spaces (plain or no-break) between the words: /^[ \u00a0]+$/ on the gap, without slicing it. */
function adjacent(text: string, a: Word, b: Word): boolean {
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

function matchKnown(words: Word[], i: number, lang: Lang, text: string, sentence: number, out: Found[]): number {
  const hit = matchGazetteer(words, i);
  if (!hit) return 0;
  for (let k = 1; k < hit.length; k++) if (!adjacent(text, words[i + k - 1]!, words[i + k]!)) return 0;
  const first = words[i]!;
  const last = words[i + hit.length - 1]!;
  // «Jordan Peterson», «Georgia Meloni»: a place name followed by another capitalised name is a person.
  const next = words[i + hit.length];
  if (hit.entry.type === 'place' && hit.length === 1 && first.latin && !first.caps && next && next.latin && next.cap && !next.caps && adjacent(text, last, next) && !isPlaceStem(next)) {
    return 0;
  }
  const name = hit.entry.names[lang] ?? hit.entry.names.ru ?? hit.entry.names.en ?? first.text;
  // An org led by a ministry abbreviation swallows the place: «МИД России» is one organisation.
  out.push({ type: hit.entry.type, concept: hit.entry.concept, name, start: first.start, end: last.end, sentence });
  // «МИД РФ», «Верховная Рада Украины»: the place inside an organisation name is a place mention too.
  if (hit.entry.type === 'org') {
    for (let k = i + 1; k < i + hit.length; k++) {
      const inner = placeAt(words, k, lang);
      if (inner && k + inner.length <= i + hit.length) {
        out.push({ type: 'place', concept: inner.concept, name: inner.name, start: words[k]!.start, end: words[k + inner.length - 1]!.end, sentence });
        break;
      }
    }
  }
  return hit.length;
}

function isPlaceStem(word: Word): boolean {
  const hit = getGazetteer().byStems.get(word.stem);
  return hit !== undefined && hit.entry.type === 'place';
}

/** A place right at words[i] (gazetteer or Geox), for «правительства Китая». */
function placeAt(words: Word[], i: number, lang: Lang): { name: string; concept: string | null; length: number } | null {
  const w = words[i];
  if (!w || !w.cap) return null;
  const hit = matchGazetteer(words, i);
  if (hit && hit.entry.type === 'place') {
    return { name: hit.entry.names[lang] ?? hit.entry.names.ru ?? w.text, concept: hit.entry.concept, length: hit.length };
  }
  if (lang !== 'uk' && lang !== 'en' && w.cyrillic) {
    const best = parseWord(w.text)[0];
    if (best && best.tags.has('Geox')) return { name: capitaliseLike(best.lemma, w.text), concept: null, length: 1 };
  }
  return null;
}

function matchQuotedOrLatinName(words: Word[], i: number, text: string, sentence: number, lang: Lang, out: Found[]): number {
  const head = words[i]!;
  // Cheap checks first: morphology only for words followed by a quote or a Latin name.
  const quote = quoteAfter(text, head.end);
  const nextWord = words[i + 1];
  if (!quote && !(nextWord && nextWord.latin && nextWord.cap)) return 0;
  const lemma = lemmaOf(head, lang);
  if (!NAME_DESCRIPTORS.has(lemma) && !NAME_DESCRIPTORS.has(head.text.toLowerCase())) return 0;
  if (quote) {
    const open = head.end + quote[0].length;
    const closer = quote[1] === '«' ? '»' : quote[1] === '„' ? '“' : '"';
    const close = text.indexOf(closer, open);
    if (close < 0 || close - open > 80 || close - open < 2) return 0;
    const name = text.slice(open, close).trim();
    if (!/^[\p{Lu}\p{N}]/u.test(name)) return 0;
    const inner = wordsOf(name, 0, name.length);
    const known = inner.length > 0 ? matchGazetteer(inner, 0) : null;
    const concept = known && known.length === inner.length && known.entry.type === 'org' ? known.entry : null;
    out.push({ type: 'org', concept: concept?.concept ?? null, name: concept ? (concept.names[lang] ?? name) : name, start: head.start, end: close + 1, sentence });
    let n = 1;
    while (i + n < words.length && words[i + n]!.start < close) n++;
    return n;
  }
  // «компании Piedmont Airlines»: a run of capitalised Latin words.
  let n = 1;
  while (i + n < words.length && words[i + n]!.latin && (words[i + n]!.cap || /^\d/.test(words[i + n]!.text)) && adjacent(text, words[i + n - 1]!, words[i + n]!)) n++;
  if (n === 1 || lang === 'en') return 0;
  const last = words[i + n - 1]!;
  out.push({ type: 'org', concept: null, name: text.slice(words[i + 1]!.start, last.end), start: head.start, end: last.end, sentence });
  return n;
}

const QUOTE_OPENERS = '"«“„';

/**
 * /^\s*(["«“„])/ on the three characters at `from`, as [match, quote] (like
 * its exec), without slicing or a regex: this runs for every word.
 */
function quoteAfter(text: string, from: number): [string, string] | null {
  const end = Math.min(text.length, from + 3);
  let k = from;
  while (k < end && isJsSpace(text.charCodeAt(k))) k++;
  if (k >= end || !QUOTE_OPENERS.includes(text[k]!)) return null;
  return [text.slice(from, k + 1), text[k]!];
}

/** JavaScript's \s. */
function isJsSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Lemma of a word: az for Russian, the lowercase word otherwise. */
function lemmaOf(word: Word, lang: Lang): string {
  const lower = word.text.toLowerCase();
  if (lang === 'uk' || lang === 'en' || !word.cyrillic) return lower;
  const best = parseWord(word.text)[0];
  return best ? best.lemma : lower;
}

function nounParse(word: Word): WordParse | undefined {
  return parseWord(word.text).find((p) => p.tags.has('NOUN'));
}

function adjParse(word: Word): WordParse | undefined {
  const first = parseWord(word.text)[0];
  // Pronominal adjectives (эта, наш, каждый) never start a name.
  return first && (first.tags.has('ADJF') || first.tags.has('PRTF')) && !first.tags.has('Apro') ? first : undefined;
}

function isPersonNameWord(word: Word): boolean {
  const parses = parseWord(word.text);
  return parses.length === 0 || parses.some((p) => p.tags.has('Name') || p.tags.has('Surn') || p.tags.has('Patr') || !p.known);
}

function isGenitive(word: Word): boolean {
  if (word.text.length < 3) return false;
  return parseWord(word.text).some((p) => p.tags.has('gent') && (p.tags.has('NOUN') || p.tags.has('ADJF')));
}

/**
 * «Институт изучения войны», «Конституционного суда», «Министерства сельского
 * хозяйства Германии», «правительства Китая»: capitalised adjectives, an
 * organisation head noun, a short genitive tail and optionally a place.
 */
function matchOrgPhrase(words: Word[], i: number, lang: Lang, text: string, sentence: number, out: Found[]): number {
  const first = words[i]!;
  if (!first.cyrillic) return 0;
  // Lowercase heads only count before a capitalised place («правительства Китая»).
  if (!first.cap && !words[i + 1]?.cap) return 0;
  const russian = lang !== 'uk';
  // Leading capitalised adjectives (Russian only: we can inflect them).
  let j = i;
  const adjectives: Word[] = [];
  // After a capitalised first one, lowercase adjectives and «и» may follow:
  // «Всемирной продовольственной и сельскохозяйственной организации».
  if (russian && first.cap) {
    while (j < words.length && j - i < 5 && (j === i || adjacent(text, words[j - 1]!, words[j]!))) {
      const w = words[j]!;
      if (j > i && w.text === 'и' && words[j + 1] && adjParse(words[j + 1]!)) {
        adjectives.push(w);
        j++;
        continue;
      }
      if ((j > i && w.cap && !adjParse(w)) || !adjParse(w)) break;
      adjectives.push(w);
      j++;
    }
  }
  const head = words[j];
  if (!head || (j > i && !adjacent(text, words[j - 1]!, head))) return 0;
  const headLemma = russian ? (nounParse(head)?.lemma ?? head.text.toLowerCase()) : head.text.toLowerCase();
  const isHead = ORG_HEADS.has(headLemma) || (!russian && ORG_HEADS.has(ukNominativeGuess(head.text.toLowerCase())));
  const isGov = GOV_HEADS.has(headLemma) || GOV_HEADS.has(head.text.toLowerCase());
  if (!isHead && !isGov) return 0;
  const startsCap = (adjectives[0] ?? head).cap;

  // Genitive tail: lowercase nouns/adjectives, then an optional place.
  let k = j + 1;
  const tailLimit = j + 5;
  if (russian && startsCap) {
    while (k < words.length && k < tailLimit && !words[k]!.cap && adjacent(text, words[k - 1]!, words[k]!) && isGenitive(words[k]!)) k++;
    // «Движение против нелегальной иммиграции», «Комитет по делам молодёжи»: one prepositional phrase.
    const prep = words[k];
    if (prep && TAIL_PREPOSITIONS.has(prep.text) && adjacent(text, words[k - 1]!, prep)) {
      let n = 1;
      while (k + n < words.length && n <= 3 && !words[k + n]!.cap && adjacent(text, words[k + n - 1]!, words[k + n]!) && !parseWord(words[k + n]!.text)[0]?.tags.has('VERB')) n++;
      if (n > 1) k += n;
    }
  } else if (!russian && startsCap) {
    // No Ukrainian dictionary: take lowercase words that look genitive, or any
    // lowercase words when a place closes the phrase («закордонних справ України»).
    let probe = k;
    while (probe < words.length && probe < tailLimit && !words[probe]!.cap && adjacent(text, words[probe - 1]!, words[probe]!)) probe++;
    if (probe > k && probe < words.length && adjacent(text, words[probe - 1]!, words[probe]!) && placeAt(words, probe, lang)) k = probe;
    else while (k < words.length && k < tailLimit && !words[k]!.cap && words[k]!.text.length > 2 && adjacent(text, words[k - 1]!, words[k]!) && /(их|ого|ої|ів|ей|ь|и|і|ї|у|а|ю|я)$/.test(words[k]!.text)) k++;
  }
  // «Фонд Петра Порошенко», «Інститут імені …»: capitalised person-name words right after the head.
  if (startsCap && k === j + 1) {
    let n = 0;
    while (k + n < words.length && n < 3 && words[k + n]!.cap && !words[k + n]!.caps && words[k + n]!.cyrillic && adjacent(text, words[k + n - 1]!, words[k + n]!) && !placeAt(words, k + n, lang) && (!russian || isPersonNameWord(words[k + n]!))) n++;
    if (n >= 2) k += n;
  }
  let placeLength = 0;
  const place = k < words.length && adjacent(text, words[k - 1]!, words[k]!) ? placeAt(words, k, lang) : null;
  if (place) placeLength = place.length;

  const phraseWords = k - i;
  // A lone capitalised head («Союз», «Совет») is too often something else: want two words.
  // Sentence-initial phrases count too: dropping them cost more recall than it won precision on factRuEval.
  const capitalisedPhrase = startsCap && phraseWords + placeLength >= 2;
  const govPhrase = isGov && placeLength > 0;
  if (!capitalisedPhrase && !govPhrase) return 0;
  if (!startsCap && govPhrase) k = j + 1; // «правительства Китая»: no lowercase tail guessing

  const end = placeLength > 0 ? words[k + placeLength - 1]! : words[k - 1]!;
  const name = nominativePhrase(words, i, adjectives.length, head, k, text, russian) + (placeLength > 0 ? ` ${text.slice(words[k]!.start, end.end)}` : '');
  out.push({ type: 'org', concept: null, name: name.trim(), start: words[i]!.start, end: end.end, sentence });
  if (place) {
    out.push({ type: 'place', concept: place.concept, name: place.name, start: words[k]!.start, end: end.end, sentence });
  }
  return k - i + placeLength;
}

/** Ukrainian nominative guess for a head noun in an oblique case (міністерства → міністерство). */
function ukNominativeGuess(word: string): string {
  for (const [ending, nominative] of [['ства', 'ство'], ['ству', 'ство'], ['ії', 'ія'], ['ію', 'ія'], ['ою', 'а'], ['и', 'а'], ['і', 'а'], ['у', ''], ['а', '']] as const) {
    if (word.endsWith(ending)) {
      const guess = word.slice(0, -ending.length) + nominative;
      if (ORG_HEADS.has(guess)) return guess;
    }
  }
  return word;
}

/** Adjectives and head to nominative (agreeing in gender), genitive tail kept as written. */
function nominativePhrase(words: Word[], i: number, adjectiveCount: number, head: Word, tailEnd: number, text: string, russian: boolean): string {
  const headIndex = i + adjectiveCount;
  if (!russian) return text.slice(words[i]!.start, words[tailEnd - 1]!.end);
  const headNoun = nounParse(head);
  const headNom = headNoun && !headNoun.tags.has('nomn') ? (inflectWord(head.text, ['nomn'], (p) => p.tags.has('NOUN')) ?? head.text) : head.text;
  const gender = headNoun ? (['masc', 'femn', 'neut'].find((g) => headNoun.tags.has(g)) ?? 'masc') : 'masc';
  const plural = headNoun?.tags.has('plur') && !headNoun.tags.has('nomn') ? false : headNoun?.tags.has('plur') === true;
  const parts: string[] = [];
  for (let a = i; a < headIndex; a++) {
    const adj = words[a]!;
    const inflected = inflectWord(adj.text, plural ? ['nomn', 'plur'] : ['nomn', 'sing', gender], (p) => p.tags.has('ADJF') || p.tags.has('PRTF'));
    parts.push(capitaliseLike(inflected ?? adj.text, adj.text));
  }
  parts.push(capitaliseLike(headNom, head.text));
  if (tailEnd > headIndex + 1) parts.push(text.slice(words[headIndex + 1]!.start, words[tailEnd - 1]!.end));
  return parts.join(' ');
}

/** A web medium's name, or an abbreviation that may name an org/place (by spelling; see `matchAbbreviation`). */
function abbreviationShape(t: string, caps: boolean): 'domain' | 'candidate' | null {
  if (DOMAIN_NAME.test(t) && /^[\p{Lu}\p{N}]/u.test(t)) return 'domain';
  // Model and mission codes (ТМА-12, STS-124, ЗАЗ-1103) and initials (В.Л.) are not organisations.
  if (/-\d/.test(t) || /^\p{Lu}\.\p{Lu}/u.test(t)) return null;
  if (!caps || NOT_ENTITY_CAPS.has(t) || /^[IVXLC]+$/.test(t) || t.replace(/[^\p{L}]/gu, '').length > 8) return null;
  return 'candidate';
}

function matchAbbreviation(words: Word[], i: number, lang: Lang, sentence: number, out: Found[]): number {
  const w = words[i]!;
  if (w.abbreviation === 'domain') {
    out.push({ type: 'org', concept: null, name: w.text, start: w.start, end: w.end, sentence });
    return 1;
  }
  if (w.abbreviation === null) return 0;
  let type: EntityType = 'org';
  let name = w.text;
  if (w.cyrillic && lang !== 'uk' && lang !== 'en') {
    const geo = parseWord(w.text).find((p) => p.tags.has('Geox'));
    if (geo) {
      type = 'place';
      name = capitaliseLike(geo.lemma, w.text);
    }
  }
  out.push({ type, concept: null, name, start: w.start, end: w.end, sentence });
  return 1;
}

function capitaliseLike(lemma: string, original: string): string {
  if (isAllCaps(original)) return lemma.toUpperCase();
  const origParts = original.split('-');
  return lemma
    .split('-')
    .map((part, n) => {
      const o = origParts[n];
      return o && o[0] !== o[0]!.toLowerCase() ? part.charAt(0).toUpperCase() + part.slice(1) : part;
    })
    .join('-');
}

/** Russian capitalised words the dictionary marks as toponyms or organisations. */
function matchRussianProper(words: Word[], i: number, text: string, sentence: number, out: Found[]): number {
  const w = words[i]!;
  if (!w.cap || !w.cyrillic || w.caps) return 0;
  const parses = parseWord(w.text);
  const best = parses[0];
  if (!best) return 0;
  // Names win only when they are the likeliest reading (Владимир; but Рим, not the name Рима).
  if (best.tags.has('Name') || best.tags.has('Patr') || (best.tags.has('Surn') && !best.tags.has('Geox'))) return 0;
  // «Свердловской области», «Новой Зеландии»: a capitalised adjective plus a place head.
  const next = words[i + 1];
  if ((best.tags.has('ADJF')) && next && adjacent(text, w, next)) {
    const nextNoun = nounParse(next);
    if (nextNoun && (PLACE_HEADS.has(nextNoun.lemma) || (next.cap && nextNoun.tags.has('Geox')))) {
      const gender = ['masc', 'femn', 'neut'].find((g) => nextNoun.tags.has(g)) ?? 'femn';
      const number = nextNoun.tags.has('plur') ? ['nomn', 'plur'] : ['nomn', 'sing', gender];
      const adj = inflectWord(w.text, number, (p) => p.tags.has('ADJF')) ?? w.text;
      const noun = capitaliseLike(inflectWord(next.text, ['nomn'], (p) => p.tags.has('NOUN')) ?? nextNoun.lemma, next.text);
      out.push({ type: 'place', concept: null, name: `${capitaliseLike(adj, w.text)} ${noun}`, start: w.start, end: next.end, sentence });
      return 2;
    }
  }
  if (!best.tags.has('NOUN')) return 0;
  // «реки Славянки», «города Феникс»: a place-kind noun before the capitalised name.
  const prev0 = words[i - 1];
  if (prev0 && !prev0.cap && adjacent(text, prev0, w) && PLACE_DESCRIPTORS.has(nounParse(prev0)?.lemma ?? '') && !best.tags.has('Orgn')) {
    const lemma = best.known || best.tags.has('Geox') ? capitaliseLike(best.lemma, w.text) : w.text;
    out.push({ type: 'place', concept: null, name: lemma, start: prev0.start, end: w.end, sentence });
    return 1;
  }
  if (best.tags.has('Geox') && best.known) {
    // «Наото Кан», «Н. Кан»: a toponym-looking surname after a first name or an initial.
    const before = words[i - 1];
    if (before && adjacent(text, before, w) && before.cap && (parseWord(before.text)[0]?.tags.has('Name') || /^\p{Lu}$/u.test(before.text))) return 0;
    if (before && /^\p{Lu}\.\s?$/u.test(text.slice(before.start, w.start))) return 0;
    out.push({ type: 'place', concept: null, name: capitaliseLike(best.lemma, w.text), start: w.start, end: w.end, sentence });
    return 1;
  }
  if (best.tags.has('Orgn') && best.known) {
    out.push({ type: 'org', concept: null, name: capitaliseLike(best.lemma, w.text), start: w.start, end: w.end, sentence });
    return 1;
  }
  // «в Анкоридже»: an inanimate capitalised noun after a locative preposition.
  const prev = words[i - 1];
  if (
    i > 0 &&
    prev &&
    RU_PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) &&
    adjacent(text, prev, w) &&
    !parses.some((p) => p.tags.has('Surn') || p.tags.has('anim')) &&
    !NOT_PLACES.has(best.lemma) &&
    (best.tags.has('loct') || best.tags.has('gent') || best.tags.has('accs'))
  ) {
    out.push({ type: 'place', concept: null, name: capitaliseLike(best.lemma, w.text), start: w.start, end: w.end, sentence });
    return 1;
  }
  return 0;
}

const UK_REGION_NOUNS: Record<string, string> = {
  область: 'область', області: 'область', областю: 'область',
  район: 'район', району: 'район', районі: 'район', районом: 'район',
  край: 'край', краю: 'край', краї: 'край',
};

/** Ukrainian «Київської області», «Бахмутському районі» → «Київська область», «Бахмутський район». */
function matchUkrainianRegion(words: Word[], i: number, text: string, sentence: number, out: Found[]): number {
  const w = words[i]!;
  const next = words[i + 1];
  if (!w.cap || !w.cyrillic || !next || !adjacent(text, w, next)) return 0;
  const noun = UK_REGION_NOUNS[next.text.toLowerCase()];
  const m = /^(.+(?:ськ|цьк|зьк))(а|ої|ій|ою|у|ий|ого|ому|им|ім)$/u.exec(w.text);
  if (!noun || !m) return 0;
  const adjective = m[1]! + (noun === 'область' ? 'а' : 'ий');
  out.push({ type: 'place', concept: null, name: `${adjective} ${noun}`, start: w.start, end: next.end, sentence });
  return 2;
}

/** Latin brand and media names inside Cyrillic text: «Facebook», «World Fashion Channel». */
function matchLatinRun(words: Word[], i: number, text: string, sentence: number, out: Found[]): number {
  const w = words[i]!;
  if (!w.latin || !w.cap || w.caps) return 0;
  let n = 1;
  while (i + n < words.length) {
    const next = words[i + n]!;
    if (!adjacent(text, words[i + n - 1]!, next)) break;
    if (next.latin && (next.cap || /^\d/.test(next.text))) n++;
    else if (EN_CONNECTORS.has(next.text.toLowerCase()) && words[i + n + 1]?.latin && words[i + n + 1]!.cap) n += 2;
    else break;
  }
  const last = words[i + n - 1]!;
  out.push({ type: 'org', concept: null, name: text.slice(w.start, last.end), start: w.start, end: last.end, sentence });
  return n;
}

/** English: capitalised runs containing an organisation head word, «The Telegraph». */
function matchEnglishOrg(words: Word[], i: number, sentence: number, out: Found[]): number {
  const w = words[i]!;
  if (!w.cap || !w.latin) return 0;
  if (w.text === 'The' && i + 1 < words.length && matchGazetteer(words, i + 1)) return 0;
  let n = 0;
  let hasHead = false;
  let placeHead = false;
  const theLead = w.text === 'The';
  while (i + n < words.length) {
    const x = words[i + n]!;
    if (x.latin && x.cap) {
      const lower = x.text.toLowerCase();
      if (EN_ORG_HEADS.has(lower)) hasHead = true;
      // The last head word decides: «Bank of … Square» is rare, «Red Square» common.
      if (EN_PLACE_HEADS.has(lower)) placeHead = true;
      else if (EN_ORG_HEADS.has(lower)) placeHead = false;
      n++;
    } else if (n > 0 && EN_CONNECTORS.has(x.text.toLowerCase())) {
      // «Institute for the Study of War»: up to two connectors before the next capitalised word.
      const skip = EN_CONNECTORS.has(words[i + n + 1]?.text.toLowerCase() ?? '') ? 2 : 1;
      if (!words[i + n + skip]?.cap || !words[i + n + skip]?.latin) break;
      n += skip;
    } else break;
  }
  if (n === 0) return 0;
  const last = words[i + n - 1]!;
  if (placeHead && n >= 2) {
    const from = theLead ? i + 1 : i;
    out.push({ type: 'place', concept: null, name: wordsSlice(words, from, i + n), start: words[from]!.start, end: last.end, sentence });
    return n;
  }
  if (hasHead && !(n === 1 && EN_STOP.has(w.text.toLowerCase()))) {
    const start = theLead && n > 1 && !/^(Telegraph|Guardian|Times|Economist|Washington|New|Wall|Kremlin|Pentagon|White)/.test(words[i + 1]!.text) ? words[i + 1]!.start : w.start;
    const name = theLead && start === w.start ? `The ${wordsSlice(words, i + 1, i + n)}` : wordsSlice(words, start === w.start ? i : i + 1, i + n);
    out.push({ type: 'org', concept: null, name, start, end: last.end, sentence });
    return n;
  }
  return 0;
}

function wordsSlice(words: Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((w) => w.text)
    .join(' ');
}

/** English: «in Anchorage» — a capitalised word after a place preposition. */
function matchEnglishPlace(words: Word[], i: number, sentence: number, out: Found[]): number {
  const w = words[i]!;
  const prev = words[i - 1];
  if (!w.cap || w.caps || !w.latin || !prev || !EN_PLACE_PREPOSITIONS.has(prev.text) || EN_STOP.has(w.text.toLowerCase())) return 0;
  // «in Russian», «from British»: nationality adjectives, not places.
  if (/(ish|ian|ese|ic|an)$/.test(w.text) && !getGazetteer().byStems.has(w.stem)) return 0;
  const next = words[i + 1];
  if (next && next.cap) return 0; // «in Donald Trump's …»: more likely a name
  out.push({ type: 'place', concept: null, name: w.text.replace(/['’]s$/, ''), start: w.start, end: w.end, sentence });
  return 1;
}

/* -------------------------------------------------------------- grouping */

function groupFound(found: Found[], lang: Lang, text: string): LocalEntity[] {
  const groups = new Map<string, { type: EntityType; name: string; concept: string | null; mentions: LocalMention[] }>();
  const seenSpans = new Set<string>();
  for (const f of found) {
    const spanKey = `${f.type}:${f.start}:${f.end}`;
    if (seenSpans.has(spanKey)) continue;
    seenSpans.add(spanKey);
    const groupKey = f.concept ?? `${f.type}:${f.name.toLowerCase().replace(/ё/g, 'е')}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { type: f.type, name: f.name, concept: f.concept, mentions: [] };
      groups.set(groupKey, group);
    }
    group.mentions.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), kind: 'name', sentence: f.sentence });
  }
  const entities: LocalEntity[] = [];
  for (const [groupKey, group] of groups) {
    group.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const keys = group.concept ? [group.concept, nameKey(group.type, group.name)] : [nameKey(group.type, group.name)];
    entities.push({
      key: `${group.type}:${groupKey.replace(/^(org|place):/, '')}`,
      type: group.type,
      name: group.name,
      parts: null,
      lang,
      keys,
      mentions: group.mentions,
      roles: [],
      quotes: [],
    });
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Language-independent comparison key of an org/place name. */
export function nameKey(type: EntityType, name: string): string {
  return `${type}:${name
    .split(/[\s-]+/)
    .map((w) => (/^\d+$/.test(w) ? w : skeleton(w)))
    .filter((w) => w !== '')
    .join('-')}`;
}
