// Operator console: the installation's tenants (list, create with a first admin, suspend and
// resume) and one tenant's plugins (on/off and settings).

import { h, replace, formatDate, label, confirmDialog } from '../kit/v1/kit.js';
import { formFields, pager } from '../forms.js';
import { pluginStateBadge } from './plugins.js';
import '../settings-form.js';
import { CSV_COLUMNS, importTenants, progressView, tenantsFromCsv } from './bulk.js';

export function tenantStatusBadge(status) {
  return h('span', { class: `badge tenant-${String(status).toLowerCase()}` }, label(status));
}

const PAGE_SIZE = 50;

export async function tenantsView(ops, stillCurrent) {
  document.title = 'Tenants · Operator · Annex';
  const params = new URLSearchParams(location.search);
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const text = (params.get('text') || '').trim();
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  if (text) query.set('text', text);
  const result = await ops.api.get(`/tenants?${query}`);
  if (!stillCurrent()) return h('div');
  const listAddress = (next, search) => {
    const wanted = new URLSearchParams();
    if (search) wanted.set('text', search);
    if (next && next !== '0') wanted.set('page', next);
    const encoded = wanted.toString();
    return encoded ? `?${encoded}` : '';
  };
  const go = ({ page: next }) => ops.navigate(listAddress(next, text));
  const searchInput = h('input', { id: 'tenant-search', type: 'search', name: 'text', value: text,
    placeholder: 'Search slug or name', 'aria-label': 'Search tenants' });
  const searchForm = h('form', { class: 'filters', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    ops.navigate(listAddress('0', searchInput.value.trim()));
  } }, searchInput, h('button', { class: 'btn', type: 'submit', id: 'tenant-search-go' }, 'Search'));

  const createCard = newTenantForm(ops);
  createCard.hidden = result.total > 0 || Boolean(text);
  const newButton = h('button', { class: 'btn btn-primary', type: 'button', id: 'new-tenant', onclick: () => {
    createCard.hidden = !createCard.hidden;
    if (!createCard.hidden) createCard.querySelector('input')?.focus();
  } }, '+ New tenant');

  const importCard = importTenantsCard(ops);
  importCard.hidden = true;
  const importButton = h('button', { class: 'btn', type: 'button', id: 'import-tenants', onclick: () => {
    importCard.hidden = !importCard.hidden;
    if (!importCard.hidden) importCard.querySelector('input')?.focus();
  } }, 'Import CSV');

  const rows = result.items.map((tenant) => h('li', { class: 'data-row tenant-row', dataset: { tenant: tenant.slug } },
    h('div', { class: 'data-main' },
      h('a', { class: 'data-title', href: ops.link(`tenants/${tenant.slug}`) }, tenant.name),
      h('span', { class: 'data-sub' }, h('code', null, tenant.slug), ' · created ', formatDate(tenant.createdAt))),
    h('div', { class: 'data-cell' }, tenantStatusBadge(tenant.status)),
    h('div', { class: 'data-actions' },
      h('a', { class: 'btn btn-small', href: ops.link(`tenants/${tenant.slug}`) }, 'Plugins'),
      statusButton(ops, tenant))));

  return h('div', { class: 'page' },
    h('div', { class: 'page-head' },
      h('div', null, h('h1', null, 'Tenants'),
        h('p', { class: 'muted page-sub' }, 'Each tenant is one help desk with its own people, tickets and plugins.')),
      h('div', { class: 'page-actions' }, importButton, newButton)),
    createCard,
    importCard,
    h('section', { class: 'card' },
      h('h2', { class: 'card-title' }, text ? 'Matching tenants' : 'All tenants', h('span', { class: 'count' }, String(result.total))),
      searchForm,
      rows.length ? h('ul', { class: 'data-list', id: 'tenant-list' }, rows)
        : text ? h('div', { class: 'empty' }, h('h2', null, 'No tenant matches'), h('p', { class: 'muted' }, 'Try part of the slug or the name.'))
          : h('div', { class: 'empty' }, h('h2', null, 'No tenants yet'), h('p', { class: 'muted' }, 'Create the first help desk above.')),
      pager(result, page, PAGE_SIZE, go)));
}

function statusButton(ops, tenant) {
  const suspended = tenant.status === 'SUSPENDED';
  return h('button', { class: `btn btn-small${suspended ? '' : ' btn-danger-ghost'}`, type: 'button',
    dataset: { action: suspended ? 'resume' : 'suspend' },
    onclick: async (event) => {
      event.currentTarget.disabled = true;
      try {
        await ops.api.post(`/tenants/${encodeURIComponent(tenant.slug)}/${suspended ? 'resume' : 'suspend'}`);
        ops.toast(suspended ? `${tenant.name} is active again` : `${tenant.name} is suspended`, 'success');
      } catch (error) {
        ops.toast(error.message || 'Could not change the tenant.', 'error');
      }
      await ops.refresh();
    } }, suspended ? 'Resume' : 'Suspend');
}

