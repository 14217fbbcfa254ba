// The Annex word mark, on the sign-in and message pages and in the top bar.

import { h } from './kit/v1/kit.js';

export function brand() {
  return h('span', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'A'), 'Annex');
}
