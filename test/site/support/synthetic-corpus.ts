/**
 * A synthetic knowledge base of any size, for measuring the site build at
 * scale (not for correctness): articles of ~300 words mentioning a handful
 * of people from a Zipf-like pool, with events among them.
 */
import type { ArticleAnalysis, KbArticle, KbEvent, KbMention, KbPerson, KnowledgeBase } from '../../../scripts/lib/model.ts';
import type { LoadedArticle } from '../../../scripts/lib/site-data/write-site-data.ts';

const FIRST = ['Анна', 'Борис', 'Виктор', 'Галина', 'Дмитрий', 'Елена', 'Иван', 'Мария', 'Олег', 'Павел', 'Сергей', 'Юлия'];
const LAST = ['Иванов', 'Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Попов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Волков', 'Соловьёв'];
const FILLER = 'Об этом сообщает издание со ссылкой на собственные источники в правительстве и экспертов по международной политике'.split(' ');

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticKnowledgeBase(articleCount: number): { kb: KnowledgeBase; load: (id: string) => Promise<LoadedArticle> } {
  const rand = rng(7);
  const peopleCount = Math.max(20, Math.round(articleCount / 5));
  const people: KbPerson[] = Array.from({ length: peopleCount }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 144 ? `-${i}` : ''}`;
    return { id: `person-${i}`, name, names: { ru: name }, aliases: [], roles: [{ text: 'депутат', lang: 'ru', date: '2025-01-01' }], quotes: [], description: null, articles: [], mentions: [] };
  });
  const pick = (): KbPerson => people[Math.min(peopleCount - 1, Math.floor(peopleCount * Math.pow(rand(), 3)))];
  const events: KbEvent[] = [];
  const articles: KbArticle[] = [];
  const texts = new Map<string, string>();
  for (let i = 0; i < articleCount; i++) {
    const id = `article-${i}`;
    const date = `20${15 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const inArticle = [...new Set(Array.from({ length: 3 + Math.floor(rand() * 5) }, pick))];
    let text = '';
    const paragraphs: string[] = [];
    for (let p = 0; p < 6; p++) {
      let para = '';
      for (let s = 0; s < 4; s++) {
        const person = inArticle[Math.floor(rand() * inArticle.length)];
        const words = Array.from({ length: 10 }, () => FILLER[Math.floor(rand() * FILLER.length)]);
        const start = text.length + (paragraphs.length > 0 ? 2 : 0) + para.length;
        para += `${person.name} ${words.join(' ')}. `;
        person.mentions.push({ article: id, start, end: start + person.name.length, text: person.name } as KbMention);
      }
      paragraphs.push(para.trim());
      text = paragraphs.join('\n\n');
    }
    texts.set(id, text);
    for (const p of inArticle) if (p.articles[p.articles.length - 1] !== id) p.articles.push(id);
    const evIds: string[] = [];
    if (i % 4 === 0 && inArticle.length >= 2) {
      const e: KbEvent = {
        id: `event-${events.length}`, title: `Встреча: ${inArticle[0].name} и ${inArticle[1].name}`, titles: {}, type: 'meeting', date,
        datePrecision: 'day', dateEnd: null, place: 'Москва', status: 'happened', participants: [inArticle[0].id, inArticle[1].id],
        organisations: [], articles: [id], mentions: [],
      };
      events.push(e);
      evIds.push(e.id);
    }
    articles.push({
      id, file: `${id}.txt`, title: `Статья номер ${i}: ${inArticle[0].name}`, date, datePrecision: 'day', lang: 'ru', source: 'Синтетика',
      url: null, tags: [], words: text.split(' ').length, people: inArticle.map((p) => p.id), organisations: [], places: [], events: evIds,
    });
  }
  const kb: KnowledgeBase = { generator: 'synthetic', articles, people: people.filter((p) => p.articles.length > 0), organisations: [], places: [], events, problems: [] };
  return {
    kb,
    load: async (id) => {
      const text = texts.get(id)!;
      const analysis = {
        version: 'synthetic', lang: 'ru', entities: [], events: [], wordCount: 0,
        sentences: [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length, block: 0, tokens: [] })),
        article: { blocks: [], body: { start: 0, end: text.length } },
      } as unknown as ArticleAnalysis;
      return { text, analysis };
    },
  };
}
