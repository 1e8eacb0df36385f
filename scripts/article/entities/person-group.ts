/**
 * One person taking shape within an article: the spans read so far, and what
 * a new span must agree with to join them (surname stem, first name or a short
 * form of it, initial, patronymic, the gender a surname form allows).
 */
import { shortFormOf } from './given-name-forms.ts';
import type { NameSpan } from './find-name-spans.ts';
import { surnameFormGender, type Gender } from './surname-gender.ts';

/** One name span as read: its parts in the nominative, and how sure the reading is. */
export interface ReadSpan {
  span: NameSpan;
  first: string | null;
  /** Every nominative the first-name word can stand for (Дарія: Дарій in the genitive, or Дарія). */
  firstAlts: string[];
  /** An East Asian name in full, lowercase nominative («ким чен ир»): Ким Чен Ир and Ким Ир Сен share only the family name. */
  asian: string | null;
  patronymic: string | null;
  /** Nominative surname and how sure we are of it (3 dictionary … 0 surface). */
  last: string | null;
  lastScore: number;
  lastStem: string | null;
  initial: string | null;
  gender: Gender;
  cases: number;
}

/** The reads of one person so far, with what joining it needs kept ready. */
export interface Group {
  reads: ReadSpan[];
  firsts: Map<string, number>;
  alts: Set<string>;
  stems: Set<string>;
  patronymic: string | null;
  /** Genders the reads' surname forms allow (kept as reads join, so a join is not a pass over every read). */
  formGenders: Set<Gender>;
  /** The gender of the first read with a first name and a gender, if any. */
  firstGender?: Gender;
}

export function compatible(g: Group, r: ReadSpan): boolean {
  if (r.lastStem && !g.stems.has(r.lastStem)) return false;
  if (r.asian && g.reads.some((o) => o.asian && !o.asian.startsWith(r.asian as string) && !(r.asian as string).startsWith(o.asian as string))) return false;
  if (r.first && g.firsts.size && !g.firsts.has(r.first) && !r.firstAlts.some((a) => g.firsts.has(a)) && !g.alts.has(r.first) &&
    ![...g.firsts.keys()].some((f) => shortFormOf(f, r.first as string))) return false;
  if (r.initial && g.firsts.size && ![...g.firsts.keys()].some((f) => f[0] === r.initial?.[0])) return false;
  if (r.patronymic && g.patronymic && r.patronymic !== g.patronymic) return false;
  // A bare surname form only one gender has does not join a person of the other («Навальной»: not her husband).
  const formGender = r.first ? null : surnameFormGender(r);
  const groupGender = (g.formGenders.size === 1 ? [...g.formGenders][0] : null) ?? g.firstGender;
  return !formGender || !groupGender || formGender === groupGender;
}

export function add(g: Group, r: ReadSpan): void {
  g.reads.push(r);
  const formGender = surnameFormGender(r);
  if (formGender) g.formGenders.add(formGender);
  if (r.first && r.gender && g.firstGender === undefined) g.firstGender = r.gender;
  if (r.first) g.firsts.set(r.first, (g.firsts.get(r.first) ?? 0) + 1);
  for (const a of r.firstAlts) g.alts.add(a);
  if (r.lastStem) g.stems.add(r.lastStem);
  if (r.patronymic) g.patronymic ??= r.patronymic;
}
