/**
 * Where an event took place: a place mentioned in the trigger's clause after
 * a locative or directional preposition («на Аляске», "in Istanbul",
 * «по Харькову»), preferring the place entities of the entity stage (they are
 * already nominative) and falling back to a capitalised word after the
 * preposition, put into the nominative by rule.
 */
import type { EventType, Lang, LocalEntity, LocalMention, Span } from '../../model/model.ts';
import { langKey } from '../../model/event-types.ts';
import { placeNominative } from '../../lang/inflect-name.ts';
import { knownPlace } from './places/place-tree.ts';
import { capitalPhrase } from './places/capital-phrase.ts';
import { placeBeforeNoun } from './places/place-adjective.ts';
import { insideAny, quotedSpans } from './quoted-spans.ts';

export interface PlaceMention {
  entity: LocalEntity;
  mention: LocalMention;
}

export interface EventPlace {
  name: string;
  /** LocalEntity key when the place is a known entity. */
  key: string | null;
}

const PREPOSITIONS: Record<string, RegExp> = {
  ru: /(?:^|[\s(])(?:в|во|на|у)\s{1,3}$/iu,
  uk: /(?:^|[\s(])(?:в|у|на)\s{1,3}$/iu,
  en: /(?:^|[\s(])(?:in|at)\s{1,3}(?:the\s{1,3})?$/iu,
};
/** Direction («до Алжиру», "to Algeria") is where a visit goes; for other events it is someone's travel. */
const DIRECTION: Record<string, RegExp> = {
  ru: /(?:^|[\s(])(?:в|во)\s{1,3}$/iu,
  uk: /(?:^|[\s(])(?:до|в|у)\s{1,3}$/iu,
  en: /(?:^|[\s(])(?:to|in)\s{1,3}(?:the\s{1,3})?$/iu,
};
/** Attacks name their target with «по», "on" or a bare object ("hit Odesa"). */
const TARGET: Record<string, RegExp> = {
  ru: /(?:^|[\s(])(?:по|на)\s+$/iu,
  uk: /(?:^|[\s(])(?:по|на)\s+$/iu,
  en: /(?:^|[\s(])(?:on|hit|hitting|struck)\s+$/iu,
};
const FALLBACK: Record<string, RegExp> = {
  ru: /(?<![\p{L}])(?:в|во|на)\s{1,3}(\p{Lu}[\p{Ll}-]{1,30}(?:-\p{Lu}[\p{Ll}]{1,30})?)(?![\p{L}])/gu,
  uk: /(?<![\p{L}])(?:в|у|на)\s{1,3}(\p{Lu}[\p{Ll}'’-]{1,30}(?:-\p{Lu}[\p{Ll}'’]{1,30})?)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:in|at)\s{1,3}((?:the\s{1,3})?\p{Lu}[\p{Ll}-]{2,30}(?:\s\p{Lu}[\p{Ll}-]{2,30})?)(?![\p{L}])/gu,
};
const FALLBACK_VISIT: Record<string, RegExp> = {
  ru: FALLBACK.ru!,
  uk: /(?<![\p{L}])(?:в|у|на|до)\s{1,3}(\p{Lu}[\p{Ll}'’-]{1,30}(?:-\p{Lu}[\p{Ll}'’]{1,30})?)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:in|at|to)\s{1,3}((?:the\s{1,3})?\p{Lu}[\p{Ll}-]{2,30}(?:\s\p{Lu}[\p{Ll}-]{2,30})?)(?![\p{L}])/gu,
};
/** Capitalised words after «в»/"in" that are not places. */
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|It|English|Russian|Ukrainian|French|German|Spanish|Chinese)$/u;

/** English words of nationality ("the Latvian capital", "the Brazilian coast") by their endings. */
const DEMONYM = /(?:ian|ean|ese|ish|ic|i)$/u;

/**
 * `word` is an adjective qualifying the lowercase noun that follows it, not a
 * place: after "the" (a name of a place takes no article before a common
 * noun unless it is a known one) or with a nationality ending.
 */
function nationalityAdjective(word: string, rest: string): boolean {
  const bare = word.replace(/^the\s+/iu, '');
  return (bare !== word || DEMONYM.test(bare)) && /^\s\p{Ll}/u.test(rest) && knownPlace(bare) === null;
}

/** Weekday and month words (ru/uk stems, any case) are never places, whatever the entity stage made of them. */
const CALENDAR_WORD =
  /^(?:понедельник[аеу]?|вторник[аеу]?|сред[аеуы]|четверг[аеу]?|пятниц[аеуы]|суббот[аеуы]|воскресень[еяю]|понеділ(?:ок|ка|ку)|вівтор(?:ок|ка|ку)|серед[аиуі]|четвер(?:га|гу)?|п['’]ятниц[яіюі]|субот[аиуі]|неділ[яію]|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяею]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|(?:січ|берез|квіт|черв|лип|серп|верес|жовт|груд)(?:ень|ня|ні)|лют(?:ий|ого|ому)|травень|травн[яі]|листопад[аі]?)$/iu;

/**
 * The place of the event whose trigger is at `trigger` (article offsets), with
 * `clause` the trigger's clause and `text` the article text.
 */
export function findEventPlace(
  text: string,
  lang: Lang,
  type: EventType,
  clause: Span,
  trigger: Span,
  places: readonly PlaceMention[],
  blocked: readonly Span[],
): EventPlace | null {
  const key = langKey(lang);
  // A place inside quotes the trigger is not in belongs to a title (a film named after a city), not to
  // the event; a quoted remark that reports the event itself keeps its places.
  const quoted = quotedSpans(text, clause.start, clause.end).filter((q) => !insideAny([q], trigger.start, trigger.end));
  const inClause = places.filter(
    (p) => p.entity.type === 'place' && p.mention.start >= clause.start && p.mention.end <= clause.end && !CALENDAR_WORD.test(p.entity.name) && !insideAny(quoted, p.mention.start, p.mention.end),
  );
  const before = (p: PlaceMention): string => text.slice(Math.max(clause.start, p.mention.start - 12), p.mention.start);
  const after = inClause.filter((p) => p.mention.start >= trigger.end);
  const ordered = [...after, ...inClause.filter((p) => p.mention.start < trigger.end).reverse()];
  const preps = type === 'attack' ? [TARGET[key]!, PREPOSITIONS[key]!] : type === 'visit' ? [DIRECTION[key]!, PREPOSITIONS[key]!] : [PREPOSITIONS[key]!];
  for (const re of preps) {
    const hit = ordered.find((p) => re.test(before(p)));
    if (hit) return { name: hit.entity.name, key: hit.entity.key };
  }
  // «посетил Москву», "visited Kyiv": the object of a visit verb is its place.
  if (type === 'visit') {
    const object = after.find((p) => /^\s*$/u.test(text.slice(trigger.end, p.mention.start)));
    if (object) return { name: object.entity.name, key: object.entity.key };
  }
  if (type === 'attack' || type === 'vote') {
    const hit = after[0] ?? (type === 'vote' ? inClause[0] : undefined);
    if (hit) return { name: hit.entity.name, key: hit.entity.key };
  }
  const slice = text.slice(clause.start, clause.end);
  // «в латвийской столице», "in the Latvian capital": the country's capital.
  const capital = capitalPhrase(slice, lang);
  if (capital) return { name: capital, key: null };
  // «женевские переговоры», "the Geneva talks": the city's adjective or name before the event noun.
  const adjective = placeBeforeNoun(text, trigger.start, lang);
  if (adjective) return { name: adjective, key: null };
  // No place entity: a capitalised word after a preposition, not a person or organisation.
  const re = (type === 'visit' ? FALLBACK_VISIT : FALLBACK)[key]!;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const word = m[1]!;
    const start = clause.start + m.index + m[0].length - word.length;
    if (NOT_PLACE.test(word) || CALENDAR_WORD.test(word)) continue;
    if (lang === 'en' && nationalityAdjective(word, slice.slice(m.index + m[0].length))) continue;
    if (blocked.some((b) => start < b.end && start + word.length > b.start)) continue;
    if (insideAny(quoted, start, start + word.length)) continue;
    // A known place in its own nominative («в Гааге» → Гаага); else the name put into the nominative by rule.
    const known = knownPlace(word)?.names[key];
    if (known) return { name: known, key: null };
    if (word.length < 4) continue;
    return { name: lang === 'en' ? word.replace(/^the\s+/u, 'The ') : placeNominative(word, lang), key: null };
  }
  return null;
}
