/**
 * Hand-built inputs for event tests: an article, naive sentences and tokens,
 * and entities whose mentions are found by surface form — so event tests do
 * not depend on the segmenter or the entity finder.
 */
import type { EntityType, LocalEntity, ParsedArticle, Sentence, Token } from '../../scripts/model/model.ts';

export function makeArticle(text: string, date: string | null, file = 'test.txt'): ParsedArticle {
  const precision = date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return {
    file,
    format: 'txt',
    text,
    hash: 'test',
    encoding: 'utf-8',
    title: text.slice(0, 40),
    titleSource: 'derived',
    date,
    datePrecision: precision,
    declaredLang: null,
    source: null,
    url: null,
    tags: [],
    body: { start: 0, end: text.length },
    blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
    problems: [],
  };
}

/** Sentences end at . ! ? followed by space and a capital letter (or the end). */
export function makeSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    const tokens: Token[] = [];
    const tr = /[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu;
    const slice = text.slice(start, end);
    for (let t = tr.exec(slice); t; t = tr.exec(slice)) tokens.push({ start: start + t.index, end: start + t.index + t[0].length, text: t[0] });
    out.push({ start, end, block: 0, tokens });
  }
  return out;
}

export interface EntitySpec {
  key: string;
  type?: EntityType;
  name: string;
  last?: string;
  first?: string;
  gender?: 'm' | 'f';
  /** Surface forms to find in the text (every occurrence becomes a mention). */
  forms: string[];
}

export function makeEntities(text: string, sentences: Sentence[], specs: EntitySpec[], lang = 'ru'): LocalEntity[] {
  return specs.map((spec) => {
    const mentions = [];
    for (const form of spec.forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
        const before = text[i - 1];
        const after = text[i + form.length];
        if ((before && /\p{L}/u.test(before)) || (after && /\p{L}/u.test(after))) continue;
        const sentence = sentences.findIndex((s) => i >= s.start && i < s.end);
        mentions.push({ start: i, end: i + form.length, text: form, kind: 'name' as const, sentence });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const type = spec.type ?? 'person';
    return {
      key: spec.key,
      type,
      name: spec.name,
      parts: type === 'person' ? { first: spec.first ?? null, last: spec.last ?? spec.name.split(' ').pop()!, patronymic: null, gender: spec.gender ?? 'm' } : null,
      lang,
      keys: [spec.name.toLowerCase()],
      mentions,
      roles: [],
      quotes: [],
    };
  });
}

/** Article + sentences + entities in one go. */
export function fixture(text: string, date: string | null, specs: EntitySpec[], lang = 'ru') {
  const article = makeArticle(text, date);
  const sentences = makeSentences(text);
  const entities = makeEntities(text, sentences, specs, lang);
  return { article, sentences, entities, lang };
}

export const PUTIN: EntitySpec = { key: 'putin', name: 'Владимир Путин', first: 'Владимир', forms: ['Владимир Путин', 'Путин', 'Путина', 'Путиным', 'Глава Кремля', 'глава Кремля'] };
export const TRUMP: EntitySpec = { key: 'trump', name: 'Дональд Трамп', first: 'Дональд', forms: ['Дональд Трамп', 'Дональда Трампа', 'Трамп', 'Трампом', 'Трампа'] };
export const ZELENSKY: EntitySpec = { key: 'zelensky', name: 'Владимир Зеленский', first: 'Владимир', forms: ['Зеленский', 'Зеленским', 'Зеленского'] };
export const LAVROV: EntitySpec = { key: 'lavrov', name: 'Сергей Лавров', first: 'Сергей', forms: ['Сергей Лавров'] };
export const ALASKA: EntitySpec = { key: 'place:alaska', type: 'place', name: 'Аляска', forms: ['Аляске'] };
