/**
 * Case forms of personal names for the synthetic corpus, from a handful of
 * ending rules (Russian and Ukrainian grammar for the name types the cast uses:
 * surnames in -ов/-ев/-ин/-ский/-енко/-ук and consonant-final foreign ones;
 * first names in a consonant, -й/-ий, -ь, -о, -а, -я).
 *
 * The rules are deliberately those of a grammar book, not a full morphology:
 * the corpus only needs the forms real articles use, so the analyser under
 * test sees «Петрова», «Ковальчуком», «Шевченкові» and not just nominatives.
 */

export type Gender = 'm' | 'f';
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'voc';
export type Forms = Record<Case, string>;
export type NameLang = 'ru' | 'uk';

const VELAR_SIBILANT = /[гкхжшщч]$/;
const HUSHING = /[жшщчц]$/;

function forms(nom: string, gen: string, dat: string, acc: string, ins: string, loc: string, voc = nom): Forms {
  return { nom, gen, dat, acc, ins, loc, voc };
}

function indeclinable(nom: string): Forms {
  return forms(nom, nom, nom, nom, nom, nom, nom);
}

/** Nouns in -а/-я of either gender (Анна, Никита, Мария, Дарья; Олена, Марія). */
function aStem(nom: string, lang: NameLang): Forms {
  if (nom.endsWith('ия') || nom.endsWith('ія')) {
    const stem = nom.slice(0, -1);
    return lang === 'ru'
      ? forms(nom, stem + 'и', stem + 'и', stem + 'ю', stem + 'ей', stem + 'и')
      : forms(nom, stem + 'ї', stem + 'ї', stem + 'ю', stem + 'єю', stem + 'ї', stem + 'є');
  }
  if (nom.endsWith('я')) {
    const stem = nom.slice(0, -1);
    return lang === 'ru'
      ? forms(nom, stem + 'и', stem + 'е', stem + 'ю', stem + 'ей', stem + 'е')
      : forms(nom, stem + 'і', stem + 'і', stem + 'ю', stem + 'ею', stem + 'і', stem + 'е');
  }
  const stem = nom.slice(0, -1);
  if (lang === 'ru') {
    const gen = stem + (VELAR_SIBILANT.test(stem) ? 'и' : 'ы');
    const ins = stem + (HUSHING.test(stem) ? 'ей' : 'ой');
    return forms(nom, gen, stem + 'е', stem + 'у', ins, stem + 'е');
  }
  // Ukrainian: г/к/х alternate to з/ц/с before -і (Ольга → Ользі).
  const gen = stem + (/[жшщч]$/.test(stem) ? 'і' : 'и');
  const soft = stem.replace(/г$/, 'з').replace(/к$/, 'ц').replace(/х$/, 'с');
  const ins = stem + (/[жшщч]$/.test(stem) ? 'ею' : 'ою');
  return forms(nom, gen, soft + 'і', stem + 'у', ins, soft + 'і', stem + 'о');
}

/** Masculine nouns ending in a hard consonant (Иван, Ковальчук, Миллер). */
function consonantStem(nom: string, lang: NameLang): Forms {
  if (lang === 'ru') {
    const ins = nom + (HUSHING.test(nom) ? 'ем' : 'ом');
    return forms(nom, nom + 'а', nom + 'у', nom + 'а', ins, nom + 'е');
  }
  const voc = nom + (/[гкх]$/.test(nom) ? 'у' : 'е');
  const ins = nom + (/[жшщчц]$/.test(nom) ? 'ем' : 'ом');
  return forms(nom, nom + 'а', nom + 'ові', nom + 'а', ins, nom + 'ові', voc);
}

