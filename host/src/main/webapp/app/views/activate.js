// The page an activation link opens (/t/{tenant}/activate#secret): whom the link is for, then a
// new password chosen twice. The secret stays in the fragment, which no request carries; it goes
// to the API in a POST body only.

import { ApiError } from '../api.js';
import { h, replace } from '../kit/v1/kit.js';
import { brand } from '../brand.js';
import { formFields } from '../forms.js';

const MIN_LENGTH = 8;

function card(title, ...content) {
  return h('main', { class: 'center-page' },
    h('div', { class: 'card auth-card' }, brand(), h('h1', null, title), ...content));
}

function notValid(app, failure) {
  if (failure instanceof ApiError && failure.status === 429) {
    const wait = Number(failure.headers?.get('Retry-After'));
    return card('Too many attempts', h('p', { class: 'muted' },
      `Too many links that did not work. Please try again${wait > 0 ? ` in ${wait} seconds` : ' later'}.`));
  }
  return card('This link does not work', h('p', { class: 'muted', id: 'activation-invalid' },
    'It may have been used already, replaced by a newer one, or expired. Ask whoever invited you to send a new one.'),
  h('p', null, h('a', { href: app.base }, 'Go to the sign-in page')));
}

/** Renders into root; resolves when the person has chosen a password (or the link fails). */
export async function activateView(app, root) {
  const secret = location.hash.replace(/^#/, '');
  replace(root, card('Choose your password', h('p', { class: 'muted' }, 'Checking your link…')));
  let invited;
  try {
    invited = await app.api.post('/activation/check', { secret });
  } catch (failure) {
    replace(root, notValid(app, failure));
    return;
  }
  const fields = formFields('activate');
  const password = h('input', { id: 'new-password', name: 'password', type: 'password', required: true,
    minlength: MIN_LENGTH, autocomplete: 'new-password', autofocus: true });
  const again = h('input', { id: 'new-password-again', name: 'again', type: 'password', required: true,
    autocomplete: 'new-password' });
  const button = h('button', { id: 'choose-password', class: 'btn btn-primary btn-block', type: 'submit' },
    'Set password');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    fields.clear();
    if (password.value.length < MIN_LENGTH) return fields.show('password', `Use at least ${MIN_LENGTH} characters.`);
    if (again.value !== password.value) return fields.show('again', 'The two passwords differ.');
    button.disabled = true;
    try {
      await app.api.post('/activation', { secret, password: password.value });
      history.replaceState(null, '', app.base);
      replace(root, card('Your password is set', h('p', { class: 'muted', id: 'activation-done' },
        `Sign in as ${invited.email} with it.`), h('p', null, h('a', { class: 'btn btn-primary', href: app.base }, 'Sign in'))));
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 404 || failure.status === 429)) {
        replace(root, notValid(app, failure));
        return;
      }
      fields.fail(failure, 'Could not set the password. Please try again.');
    } finally {
      button.disabled = false;
    }
  } },
  fields.general,
  h('label', { class: 'field' }, h('span', null, 'Email'), h('input', { id: 'activation-email', type: 'email',
    value: invited.email, readonly: true, autocomplete: 'username' })),
  fields.add('password', 'New password', password, `At least ${MIN_LENGTH} characters.`),
  fields.add('again', 'New password again', again),
  button);
  replace(root, card('Choose your password', h('p', { class: 'muted' }, `Welcome, ${invited.displayName}. `,
    'Choose the password you will sign in with.'), form));
}