function newTenantForm(ops) {
  const fields = formFields('tenant');
  const slug = h('input', { id: 'tenant-slug', name: 'slug', required: true, placeholder: 'acme', autocomplete: 'off',
    spellcheck: 'false' });
  const name = h('input', { id: 'tenant-name', name: 'name', required: true, placeholder: 'Acme Support' });
  const email = h('input', { id: 'tenant-admin-email', name: 'email', type: 'email', required: true,
    placeholder: 'admin@acme.example', autocomplete: 'off' });
  const displayName = h('input', { id: 'tenant-admin-name', name: 'displayName', required: true, placeholder: 'Alex Admin' });
  const password = h('input', { id: 'tenant-admin-password', name: 'password', type: 'password', required: true,
    autocomplete: 'new-password' });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'create-tenant' }, 'Create tenant');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    fields.clear();
    submit.disabled = true;
    try {
      const created = await ops.api.post('/tenants', {
        slug: slug.value.trim().toLowerCase(),
        name: name.value.trim(),
        admin: { email: email.value.trim(), displayName: displayName.value.trim(), password: password.value },
      });
      ops.toast(`Tenant ${created.name} created`, 'success');
      // Next the operator turns plugins on for it: that happens on the tenant's own page.
      ops.navigate(`tenants/${created.slug}`);
    } catch (error) {
      fields.fail(error, 'Could not create the tenant.');
    } finally {
      submit.disabled = false;
    }
  } },
  fields.general,
  h('div', { class: 'form-grid' },
    fields.add('slug', 'Address', slug, 'Lower-case letters, digits and "-": people sign in at /t/<address>/.'),
    fields.add('name', 'Name', name),
    fields.add('email', 'First admin’s email', email),
    fields.add('displayName', 'First admin’s name', displayName),
    fields.add('password', 'First admin’s password', password, 'At least 8 characters. Hand it over safely.')),
  h('div', { class: 'form-buttons' }, submit));
  return h('section', { class: 'card form-card', id: 'new-tenant-card' },
    h('h2', { class: 'form-title' }, 'New tenant'), form);
}

/**
 * Many tenants at once from a CSV file, each with its first admin: checked here first (header,
 * field counts), then by the host (a bad row refuses its whole request, naming the line), then
 * created with progress shown; rows that fail only then (a slug taken meanwhile) are listed.
 */
function importTenantsCard(ops) {
  const file = h('input', { id: 'tenant-csv', type: 'file', accept: '.csv,text/csv', name: 'file' });
  const message = h('div', { id: 'tenant-csv-message', role: 'alert' });
  const progress = progressView('tenant-import');
  progress.root.hidden = true;
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'tenant-csv-import' }, 'Import tenants');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    replace(message);
    const chosen = file.files?.[0];
    if (!chosen) {
      replace(message, h('p', { class: 'alert alert-error' }, 'Choose a CSV file first.'));
      return;
    }
    const { tenants, problems } = tenantsFromCsv(await chosen.text());
    if (problems.length) {
      replace(message, h('ul', { class: 'alert alert-error' }, ...problems.slice(0, 20).map((p) => h('li', null, p))));
      return;
    }
    submit.disabled = true;
    progress.root.hidden = false;
    try {
      const outcome = await importTenants(ops, tenants, progress);
      const created = outcome.done - outcome.failed;
      ops.toast(outcome.refused ? `Import stopped: ${created} created, ${outcome.remaining} not sent`
        : `${created} of ${tenants.length} tenants created`, outcome.refused || outcome.failed ? 'error' : 'success');
      // All in: show them in the list. Otherwise the lines that failed stay on screen to be fixed.
      if (!outcome.refused && !outcome.failed) await ops.refresh();
    } catch (error) {
      replace(message, h('p', { class: 'alert alert-error' }, error.message || 'The import failed.'));
    } finally {
      submit.disabled = false;
    }
  } },
  h('p', { class: 'muted' }, 'One tenant per line, under a header naming the columns ',
    ...CSV_COLUMNS.flatMap((column, i) => [i ? ', ' : '', h('code', null, column)]),
    '. Nothing is created unless every line is valid; up to 1,000 tenants go in one request.'),
  h('label', { class: 'field', for: 'tenant-csv' }, h('span', { class: 'field-label' }, 'CSV file'), file),
  message,
  h('div', { class: 'form-buttons' }, submit),
  progress.root);
  return h('section', { class: 'card form-card', id: 'import-tenants-card' },
    h('h2', { class: 'form-title' }, 'Import tenants'), form);
}

