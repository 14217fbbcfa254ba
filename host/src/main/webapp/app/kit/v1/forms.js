// form(): a form whose outcome is shown where the person is looking — a rejected field's message
// under that field, anything else (and success) as an alert at the top of the form.

import { h, replace } from './dom.js';
import { fieldErrors, problemMessage, sentence } from './problems.js';

/**
 * form({onSubmit: async () => 'Granted.', submitLabel: 'Grant', id, buttons: [more], layout:
 * 'stack' | 'grid'}, ...fieldsAndNodes). onSubmit runs after the browser's own checks (required,
 * type, min/max); what it returns is shown as a success alert; what it throws is placed by
 * showProblem(). The submit button is disabled while it runs.
 */
export function form({ onSubmit, submitLabel = 'Save', id, buttons = [], layout = 'stack', submitId } = {}, ...children) {
  const message = h('div', { class: 'form-message', hidden: true });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: submitId }, submitLabel);
  const element = h('form', { class: `kit-form kit-form-${layout}`, id }, message,
    h('div', { class: 'form-fields' }, children),
    h('div', { class: 'form-buttons' }, buttons, submit));
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(element);
    submit.disabled = true;
    try {
      const done = await onSubmit?.(event);
      if (typeof done === 'string' && done && element.isConnected) showMessage(element, done, 'success');
    } catch (error) {
      if (element.isConnected) showProblem(element, error);
    } finally {
      submit.disabled = false;
    }
  });
  return element;
}

/** The alert at the top of a form() (or of any element holding a .form-message). */
export function showMessage(formElement, text, kind = 'info') {
  const message = formElement.querySelector('.form-message');
  if (!message) return;
  message.className = `form-message alert alert-${kind}`;
  message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  replace(message, sentence(text));
  message.hidden = false;
}

/**
 * Shows a failed call on a form: each field error under the control whose name it names (the
 * last segment of the problem's field path), the rest as an error alert at the top.
 */
export function showProblem(formElement, error) {
  const byField = fieldErrors(error);
  const unplaced = [];
  let first = null;
  for (const [name, text] of Object.entries(byField)) {
    const control = formElement.querySelector(`[name="${CSS.escape(name)}"]`);
    const slot = control && formElement.querySelector(`#${CSS.escape(control.id)}-error`);
    if (!slot) {
      unplaced.push(sentence(text));
      continue;
    }
    replace(slot, sentence(text));
    slot.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  if (first) first.focus();
  if (!first || unplaced.length) {
    showMessage(formElement, unplaced.length ? unplaced.join(' ') : problemMessage(error), 'error');
  }
}

/** Hides every message that showProblem() or showMessage() put on the form. */
export function clearProblems(formElement) {
  const message = formElement.querySelector('.form-message');
  if (message) message.hidden = true;
  for (const slot of formElement.querySelectorAll('.field-error')) slot.hidden = true;
  for (const control of formElement.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}
