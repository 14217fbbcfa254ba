// The sign-in page, for a tenant's people and for the operator alike: one form, one set of
// messages; only the heading, the address the session is asked of and what follows differ.

import { ApiError } from '../api.js';
import { h, replace } from '../kit/v1/kit.js';
import { brand } from '../brand.js';

/**
 * signInPage({api, title, lead: [nodes], placeholder, notFound, onSignedIn(reply)}): the
 * centred card with email, password and the messages for 401, 429 (with Retry-After), 404, 400.
 */
export function signInPage({ api, title, lead, placeholder = 'you@example.com', notFound, onSignedIn }) {
  const email = h('input', { id: 'email', name: 'email', type: 'email', required: true, autocomplete: 'username',
    autofocus: true, placeholder });
  const password = h('input', { id: 'password', name: 'password', type: 'password', required: true,
    autocomplete: 'current-password' });
  const error = h('div', { id: 'signin-error', class: 'alert alert-error', role: 'alert', hidden: true });
  const button = h('button', { id: 'sign-in', class: 'btn btn-primary btn-block', type: 'submit' }, 'Sign in');

  const showError = (message) => {
    replace(error, message);
    error.hidden = false;
  };

  const form = h('form', { class: 'stack', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!email.value.trim() || !password.value) {
      showError('Enter your email address and password.');
      return;
    }
    button.disabled = true;
    replace(button, 'Signing in…');
    try {
      const reply = await api.post('/session', { email: email.value.trim(), password: password.value });
      await onSignedIn(reply);
    } catch (failure) {
      password.value = '';
      password.focus();
      showError(messageFor(failure, notFound));
    } finally {
      button.disabled = false;
      replace(button, 'Sign in');
    }
  } },
  error,
  h('label', { class: 'field' }, h('span', null, 'Email'), email),
  h('label', { class: 'field' }, h('span', null, 'Password'), password),
  button);

  return h('main', { class: 'center-page' },
    h('div', { class: 'card auth-card' }, brand(), h('h1', null, title), h('p', { class: 'muted' }, lead), form));
}

function messageFor(failure, notFound) {
  if (!(failure instanceof ApiError)) return 'Could not sign in right now. Please try again in a moment.';
  if (failure.status === 401) return 'Wrong email or password. Please try again.';
  if (failure.status === 429) {
    const wait = Number(failure.headers?.get('Retry-After'));
    return `Too many failed attempts. Please try again${wait > 0 ? ` in ${wait} seconds` : ' later'}.`;
  }
  if (failure.status === 404 && notFound) return notFound;
  if (failure.status === 400) return Object.values(failure.fieldErrors)[0] || 'Check your email address and password.';
  return 'Could not sign in right now. Please try again in a moment.';
}

/** The tenant's sign-in page. */
export function signInView(app, onSignedIn) {
  return signInPage({ api: app.api, title: 'Sign in', lead: ['to the help desk ', h('strong', null, app.tenant)],
    notFound: `There is no help desk called “${app.tenant}”.`, onSignedIn: () => onSignedIn() });
}
