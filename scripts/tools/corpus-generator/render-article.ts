/**
 * Render a planned article as text in either input format: `.txt` in the seed
 * format (" date YYYY-MM-DD " + first paragraph on line one, blank-line
 * paragraphs, question-line subheadings, attribution lines «– пишут
 * аналитики.») or `.md` with YAML frontmatter.
 */
import { PLACES, type CorpusLang } from './cast.ts';
import { calendar, isoDay } from './dates.ts';
import { en } from './packs/en.ts';
import { ru } from './packs/ru.ts';
import type { LanguagePack } from './packs/types.ts';
import { uk } from './packs/uk.ts';
import type { ArticlePlan } from './plan-article.ts';
import { fillTemplate, type Role, type TemplateContext } from './render-template.ts';
import { fileSlug } from './file-slug.ts';
import { countWords } from './word-count.ts';
import type { World } from './world.ts';

export const PACKS: Record<CorpusLang, LanguagePack> = { ru, uk, en };

const TYPE_TAGS: Record<CorpusLang, Record<string, string>> = {
  ru: { meeting: 'встречи', talks: 'переговоры', call: 'телефонные разговоры', visit: 'визиты', summit: 'саммиты', signing: 'соглашения', sanctions: 'санкции' },
  uk: { meeting: 'зустрічі', talks: 'переговори', call: 'телефонні розмови', visit: 'візити', summit: 'саміти', signing: 'угоди', sanctions: 'санкції' },
  en: { meeting: 'meetings', talks: 'talks', call: 'phone calls', visit: 'visits', summit: 'summits', signing: 'agreements', sanctions: 'sanctions' },
};

type Paragraph = { kind: 'text' | 'question' | 'attribution'; text: string };

export interface RenderedArticle {
  title: string;
  /** ISO publication date. */
  date: string;
  lang: CorpusLang;
  source: string;
  url: string;
  tags: string[];
  /** Lead paragraph, then the rest. */
  paragraphs: Paragraph[];
  slug: string;
  /** Words in the title and body. */
  words: number;
}

/** The event date as this article words it, relative to its own publication day. */
function datePhrase(plan: ArticlePlan, pack: LanguagePack): { phrase: string; absolute: string } {
  const ev = calendar(plan.event.day);
  const pub = calendar(plan.day);
  const absolute = pack.absoluteDate(ev.day, ev.month, ev.year === pub.year ? null : ev.year);
  const on = pack.onDate(absolute);
  const delta = plan.day - plan.event.day;
  const rng = plan.rng;
  if (plan.reportedStatus !== 'happened' || delta < 0) return { phrase: on, absolute };
  if (delta === 0 && rng.chance(0.5)) return { phrase: pack.today, absolute };
  if (delta === 1 && rng.chance(0.6)) return { phrase: pack.yesterday, absolute };
  if (delta >= 2 && delta <= 6 && rng.chance(0.6)) {
    const weekday = pack.weekdays[ev.weekday];
    return { phrase: pack.lastWeekday !== null && rng.chance(0.5) ? pack.lastWeekday(weekday) : weekday, absolute };
  }
  if (delta >= 7 && delta <= 13 && rng.chance(0.25)) return { phrase: pack.lastWeek, absolute };
  return { phrase: on, absolute };
}

