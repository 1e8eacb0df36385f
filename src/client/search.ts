/**
 * Search page over the Pagefind index. Queries are ё→е folded (the index
 * carries folded name forms). Pagefind ranks by text only, so the query also
 * runs through the entity filter (scripts/model/site-contract.ts): the people,
 * places and organisations it names come first, then everything else, where
 * people, then places/organisations, then events move up when they match at
 * least a quarter as well as the best hit. Results come RESULTS_PER_PAGE at a
 * time: each costs a download, and a name query's answer is in the first few.
 * Result excerpts are rebuilt as text + <mark> only, never as raw HTML.
 *
 * The index comes in parts, grouped in lanes by stemming language
 * (scripts/emit/search/search-parts.ts): each lane is a Pagefind runtime of
 * its own, since a runtime stems every query with the one language built
 * into it; a query runs in every lane and their results are ranked together.
 */
import { ENTITIES_FIRST, ENTITY_FILTER, RESULTS_PER_PAGE, SEARCH_DIR, SEARCH_PARTS_FILE, type SearchParts } from '../../scripts/model/site-contract.ts';
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
/** One Pagefind runtime per lane (one stemming language), with its parts merged in. */
interface Lane {
  pf: Pagefind;
  entities: boolean;
}
let lanes: Promise<Lane[]> | null = null;
let seq = 0;

/** A lane's runtime: imported from its first part (a module of its own, so its own stemmer), the other parts merged in. */
async function loadLane(folders: string[]): Promise<Pagefind> {
  const [first, ...rest] = folders.map((f) => `${BASE}${SEARCH_DIR}/${f}`);
  const pf = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pagefind;
  // In this thread, not Pagefind's worker: the worker is a second script on the first query
  // (a sizeable share of what a name query downloads), and searching is quick.
  await pf.options?.({ baseUrl: BASE, noWorker: true });
  // Each merged part fetches its entry and metadata: in parallel, or a lane of many parts waits for them in turn.
  await Promise.all(rest.map((folder) => pf.mergeIndex?.(folder, { baseUrl: BASE })));
  await pf.init?.();
  return pf;
}

/** The index's parts, per lane (scripts/emit/search/search-parts.ts); none when the site has no index. */
function load(): Promise<Lane[]> {
  lanes ??= (async () => {
    const response = await fetch(`${BASE}${SEARCH_DIR}/${SEARCH_PARTS_FILE}`).catch(() => null);
    const parts = response?.ok ? ((await response.json()) as SearchParts) : null;
    const usable = (parts?.lanes ?? []).filter((l) => Array.isArray(l.folders) && l.folders.length > 0);
    return Promise.all(usable.map(async (l) => ({ pf: await loadLane(l.folders), entities: l.entities })));
  })();
  return lanes;
}

/** A query over every lane, results of all lanes by score (each lane ranks its own parts together). */
async function searchLanes(all: Lane[], q: string, filters?: Record<string, string>): Promise<PagefindResult[]> {
  const found = await Promise.all(all.map((l) => l.pf.search(q, filters ? { filters } : undefined)));
  return found.flatMap((f) => f?.results ?? []).sort((a, b) => b.score - a.score);
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
  const all = await load();
  const [found, entities] = await Promise.all([searchLanes(all, q), searchLanes(all.filter((l) => l.entities), q, ENTITY_FILTER)]);
  if (mine !== seq) return;
  // The entities the query names, best first: up to ENTITIES_FIRST that match at least a quarter as well as the best.
  const bestEntity = entities[0]?.score ?? 0;
  const leading = entities.filter((r) => r.score >= bestEntity * 0.25).slice(0, ENTITIES_FIRST);
  const lead = await ranked(leading, bestEntity);
  const shownFirst = new Set(leading.map((r) => r.id));
  const rest = found.filter((r) => !shownFirst.has(r.id));
  if (mine !== seq || !(await showBatch(mine, lead, rest, 0, rest[0]?.score ?? 0))) return;
  status.textContent = FOUND[uiLang()](found.length);
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
