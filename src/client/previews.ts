/**
 * Hover/focus preview cards for links with data-preview="<type>:<id>".
 * Cards are small JSON files fetched on demand (cached), rendered with
 * textContent only, announced through aria-describedby, dismissed with Esc.
 */
import { BASE } from './base.ts';

interface Preview {
  type: string;
  id: string;
  title: string;
  lines: string[];
  count: number;
}

const cache = new Map<string, Promise<Preview | null>>();
let card: HTMLDivElement | null = null;
let owner: HTMLElement | null = null;
let showTimer = 0;
let hideTimer = 0;

const TYPE_DIR: Record<string, string> = { person: 'person', event: 'event', org: 'org', place: 'place' };

function fetchPreview(key: string): Promise<Preview | null> {
  let p = cache.get(key);
  if (!p) {
    const [type, ...rest] = key.split(':');
    const id = rest.join(':');
    const dir = TYPE_DIR[type];
    p = dir
      ? fetch(`${BASE}previews/${dir}/${encodeURIComponent(id)}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<Preview>) : null))
          .catch(() => null)
      : Promise.resolve(null);
    cache.set(key, p);
  }
  return p;
}

function ensureCard(): HTMLDivElement {
  if (!card) {
    card = document.createElement('div');
    card.id = 'preview-card';
    card.className = 'preview-card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    card.addEventListener('mouseleave', scheduleHide);
    document.body.append(card);
  }
  return card;
}

function place(el: HTMLElement, box: HTMLDivElement): void {
  const r = el.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  const left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
  box.style.width = `${width}px`;
  box.style.left = `${left}px`;
  box.style.top = `${r.bottom + window.scrollY + 6}px`;
}

async function show(el: HTMLElement): Promise<void> {
  const key = el.dataset.preview;
  if (!key) return;
  const data = await fetchPreview(key);
  if (!data || !el.isConnected) return;
  const box = ensureCard();
  const title = document.createElement('strong');
  title.textContent = data.title;
  const lines = data.lines.map((line) => {
    const p = document.createElement('span');
    p.textContent = line;
    return p;
  });
  box.replaceChildren(title, ...lines);
  box.dataset.type = data.type;
  if (owner && owner !== el) owner.removeAttribute('aria-describedby');
  owner = el;
  el.setAttribute('aria-describedby', box.id);
  box.hidden = false;
  place(el, box);
}

function hide(): void {
  clearTimeout(showTimer);
  if (card) card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = null;
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

function previewTarget(event: Event): HTMLElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-preview]') : null;
}

document.addEventListener('mouseover', (event) => {
  const el = previewTarget(event);
  if (!el) return;
  clearTimeout(hideTimer);
  clearTimeout(showTimer);
  showTimer = window.setTimeout(() => void show(el), 150);
});
document.addEventListener('mouseout', (event) => {
  if (previewTarget(event)) {
    clearTimeout(showTimer);
    scheduleHide();
  }
});
document.addEventListener('focusin', (event) => {
  const el = previewTarget(event);
  if (el) void show(el);
});
document.addEventListener('focusout', (event) => {
  if (previewTarget(event)) scheduleHide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
