// Tenant admin: the help desk's people — agents and contacts. Create, change name / role /
// organisation, deactivate (which also signs them out everywhere) and reactivate.

import { h, replace, label, avatar } from '../kit/v1/kit.js';
import { formFields, pager, patchRow } from '../forms.js';

const ROLES = ['CONTACT', 'ORGANISATION_ADMIN', 'AGENT', 'TENANT_ADMIN'];
const ROLE_HELP = {
  CONTACT: 'Contact: sees the tickets they requested.',
  ORGANISATION_ADMIN: 'Organisation admin: sees all tickets of their organisation.',
  AGENT: 'Agent: support staff, works every ticket.',
  TENANT_ADMIN: 'Tenant admin: an agent who also manages people, organisations and plugins.',
};
const PAGE_SIZE = 50;
const isAgentRole = (role) => role === 'AGENT' || role === 'TENANT_ADMIN';

export async function peopleView(app, params, stillCurrent) {
  document.title = `People · ${app.tenant} · Annex`;
  const q = params.get('q') || '';
  const role = ROLES.includes(params.get('role')) ? params.get('role') : '';
  const organisation = /^\d+$/.test(params.get('organisation') || '') ? params.get('organisation') : '';
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  if (q) query.set('q', q);
  if (role) query.set('role', role);
  if (organisation) query.set('organisation', organisation);
  const result = await app.api.get(`/people?${query}`);
  const organisations = (await app.api.get('/organisations?size=100')).items;
  if (!stillCurrent()) return h('div');
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));

  const go = (changes) => {
    const next = new URLSearchParams({ q, role, organisation, page: '0', ...changes });
    for (const [key, value] of [...next]) if (!value || (key === 'page' && value === '0')) next.delete(key);
    app.navigate(app.link(`admin/people${next.toString() ? `?${next}` : ''}`), { replace: true });
  };

  const search = h('input', { type: 'search', id: 'people-q', value: q, placeholder: 'Search by name or email',
    'aria-label': 'Search people' });
  const filters = h('form', { class: 'filters', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    go({ q: search.value.trim() });
  } },
  h('div', { class: 'search' }, search, h('button', { class: 'btn', type: 'submit' }, 'Search')),
  h('select', { id: 'people-role', 'aria-label': 'Role', onchange: (event) => go({ role: event.target.value }) },
    h('option', { value: '' }, 'Any role'), ROLES.map((r) => h('option', { value: r, selected: r === role }, label(r)))),
  h('select', { id: 'people-organisation', 'aria-label': 'Organisation', onchange: (event) => go({ organisation: event.target.value }) },
    h('option', { value: '' }, 'Any organisation'),
    organisations.map((o) => h('option', { value: o.id, selected: String(o.id) === organisation }, o.name))));

  const rows = result.items.map((person) => personRow(app, person, organisations, orgName));
  const create = createForm(app, organisations);
  create.hidden = true;
  const addButton = h('button', { class: 'btn btn-primary btn-small title-action', type: 'button', id: 'add-person',
    'aria-expanded': 'false', onclick: () => {
      create.hidden = !create.hidden;
      addButton.setAttribute('aria-expanded', String(!create.hidden));
      if (!create.hidden) create.querySelector('input')?.focus();
    } }, '+ Add person');
  return h('div', { class: 'stack' },
    create,
    h('section', { class: 'card' },
      h('h2', { class: 'card-title' }, 'People', h('span', { class: 'count' }, String(result.total)), addButton),
      filters,
      rows.length ? h('ul', { class: 'data-list', id: 'people-list' }, rows)
        : h('div', { class: 'empty' }, h('h2', null, 'Nobody matches'), h('p', { class: 'muted' }, 'Try another search or filter.')),
      pager(result, page, PAGE_SIZE, go)));
}

function roleSelect(id, current) {
  return h('select', { id, name: 'role' }, ROLES.map((r) => h('option', { value: r, selected: r === current }, label(r))));
}

function organisationSelect(id, organisations, current) {
  return h('select', { id, name: 'organisationId' },
    h('option', { value: '' }, organisations.length ? 'Choose an organisation…' : 'No organisations yet'),
    organisations.filter((o) => o.active || o.id === current)
      .map((o) => h('option', { value: o.id, selected: o.id === current }, o.name)));
}

/** Agents belong to no organisation: the organisation field is off for them. */
function linkRoleAndOrganisation(role, organisation, help) {
  const sync = () => {
    const agent = isAgentRole(role.value);
    organisation.disabled = agent;
    if (agent) organisation.value = '';
    if (help) replace(help, ROLE_HELP[role.value] || '');
  };
  role.addEventListener('change', sync);
  sync();
}

