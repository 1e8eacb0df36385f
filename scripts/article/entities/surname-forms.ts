/**
 * The nominative of a name word the dictionary does not know, from the forms
 * the article writes it in: the forms of one declined name share a stem and
 * differ only in case endings, and which endings occur tells the declension
 * (a consonant stem, an -а noun, a soft stem or an adjective). Foreign names
 * mostly reach us this way: «с … Мендесом», «по словам Мендеса» → Мендес.
 */

type Gender = 'm' | 'f' | null;

// Ending sets per declension, Russian and Ukrainian forms together.
const HARD = new Set(['', 'а', 'у', 'ом', 'е', 'ові', 'і']);
const HARD_MARK = new Set(['', 'ом', 'ові']);
const A_NOUN = new Set(['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'і']);
const A_NOUN_MARK = new Set(['ы', 'ой', 'ою']);
const SOFT = new Set(['я', 'ю', 'ем', 'ём', 'єм', 'е', 'ї', 'і', 'еві', 'ь', 'й']);
const SOFT_MARK = new Set(['я', 'ю', 'ем', 'ём', 'єм']);
const ADJ = new Set(['ого', 'ому', 'им', 'ым', 'ім', 'ий', 'ый', 'его', 'ему']);
const ADJ_MARK = new Set(['ого', 'ому', 'его', 'ему', 'им', 'ым', 'ім']);

const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/u;
const HUSHING_END = /[жшчщц]$/u;
/** A consonant stem plus the instrumental -ом is never a person's nominative. */
const HARD_INSTRUMENTAL = /^(\p{Lu}\p{Ll}{2,}[бвгджзклмнпрстфхцчшщ])ом$/u;

function commonPrefix(forms: string[]): string {
  let p = forms[0]!;
  for (const f of forms) {
    let k = 0;
    while (k < p.length && k < f.length && p[k]!.toLowerCase() === f[k]!.toLowerCase()) k++;
    p = p.slice(0, k);
  }
  return p;
}

const within = (endings: string[], set: Set<string>): boolean => endings.every((e) => set.has(e));
const marked = (endings: string[], set: Set<string>): boolean => endings.some((e) => set.has(e));

/**
 * The nominative the written forms of one Cyrillic name word share, or null
 * when they do not tell (one form only, or endings several declensions have).
 */
export function nominativeFromForms(written: string[], gender: Gender, lang: string): string | null {
  const forms = [...new Set(written)];
  if (forms.some((f) => !/^\p{Lu}[\p{Ll}'’ʼ-]+$/u.test(f) || /\p{Script=Latin}/u.test(f))) return null;
  if (forms.length === 1) {
    const stem = HARD_INSTRUMENTAL.exec(forms[0]!)?.[1];
    return stem ? (/[еє]нк$/u.test(stem) ? `${stem}о` : stem) : null;
  }
  const stem = commonPrefix(forms);
  if (stem.length < 3) return null;
  const endings = forms.map((f) => f.slice(stem.length).toLowerCase());
  const last = stem.slice(-1);
  if (within(endings, ADJ) && marked(endings, ADJ_MARK) && CONSONANT_END.test(last)) {
    const nom = forms.find((f) => /(ий|ый)$/u.test(f));
    if (nom) return nom;
    return stem + (lang === 'uk' || /[гкхжшчщн]$/u.test(last) || endings.some((e) => e.startsWith('е')) ? 'ий' : 'ый');
  }
  if (!CONSONANT_END.test(last) && !(within(endings, SOFT) && marked(endings, SOFT_MARK))) return null;
  // After a hushing consonant or ц, -ем is the hard instrumental (Горбачем).
  const hard = HUSHING_END.test(last) ? endings.map((e) => (e === 'ем' ? 'ом' : e)) : endings;
  // Ukrainian -енко surnames decline as nouns: Коваленка, Коваленком → Коваленко.
  if (within(hard, HARD) && (marked(hard, HARD_MARK) || gender === 'm')) return /[еє]нк$/u.test(stem) ? `${stem}о` : stem;
  if (within(endings, A_NOUN) && (marked(endings, A_NOUN_MARK) || gender === 'f') && !/(ск|цк|ськ|цьк)$/u.test(stem)) return `${stem}а`;
  if (within(endings, SOFT) && marked(endings, SOFT_MARK) && !HUSHING_END.test(last)) return stem + (CONSONANT_END.test(last) ? 'ь' : 'й');
  return null;
}

/** What a mention contributes here: its written name words and how sure its own reading of the surname is. */
export interface FormsRead {
  first: string | null;
  lastScore: number;
  asian: string | null;
  span: { first: { text: string }[]; last: { text: string }[] };
}

/**
 * The surname from its written forms, when no mention has a dictionary or
 * context-sure reading of it (lastScore ≥ 2): the words before the last one
 * (particles) as the fullest mention writes them, the last one in the nominative.
 */
export function surnameFromForms(reads: FormsRead[], gender: Gender, lang: string): string | null {
  const withLast = reads.filter((r) => r.span.last.length);
  if (!withLast.length || withLast.some((r) => r.asian || r.lastScore >= 2)) return null;
  const written = withLast.map((r) => r.span.last[r.span.last.length - 1]!.text);
  // One form only: a guess a mention's context already made stands.
  if (new Set(written).size === 1 && withLast.some((r) => r.lastScore > 0)) return null;
  const nom = nominativeFromForms(written, gender, lang);
  if (!nom) return null;
  const before = withLast.map((r) => r.span.last.slice(0, -1).map((w) => w.text)).sort((a, b) => b.length - a.length)[0]!;
  return [...before, nom].join(' ');
}

/** The one-word first name from its written forms, when every mention kept it as written (the dictionary does not know it). */
export function firstFromForms(reads: FormsRead[], gender: Gender, lang: string): string | null {
  const withFirst = reads.filter((r) => r.first);
  if (!withFirst.length || withFirst.some((r) => r.span.first.length !== 1 || r.first !== r.span.first[0]!.text || r.asian)) return null;
  const forms = [...new Set(withFirst.map((r) => r.span.first[0]!.text))];
  // A first name is not written with a soft instrumental -ем in the nominative (Жюлем, Мишелем → -ь).
  const soft = forms.length === 1 ? /^(\p{Lu}\p{Ll}+[лнр])ем$/u.exec(forms[0]!)?.[1] : null;
  return soft ? `${soft}ь` : nominativeFromForms(forms, gender, lang);
}

/**
 * «обіграла Ігу Свьонтек»: a first name the dictionary does not know, written
 * only as consonant + -у, before a consonant-final surname that never
 * declines, is a woman's -а name in the accusative (a man's surname would
 * decline with it). Null unless the person may be a woman.
 */
export function accusativeWomanFirst(reads: FormsRead[], gender: Gender): string | null {
  if (gender === 'm') return null;
  const withFirst = reads.filter((r) => r.first);
  if (!withFirst.length || withFirst.some((r) => r.span.first.length !== 1 || r.first !== r.span.first[0]!.text || !r.span.last.length)) return null;
  const firsts = new Set(withFirst.map((r) => r.first));
  const lasts = new Set(reads.filter((r) => r.span.last.length).map((r) => r.span.last[r.span.last.length - 1]!.text));
  const stem = firsts.size === 1 ? /^(\p{Lu}\p{Ll}*[бвгджзклмнпрстфхцчшщ])у$/u.exec([...firsts][0]!)?.[1] : null;
  return stem && lasts.size === 1 && /^\p{Lu}\p{Ll}+[бвгджзклмнпрстфхцчшщ]$/u.test([...lasts][0]!) ? `${stem}а` : null;
}
