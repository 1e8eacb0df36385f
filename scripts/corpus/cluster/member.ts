/** One per-article event report as the clustering sees it: resolved ids, match keys, a day interval. */
import type { ArticleId, DatePrecision, KbPerson, Lang, LocalEvent, OrgId, PersonId, PlaceId } from '../../model/model.ts';
import { typeFamily } from '../../model/event-types.ts';
import { transliterate } from '../../lang/transliterate.ts';
import { memoByString } from '../../util/memo.ts';
import { type ArticleInput, type EntityLinks, linkOf } from '../resolve-entities.ts';
import { dateInterval } from './date-interval.ts';
import { knownPlace } from '../../article/events/places/place-tree.ts';
import { surnameKey, surnameOf } from './person-names.ts';
import { placeKey } from './place-key.ts';

export interface Member {
  article: ArticleId;
  lang: Lang;
  event: LocalEvent;
  family: string;
  /**
   * Participant match keys, sorted: the phonetic skeleton of the surname
   * (Токаев = Tokayev = Токаєв), so one person split in two by resolution
   * still matches. Compared only within a type family and a date window.
   */
  people: string[];
  /** Resolved participant ids in the order the article names them (output and title order). */
  ordered: PersonId[];
  /** Participant keys of people attested in more than one article (see vouchedSameEvent). */
  strong: string[];
  orgs: (OrgId | PlaceId)[];
  /** Date of the article the report is in (ISO, any precision) or null. */
  articleDate: string | null;
  /** Local names of the member's organisations (for ids of events without people or place). */
  orgNames: string[];
  /** Resolved place id, or a normalised place name when unresolved. */
  place: string | null;
  /** The place and the places containing it (place-tree.ts), innermost first; empty when unknown. */
  placeChain: string[];
  /** The place name's language-independent key (place-key.ts), or null. */
  placeKey: string | null;
  /** Day numbers (days since epoch), inclusive; null when undated. */
  lo: number | null;
  hi: number | null;
  precision: DatePrecision | null;
  /** The day is written out in the report (LocalEvent.dateExplicit). */
  explicitDay: boolean;
  /** Stable identity for ordering: article id + local key. */
  identity: string;
}

const normalisePlace = memoByString((name: string): string => transliterate(name.toLowerCase(), 'ru').toLowerCase().replace(/[^a-z]/g, ''));

/** Report `event` of article `input`; adds its resolved place id to `placeIds`. */
export function toMember(input: ArticleInput, event: LocalEvent, links: EntityLinks, placeIds: Set<string>, byPerson: Map<string, KbPerson>): Member {
  const article = input.id;
  // An unresolved key stays apart as «?article:key» (never an id: ids have no «?»).
  const resolve = (key: string): string => linkOf(links, article, key) ?? `?${article}:${key}`;
  // Each participant is resolved once: for the output order and for the match keys.
  const participantIds = event.participants.map(resolve);
  const ordered = [...new Set(participantIds)];
  const entities = input.analysis.entities;
  const strong = new Set<string>();
  const people = [
    ...new Set(
      event.participants.map((key, n) => {
        const person = byPerson.get(participantIds[n]!);
        const local = entities.find((e) => e.key === key);
        const name = person ? (person.names.en ?? person.name) : (local?.parts?.last ?? local?.name ?? key);
        const k = `p:${surnameKey(surnameOf(name))}`;
        if (person && person.articles.length > 1) strong.add(k);
        return k;
      }),
    ),
  ].sort();
  const orgIds = [...new Set(event.orgs.map(resolve))];
  // The event's place is the org/place entity whose name it carries; else its normalised name.
  const placeEntity = event.place ? entities.find((e) => e.type === 'place' && event.orgs.includes(e.key) && e.name === event.place) : undefined;
  const placeId = placeEntity ? resolve(placeEntity.key) : null;
  if (placeId && !placeId.startsWith('?')) placeIds.add(placeId);
  const interval = dateInterval(event.date, event.dateEnd);
  return {
    article,
    lang: input.analysis.lang,
    event,
    family: typeFamily(event.type),
    people,
    ordered: ordered.filter((id) => !id.startsWith('?')) as PersonId[],
    strong: [...strong].sort(),
    orgs: (orgIds.filter((id) => !id.startsWith('?')) as (OrgId | PlaceId)[]).sort(),
    articleDate: input.analysis.article.date ?? null,
    orgNames: event.orgs.map((k) => entities.find((e) => e.key === k && e.type === 'org')?.name).filter((n): n is string => !!n),
    place: placeId && !placeId.startsWith('?') ? placeId : event.place ? `~${normalisePlace(event.place)}` : null,
    placeChain: event.place ? (knownPlace(event.place)?.chain ?? []) : [],
    placeKey: event.place ? placeKey(event.place) : null,
    lo: interval?.[0] ?? null,
    hi: interval?.[1] ?? null,
    precision: event.datePrecision,
    explicitDay: event.dateExplicit === true && event.datePrecision === 'day' && !event.dateEnd,
    identity: `${article}\u0000${event.key}`,
  };
}

/** Anchors a report can be found by: resolved people, organisations, places. */
export function anchors(m: Member): string[] {
  const out = [...m.people];
  out.push(...m.orgs);
  if (m.place) out.push(m.place);
  return [...new Set(out)];
}
