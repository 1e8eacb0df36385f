/**
 * Search page over the Pagefind index. Queries are ё→е folded (the index
 * carries folded name forms). Pagefind ranks by text only, so the query also
 * runs through the entity filter (scripts/model/site-contract.ts): the people,
 * places and organisations it names come first, then everything else, where
 * people, then places/organisations, then events move up when they match at
 * least a quarter as well as the best hit. Results come RESULTS_PER_PAGE at a
 * time: each costs a download, and a name query's answer is in the first few.
 * Result excerpts are rebuilt as text + <mark> only, never as raw HTML.
 */
import { ENTITIES_FIRST, ENTITY_FILTER, RESULTS_PER_PAGE } from '../../scripts/model/site-contract.ts';
import { BASE, uiLang } from './base.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  init?: () => Promise<void>;
  options?: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex?: (url: string, o?: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch?: (q: string, o?: unknown, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const KIND: Record<string, Record<string, string>> = {
  person: { ru: 'человек', uk: 'людина', en: 'person' },
  event: { ru: 'событие', uk: 'подія', en: 'event' },
  article: { ru: 'статья', uk: 'стаття', en: 'article' },
  place: { ru: 'место', uk: 'місце', en: 'place' },
  org: { ru: 'организация', uk: 'організація', en: 'organisation' },
};
const FOUND: Record<string, (n: number) => string> = {
  ru: (n) => `Найдено: ${n}`,
  uk: (n) => `Знайдено: ${n}`,
  en: (n) => `${n} found`,
};
/** Boost (in multiples of the best score) for entity pages that match reasonably well: a name query should land on the person. */
const BOOST: Record<string, number> = { person: 3, org: 2, place: 2, event: 1 };

const input = document.getElementById('q') as HTMLInputElement | null;
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
const more = document.getElementById('search-more') as HTMLButtonElement | null;
let pagefind: Promise<Pagefind> | null = null;
let seq = 0;

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A very large site's index comes in parts (scripts/emit/search/search-index.ts); search them all.
    const parts = fetch(`${BASE}pagefind/shards.json`).then((r) => (r.ok ? (r.json() as Promise<unknown>) : []), () => []);
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // In this thread, not Pagefind's worker: the worker is a second script on the first query
    // (a sizeable share of what a name query downloads), and searching is quick.
    await pf.options?.({ baseUrl: BASE, noWorker: true });
    const more = await parts;
    if (Array.isArray(more)) for (const part of more) if (typeof part === 'string') await pf.mergeIndex?.(`${BASE}${part}`, { baseUrl: BASE });
    await pf.init?.();
    return pf;
  })();
  return pagefind;
}

export const foldQuery = (q: string): string => q.replace(/ё/g, 'е').replace(/Ё/g, 'Е').trim();

/** Copy text and <mark> from Pagefind's excerpt HTML; everything else becomes text. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      out.push(m);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

/** One result as a list item; the excerpt is rebuilt as text + <mark> only. */
function resultItem(d: PagefindResultData, lang: string): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = KIND[d.meta.type ?? 'article']?.[lang] ?? '';
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  const p = document.createElement('p');
  // Entity pages: their summary; an excerpt would show the hidden name forms.
  if (d.meta.summary) p.textContent = d.meta.summary;
  else p.append(...excerptNodes(d.excerpt));
  li.append(kind, a, p);
  li.dataset.type = d.meta.type ?? 'article';
  return li;
}

type Loaded = { r: PagefindResult; d: PagefindResultData };

/** Load the results' data, boosted entity pages first among those matching at least a quarter as well as `best`. */
async function ranked(results: PagefindResult[], best: number): Promise<Loaded[]> {
  const data = await Promise.all(results.map(async (r) => ({ r, d: await r.data() })));
  const rank = ({ r, d }: Loaded): number => (r.score >= best * 0.25 ? r.score + best * (BOOST[d.meta.type ?? ''] ?? 0) : r.score);
  return data.sort((a, b) => rank(b) - rank(a));
}

/**
 * Show `lead` (first run only) and results [from, from + RESULTS_PER_PAGE)
 * of `rest`, after those already shown (from > 0) or in their place. False
 * when a newer query has started meanwhile.
 */
async function showBatch(mine: number, lead: Loaded[], rest: PagefindResult[], from: number, best: number): Promise<boolean> {
  if (!list) return false;
  const batch = await ranked(rest.slice(from, from + RESULTS_PER_PAGE), best);
  if (mine !== seq) return false;
  const lang = uiLang();
  const items = [...lead, ...batch].map(({ d }) => resultItem(d, lang));
  if (from === 0) list.replaceChildren(...items);
  else {
    list.append(...items);
    // Keyboard and screen-reader users go on from the first new result, not from a button that may now be hidden.
    items[0]?.querySelector('a')?.focus();
  }
  const shown = from + RESULTS_PER_PAGE;
  if (more) {
    more.hidden = shown >= rest.length;
    more.onclick = () => {
      more.disabled = true;
      void showBatch(mine, [], rest, shown, best).finally(() => {
        more.disabled = false;
      });
    };
  }
  return true;
}

async function run(query: string): Promise<void> {
  const mine = ++seq;
  const q = foldQuery(query);
  if (!list || !status) return;
  if (!q) {
    list.replaceChildren();
    status.textContent = '';
    if (more) more.hidden = true;
    return;
  }
  const pf = await load();
  const [found, entities] = await Promise.all([pf.search(q), pf.search(q, { filters: ENTITY_FILTER })]);
  if (mine !== seq || !found) return;
  // The entities the query names, best first: up to ENTITIES_FIRST that match at least a quarter as well as the best.
  const bestEntity = entities?.results[0]?.score ?? 0;
  const leading = (entities?.results ?? []).filter((r) => r.score >= bestEntity * 0.25).slice(0, ENTITIES_FIRST);
  const lead = await ranked(leading, bestEntity);
  const shownFirst = new Set(leading.map((r) => r.id));
  const rest = found.results.filter((r) => !shownFirst.has(r.id));
  if (mine !== seq || !(await showBatch(mine, lead, rest, 0, rest[0]?.score ?? 0))) return;
  status.textContent = FOUND[uiLang()](found.results.length);
  list.dataset.query = q;
}

if (input) {
  let timer = 0;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void run(input.value);
    }, 150);
  });
  input.closest('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
}
