/**
 * Cyrillic → Latin for English spellings of the synthetic cast and for file
 * slugs: a simplified BGN/PCGN table for Russian and the Ukrainian national
 * table (Олександр → Oleksandr, Сергій → Serhii).
 */

const RU: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const UK: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '',
};

/** Word-initial forms in the Ukrainian table (Євген → Yevhen, Юлія → Yuliia). */
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const VOWELS = 'аеёиоуыэюяіїє';

export function transliterate(text: string, lang: 'ru' | 'uk'): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    const prev = i > 0 ? text[i - 1].toLowerCase() : ' ';
    const initial = !/\p{L}/u.test(prev);
    let latin: string | undefined;
    if (lang === 'ru') {
      latin = RU[lower];
      // Russian е is "ye" at the start of a word and after a vowel (Евгений → Yevgeny).
      if (lower === 'е' && (initial || VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ')) latin = 'ye';
      // Final -ий is spelled -y in English (Дмитрий → Dmitry).
      if (lower === 'и' && text[i + 1]?.toLowerCase() === 'й' && !/\p{L}/u.test(text[i + 2] ?? ' ')) {
        out += ch === lower ? 'y' : 'Y';
        i++;
        continue;
      }
    } else {
      latin = initial && UK_INITIAL[lower] !== undefined ? UK_INITIAL[lower] : UK[lower];
      if (lower === 'г' && prev === 'з') latin = 'gh';
    }
    if (latin === undefined) {
      out += ch;
      continue;
    }
    out += ch !== lower && latin.length > 0 ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/** A lowercase ASCII slug (≤ max chars) for file names. */
export function slugify(text: string, lang: 'ru' | 'uk' | 'en', max = 60): string {
  const latin = lang === 'en' ? text : transliterate(text, lang);
  const slug = latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'article';
}
