/**
 * What a surname's forms say about gender, and the surname made to agree with
 * the person's gender (Иванов / Иванова, Жуковський / Жуковська).
 */
import type { Word } from './tokens-to-words.ts';

export type Gender = 'm' | 'f' | null;

/** A surname agrees with the person's gender: Анна Андреев → Андреева, Ксенія Жуковський → Жуковська, Павел Лебедева → Лебедев. */
export function agreeSurname(last: string, gender: Gender): string {
  if (gender === 'f') {
    if (/(ов|ев|ёв|єв|ин|ін|ын|їн)$/u.test(last)) return last + 'а';
    if (/(ськ|цьк)ий$/u.test(last)) return last.slice(0, -2) + 'а';
    if (/(ск|цк)ий$/u.test(last)) return last.slice(0, -2) + 'ая';
    // Other adjectival surnames: Стальный → Стальная, Горький → Горькая.
    if (/(ый|[гкхжшчщ]ий)$/u.test(last)) return last.slice(0, -2) + 'ая';
  } else if (gender === 'm') {
    if (/(ов|ев|ёв|єв|ин|ін|ын|їн)а$/u.test(last)) return last.slice(0, -1);
  }
  return last;
}

/** Surname forms only one gender has: Орловой, Орловою, Орлової (a woman); Орловым, Орловим (a man). */
const FEMININE_SURNAME_FORM = /(ов|ев|єв|ёв|ин|ін|ын|їн)(ой|ою|ої)$/u;
const MASCULINE_SURNAME_FORM = /(ов|ев|єв|ёв|ин|ін|ын|їн)(ым|им)$/u;
const MASCULINE_ADJ_SURNAME = /(ськ|цьк|ск|цк)(ий|ого|ому|им)$/u;
const FEMININE_ADJ_SURNAME = /(ськ|цьк|ск|цк)(а|ая|ої|ою|ую)$/u;
/** Adjectival surname forms of any stem whose ending has one gender (Навальная, Навальную; Навальный, Навального). */
const FEMININE_ADJECTIVAL = /^\p{Ll}{3,}[бвгджзклмнпрстфхцчшщ](ая|яя|ую|юю)$/u;
const MASCULINE_ADJECTIVAL = /^\p{Ll}{3,}[бвгджзклмнпрстфхцчшщ](ый|ого|ому|ым)$/u;

/** The gender a mention's surname form allows, when only one gender has it («Навроцького», «Орловой»). */
export function surnameFormGender(r: { span: { last: Word[] } }): Gender {
  const lw = r.span.last[r.span.last.length - 1];
  if (!lw || lw.latin) return null;
  if (MASCULINE_ADJ_SURNAME.test(lw.lower) || MASCULINE_SURNAME_FORM.test(lw.lower) || MASCULINE_ADJECTIVAL.test(lw.lower)) return 'm';
  if (FEMININE_ADJ_SURNAME.test(lw.lower) || FEMININE_SURNAME_FORM.test(lw.lower) || FEMININE_ADJECTIVAL.test(lw.lower)) return 'f';
  return null;
}

/** The gender the surname forms point to («Киселевой»: a woman), or null when they say nothing or disagree. */
export function surnameFormsGender(reads: { span: { last: Word[] } }[]): Gender {
  const genders = new Set(reads.map(surnameFormGender).filter((g) => g !== null));
  return genders.size === 1 ? [...genders][0] : null;
}


const MASCULINE_PARTICIPLE = /^\p{Ll}{3,}(нного|вшего|ющего|ящего|нному|вшему|ющему|ящему|нный|вший|ющий|ящий)$/u;
const FEMININE_PARTICIPLE = /^\p{Ll}{3,}(нной|вшей|ющей|ящей|нная|вшая|ющая|ящая|нную|вшую|ющую|ящую)$/u;

/** The gender a Russian participle's ending shows («раненного»: a man; «избранная»: a woman), or null. */
export function participleGender(lower: string): Gender {
  if (MASCULINE_PARTICIPLE.test(lower)) return 'm';
  if (FEMININE_PARTICIPLE.test(lower)) return 'f';
  return null;
}
