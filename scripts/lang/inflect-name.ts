/**
 * Small rule sets that put names into the cases event titles need
 * (genitive «Встреча Путина и Трампа», instrumental «между Зеленским и
 * Стармером», locative «на Аляске», dative «по Харькову») and back to the
 * nominative («в Стамбуле» → «Стамбул»).
 *
 * Rules, not a dictionary: surnames and place names are mostly unknown words
 * whose declension follows their ending. Russian place nominatives use az
 * (via the people engineer's morphology module) when it is loaded, because
 * «Аляске» → «Аляска» but «Минске» → «Минск» cannot be told by ending.
 */
import type { Lang } from '../model/model.ts';
import { knownEntries } from './lexicons/known-places-orgs.ts';
import { morphologyReady, parseWord } from './morphology.ts';

export type Gender = 'm' | 'f' | null;
export type Case = 'gen' | 'ins' | 'loc' | 'dat' | 'acc';

const VOWEL_END = /[аеёиоуыэюяіїєaeiouy]$/iu;

function matchCase(word: string): string {
  if (word === word.toUpperCase() && word.length > 1) return word.toUpperCase();
  return word;
}

/** Surname (or one-word name) of a person into a case, ru/uk; other languages unchanged. */
export function inflectSurname(name: string, grammaticalCase: Case, lang: Lang, gender: Gender = null): string {
  if (lang !== 'ru' && lang !== 'uk') return name;
  // Multi-word names (Си Цзиньпин, Ким Чен Ын) inflect only their last word when it is Slavic-looking.
  const parts = name.split(' ');
  const last = parts.pop()!;
  const out = lang === 'ru' ? ruSurname(last, grammaticalCase, gender) : ukSurname(last, grammaticalCase, gender);
  return [...parts, matchCase(out)].join(' ');
}

function ruSurname(w: string, c: Case, gender: Gender): string {
  const female = gender === 'f' || (gender === null && /(?:ова|ева|ина|ына|ая)$/u.test(w));
  if (female) {
    if (/(?:ова|ева|ина|ына)$/u.test(w)) return w.slice(0, -1) + (c === 'acc' ? 'у' : 'ой');
    if (/ая$/u.test(w)) return w.slice(0, -2) + (c === 'acc' ? 'ую' : 'ой');
    return w;
  }
  const endings: Record<Case, [string, string, string, string]> = {
    // [adjectival -ский/-ой, consonant, -й, -ь]
    gen: ['ого', 'а', 'я', 'я'],
    acc: ['ого', 'а', 'я', 'я'],
    dat: ['ому', 'у', 'ю', 'ю'],
    ins: ['им', 'ом', 'ем', 'ем'],
    loc: ['ом', 'е', 'е', 'е'],
  };
  const [adj, cons, yot, soft] = endings[c];
  if (/(?:ский|цкий|ский|ый|ий)$/u.test(w)) return w.slice(0, -2) + (c === 'ins' && /ый$/u.test(w) ? 'ым' : adj);
  if (/ой$/u.test(w) && w.length > 4) return w.slice(0, -2) + adj;
  if (/й$/u.test(w)) return w.slice(0, -1) + yot;
  if (/ь$/u.test(w)) return w.slice(0, -1) + soft;
  if (VOWEL_END.test(w)) {
    if (/[^и]а$/u.test(w) && c === 'gen') return w.slice(0, -1) + (/[гкхжчшщ]а$/u.test(w) ? 'и' : 'ы');
    return w;
  }
  if (/[\p{Script=Cyrillic}]$/u.test(w)) {
    // -ов/-ев/-ин/-ын surnames take -ым in the instrumental (Путиным, Токаевым).
    if (c === 'ins' && /(?:ов|ев|ёв|ин|ын)$/u.test(w)) return w + 'ым';
    return w + cons;
  }
  return w;
}

