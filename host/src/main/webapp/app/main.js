// The Annex UI: one page per tenant at /t/{tenant}/, routed on the client.

import { ApiError, client } from './api.js';
import { h, replace, avatar, label, toast } from './kit/v1/kit.js';
import { loadContributions, inSlot, createPluginElement, mountGuarded } from './plugins.js';
import { signInView } from './views/signin.js';
import { activateView } from './views/activate.js';
import { ticketListView } from './views/tickets.js';
import { ticketView } from './views/ticket.js';
import { newTicketView } from './views/new-ticket.js';
import { applyBrand, brand } from './brand.js';
import { adminView, isTenantAdmin } from './views/admin.js';

const root = document.getElementById('app');
// A tenant's slug: the same pattern as the host's TenantSlug.PATTERN (a unit test keeps them equal).
const TENANT_SLUG = '[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?';
const TENANT_PATH = new RegExp(`^/t/(${TENANT_SLUG})/(.*)$`);

const STAFF = new Set(['AGENT', 'TENANT_ADMIN']);

let app = null;

function createApp(tenant) {
  return {
    tenant,
    base: `/t/${tenant}/`,
    api: client(`/api/t/${encodeURIComponent(tenant)}`),
    me: null,
    contributions: [],
    toast,
    get isStaff() { return STAFF.has(this.me?.person?.role); },
    link(path) { return this.base + path.replace(/^\//, ''); },
    /** Renders the current route again (e.g. after a change), keeping the scroll position. */
    refresh() {
      preserveScroll = true;
      return render();
    },
    navigate(path, { replace: replaceState = false } = {}) {
      const url = path.startsWith('/') ? path : this.link(path);
      if (replaceState) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      render();
    },
  };
}

async function start() {
  const match = location.pathname.match(TENANT_PATH);
  if (!match) {
    if (location.pathname.startsWith('/operator')) return renderOperator();
    return renderLanding();
  }
  app = createApp(match[1]);
  // An activation link is opened by someone who cannot sign in yet.
  if (match[2] === 'activate') return activateView(app, root);
  document.addEventListener('click', interceptLinks);
  window.addEventListener('popstate', () => render());
  await signedIn();
}

async function signedIn() {
  try {
    app.me = await app.api.get('/me');
  } catch (error) {
    app.me = null;
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      return renderSignIn();
    }
    if (error instanceof ApiError && error.status === 404) {
      return renderMessage('No such help desk', `There is no help desk at “${app.tenant}”. Check the address.`);
    }
    return renderMessage('Annex is not reachable', 'Please try again in a moment.');
  }
  applyBrand(app.me.brand);
  app.contributions = await loadContributions(app.api, app.me.person?.role);
  renderShell();
  render();
}

function renderSignIn() {
  applyBrand(null);
  document.title = `Sign in · ${app.tenant} · Annex`;
  replace(root, signInView(app, () => signedIn()));
}

function renderMessage(title, text) {
  document.title = `${title} · Annex`;
  replace(root, h('main', { class: 'center-page' },
    h('div', { class: 'card auth-card' }, brand(), h('h1', null, title), h('p', { class: 'muted' }, text))));
}

function interceptLinks(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
  if (!anchor || anchor.target || anchor.hasAttribute('download') || !app?.me) return;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(app.base)) return;
  event.preventDefault();
  if (url.pathname + url.search !== location.pathname + location.search) {
    history.pushState(null, '', url.pathname + url.search);
  }
  render();
}

let view = null;
let nav = null;

function renderShell() {
  const person = app.me.person;
  const pages = inSlot(app.contributions, 'PAGE');
  const adminPages = app.me.person.role === 'TENANT_ADMIN' ? inSlot(app.contributions, 'TENANT_ADMIN_PAGE') : [];
  nav = h('nav', { class: 'nav', 'aria-label': 'Main' },
    h('a', { href: app.link(''), dataset: { nav: 'tickets' } }, 'Tickets'),
    [...pages, ...adminPages].map((page) =>
      h('a', { href: app.link(`p/${page.plugin}/${page.element}`), dataset: { nav: `p/${page.plugin}/${page.element}` } },
        page.label || page.plugin)),
    isTenantAdmin(app) && h('a', { href: app.link('admin/organisations'), dataset: { nav: 'admin' }, id: 'nav-admin' }, 'Admin'));
  const menu = h('div', { class: 'user' },
    avatar(person.displayName),
    h('span', { class: 'user-text' },
      h('span', { class: 'user-name', id: 'user-name' }, person.displayName),
      h('span', { class: 'user-role' }, [label(person.role), app.me.organisation?.name].filter(Boolean).join(' · '))),
    h('button', { class: 'btn btn-ghost', id: 'sign-out', type: 'button', onclick: signOut }, 'Sign out'));
  view = h('main', { class: 'view', id: 'view' });
  replace(root,
    h('header', { class: 'topbar' },
      h('div', { class: 'topbar-inner' },
        h('a', { class: 'brand-link', href: app.link('') }, brand(), h('span', { class: 'tenant' }, app.me.tenant)),
        nav,
        h('a', { class: 'btn btn-primary new-ticket', href: app.link('tickets/new'), id: 'new-ticket' }, '+ New ticket'),
        menu)),
    view);
}

