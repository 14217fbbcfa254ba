// Short-lived notices in the corner of the page ("Ticket created", "Could not save").

import { h } from './dom.js';

export function toast(message, kind = 'info') {
  let area = document.getElementById('toasts');
  if (!area) {
    area = h('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(area);
  }
  const item = h('div', { class: `toast toast-${kind}` }, message);
  area.append(item);
  setTimeout(() => item.classList.add('leaving'), 3500);
  setTimeout(() => item.remove(), 4000);
}

/** The Annex word mark. */
export function brand() {
  return h('span', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'A'), 'Annex');
}