function ukSurname(w: string, c: Case, gender: Gender): string {
  const female = gender === 'f' || (gender === null && /(?:ова|єва|іна|ська|цька)$/u.test(w));
  if (female) {
    if (/(?:ська|цька)$/u.test(w)) return w.slice(0, -1) + (c === 'gen' ? 'ої' : c === 'ins' ? 'ою' : c === 'acc' ? 'у' : 'ій');
    if (/(?:ова|єва|іна)$/u.test(w)) return w.slice(0, -1) + (c === 'gen' ? 'ої' : c === 'ins' ? 'ою' : c === 'acc' ? 'у' : 'ій');
    return w;
  }
  if (/(?:ський|цький|ий)$/u.test(w)) return w.slice(0, -2) + { gen: 'ого', acc: 'ого', dat: 'ому', ins: 'им', loc: 'ому' }[c];
  if (/ко$/u.test(w) || /о$/u.test(w)) return w.slice(0, -1) + { gen: 'а', acc: 'а', dat: 'ові', ins: 'ом', loc: 'ові' }[c];
  if (/й$/u.test(w)) return w.slice(0, -1) + { gen: 'я', acc: 'я', dat: 'ю', ins: 'єм', loc: 'ї' }[c];
  if (/ь$/u.test(w)) return w.slice(0, -1) + { gen: 'я', acc: 'я', dat: 'ю', ins: 'ем', loc: 'і' }[c];
  if (VOWEL_END.test(w)) return w;
  if (/[\p{Script=Cyrillic}]$/u.test(w)) {
    if (c === 'ins' && /(?:ін|ин|ов|ев|єв)$/u.test(w)) return w + 'им';
    return w + { gen: 'а', acc: 'а', dat: 'у', ins: 'ом', loc: 'і' }[c];
  }
  return w;
}

/** Place name into a case, ru/uk (locative for «на Аляске», dative for «по Харькову»…). */
export function inflectPlace(name: string, c: Case, lang: Lang): string {
  if (lang !== 'ru' && lang !== 'uk') return name;
  if (name.includes(' ') || /^[\p{Lu}]{2,}$/u.test(name)) return name;
  const w = name;
  if (lang === 'ru') {
    if (/ия$/u.test(w)) return w.slice(0, -1) + { gen: 'и', acc: 'ю', dat: 'и', ins: 'ей', loc: 'и' }[c];
    if (/а$/u.test(w)) return w.slice(0, -1) + { gen: /[гкхжчшщ]а$/u.test(w) ? 'и' : 'ы', acc: 'у', dat: 'е', ins: 'ой', loc: 'е' }[c];
    if (/я$/u.test(w)) return w.slice(0, -1) + { gen: 'и', acc: 'ю', dat: 'е', ins: 'ей', loc: 'е' }[c];
    if (/ь$/u.test(w)) return w.slice(0, -1) + { gen: 'я', acc: 'ь', dat: 'ю', ins: 'ем', loc: 'е' }[c];
    if (VOWEL_END.test(w)) return w;
    return w + { gen: 'а', acc: '', dat: 'у', ins: 'ом', loc: 'е' }[c];
  }
  if (/ія$/u.test(w)) return w.slice(0, -1) + { gen: 'ї', acc: 'ю', dat: 'ї', ins: 'єю', loc: 'ї' }[c];
  if (/ка$/u.test(w)) return w.slice(0, -2) + { gen: 'ки', acc: 'ку', dat: 'ці', ins: 'кою', loc: 'ці' }[c];
  if (/га$/u.test(w)) return w.slice(0, -2) + { gen: 'ги', acc: 'гу', dat: 'зі', ins: 'гою', loc: 'зі' }[c];
  if (/ха$/u.test(w)) return w.slice(0, -2) + { gen: 'хи', acc: 'ху', dat: 'сі', ins: 'хою', loc: 'сі' }[c];
  if (/а$/u.test(w)) return w.slice(0, -1) + { gen: 'и', acc: 'у', dat: 'і', ins: 'ою', loc: 'і' }[c];
  if (/[кгх]$/u.test(w)) return w + { gen: 'а', acc: '', dat: 'у', ins: 'ом', loc: 'у' }[c];
  if (/ів$/u.test(w)) return w.slice(0, -2) + { gen: 'ова', acc: 'ів', dat: 'ову', ins: 'овом', loc: 'ові' }[c];
  if (/їв$/u.test(w)) return w.slice(0, -2) + { gen: 'єва', acc: 'їв', dat: 'єву', ins: 'євом', loc: 'єві' }[c];
  if (/ь$/u.test(w)) return w.slice(0, -1) + { gen: 'я', acc: 'ь', dat: 'ю', ins: 'ем', loc: 'і' }[c];
  if (VOWEL_END.test(w)) return w;
  return w + { gen: 'а', acc: '', dat: 'у', ins: 'ом', loc: 'і' }[c];
}

