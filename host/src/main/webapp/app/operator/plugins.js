// Operator console: the plugins installed on this installation — state, version, why a plugin
// failed or was refused, its latest run-time problem — and install / upgrade by upload, uninstall.

import { ApiError } from '../api.js';
import { h, replace, ago, formatDate, label } from '../kit/v1/kit.js';
import { confirmButton } from '../forms.js';
import { awaitOperation, progressView } from './bulk.js';

export function pluginStateBadge(state) {
  return h('span', { class: `badge plugin-${String(state).toLowerCase()}`, dataset: { role: 'state' } }, label(state));
}

export async function pluginsView(ops, stillCurrent) {
  document.title = 'Plugins · Operator · Annex';
  const plugins = await ops.api.get('/plugins');
  if (!stillCurrent()) return h('div');

  const rows = plugins.map((plugin) => h('li', { class: 'data-row plugin-row', dataset: { plugin: plugin.id, state: plugin.state } },
    h('div', { class: 'data-main' },
      h('span', { class: 'data-title' }, plugin.id, h('span', { class: 'version', dataset: { role: 'version' } }, plugin.version)),
      h('span', { class: 'data-sub' }, [plugin.description, plugin.provider && `by ${plugin.provider}`,
        plugin.requires && `needs API ${plugin.requires}`].filter(Boolean).join(' · ') || 'No description.'),
      plugin.failure && h('span', { class: 'failure', dataset: { role: 'failure' } }, plugin.failure),
      plugin.lastProblem && h('span', { class: 'last-problem', dataset: { role: 'last-problem' } },
        h('strong', null, 'Latest problem '),
        h('time', { datetime: plugin.lastProblem.at, title: formatDate(plugin.lastProblem.at) }, ago(plugin.lastProblem.at)),
        ': ', plugin.lastProblem.message)),
    h('div', { class: 'data-cell' }, pluginStateBadge(plugin.state)),
    h('div', { class: 'data-actions' },
      plugin.state === 'STARTED' && switchForAll(ops, plugin),
      confirmButton('Uninstall', 'Really uninstall?', async () => {
        try {
          await ops.api.delete(`/plugins/${encodeURIComponent(plugin.id)}`);
          ops.toast(`${plugin.id} uninstalled`, 'success');
        } catch (error) {
          ops.toast(error.message || 'Could not uninstall.', 'error');
        }
        await ops.refresh();
      }, { id: `uninstall-${plugin.id}`, class: 'btn btn-small btn-danger-ghost' }))));

  const counts = plugins.reduce((all, p) => ({ ...all, [p.state]: (all[p.state] || 0) + 1 }), {});
  const summary = Object.entries(counts).map(([state, n]) => `${n} ${label(state).toLowerCase()}`).join(' · ');

  return h('div', { class: 'page' },
    h('div', { class: 'page-head' },
      h('div', null, h('h1', null, 'Plugins'),
        h('p', { class: 'muted page-sub' }, 'Installed on this Annex. Turn them on for every tenant here, or per tenant on each tenant’s page.'))),
    uploadCard(ops),
    h('section', { class: 'card' },
      h('h2', { class: 'card-title' }, 'Installed', h('span', { class: 'count' }, String(plugins.length)),
        summary && h('span', { class: 'muted small title-note' }, summary)),
      rows.length ? h('ul', { class: 'data-list', id: 'plugin-list' }, rows)
        : h('div', { class: 'empty' }, h('h2', null, 'No plugins installed'),
          h('p', { class: 'muted' }, 'Upload a plugin jar above to install it.'))));
}

/**
 * On or off for every tenant in one operation, confirmed first (it reaches every help desk), with
 * its progress shown in the row until the host has gone through all tenants.
 */
function switchForAll(ops, plugin) {
  const progress = progressView(`bulk-${plugin.id}`);
  progress.root.hidden = true;
  const run = (enabled) => async () => {
    progress.root.hidden = false;
    try {
      const started = await ops.api.post(`/plugins/${encodeURIComponent(plugin.id)}/tenants`, { enabled });
      const done = await awaitOperation(ops, started, (op) => progress.show(op.done, op.total, op.failed, op.state));
      progress.fail(done.failures);
      ops.toast(`${plugin.id} ${enabled ? 'on' : 'off'} for ${(done.done - done.failed).toLocaleString()} of `
        + `${done.total.toLocaleString()} tenants`, done.failed ? 'error' : 'success');
    } catch (error) {
      progress.fail([error.message || 'Could not switch the plugin.']);
    }
  };
  return h('div', { class: 'plugin-bulk', role: 'group', 'aria-label': `${plugin.id} for all tenants` },
    h('span', { class: 'muted small' }, 'All tenants'),
    confirmButton('On', `Turn ${plugin.id} on for every tenant?`, run(true),
      { id: `all-on-${plugin.id}`, class: 'btn btn-small', 'aria-label': `Turn ${plugin.id} on for all tenants` }),
    confirmButton('Off', `Turn ${plugin.id} off for every tenant?`, run(false),
      { id: `all-off-${plugin.id}`, class: 'btn btn-small', 'aria-label': `Turn ${plugin.id} off for all tenants` }),
    progress.root);
}

function uploadCard(ops) {
  const file = h('input', { type: 'file', id: 'plugin-file', name: 'file', accept: '.jar,application/java-archive' });
  const error = h('div', { class: 'field-error', id: 'plugin-file-error', hidden: true, role: 'alert' });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'install-plugin' }, 'Install or upgrade');
  const form = h('form', { class: 'upload-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    error.hidden = true;
    const jar = file.files?.[0];
    if (!jar) {
      replace(error, 'Choose a plugin jar first.');
      error.hidden = false;
      return;
    }
    submit.disabled = true;
    replace(submit, 'Installing…');
    try {
      const response = await ops.api.fetch('/plugins', {
        method: 'POST', body: jar, headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(response.status, body, response.headers);
      const state = body?.state === 'STARTED' ? 'started' : `installed but ${label(body?.state).toLowerCase()}`;
      ops.toast(`${body.id} ${body.version} ${state}`, body?.state === 'STARTED' ? 'success' : 'error');
      await ops.refresh();
    } catch (failure) {
      const fieldError = failure instanceof ApiError ? failure.fieldErrors.file : null;
      replace(error, fieldError ? `This file cannot be installed: ${fieldError}` : (failure.message || 'Could not install the plugin.'));
      error.hidden = false;
    } finally {
      submit.disabled = false;
      replace(submit, 'Install or upgrade');
    }
  } },
  h('label', { class: 'field upload-field' }, h('span', null, 'Plugin jar'), file,
    h('small', { class: 'muted' }, 'A jar with the same plugin id as an installed one upgrades it; tenants keep their settings.'),
    error),
  h('div', { class: 'upload-button' }, submit));
  return h('section', { class: 'card form-card', id: 'upload-card' }, h('h2', { class: 'form-title' }, 'Install a plugin'), form);
}