export function renderArticle(world: World, plan: ArticlePlan): RenderedArticle {
  const pack = PACKS[plan.lang];
  const rng = plan.rng;
  const { event } = plan;
  const cast = world.cast;
  const people: Record<Role, (typeof cast)[number]> = {
    A: cast[event.people[0]],
    B: cast[event.people[1]],
    C: cast[event.people[2]],
    E: cast[plan.bystanders[0]],
    S: cast[event.people[0]],
  };
  // Ukrainian feeds write some Russian officials' surnames in lowercase (путін).
  const lowercase = new Set<string>();
  if (plan.lang === 'uk' && rng.chance(0.2)) {
    for (const p of [people.A, people.B, people.C]) if (p.origin === 'ru') lowercase.add(p.id);
  }
  const { phrase, absolute } = datePhrase(plan, pack);
  const pub = calendar(plan.day);
  const history = calendar(event.day - rng.int(20, 200));
  const ctx: TemplateContext = {
    pack,
    people,
    lowercase,
    place: PLACES[event.place],
    topic: event.topic,
    document: event.document,
    target: event.target,
    date: phrase,
    absoluteDate: absolute,
    historyDate: pack.onDate(pack.absoluteDate(history.day, history.month, history.year === pub.year ? null : history.year)),
    outlet: rng.pick(pack.outlets),
    quote: '',
  };
  const fill = (template: string): string => fillTemplate(template, ctx);
  const quoteBy = (speaker: Role): string => {
    ctx.people.S = ctx.people[speaker];
    ctx.quote = rng.pick(pack.quotes);
    return fill(rng.pick(pack.quoteFrames));
  };

  const paragraphs: Paragraph[] = [];
  let words = 0;
  const add = (kind: Paragraph['kind'], text: string): void => {
    paragraphs.push({ kind, text });
    words += countWords(text);
  };
  const details = rng.sample(pack.details[event.type], 2).map(fill);

  add('text', fill(rng.pick(pack.leads[event.type][plan.reportedStatus])));
  add('text', fill(rng.pick(pack.sourceLines)));
  const questions = rng.sample(pack.questions, 3).map(fill);
  add('question', questions[0]);
  add('text', [...details, ...(rng.chance(0.4) ? [fill(rng.pick(pack.history))] : [])].join(' '));
  add('text', quoteBy(rng.chance(0.6) ? 'A' : 'B'));

  let fillers = rng.sample(pack.fillers, pack.fillers.length);
  const nextFiller = (): string => {
    if (fillers.length === 0) {
      // A second round reads as new sentences about other people.
      ctx.people.C = cast[rng.zipfIndex(cast.length, 0.9)];
      ctx.people.E = cast[plan.bystanders[1]];
      fillers = rng.sample(pack.fillers, pack.fillers.length);
    }
    return fill(fillers.pop() as string);
  };
  add('text', [nextFiller(), nextFiller(), nextFiller()].join(' '));
  add('question', questions[1]);
  add('text', rng.pick(pack.analystBlocks));
  add('attribution', rng.pick(pack.attributions));
  let round = 0;
  while (words < plan.words - 25) {
    round++;
    if (round % 3 === 0) add('text', `${nextFiller()} ${quoteBy('C')}`);
    else add('text', [nextFiller(), nextFiller(), nextFiller()].join(' '));
    if (round === 2) add('question', questions[2]);
  }
  add('text', fill(rng.pick(pack.reactions)));

  const headline = fill(rng.pick(pack.titles[event.type]));
  const title = (plan.reportedStatus === 'happened' ? '' : pack.titlePrefix[plan.reportedStatus]) + headline;
  const date = isoDay(plan.day);
  const slug = fileSlug(headline, plan.lang);
  return {
    title,
    date,
    lang: plan.lang,
    source: ctx.outlet,
    url: `https://example.org/${plan.lang}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}-${plan.index}`,
    tags: [TYPE_TAGS[plan.lang][event.type], PLACES[event.place].nom[plan.lang]],
    paragraphs,
    slug,
    words: words + countWords(title),
  };
}

/** Seed-format text: " date YYYY-MM-DD " + lead on the first line. */
export function toSeedText(article: RenderedArticle, dateOverride?: string): string {
  const [lead, ...rest] = article.paragraphs;
  return ` date ${dateOverride ?? article.date} ${lead.text}\n\n${rest.map((p) => p.text).join('\n\n')}\n`;
}

/** Markdown with YAML frontmatter; strings are JSON-quoted (valid YAML flow scalars). */
export function toMarkdown(article: RenderedArticle, overrides: { date?: string; title?: string; url?: string } = {}): string {
  const front = [
    '---',
    `title: ${JSON.stringify(overrides.title ?? article.title)}`,
    `date: ${overrides.date ?? article.date}`,
    `lang: ${article.lang}`,
    `source: ${JSON.stringify(article.source)}`,
    `url: ${overrides.url ?? article.url}`,
    `tags: [${article.tags.map((t) => JSON.stringify(t)).join(', ')}]`,
    '---',
  ].join('\n');
  const body = article.paragraphs.map((p) => (p.kind === 'question' ? `## ${p.text}` : p.text)).join('\n\n');
  return `${front}\n\n${body}\n`;
}
