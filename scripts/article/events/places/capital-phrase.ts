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
import { nameForms } from './place-adjective.ts';

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

/** The country a word names or qualifies, or null. */
function countryOf(word: string, lang: 'ru' | 'uk' | 'en'): KnownPlace | null {
  for (const form of nameForms(word, lang)) {
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