async function signOut() {
  try {
    await app.api.delete('/session');
  } catch (error) {
    // Signed out already, or the session expired: either way, back to the sign-in page.
  }
  app.me = null;
  history.pushState(null, '', app.base);
  renderSignIn();
}

function setActiveNav(key) {
  for (const link of nav.querySelectorAll('a')) {
    link.classList.toggle('active', link.dataset.nav === key);
    if (link.dataset.nav === key) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

let generation = 0;
let preserveScroll = false;

async function render() {
  if (!app?.me) return;
  const current = ++generation;
  const rest = location.pathname.startsWith(app.base) ? location.pathname.slice(app.base.length) : '';
  const params = new URLSearchParams(location.search);
  const stillCurrent = () => current === generation;
  let match;
  let content;
  try {
    if (rest === '' || rest === 'tickets') {
      setActiveNav('tickets');
      content = await ticketListView(app, params, stillCurrent);
    } else if (rest === 'tickets/new') {
      setActiveNav('tickets');
      content = newTicketView(app);
    } else if ((match = rest.match(/^tickets\/(\d+)$/))) {
      setActiveNav('tickets');
      content = await ticketView(app, Number(match[1]), stillCurrent);
    } else if ((match = rest.match(/^admin(?:\/([a-z]+))?\/?$/)) && isTenantAdmin(app)) {
      setActiveNav('admin');
      content = (await adminView(app, match[1], params, stillCurrent)) || notFound();
    } else if ((match = rest.match(/^p\/([^/]+)\/([^/]+)$/))) {
      setActiveNav(rest);
      content = await pluginPage(match[1], match[2]);
    } else {
      content = notFound();
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      app.me = null;
      return renderSignIn();
    }
    content = error instanceof ApiError && (error.status === 404 || error.status === 403)
      ? notFound()
      : h('div', { class: 'empty' }, h('h2', null, 'Something went wrong'), h('p', { class: 'muted' }, error.message));
  }
  if (!stillCurrent()) return;
  // A view is a node, or {node, after} where after() runs once the node is in the document
  // (plugin elements are mounted then, so their connectedCallback runs inside the guard).
  const node = content instanceof Node ? content : content.node;
  replace(view, node);
  if (!preserveScroll) window.scrollTo(0, 0);
  preserveScroll = false;
  if (!(content instanceof Node) && typeof content.after === 'function') {
    try {
      await content.after();
    } catch (error) {
      console.warn('Annex: a view failed after mounting', error);
    }
  }
}

function notFound() {
  document.title = `Not found · Annex`;
  return h('div', { class: 'empty' }, h('h2', null, 'Not found'),
    h('p', { class: 'muted' }, 'This page does not exist, or you cannot see it.'),
    h('a', { class: 'btn', href: app.link('') }, 'Back to tickets'));
}

async function pluginPage(pluginId, element) {
  const contribution = app.contributions.find((c) => c.plugin === pluginId && c.element === element
    && (c.slot === 'PAGE' || c.slot === 'TENANT_ADMIN_PAGE'));
  if (!contribution) return notFound();
  const title = contribution.label || pluginId;
  document.title = `${title} · ${app.tenant} · Annex`;
  // The host gives the page its one heading; the element renders only what goes under it.
  const body = h('div', { class: 'plugin-page', dataset: { plugin: pluginId } });
  const created = await createPluginElement(contribution, { tenant: app.tenant, person: app.me.person });
  const page = h('div', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, title)), body);
  return {
    node: page,
    after: () => {
      if (!mountGuarded(body, created)) {
        replace(body, h('div', { class: 'card empty' }, h('p', { class: 'muted' }, 'This page is not available right now.')));
      }
    },
  };
}

function renderLanding() {
  document.title = 'Annex';
  const input = h('input', { id: 'tenant', name: 'tenant', required: true, autocomplete: 'organization',
    placeholder: 'e.g. demo', pattern: TENANT_SLUG });
  const form = h('form', { class: 'stack', onsubmit: (event) => {
    event.preventDefault();
    location.assign(`/t/${encodeURIComponent(input.value.trim().toLowerCase())}/`);
  } },
  h('label', { class: 'field' }, h('span', null, 'Help desk'), input),
  h('button', { class: 'btn btn-primary btn-block', type: 'submit' }, 'Continue'));
  replace(root, h('main', { class: 'center-page' },
    h('div', { class: 'card auth-card' }, brand(), h('h1', null, 'Sign in to your help desk'),
      h('p', { class: 'muted' }, 'Enter the name of your help desk to continue.'), form)));
}

async function renderOperator() {
  const { startConsole } = await import('./operator/console.js');
  startConsole(root);
}

start();
