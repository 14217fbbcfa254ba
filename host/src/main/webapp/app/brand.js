// The word mark, on the sign-in and message pages and in the top bar: Annex's own, or the brand of
// the signed-in person's organisation (display name, logo, accent colour), which the host checked
// and which is applied through the design tokens only, so plugin pages built with the kit follow.

import { h } from './kit/v1/kit.js';

let current = null;

/** Applies an organisation's brand ({displayName, accentColour, logoUrl}), or Annex's own for null. */
export function applyBrand(brandOfOrganisation) {
  current = brandOfOrganisation || null;
  const style = document.documentElement.style;
  if (!current) {
    ['--annex-color-primary', '--annex-color-primary-strong', '--annex-color-primary-soft']
      .forEach((token) => style.removeProperty(token));
    return;
  }
  const accent = current.accentColour;
  style.setProperty('--annex-color-primary', accent);
  style.setProperty('--annex-color-primary-strong', `color-mix(in srgb, ${accent} 82%, black)`);
  style.setProperty('--annex-color-primary-soft', `color-mix(in srgb, ${accent} 12%, white)`);
}

export function brand() {
  if (current) {
    return h('span', { class: 'brand', id: 'brand', dataset: { branded: 'true' } },
      current.logoUrl
        ? h('img', { class: 'brand-logo', src: current.logoUrl, alt: '' })
        : h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, current.displayName.charAt(0).toUpperCase()),
      current.displayName);
  }
  return h('span', { class: 'brand', id: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'A'), 'Annex');
}
