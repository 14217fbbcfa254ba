// Tenant admin: organisations, people, this tenant's plugins and webhooks, under /t/{tenant}/admin/…
// Only tenant admins reach these pages; the API refuses everyone else anyway.

import { h } from '../kit/v1/kit.js';
import { organisationsView } from './admin-organisations.js';
import { peopleView } from './admin-people.js';
import { adminPluginsView } from './admin-plugins.js';
import { webhooksView } from './admin-webhooks.js';

const SECTIONS = [
  ['organisations', 'Organisations', organisationsView],
  ['people', 'People', peopleView],
  ['plugins', 'Plugins', adminPluginsView],
  ['webhooks', 'Webhooks', webhooksView],
];

export function isTenantAdmin(app) {
  return app.me?.person?.role === 'TENANT_ADMIN';
}

/** rest is what follows "admin/" in the path; returns a view node, or null for an unknown section. */
export async function adminView(app, rest, params, stillCurrent) {
  const key = rest || 'organisations';
  const section = SECTIONS.find(([name]) => name === key);
  if (!section) return null;
  const body = await section[2](app, params, stillCurrent);
  return h('div', { class: 'page admin-page', dataset: { admin: key } },
    h('div', { class: 'page-head' },
      h('div', null, h('h1', null, 'Administration'),
        h('p', { class: 'muted page-sub' }, 'Organisations, people, plugins and webhooks of this help desk.'))),
    h('nav', { class: 'tabs', 'aria-label': 'Administration' }, SECTIONS.map(([name, text]) =>
      h('a', { class: `tab${name === key ? ' active' : ''}`, href: app.link(`admin/${name}`), id: `admin-tab-${name}`,
        'aria-current': name === key ? 'page' : null }, text))),
    body);
}
