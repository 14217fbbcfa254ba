// The operator console at /operator/: sign-in, then tenants and installed plugins. Routed on the
// client like the tenant UI; every call goes to /api/operator with the operator's session cookie.

import { ApiError, client } from '../api.js';
import { h, replace, avatar, toast } from '../kit/v1/kit.js';
import { brand } from '../brand.js';
import { signInPage } from '../views/signin.js';
import { tenantsView, tenantView } from './tenants.js';
import { pluginsView } from './plugins.js';

const BASE = '/operator/';

export function startConsole(root) {
  const ops = {
    api: client('/api/operator'),
    operator: null,
    toast,
    link: (path) => BASE + path.replace(/^\//, ''),
    navigate(path, { replace: replaceState = false } = {}) {
      const url = path.startsWith('/') ? path : this.link(path);
      if (replaceState) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      render();
    },
    refresh: () => render({ keepScroll: true }),
  };

  let view = null;
  let nav = null;
  let generation = 0;

  async function begin() {
    document.addEventListener('click', interceptLinks);
    window.addEventListener('popstate', () => render());
    try {
      ops.operator = await ops.api.get('/session');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return renderSignIn();
      return renderMessage('Annex is not reachable', 'Please try again in a moment.');
    }
    renderShell();
    render();
  }

  function renderMessage(title, text) {
    document.title = `${title} · Annex`;
    replace(root, h('main', { class: 'center-page' },
      h('div', { class: 'card auth-card' }, brand(), h('h1', null, title), h('p', { class: 'muted' }, text))));
  }

  function renderSignIn() {
    document.title = 'Operator sign-in · Annex';
    replace(root, signInPage({ api: ops.api, title: 'Operator console', lead: 'Sign in to run this Annex installation.',
      placeholder: 'operator@example.com', onSignedIn: (signedIn) => {
        ops.operator = signedIn.operator;
        renderShell();
        render();
      } }));
  }

  function renderShell() {
    nav = h('nav', { class: 'nav', 'aria-label': 'Console' },
      h('a', { href: ops.link(''), dataset: { nav: 'tenants' }, id: 'nav-tenants' }, 'Tenants'),
      h('a', { href: ops.link('plugins'), dataset: { nav: 'plugins' }, id: 'nav-plugins' }, 'Plugins'));
    view = h('main', { class: 'view', id: 'view' });
    replace(root,
      h('header', { class: 'topbar topbar-operator' },
        h('div', { class: 'topbar-inner' },
          h('a', { class: 'brand-link', href: ops.link('') }, brand(), h('span', { class: 'tenant' }, 'Operator console')),
          nav,
          h('div', { class: 'user' },
            avatar(ops.operator.email),
            h('span', { class: 'user-text' },
              h('span', { class: 'user-name', id: 'user-name' }, ops.operator.email),
              h('span', { class: 'user-role' }, 'Operator')),
            h('button', { class: 'btn btn-ghost', id: 'sign-out', type: 'button', onclick: signOut }, 'Sign out')))),
      view);
  }

  async function signOut() {
    try {
      await ops.api.delete('/session');
    } catch (error) {
      // Signed out already: back to the sign-in page either way.
    }
    ops.operator = null;
    history.pushState(null, '', BASE);
    renderSignIn();
  }

  function interceptLinks(event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || !ops.operator) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    event.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) history.pushState(null, '', url.pathname + url.search);
    render();
  }

  function setActive(key) {
    for (const link of nav.querySelectorAll('a')) {
      const active = link.dataset.nav === key;
      link.classList.toggle('active', active);
      if (active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  async function render({ keepScroll = false } = {}) {
    if (!ops.operator) return;
    const current = ++generation;
    const stillCurrent = () => current === generation;
    const rest = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length).replace(/\/$/, '') : '';
    let match;
    let content;
    try {
      if (rest === '' || rest === 'tenants') {
        setActive('tenants');
        content = await tenantsView(ops, stillCurrent);
      } else if ((match = rest.match(/^tenants\/([^/]+)$/))) {
        setActive('tenants');
        content = await tenantView(ops, match[1], stillCurrent);
      } else if (rest === 'plugins') {
        setActive('plugins');
        content = await pluginsView(ops, stillCurrent);
      } else {
        content = notFound();
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        ops.operator = null;
        return renderSignIn();
      }
      content = error instanceof ApiError && error.status === 404 ? notFound()
        : h('div', { class: 'empty' }, h('h2', null, 'Something went wrong'), h('p', { class: 'muted' }, error.message));
    }
    if (!stillCurrent()) return;
    replace(view, content);
    if (!keepScroll) window.scrollTo(0, 0);
  }

  function notFound() {
    document.title = 'Not found · Annex';
    return h('div', { class: 'empty' }, h('h2', null, 'Not found'),
      h('p', { class: 'muted' }, 'This page does not exist.'),
      h('a', { class: 'btn', href: ops.link('') }, 'Back to tenants'));
  }

  begin();
}
