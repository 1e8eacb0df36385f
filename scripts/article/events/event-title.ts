/**
 * Event titles in ru/uk/en from type, participants and place:
 * «Встреча Иванова и Смита на Кипре», «Зустріч Іванова і Сміта на Кіпрі»,
 * "Meeting of Ivanov and Smith in Cyprus".
 */
import type { EventType, Lang } from '../../model/model.ts';
import { type Case, type Gender, inflectPlace, inflectSurname } from '../../lang/inflect-name.ts';
import { ON_PLACES, TITLE_TABLE } from './lexicons/title-templates.ts';

export interface TitlePerson {
  /** Surname (or the whole name when it has no Slavic surname), nominative. */
  name: string;
  gender: Gender;
  /** First name, when known: its initial tells namesakes apart («Встреча А. Зинченко и О. Зинченко»). */
  given?: string | null;
}

export interface TitleParts {
  type: EventType;
  lang: Lang;
  people: readonly TitlePerson[];
  place: string | null;
  /** Organisations / teams named with the event, nominative. */
  orgs: readonly string[];
  /** Target phrase as written, for sanctions («против России», "against Belarus"). */
  target?: string | null;
}

interface Template {
  noun: string;
  /** Case the participants take after the noun, or 'between' for «между X и Y». */
  people: Case | 'between' | 'none';
  /** Preposition and case for the place. */
  place: [string, Case] | null;
}

/** Templates per type for one language, read from TITLE_TABLE. */
interface Templates {
  ru: Record<EventType, Template>;
  uk: Record<EventType, Template>;
  /** [noun, joiner before people, preposition before place] */
  en: Record<EventType, [string, string, string | null]>;
}

const PEOPLE_CASES: readonly string[] = ['gen', 'ins', 'loc', 'dat', 'acc', 'between', 'none'];

/** «в loc» → ['в', 'loc']; «-» → null. */
function placeRule(cell: string): [string, Case] | null {
  if (cell === '-') return null;
  const [prep, c] = cell.split(' ');
  return [prep!, c as Case];
}

/** The templates of TITLE_TABLE (see its columns); a malformed row throws. */
function readTitleTable(table: string): Templates {
  const out = { ru: {}, uk: {}, en: {} } as Templates;
  for (const line of table.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [type, ru, uk, en, people, joiner, ruPlace, ukPlace, enPlace] = line.split('|').map((cell) => cell.trim()) as [EventType, string, string, string, string, string, string, string, string];
    if (enPlace === undefined || !PEOPLE_CASES.includes(people)) throw new Error(`title table: bad row «${line}»`);
    const cases = people as Template['people'];
    out.ru[type] = { noun: ru, people: cases, place: placeRule(ruPlace) };
    out.uk[type] = { noun: uk, people: cases, place: placeRule(ukPlace) };
    out.en[type] = [en, joiner, enPlace === '-' ? null : enPlace];
  }
  return out;
}

const { ru: RU, uk: UK, en: EN } = readTitleTable(TITLE_TABLE);

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function placePhrase(place: string, lang: Lang, prep: string, c: Case): string {
  if (lang === 'en') return `${prep} ${place}`;
  let p = prep;
  if ((prep === 'в' || prep === 'у') && c === 'loc' && ON_PLACES.test(place)) p = 'на';
  if (lang === 'uk' && p === 'у' && /^[АЕЄИІЇОУЮЯаеєиіїоуюя]/u.test(place)) p = 'в';
  if (lang === 'ru' && p === 'в' && /^(?:[ВвФф][^аеёиоуыэюя]|Льв)/u.test(place)) p = 'во';
  return `${p} ${inflectPlace(place, c, lang)}`;
}

/**
 * `inflect(surname)`, with the first name's initial when another participant
 * has the same surname: «Зинченко и Зинченко» would not say who met whom.
 */
function namer(people: readonly TitlePerson[], inflect: (p: TitlePerson) => string): (p: TitlePerson) => string {
  const seen = new Map<string, number>();
  for (const p of people) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
  return (p) => {
    const initial = (seen.get(p.name) ?? 0) > 1 ? p.given?.trim().charAt(0).toUpperCase() : '';
    return initial ? `${initial}. ${inflect(p)}` : inflect(p);
  };
}

/** A title for the event in `parts.lang` (ru, uk or en; other languages get English). */
export function eventTitle(parts: TitleParts): string {
  const { type, lang, people, place, orgs } = parts;
  if (type === 'sanctions' && parts.target) return `${lang === 'ru' ? 'Санкции' : lang === 'uk' ? 'Санкції' : 'Sanctions'} ${parts.target}`;
  if (lang === 'ru' || lang === 'uk') {
    const t = (lang === 'ru' ? RU : UK)[type];
    const and = lang === 'ru' ? 'и' : 'і';
    const words = [t.noun];
    if (type === 'sport' && orgs.length > 0) words.push(orgs.join(' — '));
    else if ((type === 'summit' || type === 'sanctions') && orgs.length > 0 && people.length === 0) words.push(`(${orgs.join(', ')})`);
    if (t.people === 'between' && people.length >= 2) {
      const name = namer(people, (p) => inflectSurname(p.name, 'ins', lang, p.gender));
      words.push(lang === 'ru' ? 'между' : 'між', joinList(people.map(name), and));
    } else if (t.people !== 'none' && people.length > 0) {
      const c: Case = t.people === 'between' ? 'ins' : t.people;
      words.push(joinList(people.map(namer(people, (p) => inflectSurname(p.name, c, lang, p.gender))), and));
    }
    if (place && t.place) words.push(placePhrase(place, lang, t.place[0], t.place[1]));
    return words.join(' ');
  }
  const [noun, joiner, prep] = EN[type];
  const words = [noun];
  if (type === 'sport' && orgs.length > 0) words.push(orgs.join(' vs '));
  else if ((type === 'sanctions' || type === 'summit') && orgs.length > 0 && people.length === 0) words.push(joiner, orgs.join(', '));
  if (people.length > 0) words.push(joiner, joinList(people.map(namer(people, (p) => p.name)), 'and'));
  if (place && prep) words.push(placePhrase(place, 'en', prep, 'loc'));
  return words.join(' ');
}
