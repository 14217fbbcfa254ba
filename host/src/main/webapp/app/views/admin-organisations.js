// Tenant admin: the help desk's organisations — create, rename / renumber, deactivate, reactivate.

import { h, replace, formatDate } from '../kit/v1/kit.js';
import { formFields, pager, patchRow } from '../forms.js';

const PAGE_SIZE = 50;

export async function organisationsView(app, params, stillCurrent) {
  document.title = `Organisations · ${app.tenant} · Annex`;
  const q = params.get('q') || '';
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  if (q) query.set('q', q);
  const result = await app.api.get(`/organisations?${query}`);
  if (!stillCurrent()) return h('div');

  const go = (changes) => {
    const next = new URLSearchParams({ q, page: '0', ...changes });
    for (const [key, value] of [...next]) if (!value || (key === 'page' && value === '0')) next.delete(key);
    app.navigate(app.link(`admin/organisations${next.toString() ? `?${next}` : ''}`), { replace: true });
  };

  const search = h('input', { type: 'search', id: 'org-q', value: q, placeholder: 'Search by name or account number',
    'aria-label': 'Search organisations' });
  const filters = h('form', { class: 'filters', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    go({ q: search.value.trim() });
  } }, h('div', { class: 'search' }, search, h('button', { class: 'btn', type: 'submit' }, 'Search')));

  const rows = result.items.map((organisation) => organisationRow(app, organisation));
  return h('div', { class: 'stack' },
    createForm(app),
    h('section', { class: 'card' },
      h('h2', { class: 'card-title' }, 'Organisations', h('span', { class: 'count' }, String(result.total))),
      filters,
      rows.length ? h('ul', { class: 'data-list', id: 'organisation-list' }, rows)
        : h('div', { class: 'empty' }, h('h2', null, q ? 'No organisation matches' : 'No organisations yet'),
          h('p', { class: 'muted' }, q ? 'Try another search.' : 'Customers and partners you add show up here.')),
      pager(result, page, PAGE_SIZE, go)));
}

function createForm(app) {
  const fields = formFields('org');
  const name = h('input', { id: 'org-name', name: 'name', required: true, maxlength: 200, placeholder: 'Acme Corporation' });
  const accountNumber = h('input', { id: 'org-account', name: 'accountNumber', required: true, maxlength: 50,
    placeholder: 'ACME-001', autocomplete: 'off', spellcheck: 'false' });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'create-organisation' }, 'Add organisation');
  const form = h('form', { class: 'inline-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    fields.clear();
    if (!name.value.trim()) return fields.show('name', 'Enter the organisation’s name.');
    if (!accountNumber.value.trim()) return fields.show('accountNumber', 'Enter an account number.');
    submit.disabled = true;
    try {
      const created = await app.api.post('/organisations', { name: name.value.trim(), accountNumber: accountNumber.value.trim() });
      app.toast(`${created.name} added`, 'success');
      await app.refresh();
    } catch (error) {
      fields.fail(error, 'Could not add the organisation.');
    } finally {
      submit.disabled = false;
    }
  } },
  fields.add('name', 'Name', name),
  fields.add('accountNumber', 'Account number', accountNumber),
  h('div', { class: 'inline-submit' }, submit));
  return h('section', { class: 'card form-card' }, h('h2', { class: 'form-title' }, 'New organisation'), fields.general, form);
}

function organisationRow(app, organisation) {
  const row = h('li', { class: `data-row${organisation.active ? '' : ' inactive'}`, dataset: { organisationId: organisation.id } });
  const show = () => replace(row,
    h('div', { class: 'data-main' },
      h('span', { class: 'data-title' }, organisation.name),
      h('span', { class: 'data-sub' }, h('code', null, organisation.accountNumber), ` · since ${formatDate(organisation.createdAt)}`)),
    h('div', { class: 'data-cell' }, h('span', { class: `badge ${organisation.active ? 'badge-on' : 'badge-off'}` },
      organisation.active ? 'Active' : 'Inactive')),
    h('div', { class: 'data-actions' },
      h('button', { class: 'btn btn-small', type: 'button', dataset: { action: 'edit' }, onclick: edit }, 'Edit'),
      h('button', { class: `btn btn-small${organisation.active ? ' btn-danger-ghost' : ''}`, type: 'button',
        dataset: { action: organisation.active ? 'deactivate' : 'reactivate' },
        onclick: () => save({ active: !organisation.active },
          organisation.active ? `${organisation.name} deactivated` : `${organisation.name} is active again`) },
      organisation.active ? 'Deactivate' : 'Reactivate')));

  function save(changes, done, fields) {
    return patchRow(app, `/organisations/${organisation.id}`, changes, done, fields);
  }

  function edit() {
    const fields = formFields(`org-${organisation.id}`);
    const name = h('input', { name: 'name', value: organisation.name, maxlength: 200, dataset: { edit: 'name' } });
    const accountNumber = h('input', { name: 'accountNumber', value: organisation.accountNumber, maxlength: 50,
      dataset: { edit: 'accountNumber' } });
    replace(row, h('form', { class: 'row-edit', novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      fields.clear();
      const changes = {};
      if (name.value.trim() !== organisation.name) changes.name = name.value.trim();
      if (accountNumber.value.trim() !== organisation.accountNumber) changes.accountNumber = accountNumber.value.trim();
      if (!Object.keys(changes).length) return show();
      return save(changes, 'Organisation saved', fields);
    } },
    fields.general,
    h('div', { class: 'form-grid' }, fields.add('name', 'Name', name), fields.add('accountNumber', 'Account number', accountNumber)),
    h('div', { class: 'form-buttons' },
      h('button', { class: 'btn btn-ghost', type: 'button', onclick: show }, 'Cancel'),
      h('button', { class: 'btn btn-primary', type: 'submit', dataset: { action: 'save' } }, 'Save'))));
    name.focus();
  }

  show();
  return row;
}