export async function tenantView(ops, slug, stillCurrent) {
  const path = `/tenants/${encodeURIComponent(slug)}`;
  const tenant = await ops.api.get(path);
  const plugins = await ops.api.get(`${path}/plugins`);
  if (!stillCurrent()) return h('div');
  document.title = `${tenant.name} · Operator · Annex`;

  const rows = plugins.map(({ plugin, enabled }) => pluginRow(ops, path, plugin, enabled));
  return h('div', { class: 'page', dataset: { tenant: tenant.slug } },
    h('a', { class: 'back', href: ops.link('') }, '‹ All tenants'),
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { id: 'tenant-title' }, tenant.name, ' ', tenantStatusBadge(tenant.status)),
        h('p', { class: 'muted page-sub' }, 'Help desk at ', h('a', { href: `/t/${tenant.slug}/`, target: '_blank', rel: 'noopener' },
          `/t/${tenant.slug}/`), ` · created ${formatDate(tenant.createdAt)}`)),
      statusButton(ops, tenant)),
    h('section', { class: 'card' },
      h('h2', { class: 'card-title' }, 'Plugins for this tenant', h('span', { class: 'count' }, String(plugins.length))),
      rows.length ? h('ul', { class: 'data-list', id: 'tenant-plugins' }, rows)
        : h('div', { class: 'empty' }, h('h2', null, 'No plugins installed'),
          h('p', { class: 'muted' }, 'Install one on the Plugins page first.'),
          h('a', { class: 'btn', href: ops.link('plugins') }, 'Go to plugins'))));
}

function pluginRow(ops, tenantPath, plugin, enabled) {
  const started = plugin.state === 'STARTED';
  const settingsHost = h('div', { class: 'row-detail', hidden: true });
  const toggle = h('button', { class: `btn btn-small ${enabled ? 'btn-danger-ghost' : 'btn-primary'}`, type: 'button',
    id: `toggle-${plugin.id}`, disabled: !started && !enabled, dataset: { enabled: String(enabled) },
    onclick: async () => {
      toggle.disabled = true;
      const url = `${tenantPath}/plugins/${encodeURIComponent(plugin.id)}`;
      const change = (both) => (enabled
        ? ops.api.delete(both ? `${url}?withDependants=true` : url)
        : ops.api.put(both ? `${url}?withDependencies=true` : url));
      try {
        try {
          await change(false);
        } catch (error) {
          // A plugin's dependencies (or dependants) stand in the way: offer to change them too.
          if (error.status !== 409 || !/with(Dependencies|Dependants)=true/.test(error.message)) throw error;
          const both = await confirmDialog({ title: enabled ? 'Turn off the plugins that need it too?' : 'Turn on what it needs too?',
            message: error.message.replace(/,? or ask for both with \?with\w+=true\./, '.'),
            confirmLabel: enabled ? 'Turn both off' : 'Turn both on', danger: enabled });
          if (!both) return await ops.refresh();
          await change(true);
        }
        ops.toast(`${plugin.id} is ${enabled ? 'off' : 'on'} for this tenant`, 'success');
      } catch (error) {
        ops.toast(error.message || 'Could not change the plugin.', 'error');
      }
      await ops.refresh();
    } }, enabled ? 'Disable' : 'Enable');
  const settingsButton = h('button', { class: 'btn btn-small', type: 'button', id: `settings-${plugin.id}`,
    disabled: !started, 'aria-expanded': 'false',
    onclick: async () => {
      if (!settingsHost.hidden) {
        settingsHost.hidden = true;
        settingsButton.setAttribute('aria-expanded', 'false');
        return;
      }
      const settingsPath = `${tenantPath}/plugins/${encodeURIComponent(plugin.id)}/settings`;
      try {
        const form = document.createElement('annex-settings-form');
        form.plugin = plugin.id;
        form.settings = await ops.api.get(settingsPath);
        form.save = (values) => ops.api.put(settingsPath, values);
        replace(settingsHost, form);
      } catch (error) {
        replace(settingsHost, h('p', { class: 'field-error' }, error.message || 'Could not load the settings.'));
      }
      settingsHost.hidden = false;
      settingsButton.setAttribute('aria-expanded', 'true');
    } }, 'Settings');
  return h('li', { class: 'data-row-wrap', dataset: { plugin: plugin.id } },
    h('div', { class: 'data-row' },
      h('div', { class: 'data-main' },
        h('span', { class: 'data-title' }, plugin.id, h('span', { class: 'version' }, plugin.version)),
        h('span', { class: 'data-sub' }, plugin.description || 'No description.'),
        !started && plugin.failure && h('span', { class: 'failure' }, plugin.failure)),
      h('div', { class: 'data-cell' }, pluginStateBadge(plugin.state),
        h('span', { class: `badge ${enabled ? 'badge-on' : 'badge-off'}`, dataset: { role: 'enabled' } }, enabled ? 'On' : 'Off')),
      h('div', { class: 'data-actions' }, settingsButton, toggle)),
    settingsHost);
}
