/**
 * "the Latvian capital", «столица Латвии», «латвійська столиця»: a phrase
 * naming a country's capital after a place preposition is that city. The
 * country is read from a genitive name or from a nationality adjective by its
 * word-formation (Latv-ian → Latv-ia, латвий-ская → латви-я).
 */
import type { Lang } from '../../../model/model.ts';
import { langKey } from '../../../model/event-types.ts';
import { CAPITALS } from './capitals.data.ts';
import { type KnownPlace, knownPlace, placeByConcept } from './place-tree.ts';

const CAPITAL_OF = new Map(
  CAPITALS.split('\n')
    .map((l) => l.trim().split(/\s+/u))
    .filter((f) => f.length === 2)
    .map(([code, concept]) => [code!, concept!] as const),
);

/** A preposition of place, then the phrase (adjective before "capital", or "capital" before a country). */
const PHRASES: Readonly<Record<'ru' | 'uk' | 'en', RegExp[]>> = {
  en: [/(?<![\p{L}])(?:in|to|at)\s+the\s+(\p{Lu}\p{Ll}+)\s+capital(?![\p{L}])/gu, /(?<![\p{L}])(?:in|to|at)\s+the\s+capital\s+of\s+(\p{Lu}\p{Ll}+)/gu],
  ru: [/(?<![\p{L}])(?:в|во|на)\s+(\p{Ll}+)\s+столиц\p{Ll}*/gu, /(?<![\p{L}])(?:в|во|на)\s+столиц\p{Ll}*\s+(\p{Lu}\p{Ll}+)/gu],
  uk: [/(?<![\p{L}])(?:в|у|до|на)\s+(\p{Ll}+)\s+столиц\p{Ll}*/gu, /(?<![\p{L}])(?:в|у|до|на)\s+столиц\p{Ll}*\s+(\p{Lu}\p{Ll}+)/gu],
};

/** Country-name candidates for a word: itself, then nationality-adjective stems with the country endings. */
function countryForms(word: string, lang: 'ru' | 'uk' | 'en'): string[] {
  if (lang === 'en') {
    const out = [word];
    for (const [suffix, endings] of [['ian', ['ia', 'e', '']], ['an', ['a', '']], ['ese', ['', 'a']], ['i', ['']]] as const) {
      if (word.endsWith(suffix)) for (const e of endings) out.push(word.slice(0, -suffix.length) + e);
    }
    return out;
  }
  const base = /^(\p{L}{3,}?)(?:ь?ск|ськ|цьк|цк)\p{L}{1,3}$/u.exec(word)?.[1];
  if (!base) return [word];
  return [word, base, `${base}а`, `${base}ия`, `${base}ія`, base.replace(/й$/u, 'я')];
}

/** The country a word names or qualifies, or null. */
function countryOf(word: string, lang: 'ru' | 'uk' | 'en'): KnownPlace | null {
  for (const form of countryForms(word, lang)) {
    const place = knownPlace(form);
    if (place && place.chain.length === 1) return place;
  }
  return null;
}

/** The capital a phrase of `text` names (its name in `lang`), or null. */
export function capitalPhrase(text: string, lang: Lang): string | null {
  const key = langKey(lang);
  for (const re of PHRASES[key]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const country = countryOf(m[1]!, key);
      const concept = country ? CAPITAL_OF.get(country.concept) : undefined;
      const name = concept ? placeByConcept(concept)?.names[key] : undefined;
      if (name) return name;
    }
  }
  return null;
}
