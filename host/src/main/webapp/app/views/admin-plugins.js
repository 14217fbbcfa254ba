// Tenant admin: this help desk's plugins — which are on (the operator turns them on and off) and
// the settings form of each plugin that is on, generated from the settings it declares.

import { h, label } from '../kit/v1/kit.js';
import '../settings-form.js';

export async function adminPluginsView(app, params, stillCurrent) {
  document.title = `Plugins · ${app.tenant} · Annex`;
  const plugins = await app.api.get('/admin/plugins');
  if (!stillCurrent()) return h('div');
  const sorted = [...plugins].sort((a, b) => Number(b.enabled) - Number(a.enabled) || a.plugin.id.localeCompare(b.plugin.id));
  const on = sorted.filter((p) => p.enabled).length;

  return h('div', { class: 'stack' },
    h('p', { class: 'muted' }, `${on} of ${plugins.length} plugins are on for this help desk. `
      + 'Your Annex operator turns plugins on and off; you choose their settings.'),
    sorted.length ? h('div', { class: 'plugin-cards', id: 'admin-plugins' }, sorted.map((entry) => card(app, entry)))
      : h('div', { class: 'card empty' }, h('h2', null, 'No plugins installed'),
        h('p', { class: 'muted' }, 'Your Annex operator has not installed any plugins yet.')));
}

function card(app, { plugin, enabled, settings }) {
  const started = plugin.state === 'STARTED';
  let body;
  if (!enabled) {
    body = h('p', { class: 'muted' }, 'Off for this help desk. Ask your Annex operator to turn it on.');
  } else if (!started) {
    body = h('p', { class: 'field-error' }, `Not running: ${plugin.failure || label(plugin.state)}`);
  } else {
    body = document.createElement('annex-settings-form');
    body.plugin = plugin.id;
    body.settings = settings;
    body.save = async (values) => {
      const updated = await app.api.put(`/admin/plugins/${encodeURIComponent(plugin.id)}/settings`, values);
      app.toast(`Settings of ${pluginName(plugin.id)} saved`, 'success');
      return updated;
    };
  }
  return h('section', { class: `card plugin-card${enabled ? '' : ' off'}`, dataset: { plugin: plugin.id } },
    h('div', { class: 'plugin-card-head' },
      h('div', { class: 'plugin-card-title' },
        h('h2', null, pluginName(plugin.id)),
        h('p', { class: 'muted small' }, plugin.description || 'No description.')),
      h('span', { class: `badge ${enabled ? 'badge-on' : 'badge-off'}`, dataset: { role: 'enabled' } }, enabled ? 'On' : 'Off')),
    h('div', { class: 'plugin-card-body' }, body));
}

/** "permission-grants" → "Permission grants": tenant admins read names, not package ids. */
function pluginName(id) {
  const words = String(id).split(/[-_.]+/).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
