/**
 * Invariants every article and every knowledge base must satisfy, whatever
 * the input. Each check returns a list of violations (empty = fine) rather
 * than throwing, so the fuzz script can count and print them and the tests
 * can assert on them with a readable diff.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { ArticleAnalysis, ArticleId, KnowledgeBase, ParsedArticle, Sentence, Span } from '../../model/model.ts';
import { decodeText } from '../../article/read/decode-text.ts';

export const SCHEMA_PATH = new URL('../../../docs/kb.schema.json', import.meta.url);

let validator: ValidateFunction | null = null;

/** Violations of docs/kb.schema.json (compiled once per process). */
export function validateKb(kb: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  }
  if (validator(kb)) return [];
  return (validator.errors ?? []).slice(0, 20).map((error: ErrorObject) => `schema: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** A span is a well-formed range inside `text` and, when it carries text, that text is `text.slice(start, end)`. */
export function checkSpan(text: string, span: Span & { text?: string }, where: string): string[] {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return [`${where}: span [${start}, ${end}) outside the text (length ${text.length})`];
  }
  if (span.text !== undefined && span.text !== text.slice(start, end)) {
    return [`${where}: text ${JSON.stringify(span.text.slice(0, 80))} !== source.slice(${start}, ${end}) = ${JSON.stringify(text.slice(start, end).slice(0, 80))}`];
  }
  return [];
}

/** Body and blocks of a parsed article lie inside its text, blocks in order and inside the body. */
export function checkParsed(parsed: ParsedArticle): string[] {
  const { text } = parsed;
  const out = checkSpan(text, parsed.body, `${parsed.file} body`);
  let previous = 0;
  parsed.blocks.forEach((block, index) => {
    out.push(...checkSpan(text, block, `${parsed.file} block ${index}`));
    if (block.start < parsed.body.start || block.end > parsed.body.end) out.push(`${parsed.file} block ${index} [${block.start}, ${block.end}) outside the body`);
    if (block.start < previous) out.push(`${parsed.file} block ${index} overlaps the previous block`);
    previous = block.end;
  });
  if (typeof parsed.title !== 'string') out.push(`${parsed.file}: title is not a string`);
  return out;
}

/** Sentences lie inside their block; every token's text is its slice. */
export function checkSentences(parsed: ParsedArticle, sentences: Sentence[]): string[] {
  const out: string[] = [];
  sentences.forEach((sentence, index) => {
    const where = `${parsed.file} sentence ${index}`;
    out.push(...checkSpan(parsed.text, sentence, where));
    const block = parsed.blocks[sentence.block];
    if (!block) out.push(`${where}: block ${sentence.block} does not exist`);
    else if (sentence.start < block.start || sentence.end > block.end) out.push(`${where} crosses its block`);
    if (sentence.tokens.length === 0) out.push(`${where} has no tokens`);
    for (const token of sentence.tokens) out.push(...checkSpan(parsed.text, token, `${where} token`));
  });
  return out;
}

/** Every offset of a per-article analysis (entities, quotes, events) against the decoded text. */
export function checkAnalysis(text: string, analysis: ArticleAnalysis): string[] {
  const file = analysis.article.file;
  const out = checkParsed({ ...analysis.article, text });
  if (analysis.sentences.length) out.push(...checkSentences({ ...analysis.article, text }, analysis.sentences));
  const sentenceCount = analysis.sentences.length;
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      out.push(...checkSpan(text, mention, `${file} ${entity.type} ${entity.key} mention`));
      if (sentenceCount && (mention.sentence < 0 || mention.sentence >= sentenceCount)) out.push(`${file} ${entity.key} mention: sentence ${mention.sentence} does not exist`);
    }
    for (const quote of entity.quotes) out.push(...checkSpan(text, quote, `${file} ${entity.key} quote`));
    for (const role of entity.roles) out.push(...checkSpan(text, role, `${file} ${entity.key} role`));
  }
  const keys = new Set(analysis.entities.map((entity) => entity.key));
  for (const event of analysis.events) {
    for (const mention of event.mentions) out.push(...checkSpan(text, mention, `${file} event ${event.key} mention`));
    for (const key of [...event.participants, ...event.orgs]) if (!keys.has(key)) out.push(`${file} event ${event.key}: unknown entity key ${key}`);
  }
  if (!Number.isInteger(analysis.wordCount) || analysis.wordCount < 0) out.push(`${file}: wordCount ${analysis.wordCount}`);
  return out;
}

export interface KbCheck {
  kb: KnowledgeBase;
  contentDir: string;
  /** Relative paths (POSIX) of every article file that was in the content folder. */
  inputs: string[];
}

/**
 * The published knowledge base: schema-valid, every input accounted for
 * (an article or a problem), every id referenced exists, every mention and
 * quote and role offset holds against the file's decoded text.
 */
export async function checkKnowledgeBase({ kb, contentDir, inputs }: KbCheck): Promise<string[]> {
  const out = validateKb(kb);
  if (out.length) return out;

  const articleFiles = new Set(kb.articles.map((article) => article.file));
  const problemFiles = new Set(kb.problems.map((problem) => problem.file));
  for (const file of inputs) if (!articleFiles.has(file) && !problemFiles.has(file)) out.push(`${file}: neither an article nor a problem`);

  const ids = {
    articles: new Set(kb.articles.map((article) => article.id)),
    people: new Set(kb.people.map((person) => person.id)),
    organisations: new Set(kb.organisations.map((org) => org.id)),
    places: new Set(kb.places.map((place) => place.id)),
    events: new Set(kb.events.map((event) => event.id)),
  };
  for (const [kind, set] of Object.entries(ids)) {
    const list = kb[kind as keyof typeof ids];
    if (set.size !== list.length) out.push(`${kind}: duplicate ids`);
  }
  const refs = (where: string, list: string[], set: Set<string>) => {
    for (const id of list) if (!set.has(id)) out.push(`${where}: dangling reference ${id}`);
  };
  for (const article of kb.articles) {
    refs(`article ${article.id} people`, article.people, ids.people);
    refs(`article ${article.id} organisations`, article.organisations, ids.organisations);
    refs(`article ${article.id} places`, article.places, ids.places);
    refs(`article ${article.id} events`, article.events, ids.events);
  }
  for (const event of kb.events) {
    refs(`event ${event.id} participants`, event.participants, ids.people);
    refs(`event ${event.id} articles`, event.articles, ids.articles);
  }

  const texts = new Map<string, string | null>();
  const fileOf = new Map(kb.articles.map((article) => [article.id, article.file]));
  const textOf = async (articleId: ArticleId): Promise<string | null> => {
    if (!texts.has(articleId)) {
      const file = fileOf.get(articleId);
      const bytes = file ? await readFile(path.join(contentDir, file)).catch(() => null) : null;
      texts.set(articleId, bytes && file ? (decodeText(file, bytes).decoded?.text ?? null) : null);
    }
    return texts.get(articleId) ?? null;
  };
  const located: Array<{ where: string; article: ArticleId | undefined; span: Span & { text: string } }> = [];
  for (const [kind, entities] of [['people', kb.people], ['organisations', kb.organisations], ['places', kb.places]] as const) {
    for (const entity of entities) {
      refs(`${kind} ${entity.id} articles`, entity.articles, ids.articles);
      for (const mention of entity.mentions) located.push({ where: `${kind} ${entity.id} mention`, article: mention.article, span: mention });
    }
  }
  for (const person of kb.people) for (const quote of person.quotes) if (quote.article) located.push({ where: `person ${person.id} quote`, article: quote.article, span: quote });
  for (const person of kb.people) for (const role of person.roles) located.push({ where: `person ${person.id} role`, article: role.article, span: role });
  for (const event of kb.events) for (const mention of event.mentions) located.push({ where: `event ${event.id} mention`, article: mention.article, span: mention });
  for (const { where, article, span } of located) {
    if (!article || !ids.articles.has(article)) {
      out.push(`${where}: unknown article ${article}`);
      continue;
    }
    const text = await textOf(article);
    if (text === null) out.push(`${where}: cannot re-read article ${article}`);
    else out.push(...checkSpan(text, span, `${where} in ${article}`));
  }
  return out;
}

/** Ids must be usable as file names on every OS and as URL segments without escaping. */
export function checkIds(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
  for (const list of [kb.articles, kb.people, kb.organisations, kb.places, kb.events]) {
    for (const { id } of list) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || id.length > 200) out.push(`id ${JSON.stringify(id)} is not an ASCII slug`);
      if (reserved.test(id)) out.push(`id ${id} is a reserved Windows device name`);
    }
  }
  return out;
}
