/**
 * Fill one template (see packs/types.ts for the slot language) for one
 * article. Pure string work: one regex pass per template.
 */
import type { CorpusLang, Person, Place } from './cast.ts';
import type { Case } from './decline.ts';
import type { LanguagePack } from './packs/types.ts';

export type Role = 'A' | 'B' | 'C' | 'E' | 'S';

export interface TemplateContext {
  pack: LanguagePack;
  people: Record<Role, Person>;
  /** Person ids whose surname this article writes in lowercase (путін-style). */
  lowercase: ReadonlySet<string>;
  place: Place;
  topic: number;
  document: number;
  target: number;
  /** Date phrase of the event (relative or absolute). */
  date: string;
  /** Absolute date of the event, no preposition. */
  absoluteDate: string;
  /** Adverbial phrase for an earlier date. */
  historyDate: string;
  outlet: string;
  quote: string;
}

const SLOT = /\{([ABCES])\|([^|}]*)\|([^}]*)\}|\{([ABCES])(\.[lr])?(?::(\w+))?\}|\{(P|D|DA|DH|T|DOC|TGT|SRC|Q)(?::(\w+))?\}/g;

function surname(person: Person, lang: CorpusLang, grammaticalCase: Case, lowercase: ReadonlySet<string>): string {
  const last = person.names[lang].last[grammaticalCase];
  return lowercase.has(person.id) ? last.toLowerCase() : last;
}

export function fillTemplate(template: string, ctx: TemplateContext): string {
  const lang = ctx.pack.lang;
  const out = template.replace(SLOT, (match, gRole: string, masc: string, fem: string, role: string, part: string, kase: string, other: string, otherCase: string) => {
    if (gRole !== undefined) return ctx.people[gRole as Role].gender === 'f' ? fem : masc;
    if (role !== undefined) {
      const person = ctx.people[role as Role];
      const c = (kase ?? 'nom') as Case;
      if (part === '.r') return person.role[lang];
      const last = surname(person, lang, c, ctx.lowercase);
      if (part === '.l') return last;
      return `${person.names[lang].first[c]} ${last}`;
    }
    switch (other) {
      case 'P':
        return otherCase === 'loc' ? ctx.place.loc[lang] : otherCase === 'to' ? ctx.place.to[lang] : ctx.place.nom[lang];
      case 'D': return ctx.date;
      case 'DA': return ctx.absoluteDate;
      case 'DH': return ctx.historyDate;
      case 'T': return ctx.pack.topics[ctx.topic];
      case 'DOC': return ctx.pack.documents[ctx.document];
      case 'TGT': return ctx.pack.targets[ctx.target];
      case 'SRC': return ctx.outlet;
      case 'Q': return ctx.quote;
      default: return match;
    }
  });
  return capitalise(out);
}

/** Sentences open with a capital even when the template starts with a slot («вчера» → «Вчера»). */
export function capitalise(text: string): string {
  const first = text.search(/\p{L}/u);
  if (first < 0) return text;
  return text.slice(0, first) + text[first].toUpperCase() + text.slice(first + 1);
}