export function declineFirstName(nom: string, lang: NameLang, gender: Gender): Forms {
  if (/[ая]$/.test(nom)) return aStem(nom, lang);
  if (gender === 'f') return indeclinable(nom);
  if (nom.endsWith('ий') || nom.endsWith('ій')) {
    const stem = nom.slice(0, -2);
    return lang === 'ru'
      ? forms(nom, stem + 'ия', stem + 'ию', stem + 'ия', stem + 'ием', stem + 'ии')
      : forms(nom, stem + 'ія', stem + 'ію', stem + 'ія', stem + 'ієм', stem + 'ієві', stem + 'ію');
  }
  if (nom.endsWith('й')) {
    const stem = nom.slice(0, -1);
    return lang === 'ru'
      ? forms(nom, stem + 'я', stem + 'ю', stem + 'я', stem + 'ем', stem + 'е')
      : forms(nom, stem + 'я', stem + 'ю', stem + 'я', stem + 'єм', stem + 'єві', stem + 'ю');
  }
  if (nom.endsWith('ь')) {
    const stem = nom.slice(0, -1);
    return forms(nom, stem + 'я', stem + 'ю', stem + 'я', stem + 'ем', stem + 'е');
  }
  if (lang === 'uk' && nom.endsWith('о')) {
    const stem = nom.slice(0, -1);
    return forms(nom, stem + 'а', stem + 'ові', stem + 'а', stem + 'ом', stem + 'ові', stem + 'е');
  }
  if (/[бвгдзклмнпрстфхжшчщц]$/.test(nom)) return consonantStem(nom, lang);
  return indeclinable(nom);
}

export function declineSurname(nom: string, lang: NameLang, gender: Gender): Forms {
  if (lang === 'ru') {
    if (gender === 'm') {
      if (/(ов|ев|ёв|ин|ын)$/.test(nom)) return forms(nom, nom + 'а', nom + 'у', nom + 'а', nom + 'ым', nom + 'е');
      if (/(ский|цкий)$/.test(nom)) {
        const s = nom.slice(0, -2);
        return forms(nom, s + 'ого', s + 'ому', s + 'ого', s + 'им', s + 'ом');
      }
      if (/[ое]$|(ых|их)$/.test(nom)) return indeclinable(nom);
      if (/а$/.test(nom)) return aStem(nom, lang);
      if (/[бвгдзклмнпрстфхжшчщц]$/.test(nom)) return consonantStem(nom, lang);
      return indeclinable(nom);
    }
    if (/(ова|ева|ёва|ина|ына)$/.test(nom)) {
      const s = nom.slice(0, -1);
      return forms(nom, s + 'ой', s + 'ой', s + 'у', s + 'ой', s + 'ой');
    }
    if (/(ская|цкая)$/.test(nom)) {
      const s = nom.slice(0, -2);
      return forms(nom, s + 'ой', s + 'ой', s + 'ую', s + 'ой', s + 'ой');
    }
    return indeclinable(nom);
  }
  if (gender === 'm') {
    if (/(ов|ев|єв|ін|їн|ин)$/.test(nom)) {
      return forms(nom, nom + 'а', nom + 'у', nom + 'а', nom + 'им', nom + 'і', nom + 'е');
    }
    if (/(ський|цький)$/.test(nom)) {
      const s = nom.slice(0, -2);
      return forms(nom, s + 'ого', s + 'ому', s + 'ого', s + 'им', s + 'ому', nom);
    }
    if (/о$/.test(nom)) {
      const s = nom.slice(0, -1);
      return forms(nom, s + 'а', s + 'ові', s + 'а', s + 'ом', s + 'ові', s + 'у');
    }
    if (/[бвгдзклмнпрстфхжшчщц]$/.test(nom)) return consonantStem(nom, lang);
    return indeclinable(nom);
  }
  if (/(ова|ева|єва|іна|їна|ина)$/.test(nom)) {
    const s = nom.slice(0, -1);
    return forms(nom, s + 'ої', s + 'ій', s + 'у', s + 'ою', s + 'ій', nom);
  }
  if (/(ська|цька)$/.test(nom)) {
    const s = nom.slice(0, -1);
    return forms(nom, s + 'ої', s + 'ій', s + 'у', s + 'ою', s + 'ій', nom);
  }
  return indeclinable(nom);
}
