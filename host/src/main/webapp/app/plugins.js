// Plugin UI slots. Each enabled plugin's contribution names a custom element and the ES module
// (served by the host) that defines it. A slot imports the module, creates the element, hands it
// its context as properties, and mounts it. A plugin that fails to load or throws shows nothing
// and never breaks the page.

import { client } from './api.js';
import { h } from './kit/v1/kit.js';

const ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const SAME_ORIGIN_MODULE = /^\/[A-Za-z0-9/_.-]+\.m?js$/;
const modules = new Map();

/** Whether a contribution is meant for a person in this role: it names no roles, or this one. */
export function isFor(contribution, role) {
  return !Array.isArray(contribution.roles) || contribution.roles.length === 0 || contribution.roles.includes(role);
}

/**
 * [{plugin, slot, element, module, label, roles}] for the tenant's enabled plugins, only those
 * meant for the person's role (empty on failure). The server already leaves the others out.
 */
export async function loadContributions(api, role) {
  try {
    const plugins = await api.get('/plugins');
    return (Array.isArray(plugins) ? plugins : []).flatMap((plugin) =>
      (plugin.ui || []).map((ui) => ({ ...ui, plugin: plugin.id, version: plugin.version })))
      .filter((contribution) => isFor(contribution, role));
  } catch (error) {
    console.warn('Annex: could not load the plugin list', error);
    return [];
  }
}

export function inSlot(contributions, slot) {
  return contributions.filter((c) => c.slot === slot);
}

function importModule(url) {
  if (!modules.has(url)) {
    modules.set(url, import(url).catch((error) => {
      console.warn(`Annex: plugin module ${url} failed to load`, error);
      throw error;
    }));
  }
  return modules.get(url);
}

/**
 * The client a plugin gets: rooted at its own endpoints (its base ends with "/"), CSRF header
 * included. 'followed', '/followed' and '?x=1' all resolve under the base, never beside it.
 */
export function pluginApi(tenant, pluginId) {
  const base = `/api/t/${encodeURIComponent(tenant)}/plugins/${encodeURIComponent(pluginId)}/`;
  const api = client(base.slice(0, -1));
  const under = (path = '') => {
    const rest = String(path ?? '');
    if (rest === '' || rest.startsWith('?')) return rest;
    return `/${rest.replace(/^\/+/, '')}`;
  };
  return {
    base,
    get: (path, options) => api.get(under(path), options),
    post: (path, body, options) => api.post(under(path), body, options),
    put: (path, body, options) => api.put(under(path), body, options),
    patch: (path, body, options) => api.patch(under(path), body, options),
    delete: (path, options) => api.delete(under(path), options),
    request: (method, path, options) => api.request(method, under(path), options),
    fetch: (path, init) => api.fetch(under(path), init),
  };
}

/**
 * Creates the contribution's element with its context, or null if the plugin fails.
 * context: {tenant, person, ticketId?, ticket?, textarea? (COMMENT_COMPOSER)}
 */
export async function createPluginElement(contribution, context) {
  try {
    if (!ELEMENT_NAME.test(contribution.element) || !SAME_ORIGIN_MODULE.test(contribution.module)) return null;
    await importModule(contribution.module);
    if (!customElements.get(contribution.element)) return null;
    const element = document.createElement(contribution.element);
    element.tenant = context.tenant;
    element.person = context.person;
    if (context.ticketId !== undefined) element.ticketId = context.ticketId;
    if (context.ticket !== undefined) element.ticket = context.ticket;
    if (context.textarea !== undefined) element.textarea = context.textarea;
    element.api = pluginApi(context.tenant, contribution.plugin);
    element.dataset.plugin = contribution.plugin;
    return element;
  } catch (error) {
    console.warn(`Annex: plugin ${contribution.plugin} (${contribution.element}) failed`, error);
    return null;
  }
}

/** Mounts the element into host, guarding its connectedCallback; returns whether it mounted. */
export function mountGuarded(host, element) {
  if (!element) return false;
  let failed = null;
  const onError = (event) => {
    failed = event.error || event.message;
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    host.append(element);
  } catch (error) {
    failed = error;
  } finally {
    window.removeEventListener('error', onError);
  }
  if (failed) {
    console.warn('Annex: a plugin element threw while mounting', failed);
    element.remove();
    return false;
  }
  return true;
}

/**
 * Fills container with one framed panel per contribution ({frame: true}) or the bare elements.
 * Returns the number of elements mounted.
 */
export async function fillSlot(container, contributions, context, { frame = false } = {}) {
  let mounted = 0;
  const results = await Promise.all(contributions.map(async (c) => [c, await createPluginElement(c, context)]));
  for (const [contribution, element] of results) {
    if (!element) continue;
    if (frame) {
      const body = h('div', { class: 'panel-body' });
      const section = h('section', { class: 'card plugin-panel', dataset: { plugin: contribution.plugin } },
        h('h3', { class: 'card-title' }, contribution.label || contribution.plugin), body);
      container.append(section);
      if (mountGuarded(body, element)) mounted++;
      else section.remove();
    } else if (mountGuarded(container, element)) {
      mounted++;
    }
  }
  return mounted;
}