function createForm(app, organisations) {
  const fields = formFields('person');
  const email = h('input', { id: 'person-email', name: 'email', type: 'email', required: true, autocomplete: 'off',
    placeholder: 'name@example.com' });
  const displayName = h('input', { id: 'person-name', name: 'displayName', required: true, placeholder: 'Full name' });
  const role = roleSelect('person-role', 'CONTACT');
  const organisation = organisationSelect('person-organisation', organisations, null);
  const password = h('input', { id: 'person-password', name: 'password', type: 'password', autocomplete: 'new-password' });
  const help = h('span');
  linkRoleAndOrganisation(role, organisation, help);
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'create-person' }, 'Add person');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    fields.clear();
    if (!email.value.trim()) return fields.show('email', 'Enter an email address.');
    if (!displayName.value.trim()) return fields.show('displayName', 'Enter a name.');
    if (!isAgentRole(role.value) && !organisation.value) return fields.show('organisationId', 'Choose the organisation this contact belongs to.');
    const body = { email: email.value.trim(), displayName: displayName.value.trim(), role: role.value };
    if (organisation.value) body.organisationId = Number(organisation.value);
    if (password.value) body.password = password.value;
    submit.disabled = true;
    try {
      const created = await app.api.post('/people', body);
      app.toast(`${created.displayName} added`, 'success');
      await app.refresh();
    } catch (error) {
      fields.fail(error, 'Could not add the person.');
    } finally {
      submit.disabled = false;
    }
  } },
  fields.general,
  h('div', { class: 'form-grid' },
    fields.add('email', 'Email', email),
    fields.add('displayName', 'Name', displayName),
    fields.add('role', 'Role', role, help),
    fields.add('organisationId', 'Organisation', organisation),
    fields.add('password', 'Password', password, 'At least 8 characters. Leave empty if they should not sign in yet.')),
  h('div', { class: 'form-buttons' }, submit));
  return h('section', { class: 'card form-card', id: 'new-person-card' }, h('h2', { class: 'form-title' }, 'New person'), form);
}

function personRow(app, person, organisations, orgName) {
  const row = h('li', { class: `data-row${person.active ? '' : ' inactive'}`, dataset: { personId: person.id, email: person.email } });
  const self = person.id === app.me.person.id;
  const show = () => replace(row,
    h('div', { class: 'data-main data-with-avatar' },
      avatar(person.displayName),
      h('div', { class: 'data-text' },
        h('span', { class: 'data-title' }, person.displayName, self && h('span', { class: 'muted small' }, ' (you)')),
        h('span', { class: 'data-sub' }, person.email))),
    h('div', { class: 'data-cell data-cell-wide' },
      h('span', { class: 'role' }, label(person.role)),
      h('span', { class: 'data-sub' }, person.organisationId ? (orgName.get(person.organisationId) || `#${person.organisationId}`) : 'Staff')),
    h('div', { class: 'data-cell' }, h('span', { class: `badge ${person.active ? 'badge-on' : 'badge-off'}` },
      person.active ? 'Active' : 'Inactive')),
    h('div', { class: 'data-actions' },
      h('button', { class: 'btn btn-small', type: 'button', dataset: { action: 'edit' }, onclick: edit }, 'Edit'),
      !self && h('button', { class: `btn btn-small${person.active ? ' btn-danger-ghost' : ''}`, type: 'button',
        dataset: { action: person.active ? 'deactivate' : 'reactivate' },
        onclick: () => save({ active: !person.active },
          person.active ? `${person.displayName} deactivated and signed out` : `${person.displayName} is active again`) },
      person.active ? 'Deactivate' : 'Reactivate')));

  function save(changes, done, fields) {
    return patchRow(app, `/people/${person.id}`, changes, done, fields);
  }

  function edit() {
    const fields = formFields(`person-${person.id}`);
    const displayName = h('input', { name: 'displayName', value: person.displayName, dataset: { edit: 'displayName' } });
    const role = roleSelect(`person-${person.id}-role`, person.role);
    const organisation = organisationSelect(`person-${person.id}-organisation`, organisations, person.organisationId);
    linkRoleAndOrganisation(role, organisation, null);
    replace(row, h('form', { class: 'row-edit', novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      fields.clear();
      const changes = {};
      if (displayName.value.trim() !== person.displayName) changes.displayName = displayName.value.trim();
      if (role.value !== person.role) changes.role = role.value;
      const organisationId = organisation.value ? Number(organisation.value) : null;
      if (organisationId !== (person.organisationId ?? null) && organisationId !== null) changes.organisationId = organisationId;
      if (!isAgentRole(role.value) && organisationId === null) return fields.show('organisationId', 'Choose an organisation.');
      if (!Object.keys(changes).length) return show();
      return save(changes, `${person.displayName} saved`, fields);
    } },
    fields.general,
    h('div', { class: 'form-grid' },
      fields.add('displayName', 'Name', displayName),
      fields.add('role', 'Role', role),
      fields.add('organisationId', 'Organisation', organisation)),
    h('div', { class: 'form-buttons' },
      h('button', { class: 'btn btn-ghost', type: 'button', onclick: show }, 'Cancel'),
      h('button', { class: 'btn btn-primary', type: 'submit', dataset: { action: 'save' } }, 'Save'))));
    displayName.focus();
  }

  show();
  return row;
}
