// The ticket list: scope tabs (mine, all, shared with me), filters (status, organisation, text),
// sorting, paging, and plugin markers.

import { h, ago, formatDate, label, statusBadge, priorityBadge, STATUSES } from '../kit/v1/kit.js';
import { inSlot, createPluginElement, mountGuarded } from '../plugins.js';
import { behindNotice } from './freshness.js';

const SORTS = [
  ['-updated', 'Recently updated'],
  ['updated', 'Least recently updated'],
  ['-created', 'Newest first'],
  ['created', 'Oldest first'],
  ['-priority', 'Priority: highest first'],
  ['priority', 'Priority: lowest first'],
  ['-number', 'Number: highest first'],
  ['number', 'Number: lowest first'],
  ['subject', 'Subject A–Z'],
];
const PAGE_SIZE = 25;

function scopes(app) {
  const person = app.me.person;
  const list = [['mine', 'My tickets']];
  if (app.isStaff) list.push(['all', 'All tickets']);
  else if (person.role === 'ORGANISATION_ADMIN') list.push(['all', 'My organisation']);
  else list.push(['all', 'All I can see']);
  list.push(['shared', 'Shared with me']);
  return list;
}

export async function ticketListView(app, params, stillCurrent) {
  document.title = `Tickets · ${app.tenant} · Annex`;
  const scopeList = scopes(app);
  const scope = scopeList.some(([key]) => key === params.get('scope')) ? params.get('scope')
    : (app.isStaff ? 'all' : 'mine');
  const status = STATUSES.includes(params.get('status')) ? params.get('status') : '';
  const q = params.get('q') || '';
  const organisation = /^\d+$/.test(params.get('organisation') || '') ? params.get('organisation') : '';
  const sort = SORTS.some(([key]) => key === params.get('sort')) ? params.get('sort') : '-updated';
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);

  const query = new URLSearchParams({ sort, page: String(page), size: String(PAGE_SIZE) });
  if (status) query.set('status', status);
  if (q) query.set('q', q);
  if (organisation) query.set('organisation', organisation);
  if (scope === 'mine') query.set('requester', String(app.me.person.id));
  if (scope === 'shared') query.set('shared', 'true');
  const result = await app.api.get(`/tickets?${query}`);
  // Only agents choose among organisations; a contact's list holds one at most.
  const organisations = app.isStaff ? (await app.api.get('/organisations?size=100')).items : [];
  const behind = await behindNotice(app);
  if (!stillCurrent()) return h('div');

  const go = (changes) => {
    const next = new URLSearchParams({ scope, status, organisation, q, sort, page: '0', ...changes });
    for (const [key, value] of [...next]) {
      if (!value || (key === 'page' && value === '0') || (key === 'sort' && value === '-updated')) next.delete(key);
    }
    const search = next.toString();
    app.navigate(app.base + (search ? `?${search}` : ''), { replace: true });
  };

  const tabs = h('div', { class: 'tabs', role: 'tablist' }, scopeList.map(([key, text]) =>
    h('button', { type: 'button', role: 'tab', class: `tab${key === scope ? ' active' : ''}`,
      'aria-selected': String(key === scope), dataset: { scope: key }, onclick: () => go({ scope: key }) }, text)));

  const search = h('input', { type: 'search', id: 'filter-q', name: 'q', value: q, placeholder: 'Search subject and description',
    'aria-label': 'Search tickets' });
  const statusSelect = h('select', { id: 'filter-status', 'aria-label': 'Status',
    onchange: (event) => go({ status: event.target.value }) },
  h('option', { value: '' }, 'Any status'),
  STATUSES.map((s) => h('option', { value: s, selected: s === status }, label(s))));
  const organisationSelect = organisations.length ? h('select', { id: 'filter-organisation', 'aria-label': 'Organisation',
    onchange: (event) => go({ organisation: event.target.value }) },
  h('option', { value: '' }, 'Any organisation'),
  organisations.map((o) => h('option', { value: o.id, selected: String(o.id) === organisation }, o.name))) : null;
  const sortSelect = h('select', { id: 'filter-sort', 'aria-label': 'Sort',
    onchange: (event) => go({ sort: event.target.value }) },
  SORTS.map(([key, text]) => h('option', { value: key, selected: key === sort }, text)));
  const filters = h('form', { class: 'filters', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    go({ q: search.value.trim() });
  } },
  h('div', { class: 'search' }, search, h('button', { class: 'btn', type: 'submit' }, 'Search')),
  statusSelect, organisationSelect, sortSelect);

  const markers = inSlot(app.contributions, 'TICKET_LIST_MARKER');
  const markerHosts = [];
  const rows = result.items.map((ticket) => {
    const markerHost = h('span', { class: 'markers' });
    markerHosts.push([markerHost, ticket]);
    return h('li', null, h('a', { class: 'ticket-row', href: app.link(`tickets/${ticket.id}`), dataset: { ticketId: ticket.id } },
      h('span', { class: 'cell-number' }, `#${ticket.number}`),
      h('span', { class: 'cell-main' },
        h('span', { class: 'cell-subject' }, h('span', { class: 'subject-text' }, ticket.subject), markerHost),
        h('span', { class: 'cell-meta' }, [ticket.requesterName, ticket.organisationName].filter(Boolean).join(' · '))),
      h('span', { class: 'cell-status' }, statusBadge(ticket.status)),
      h('span', { class: 'cell-priority' }, priorityBadge(ticket.priority)),
      h('span', { class: 'cell-updated', title: formatDate(ticket.updatedAt) }, ago(ticket.updatedAt))));
  });

  const total = result.total ?? rows.length;
  const first = total === 0 ? 0 : page * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE + result.items.length);
  const pager = h('div', { class: 'pager' },
    h('span', { class: 'muted', id: 'page-info' }, total === 0 ? 'No tickets' : `${first}–${last} of ${total}`),
    h('div', { class: 'pager-buttons' },
      h('button', { class: 'btn', type: 'button', id: 'page-prev', disabled: page === 0, onclick: () => go({ page: String(page - 1) }) }, '‹ Previous'),
      h('button', { class: 'btn', type: 'button', id: 'page-next', disabled: last >= total, onclick: () => go({ page: String(page + 1) }) }, 'Next ›')));

  const empty = h('div', { class: 'empty' },
    h('h2', null, q || status || organisation ? 'No tickets match' : scope === 'shared' ? 'Nothing shared with you' : 'No tickets yet'),
    h('p', { class: 'muted' }, q || status || organisation ? 'Try another search or filter.'
      : scope === 'shared' ? 'Tickets others add you to, or share with you through a plugin, show up here.'
        : 'Tickets you can see will show up here.'),
    !(q || status || organisation) && scope !== 'shared' && h('a', { class: 'btn btn-primary', href: app.link('tickets/new') }, 'Create a ticket'));

  const node = h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', null, 'Tickets')),
    behind,
    tabs,
    h('div', { class: 'card list-card' },
      filters,
      rows.length ? h('ul', { class: 'ticket-list', id: 'ticket-list' }, rows) : empty,
      rows.length ? pager : null));

  return {
    node,
    after: async () => {
      await mountMarkers();
      node.dataset.slotsReady = 'true';
    },
  };

  async function mountMarkers() {
    for (const [host, ticket] of markerHosts) {
      for (const contribution of markers) {
        const element = await createPluginElement(contribution,
          { tenant: app.tenant, person: app.me.person, ticketId: ticket.id, ticket });
        mountGuarded(host, element);
      }
    }
  }
}
