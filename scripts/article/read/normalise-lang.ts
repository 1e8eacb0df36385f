import type { Lang } from '../../model/model.ts';

/** ISO 639-1 codes: what a declared `lang` may be after normalisation. */
const ISO_639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ' +
    'ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os ' +
    'pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ' +
    'ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);

/** Common non-ISO spellings people put in frontmatter. */
const ALIASES: Record<string, string> = {
  ua: 'uk', ukr: 'uk', ukrainian: 'uk', 'українська': 'uk', 'украинский': 'uk', 'укр': 'uk',
  rus: 'ru', russian: 'ru', 'русский': 'ru', 'рус': 'ru', 'російська': 'ru',
  eng: 'en', english: 'en', 'английский': 'en', 'англійська': 'en',
  bel: 'be', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', pol: 'pl', kaz: 'kk',
};

/** `ru`, `RU`, `ru-RU`, `rus`, `ua` → ISO 639-1 (`ua` → `uk`); null when not a language code. */
export function normaliseLang(value: unknown): Lang | null {
  if (typeof value !== 'string') return null;
  const lower = value.trim().toLowerCase();
  if (!lower) return null;
  if (ALIASES[lower]) return ALIASES[lower];
  const primary = lower.split(/[-_]/)[0];
  if (ALIASES[primary]) return ALIASES[primary];
  return ISO_639_1.has(primary) ? primary : null;
}
