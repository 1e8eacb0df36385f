import type { CorpusLang } from '../cast.ts';

export type CorpusEventType = 'meeting' | 'talks' | 'call' | 'visit' | 'summit' | 'signing' | 'sanctions';
export type CorpusStatus = 'happened' | 'planned' | 'cancelled';

/**
 * Everything language-specific the article writer needs. Templates use slots:
 *   {A} full name (nominative), {A:gen} full name in a case, {A.l} / {A.l:ins}
 *   surname only, {A.r} role, {A|m-word|f-word} gender agreement;
 *   people A, B (participants), C, E (bystanders), S (quoted speaker);
 *   {P} / {P:loc} / {P:to} place; {D} event date phrase (relative or absolute);
 *   {DA} absolute event date; {DH} an earlier date; {T} topic; {DOC} document;
 *   {TGT} sanctions target; {SRC} outlet; {Q} quote text.
 */
export interface LanguagePack {
  lang: CorpusLang;
  months: readonly string[];
  /** "15 августа", "15 серпня", "15 August"; with year when it differs from the article's. */
  absoluteDate(day: number, month: number, year: number | null): string;
  /** Adverbial phrase for an absolute date: "15 августа" / "on 15 August". */
  onDate(absolute: string): string;
  today: string;
  yesterday: string;
  /** Adverbial weekday phrases indexed by Date#getUTCDay (0 = Sunday). */
  weekdays: readonly string[];
  /** English also says "last Tuesday"; null elsewhere. */
  lastWeekday: ((weekday: string) => string) | null;
  lastWeek: string;
  leads: Record<CorpusEventType, Record<CorpusStatus, readonly string[]>>;
  titles: Record<CorpusEventType, readonly string[]>;
  /** Title prefix for planned / cancelled events. */
  titlePrefix: Record<Exclude<CorpusStatus, 'happened'>, string>;
  details: Record<CorpusEventType, readonly string[]>;
  sourceLines: readonly string[];
  outlets: readonly string[];
  questions: readonly string[];
  quotes: readonly string[];
  quoteFrames: readonly string[];
  analystBlocks: readonly string[];
  attributions: readonly string[];
  fillers: readonly string[];
  reactions: readonly string[];
  history: readonly string[];
  topics: readonly string[];
  documents: readonly string[];
  targets: readonly string[];
}
