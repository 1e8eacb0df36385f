/**
 * A cluster as one corpus event: the type, status and date most reports
 * agree on, participants in title order, titles and place per language.
 */
import type { EventStatus, KbEntity, KbMention, KbPerson, Lang, PersonId } from '../../model/model.ts';
import { eventId } from '../../model/ids.ts';
import { TYPE_PRIORITY } from '../../model/event-types.ts';
import type { Cluster } from './cluster.ts';
import { placeNameIn, titleIn } from './cluster-title.ts';
import { idParts, type Summary } from './event-ids.ts';
import { majority } from './majority.ts';
import { eventReports, latestStatus } from './event-reports.ts';
import type { Member } from './member.ts';

/** `nameLang`: the language of the corpus's canonical person names (the title's). */
export function summariseCluster(c: Cluster, byPerson: Map<string, KbPerson>, byPlace: Map<string, KbEntity>, nameLang: Lang): Summary {
  const ms = c.members;
  const type = majority(ms.map((m) => m.event.type), (t) => t, (a, b) => TYPE_PRIORITY.indexOf(a) - TYPE_PRIORITY.indexOf(b))!;
  const reports = eventReports(ms);
  const status = latestStatus(reports);
  const { date, dateEnd, precision } = settledDate(ms, status);
  const participants = inTitleOrder(ms, c.ids);
  const organisations = [...c.orgs].sort();

  const placeMember = majority(ms.filter((m) => m.event.place), (m) => m.place ?? '');
  const placeId = placeMember?.place && !placeMember.place.startsWith('~') ? placeMember.place : null;
  // Asked for up to six times per event (titles, place, id), each a pass over the members: once per language.
  const placeNames = new Map<Lang, string | null>();
  const placeName = (lang: Lang): string | null => {
    let name = placeNames.get(lang);
    if (name === undefined) placeNames.set(lang, (name = placeNameIn(lang, placeId, byPlace, ms, placeMember)));
    return name;
  };

  const titles: Partial<Record<Lang, string>> = {};
  for (const lang of ['ru', 'uk', 'en'] as const) {
    const t = titleIn(lang, type, participants, byPerson, placeName(lang), ms);
    if (t) titles[lang] = t;
  }
  // The title is in the language of the canonical names (KbPerson.name), even
  // when a participant lacks a name recorded under that language.
  const title = titles[nameLang] ?? titleIn(nameLang, type, participants, byPerson, placeName(nameLang), ms, true) ?? titles.ru ?? titles.en ?? titles.uk ?? ms[0]!.event.title;

  const articles = [...new Set(ms.map((m) => m.article))].sort();
  const mentions: KbMention[] = [];
  for (const m of ms) for (const x of m.event.mentions) mentions.push({ article: m.article, start: x.start, end: x.end, text: x.text, kind: x.kind });
  mentions.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));

  const fallback = (): string | null | undefined => placeName('en') ?? placeMember?.event.place ?? mostCommonOrgName(ms);
  return {
    id: eventId(''),
    idParts: idParts(date, type, participants, byPerson, fallback),
    title,
    titles,
    type,
    date,
    datePrecision: precision,
    dateEnd,
    place: placeName(nameLang) ?? placeMember?.event.place ?? null,
    placeNames: namesOf(placeName),
    status,
    participants,
    organisations,
    articles,
    mentions,
    reports,
  };
}

/** Date: the most precise, most reported; reports of the settled status first. */
function settledDate(ms: readonly Member[], status: EventStatus): Pick<Summary, 'date' | 'dateEnd'> & { precision: Summary['datePrecision'] } {
  const dated = ms.filter((m) => m.event.date);
  const bestPrecision = (['day', 'month', 'year'] as const).find((p) => dated.some((m) => m.precision === p)) ?? null;
  const pool = dated.filter((m) => m.precision === bestPrecision);
  const statusPool = pool.filter((m) => m.event.status === status);
  const dateMember = majority(statusPool.length ? statusPool : pool, (m) => m.event.date!, (a, b) => (a.event.date! < b.event.date! ? -1 : 1));
  const date = dateMember?.event.date ?? null;
  const dateEnd = majority(pool.filter((m) => m.event.date === date && m.event.dateEnd), (m) => m.event.dateEnd!)?.event.dateEnd ?? null;
  return { date, dateEnd, precision: dateMember?.precision ?? null };
}

/** Participants in title order: who is named first most often, then by id. */
function inTitleOrder(ms: readonly Member[], ids: ReadonlySet<PersonId>): PersonId[] {
  const firstCount = new Map<string, number>();
  const order = new Map<string, number>();
  for (const m of ms) {
    m.ordered.forEach((id, i) => {
      order.set(id, Math.min(order.get(id) ?? Infinity, i));
      if (i === 0) firstCount.set(id, (firstCount.get(id) ?? 0) + 1);
    });
  }
  return [...ids].sort((a, b) => (firstCount.get(b) ?? 0) - (firstCount.get(a) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0) || (a < b ? -1 : 1));
}

/** The place's name in each language where it is known. */
function namesOf(placeName: (lang: Lang) => string | null): Partial<Record<Lang, string>> {
  const names: Partial<Record<Lang, string>> = {};
  for (const lang of ['ru', 'uk', 'en'] as const) {
    const name = placeName(lang);
    if (name) names[lang] = name;
  }
  return names;
}

/** The organisation most members name (its local name), for ids of events without people or place. */
function mostCommonOrgName(ms: Member[]): string | null {
  const names = ms.flatMap((m) => m.orgNames);
  return majority(names, (n) => n)?.toString() ?? null;
}
