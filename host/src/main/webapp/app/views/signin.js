// The tenant's sign-in page.

import { ApiError } from '../api.js';
import { h, replace } from '../dom.js';

export function signInView(app, onSignedIn) {
  const email = h('input', { id: 'email', name: 'email', type: 'email', required: true, autocomplete: 'username',
    autofocus: true, placeholder: 'you@example.com' });
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
      await app.api.post('/session', { email: email.value.trim(), password: password.value });
      await onSignedIn();
    } catch (failure) {
      password.value = '';
      password.focus();
      if (failure instanceof ApiError && failure.status === 401) {
        showError('Wrong email or password. Please try again.');
      } else if (failure instanceof ApiError && failure.status === 429) {
        const wait = Number(failure.headers?.get('Retry-After'));
        showError(`Too many failed attempts. Please try again${wait > 0 ? ` in ${wait} seconds` : ' later'}.`);
      } else if (failure instanceof ApiError && failure.status === 404) {
        showError(`There is no help desk called “${app.tenant}”.`);
      } else if (failure instanceof ApiError && failure.status === 400) {
        showError(Object.values(failure.fieldErrors)[0] || 'Check your email address and password.');
      } else {
        showError('Could not sign in right now. Please try again in a moment.');
      }
    } finally {
      button.disabled = false;
      replace(button, 'Sign in');
    }
  } },
  error,
  h('label', { class: 'field' }, h('span', null, 'Email'), email),
  h('label', { class: 'field' }, h('span', null, 'Password'), password),
  button);

  return h('div', { class: 'center-page' },
    h('div', { class: 'card auth-card' },
      h('span', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'A'), 'Annex'),
      h('h1', null, 'Sign in'),
      h('p', { class: 'muted' }, 'to the help desk ', h('strong', null, app.tenant)),
      form));
}
