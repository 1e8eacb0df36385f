import { transliterate } from '../../lang/transliterate.ts';

/** A lowercase ASCII slug (≤ max chars) for a generated article's file name. */
export function fileSlug(text: string, lang: 'ru' | 'uk' | 'en', max = 60): string {
  const latin = lang === 'en' ? text : transliterate(text, lang, { system: 'english' });
  const slug = latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'article';
}
