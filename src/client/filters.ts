/**
 * Progressive filters and sorting for index pages. Without JS the full list
 * shows and the controls stay hidden (init.js marks <html class="js"> before
 * first paint, so showing them causes no layout shift); with JS, <select data-filter="<attr>"> keeps
 * items whose data-<attr> (space-separated) contains the chosen value. A
 * filter may offer a value no item has (every event type is offered): then
 * [data-filter-empty] says so instead of leaving a blank list.
 */
const list = document.querySelector<HTMLElement>('[data-filter-list]');
if (list) {
  const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const items = [...list.querySelectorAll<HTMLElement>('li')];
  items.forEach((li, i) => (li.dataset.order = String(i)));

  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const apply = (): void => {
    const active = selects.filter((s) => s.value !== '').map((s) => [s.dataset.filter!, s.value] as const);
    for (const li of items) {
      li.hidden = !active.every(([attr, value]) => (li.dataset[attr] ?? '').split(' ').includes(value));
    }
    if (empty) empty.hidden = items.length === 0 || items.some((li) => !li.hidden);
    if (list.hasAttribute('data-filter-groups')) {
      for (const group of list.querySelectorAll<HTMLElement>('[data-group]')) {
        group.hidden = !group.querySelector('li:not([hidden])');
      }
    }
  };
  for (const s of selects) s.addEventListener('change', apply);

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-sort]')) {
    button.addEventListener('click', () => {
      const byCount = button.dataset.sort === 'count';
      const sorted = [...items].sort((a, b) =>
        byCount ? Number(b.dataset.count) - Number(a.dataset.count) || Number(a.dataset.order) - Number(b.dataset.order) : Number(a.dataset.order) - Number(b.dataset.order),
      );
      list.append(...sorted);
      for (const b of document.querySelectorAll('button[data-sort]')) b.setAttribute('aria-pressed', String(b === button));
    });
  }
  apply();
}
