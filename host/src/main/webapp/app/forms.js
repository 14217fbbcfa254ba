// Small form and list helpers: labelled fields with a place for their error, a problem's field
// errors shown next to the fields they name (or above the form when no field matches), a pager.

import { ApiError } from './api.js';
import { h, replace } from './kit/v1/kit.js';

/**
 * A form whose fields are declared once: fields.add(name, label, input, hint) returns the row.
 * fields.fail(error) shows an API error; fields.clear() hides every message.
 */
export function formFields(idPrefix) {
  const errors = new Map();
  const inputs = new Map();
  const general = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
  return {
    general,
    add(name, text, input, hint) {
      const error = h('div', { class: 'field-error', id: `${idPrefix}-${name}-error`, hidden: true });
      input.setAttribute('aria-describedby', error.id);
      errors.set(name, error);
      inputs.set(name, input);
      return h('label', { class: 'field', dataset: { field: name } }, h('span', null, text), input,
        hint && h('small', { class: 'muted' }, hint), error);
    },
    clear() {
      general.hidden = true;
      for (const [name, error] of errors) {
        error.hidden = true;
        inputs.get(name).removeAttribute('aria-invalid');
      }
    },
    /** Shows one message on a field (client-side checks). */
    show(name, message) {
      const error = errors.get(name);
      replace(error, message);
      error.hidden = false;
      inputs.get(name).setAttribute('aria-invalid', 'true');
      inputs.get(name).focus();
    },
    /** Shows an API failure: field errors beside their fields, anything else above the form. */
    fail(failure, fallback = 'Could not save.') {
      const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
      const unplaced = [];
      let first = null;
      for (const [name, message] of Object.entries(fieldErrors)) {
        if (!errors.has(name)) {
          unplaced.push(capitalise(message));
          continue;
        }
        replace(errors.get(name), capitalise(message));
        errors.get(name).hidden = false;
        inputs.get(name).setAttribute('aria-invalid', 'true');
        first = first || inputs.get(name);
      }
      if (first) first.focus();
      if (!first || unplaced.length) {
        replace(general, unplaced.length ? unplaced.join('; ') : (failure?.message || fallback));
        general.hidden = false;
      }
    },
  };
}

function capitalise(text) {
  const value = String(text || '');
  return value.charAt(0).toUpperCase() + value.slice(1) + (/[.!?]$/.test(value) ? '' : '.');
}

/** A button that asks once more before acting: the first click arms it, the second confirms. */
export function confirmButton(text, confirmText, action, attrs = {}) {
  let armed = false;
  let timer = null;
  const button = h('button', { class: 'btn btn-danger-ghost', type: 'button', ...attrs, onclick: async () => {
    if (!armed) {
      armed = true;
      button.classList.add('armed');
      replace(button, confirmText);
      timer = setTimeout(() => {
        armed = false;
        button.classList.remove('armed');
        replace(button, text);
      }, 5000);
      return;
    }
    clearTimeout(timer);
    button.disabled = true;
    try {
      await action();
    } finally {
      armed = false;
      button.disabled = false;
      button.classList.remove('armed');
      replace(button, text);
    }
  } }, text);
  return button;
}

/** Previous / next for a page of results ({items, total}); null when everything fits one page. */
export function pager(result, page, size, go) {
  if (result.total <= size) return null;
  const first = page * size + 1;
  const last = Math.min(result.total, page * size + result.items.length);
  return h('div', { class: 'pager' },
    h('span', { class: 'muted' }, `${first}–${last} of ${result.total}`),
    h('div', { class: 'pager-buttons' },
      h('button', { class: 'btn', type: 'button', disabled: page === 0, onclick: () => go({ page: String(page - 1) }) }, '‹ Previous'),
      h('button', { class: 'btn', type: 'button', disabled: last >= result.total, onclick: () => go({ page: String(page + 1) }) }, 'Next ›')));
}

/**
 * Saves one row's changes with PATCH, then redraws the page. An error goes next to the fields of
 * an open edit form when there is one, otherwise into a toast.
 */
export async function patchRow(app, path, changes, done, fields) {
  try {
    await app.api.patch(path, changes);
    app.toast(done, 'success');
    await app.refresh();
  } catch (error) {
    if (fields) fields.fail(error);
    else app.toast(error.message || 'Could not save.', 'error');
  }
}
