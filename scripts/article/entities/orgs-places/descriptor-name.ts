/**
 * A descriptor noun before an unquoted Cyrillic name or an abbreviation
 * («клуба Зенит», «агентству Синьхуа», «федерации ФИБА»): the descriptor
 * belongs to the mention, which names the organisation by the name alone.
 * «группы компаний Зенит»: a second descriptor in the genitive joins the first.
 *
 * Not when the name reads as a person («клуба Иван Петров» is an apposition;
 * «в компании Петрова» is "together with Petrov") or as a place («банка
 * Москвы» is left to the phrase rules).
 */
import { NAME_DESCRIPTORS } from '../../../lang/lexicons/org-place-words.ts';
import { NOT_ORG_DESCRIPTORS } from '../../../lang/lexicons/org-span-words.ts';
import { placeAt } from './known.ts';
import type { Matcher, Scan } from './scan-context.ts';
import { adjacent, capitaliseLike } from './words.ts';

/** Surnames in the genitive by their ending (ru/uk): -ова, -ева, -іна, -ина, -ского. */
const GENITIVE_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|єв|ёв|ін|ин|ськ|цьк|ск|цк)(?:а|ого)$/u;

/** At most this many capitalised words make the name. */
const MAX_NAME_WORDS = 3;

const isDescriptor = (s: Scan, k: number): boolean => {
  const w = s.words[k];
  if (w === undefined || !w.cyrillic || w.caps) return false;
  const lemma = s.ann.at(k).noun?.lemma ?? w.text.toLowerCase();
  return NAME_DESCRIPTORS.has(lemma) && !NOT_ORG_DESCRIPTORS.has(lemma);
};

/** The word reads as a given name, patronymic or (known) surname, or as an animate noun. */
function personish(s: Scan, k: number): boolean {
  const best = s.ann.at(k).best;
  return best !== undefined && (best.tags.has('Name') || best.tags.has('Patr') || (best.tags.has('anim') && !best.tags.has('Orgn')));
}

/** How many capitalised Cyrillic words from `k` make a name (0 when none or when it reads as a person or place). */
function nameRun(s: Scan, k: number): number {
  const { words, text } = s;
  const first = words[k];
  if (!first || !first.cap || !adjacent(text, words[k - 1]!, first)) return 0;
  // «группы компаний Brellix Motors»: after two descriptors a Latin run is the name too.
  if (first.latin && !first.caps) return latinRun(s, k);
  if (!first.cyrillic || placeAt(s, k)) return 0;
  if (first.caps) return first.text.length >= 2 ? 1 : 0;
  let n = 0;
  while (n < MAX_NAME_WORDS && k + n < words.length && words[k + n]!.cap && words[k + n]!.cyrillic && !words[k + n]!.caps && (n === 0 || adjacent(text, words[k + n - 1]!, words[k + n]!))) {
    // «клуба Зенит Иван Петров»: the name stops where a person's begins.
    if (s.ann.at(k + n).best?.tags.has('Name') || s.ann.at(k + n).best?.tags.has('Patr')) break;
    n++;
  }
  // «институт Уполномоченного»: a lone adjective names a person by office, not an organisation.
  if (n === 1 && s.ann.at(k).best?.tags.has('ADJF')) return 0;
  return n;
}

/** Capitalised Latin words from `k`. */
function latinRun(s: Scan, k: number): number {
  let n = 0;
  while (n < MAX_NAME_WORDS && s.words[k + n]?.latin && s.words[k + n]!.cap && (n === 0 || adjacent(s.text, s.words[k + n - 1]!, s.words[k + n]!))) n++;
  // «группы A»: a lone capital letter labels a part, it names no company.
  return n === 1 && s.words[k]!.text.length === 1 ? 0 : n;
}

export const matchDescriptorName: Matcher = (s, i) => {
  const { words, text, sentence, out } = s;
  // Cheap check first (this runs for every word): a capitalised word one or two words on.
  if (!words[i + 1]?.cap && !words[i + 2]?.cap) return 0;
  if (!isDescriptor(s, i)) return 0;
  let k = i + 1;
  // «группы компаний …», «сети магазинов …»
  if (isDescriptor(s, k) && adjacent(text, words[i]!, words[k]!) && s.ann.at(k).genitive) k++;
  const n = nameRun(s, k);
  if (n === 0) return 0;
  // «в компании Петрова»: with a person, not a company.
  if (n === 1 && personish(s, k) && words[i - 1]?.text.toLowerCase() === 'в') return 0;
  // «компания Зорянова», «клуб Петренкова»: a surname in the genitive names the owner, not the body.
  if (n === 1 && GENITIVE_SURNAME.test(words[k]!.text)) return 0;
  const last = words[k + n - 1]!;
  const name = n === 1 && s.ann.at(k).best?.known && s.lang === 'ru' ? capitaliseLike(s.ann.at(k).lemma, words[k]!.text) : text.slice(words[k]!.start, last.end);
  out.push({ type: 'org', concept: null, name, start: words[i]!.start, end: last.end, sentence });
  return k + n - i;
};
