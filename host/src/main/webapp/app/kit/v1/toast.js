// Short-lived notices in the corner of the page ("Ticket created", "Could not save"), announced
// to screen readers.

import { h } from './dom.js';

/** toast('Saved', 'success'); kinds: info, success, error. */
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
