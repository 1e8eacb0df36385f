/** A cluster's title and place name in each language, from the corpus names of its people and place. */
import type { EventType, KbEntity, KbPerson, Lang } from '../../model/model.ts';
import { eventTitle, type TitlePerson } from '../../article/events/event-title.ts';
import { knownEntries } from '../../lang/lexicons/known-places-orgs.ts';
import { knownPlace } from '../../article/events/places/place-tree.ts';
import { majority } from './majority.ts';
import type { Member } from './member.ts';
import { givenOf, guessGender, surnameOf } from './person-names.ts';

/**
 * The title in `lang`: built from the participants' names in that language;
 * the members' own title when a name is missing (with `canonical`, the
 * corpus name stands in for a missing one).
 */
export function titleIn(lang: Lang, type: EventType, participants: string[], byPerson: Map<string, KbPerson>, place: string | null, ms: Member[], canonical = false): string | null {
  const local = majority(ms.filter((m) => m.lang === lang), (m) => m.event.title)?.event.title ?? null;
  if (participants.length === 0) {
    if (local) return local;
    return place ? eventTitle({ type, lang, people: [], place, orgs: [] }) : null;
  }
  const names = participants.map((id) => byPerson.get(id)?.names[lang] ?? (canonical ? byPerson.get(id)?.name : undefined));
  if (names.some((n) => !n)) return local;
  const people: TitlePerson[] = names.map((n) => ({ name: surnameOf(n!), gender: guessGender(n!), given: givenOf(n!) }));
  return eventTitle({ type, lang, people, place, orgs: [] });
}

/**
 * The place's name in `lang`: the resolved place's, else the place tree's
 * (nominative, whatever case the report wrote it in), else the members' own
 * in that language, else the entity gazetteer's.
 */
export function placeNameIn(lang: Lang, placeId: string | null, byPlace: Map<string, KbEntity>, ms: Member[], placeMember: Member | undefined): string | null {
  if (placeId) {
    const entity = byPlace.get(placeId);
    const name = entity?.names[lang];
    if (name) return name;
  }
  const known = placeMember?.event.place ? knownPlace(placeMember.event.place)?.names[lang] : undefined;
  if (known) return known;
  const same = majority(ms.filter((m) => m.lang === lang && m.event.place), (m) => m.event.place!);
  if (same?.event.place) return same.event.place;
  if (!placeMember?.event.place) return null;
  return translatePlace(placeMember.event.place, lang);
}

let gazetteer: Map<string, Partial<Record<string, string>>> | null = null;

/** A well-known place's name in another language, from the entity gazetteer. */
function translatePlace(name: string, lang: Lang): string | null {
  if (!gazetteer) {
    gazetteer = new Map();
    for (const e of knownEntries()) if (e.type === 'place') for (const f of e.forms) gazetteer.set(f.toLowerCase(), e.names);
  }
  return gazetteer.get(name.toLowerCase())?.[lang] ?? null;
}
