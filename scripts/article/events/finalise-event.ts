/** A settled draft as the stage's output: final status and date, participants' keys and a title. */
import type { DatePrecision, Lang, LocalEntity, LocalEvent } from '../../model/model.ts';
import type { Draft } from './event-draft.ts';
import { eventTitle, type TitlePerson } from './event-title.ts';
import { type ArticleDate, articleDateAsEventDate } from './resolve-event-date.ts';

function surname(entity: LocalEntity): TitlePerson {
  const parts = entity.parts;
  const name = (parts?.last ?? entity.name).split(' ').pop() ?? entity.name;
  return { name: parts?.first || parts?.last ? name : entity.name, gender: parts?.gender ?? null, given: parts?.first ?? null };
}

/** Draft `d` as the article's `index`-th event; `anyCancelled`: the article cancels some event. */
export function finaliseEvent(d: Draft, index: number, anyCancelled: boolean, ref: ArticleDate | null, lang: Lang, entities: LocalEntity[]): LocalEvent {
  let status = d.status;
  // A further event someone proposed («предложил устроить новую встречу») stays a plan, whatever else the article cancels.
  if (d.further && !d.date && status === 'cancelled') status = 'planned';
  if (d.pastPlan && anyCancelled && status === 'planned' && !d.further) status = 'cancelled';
  let date = d.date;
  if (!date && !d.backReference && (status === 'happened' || status === 'cancelled')) date = articleDateAsEventDate(ref, 'month');
  if (status === 'happened' && !d.statusExplicit && date && ref && date.precision === 'day' && ref.day !== null && ref.month !== null) {
    const refIso = `${ref.year}-${String(ref.month).padStart(2, '0')}-${String(ref.day).padStart(2, '0')}`;
    if (date.date > refIso) status = 'planned';
  }
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const people = d.participants.map((k) => byKey.get(k)).filter((e): e is LocalEntity => !!e).map(surname);
  const orgNames = d.type === 'sport' ? d.teams : d.orgs.filter((k) => k !== d.placeKey).map((k) => byKey.get(k)?.name).filter((n): n is string => !!n).slice(0, 1);
  const precision: DatePrecision | null = date?.precision ?? null;
  return {
    key: `e${index + 1}`,
    type: d.type,
    status,
    date: date?.date ?? null,
    datePrecision: precision,
    dateEnd: date?.dateEnd ?? null,
    place: d.place,
    participants: d.participants,
    orgs: d.orgs,
    title: eventTitle({ type: d.type, lang, people, place: d.place, orgs: orgNames, target: d.target }),
    mentions: d.mentions,
    ...(date?.explicit && date === d.date ? { dateExplicit: true } : {}),
    ...(d.backReference ? { backReference: true } : {}),
    ...(d.sideline ? { sideline: true } : {}),
  };
}
