// Create a ticket.

import { ApiError } from '../api.js';
import { h, replace, label, PRIORITIES } from '../kit/v1/kit.js';

export function newTicketView(app) {
  document.title = `New ticket · ${app.tenant} · Annex`;
  const errors = {};
  const fieldRow = (name, text, input, hint) => {
    errors[name] = h('div', { class: 'field-error', id: `error-${name}`, hidden: true });
    return h('label', { class: 'field' }, h('span', null, text), input, hint && h('small', { class: 'muted' }, hint), errors[name]);
  };
  const subject = h('input', { id: 'ticket-subject-input', name: 'subject', required: true, maxlength: 200,
    placeholder: 'A short summary of the problem' });
  const description = h('textarea', { id: 'ticket-description-input', name: 'description', rows: 8,
    placeholder: 'What happened, what you expected, and anything that helps us reproduce it.' });
  const priority = app.isStaff ? h('select', { id: 'ticket-priority-input', name: 'priority' },
    PRIORITIES.map((p) => h('option', { value: p, selected: p === 'NORMAL' }, label(p)))) : null;
  const general = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'create-ticket' }, 'Create ticket');

  const form = h('form', { class: 'stack', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    for (const el of Object.values(errors)) el.hidden = true;
    general.hidden = true;
    if (!subject.value.trim()) {
      replace(errors.subject, 'Enter a subject.');
      errors.subject.hidden = false;
      subject.focus();
      return;
    }
    submit.disabled = true;
    const payload = { subject: subject.value.trim(), description: description.value };
    if (priority) payload.priority = priority.value;
    try {
      const created = await app.api.post('/tickets', payload);
      app.toast(`Ticket #${created.number} created`, 'success');
      app.navigate(`tickets/${created.id}`);
    } catch (error) {
      submit.disabled = false;
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      let shown = false;
      for (const [name, message] of Object.entries(fields)) {
        if (errors[name]) {
          replace(errors[name], message);
          errors[name].hidden = false;
          shown = true;
        }
      }
      if (!shown) {
        replace(general, error.message || 'Could not create the ticket.');
        general.hidden = false;
      }
    }
  } },
  general,
  fieldRow('subject', 'Subject', subject),
  fieldRow('description', 'Description', description),
  priority && fieldRow('priority', 'Priority', priority),
  h('div', { class: 'form-buttons' }, h('a', { class: 'btn btn-ghost', href: app.link('') }, 'Cancel'), submit));

  return h('div', { class: 'page narrow' },
    h('div', { class: 'page-head' }, h('h1', null, 'New ticket')),
    h('div', { class: 'card form-card' }, form));
}