let knownForms: Set<string> | null = null;

/** Nominative spellings of gazetteer places, lowercase, to check rule guesses against. */
function isKnownPlace(name: string): boolean {
  knownForms ??= new Set(knownEntries().filter((e) => e.type === 'place').flatMap((e) => e.forms.map((f) => f.toLowerCase())));
  return knownForms.has(name.toLowerCase());
}

/** Candidate nominatives of an oblique place form, most likely first. */
function nominativeCandidates(w: string, lang: 'ru' | 'uk'): string[] {
  const stem = (n: number): string => w.slice(0, -n);
  const out: string[] = [];
  if (lang === 'uk') {
    if (/ці$/u.test(w)) out.push(stem(2) + 'ка');
    if (/зі$/u.test(w)) out.push(stem(2) + 'га');
    if (/сі$/u.test(w)) out.push(stem(2) + 'ха');
    if (/єві$/u.test(w)) out.push(stem(3) + 'їв');
    if (/ії$/u.test(w)) out.push(stem(1) + 'я');
    if (/ові$/u.test(w)) out.push(stem(3) + 'ів', stem(3) + 'ова', stem(1));
    if (/[^аеиоуяюєії]і$/u.test(w)) out.push(stem(1), stem(1) + 'а', stem(1) + 'я');
    if (/[^аеиоуяюєії]у$/u.test(w)) out.push(stem(1), stem(1) + 'а');
    if (/[^аеиоуяюєії]и$/u.test(w)) out.push(stem(1) + 'а');
    if (/ю$/u.test(w)) out.push(stem(1) + 'я', stem(1) + 'ь');
  } else {
    if (/ии$/u.test(w)) out.push(stem(1) + 'я');
    if (/(?:ове|еве|ине|ову|еву|ину)$/u.test(w)) out.push(stem(1));
    if (/[^аеиоуыэюяё]у$/u.test(w)) out.push(stem(1) + 'а', stem(1));
    if (/[^аеиоуыэюяё]е$/u.test(w)) out.push(stem(1), stem(1) + 'а', stem(1) + 'я');
    if (/[^аеиоуыэюяё][ыи]$/u.test(w)) out.push(stem(1) + 'а');
    if (/ю$/u.test(w)) out.push(stem(1) + 'я', stem(1) + 'ь');
  }
  out.push(w);
  return out;
}

/** Best guess at the nominative of a place written after a preposition. */
export function placeNominative(form: string, lang: Lang): string {
  if (lang !== 'ru' && lang !== 'uk') return form;
  const candidates = nominativeCandidates(form, lang === 'ru' ? 'ru' : 'uk');
  const known = candidates.find(isKnownPlace);
  if (known) return known;
  if (lang === 'ru' && morphologyReady()) {
    const geo = parseWord(form).find((p) => p.tags.has('Geox'));
    if (geo) return titleLike(form, geo.lemma);
  }
  // Unknown place: masculine cities in -ск/-н/-л… drop the ending, the rest take -а.
  if (/(?:ск|цк|н|л|р|д|т|м|ж)[еі]$/u.test(form)) return form.slice(0, -1);
  return candidates[0]!;
}

function titleLike(original: string, lemma: string): string {
  return original[0] === original[0]!.toUpperCase() ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
}
