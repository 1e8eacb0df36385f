/**
 * Places as a tree: a city lies in its region, the region in its country
 * (world-places.data.ts, countries from the `i18n-iso-countries` locales).
 * A place name in any language, nominative or inflected («в Гааге», «у
 * Джидді»), is looked up to its concept, its names per language and the
 * chain of places that contain it.
 */
import { createRequire } from 'node:module';
import type { Lang } from '../../../model/model.ts';
import { WORLD_PLACES } from './world-places.data.ts';

export interface KnownPlace {
  concept: string;
  names: Partial<Record<Lang, string>>;
  /** The concept and every place containing it, innermost first (ends with the country). */
  chain: string[];
}

interface CountryLocale {
  countries: Record<string, string | string[]>;
}

const LANGS = ['ru', 'uk', 'en'] as const;
const require = createRequire(import.meta.url);

const normalise = (name: string): string => name.toLowerCase().replace(/ё/gu, 'е').replace(/[.’']/gu, '').replace(/\s+/gu, ' ').trim();
/** The form without a case ending of its last word (Гаага / Гааге / Гаагу → гааг). */
const stemOf = (key: string): string => key.replace(/(?<=\p{L}{3})[аеиоуыяюіїєьй]{1,2}$/u, '');

interface Index {
  exact: Map<string, KnownPlace>;
  stems: Map<string, KnownPlace | null>;
  concepts: Map<string, KnownPlace>;
}

let index: Index | null = null;

function add(ix: Index, form: string, place: KnownPlace): void {
  ix.concepts.set(place.concept, place);
  const key = normalise(form);
  if (!key) return;
  if (!ix.exact.has(key)) ix.exact.set(key, place);
  const stem = stemOf(key);
  // Two places sharing a stem are ambiguous when inflected: neither is taken.
  const seen = ix.stems.get(stem);
  if (seen === undefined) ix.stems.set(stem, place);
  else if (seen !== null && seen.concept !== place.concept) ix.stems.set(stem, null);
}

/** Short country names the locale files spell officially or lack. */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['США', 'United States', 'USA', 'US', 'America', 'Америка', 'Сполучені Штати', 'Соединенные Штаты'],
  GB: ['Великобритания', 'Великобританія', 'Велика Британія', 'Britain', 'United Kingdom', 'UK'],
  RU: ['Россия', 'Росія', 'Russia', 'РФ'],
  VA: ['Vatican', 'Holy See'],
};

/** Ukrainian -ів/-їв nouns alternate the vowel in other cases (Київ → Києві, Харків → Харкові). */
function ukrainianOblique(form: string): string[] {
  const m = /^(.*\S)([ії])([вн])$/u.exec(form);
  if (!m || form.includes(' ')) return [];
  const stem = m[1]! + (m[2] === 'ї' ? 'є' : 'о') + m[3]!;
  return [`${stem}а`, `${stem}і`, `${stem}ом`, `${stem}у`];
}

function build(): Index {
  const ix: Index = { exact: new Map(), stems: new Map(), concepts: new Map() };
  addWorldPlaces(ix);
  addCountries(ix);
  return ix;
}

function addCountries(ix: Index): void {
  const locales = LANGS.map((lang) => [lang, require(`i18n-iso-countries/langs/${lang}.json`) as CountryLocale] as const);
  const countries = new Map<string, KnownPlace>();
  for (const [lang, locale] of locales) {
    for (const [code, value] of Object.entries(locale.countries)) {
      const names = Array.isArray(value) ? value : [value];
      const place = countries.get(code) ?? { concept: code, names: {}, chain: [code] };
      place.names[lang] ??= names[0]!;
      countries.set(code, place);
      for (const n of names) add(ix, n, place);
    }
  }
  for (const [code, forms] of Object.entries(COUNTRY_ALIASES)) for (const form of forms) add(ix, form, countries.get(code)!);
}

function addWorldPlaces(ix: Index): void {
  const rows = WORLD_PLACES.split('\n').filter((l) => l.includes('|')).map((l) => l.split('|').map((f) => f.trim()));
  const within = new Map(rows.map(([concept, parent]) => [concept!, parent!]));
  const chainOf = (concept: string): string[] => {
    const chain = [concept];
    for (let up = within.get(concept); up && chain.length < 8; up = within.get(up)) chain.push(up);
    return chain;
  };
  for (const [concept, , ru, uk, en, ...forms] of rows) {
    const place: KnownPlace = { concept: concept!, names: { ru: ru!, uk: uk!, en: en! }, chain: chainOf(concept!) };
    for (const form of [ru!, uk!, en!, ...forms, ...ukrainianOblique(uk!)]) add(ix, form, place);
  }
}

/** The known place a name (any language, any case) names, or null. */
export function knownPlace(name: string): KnownPlace | null {
  index ??= build();
  const key = normalise(name).replace(/^the /u, '');
  return index.exact.get(key) ?? index.exact.get(`the ${key}`) ?? index.stems.get(stemOf(key)) ?? null;
}

/** The known place of a concept id («kyiv», «UA»), or null. */
export function placeByConcept(concept: string): KnownPlace | null {
  index ??= build();
  return index.concepts.get(concept) ?? null;
}

/** One place lies in the other (or they are the same): compatible places of one event. */
export function placesNest(a: KnownPlace, b: KnownPlace): boolean {
  return a.chain.includes(b.concept) || b.chain.includes(a.concept);
}
