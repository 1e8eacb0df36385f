/**
 * Name normalisation helpers: nominative guesses for surnames the dictionary
 * does not know, a crude inflection stem for grouping forms of one name
 * (Стубб / Стубба / Стуббом), and comparison keys.
 */
import { CASE } from '../../lang/grammatical-case.ts';

type Gender = 'm' | 'f' | null;

const capitaliseParts = (s: string): string =>
  s.split(/(?<=[-\s])/u).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');

/** «иванов» / «ле пен» / «жан-мари» → «Иванов» / «Ле Пен» / «Жан-Мари». */
export function titleCase(s: string): string {
  return capitaliseParts(s.toLowerCase());
}

/** Comparison form: lowercase, ё→е, ї/і→и, apostrophes dropped. */
export function comparable(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ`]/g, '');
}

// Inflection endings, longest first. Ukrainian forms included (і, ові, ою, ської).
const ENDINGS = [
  'ського', 'ському', 'ськими', 'ським', 'ській', 'ською', 'ської', 'ську', 'ська', 'ський',
  'ского', 'скому', 'ским', 'ском', 'ская', 'ской', 'скую', 'ский', 'цкого', 'цкому', 'цким', 'цком', 'цкий', 'цкая', 'цкой',
  'ові', 'еві', 'ої', 'єю', 'ая', 'ую', 'ами', 'ыми', 'ими', 'ому', 'ему', 'ого', 'его', 'ою', 'ею', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ам', 'ям',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'і', 'ь', 'й', 'о',
];
// Forms of a -ский surname keep «ск»/«цк» so Зеленский and Зеленского meet at «зеленск».
const ADJ_ENDING = /(ськ|ск|цьк|цк)(ого|ому|ими|им|ій|ою|ої|у|а|ий|ой|ая|ую|ом|ого|ему|ем|ей|ый)$/u;

/** A crude stem shared by the case forms of one surname («путина», «путиным» → «путин»). */
const stems = new Map<string, string>();

export function nameStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = computeStem(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

function computeStem(word: string): string {
  const w = comparable(word).replace(/['’]s$/u, '');
  // Latin transliterations of -ський surnames vary: Zelensky / Zelenskyy / Zelenskiy / Zelenskyi.
  if (/^[a-z-]+$/.test(w)) return w.replace(/sk(yy|yi|iy|ii|y|i)$/, 'sk');
  const adj = ADJ_ENDING.exec(w);
  if (adj) return w.slice(0, adj.index) + adj[1].replace('ьк', 'к');
  // A Ukrainian -ець surname drops its е in every other form: Гребець, Гребця, Гребцем → гребц.
  if (/.{2}[еє]ць$/u.test(w)) return w.slice(0, -3) + 'ц';
  for (const e of ENDINGS) {
    // An adjectival -ый/-ий surname and a noun in -ий keep their stem without the и/ы in every form
    // (Навальный, Навального; Дмитрий, Дмитрия → навальн, дмитр).
    if (w.length - e.length >= 3 && w.endsWith(e)) return w.slice(0, -e.length).replace(/(?<=.{3}[бвгджзклмнпрстфхцчшщ])[иы]$/u, '');
  }
  return w;
}

/**
 * Guess the nominative of a surname az does not know, given the cases the
 * form can be in (from agreement with a first name) and the gender.
 * Indeclinable shapes (-о, -и, -у, -е, foreign female consonant endings) stay.
 */
export function guessNominative(form: string, cases: number, gender: Gender): string {
  const parts = form.split('-');
  if (parts.length !== 2 || parts.some((p) => p.length < 3)) return guessWord(form, cases, gender);
  // A double surname declines both halves alike (Левової-Білової, Левовою-Біловою): a first
  // half with the ending the second half lost loses it too; a first half that does not
  // share it (Кара-, Ле-) is a fixed prefix.
  const tail = guessWord(parts[1], cases, gender);
  const lost = lostEnding(parts[1], tail);
  const head = lost && parts[0].toLowerCase().endsWith(lost) ? guessWord(parts[0], cases, gender) : parts[0];
  return `${head}-${tail}`;
}

/** The ending `form` had that its nominative `nom` does not («ої» of a genitive in -ової). */
function lostEnding(form: string, nom: string): string {
  let k = 0;
  while (k < form.length && k < nom.length && form[k] === nom[k]) k++;
  return k < form.length ? form.slice(k).toLowerCase() : '';
}

function guessWord(form: string, cases: number, gender: Gender): string {
  const w = form;
  if (cases & CASE.nomn || cases === 0) return w;
  // Ukrainian/Russian adjectival surnames.
  const adj = /^(.*)(ськ|цьк|ск|цк)(ого|ому|ими|им|ім|ій|ою|ої|у|ом|ем|ей|ой|ую)$/u.exec(w);
  if (adj) {
    const uk = adj[2].includes('ь');
    if (gender === 'f' || /^(ій|ою|ої|ой|ую)$/u.test(adj[3]) && !(adj[3] === 'ой' && gender === 'm')) {
      return adj[1] + adj[2] + (uk ? 'а' : 'ая');
    }
    return adj[1] + adj[2] + (uk ? 'ий' : 'ий');
  }
  if (gender === 'f') {
    if (/(ов|ев|ёв|єв|ин|ын|ів|ін|їн)(ой|ою|ої|ій|у|ы|е)$/u.test(w)) return w.replace(/(ой|ою|ої|ій|у|ы|е)$/u, 'а');
    if (/[^аеиоуыэюяіїє](ой|ою|ы|е|у|і)$/u.test(w) && /а$/u.test(w) === false) return w.replace(/(ой|ою|ы|е|у|і)$/u, 'а');
    return w;
  }
  // Masculine (or unknown): consonant stems. A soft stem takes -ем where a hard one takes -ом
  // (Емманюелем → Емманюель, Бесселем → Бессель; but Горбачем → Горбач after a hushing consonant).
  // Ukrainian -енко surnames decline as -а nouns: Кравченка, Кравченку, Кравченком → Кравченко.
  if (/[еє]нк(а|у|ові|ом|і)$/u.test(w)) return w.replace(/(а|у|ові|ом|і)$/u, 'о');
  if (/[лнрдтсзмбвп]ем$/u.test(w) && cases & CASE.ablt) return w.replace(/ем$/u, 'ь');
  if (/(ов|ев|ёв|єв|ин|ын|ів|ін|їн)(а|у|ым|им|ом|е|і|ові)$/u.test(w)) return w.replace(/(а|у|ым|им|ом|е|і|ові)$/u, '');
  if (/[бвгджзклмнпрстфхцчшщ](ом|ем|ові|еві)$/u.test(w)) return w.replace(/(ом|ем|ові|еві)$/u, '');
  // -ою is the instrumental of an -а noun, never of a consonant stem: Гулою → Гула.
  if (/[бвгґджзклмнпрстфхцчшщ]ою$/u.test(w)) return `${w.slice(0, -2)}а`;
  // A man's consonant-stem surname takes -у only in the dative (and the Ukrainian locative):
  // in the accusative alone -у is the ending of an -а noun (Гулу → Гула).
  if (/[бвгґджзклмнпрстфхцчшщ]у$/u.test(w) && cases & CASE.accs && !(cases & (CASE.datv | CASE.loct))) return `${w.slice(0, -1)}а`;
  // Foreign -йя surnames decline as -я nouns: Гойе, Гойи → Гойя.
  if (/[аеоу]й(е|и|ю|ей)$/u.test(w) && cases & (CASE.gent | CASE.datv | CASE.accs | CASE.ablt | CASE.loct)) return w.replace(/(е|и|ю|ей)$/u, 'я');
  // A consonant stem takes -у in the dative, so a dative in -е is of an -а noun (Милчуле → Милчула).
  if (/[бвгджзклмнпрстфхцчшщ]е$/u.test(w) && cases === CASE.datv) return `${w.slice(0, -1)}а`;
  if (/[бвгджзклмнпрстфхцчшщ](а|у|е|і)$/u.test(w) && cases & (CASE.gent | CASE.accs | CASE.datv | CASE.loct)) {
    return w.slice(0, -1);
  }
  if (/[аеиоуяюі](я|ю|ем|ї|єм)$/u.test(w)) return w.replace(/(я|ю|ем|ї|єм)$/u, 'й');
  // Soft stems: Бесселя, Бесселю, Бесселем → Бессель.
  if (/[лнрдтсзмбвп](я|ю|ем|ём)$/u.test(w) && cases & (CASE.gent | CASE.accs | CASE.datv | CASE.ablt)) return w.replace(/(я|ю|ем|ём)$/u, 'ь');
  // -а names (Обама): Обамы, Обаме, Обамой, Обаму.
  if (/[^аеиоуыэюяі](ы|ой|ою)$/u.test(w)) return w.replace(/(ы|ой|ою)$/u, 'а');
  return w;
}

/** Keys for cross-article matching: «путин», «владимир путин». */
export function personKeys(first: string | null, last: string | null): string[] {
  const keys: string[] = [];
  if (last) keys.push(comparable(last));
  if (first && last) keys.push(`${comparable(first)} ${comparable(last)}`);
  if (first && !last) keys.push(comparable(first));
  return keys;
}
