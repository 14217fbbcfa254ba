// Tenant admin: webhook subscriptions — subscribe a URL to ticket events (the signing secret is
// shown once, right after), see how each one's last delivery went, resume a paused one, remove one.

import { h, formatDate } from '../kit/v1/kit.js';
import { formFields, confirmButton } from '../forms.js';

const EVENTS = [
  ['ticket.created', 'Created'],
  ['ticket.updated', 'Updated'],
  ['ticket.commented', 'Commented'],
  ['ticket.status_changed', 'Status changed'],
  ['ticket.participants_changed', 'Participants changed'],
];

export async function webhooksView(app, params, stillCurrent) {
  document.title = `Webhooks · ${app.tenant} · Annex`;
  const subscriptions = await app.api.get('/webhooks');
  if (!stillCurrent()) return h('div');
  const secretBox = h('div', { id: 'webhook-secret', hidden: true });
  return h('div', { class: 'stack' },
    createForm(app, secretBox),
    secretBox,
    h('section', { class: 'card' },
      h('h2', { class: 'card-title' }, 'Webhooks', h('span', { class: 'count' }, String(subscriptions.length))),
      subscriptions.length ? h('ul', { class: 'data-list', id: 'webhook-list' }, subscriptions.map((s) => row(app, s)))
        : h('div', { class: 'empty' }, h('h2', null, 'No webhooks yet'),
          h('p', { class: 'muted' }, 'Subscribe a URL and Annex POSTs each ticket event to it, signed.'))));
}

function createForm(app, secretBox) {
  const fields = formFields('webhook');
  const url = h('input', { id: 'webhook-url', name: 'url', type: 'url', required: true, maxlength: 2000,
    placeholder: 'https://receiver.example/annex', autocomplete: 'off', spellcheck: 'false' });
  const boxes = EVENTS.map(([value, text]) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'events', value, checked: true, dataset: { event: value } }), ' ', text));
  const events = h('div', { class: 'checks', id: 'webhook-events', tabindex: -1 }, boxes);
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'create-webhook' }, 'Subscribe');
  const form = h('form', { class: 'inline-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    fields.clear();
    const chosen = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    if (!url.value.trim()) return fields.show('url', 'Enter the URL to deliver to.');
    if (!chosen.length) return fields.show('events', 'Choose at least one event.');
    submit.disabled = true;
    try {
      const created = await app.api.post('/webhooks', { url: url.value.trim(), events: chosen });
      await app.refresh();
      const box = document.getElementById('webhook-secret');
      if (box) {
        box.replaceChildren(h('section', { class: 'card alert alert-success', role: 'status' },
          h('p', null, 'Subscribed. Its signing secret is shown this once — keep it with the receiver:'),
          h('code', { class: 'secret', id: 'webhook-secret-value' }, created.secret)));
        box.hidden = false;
      }
    } catch (error) {
      fields.fail(error, 'Could not subscribe.');
    } finally {
      submit.disabled = false;
    }
  } },
  fields.add('url', 'URL', url),
  fields.add('events', 'Events', events),
  h('div', { class: 'inline-submit' }, submit));
  return h('section', { class: 'card form-card' }, h('h2', { class: 'form-title' }, 'New webhook'), fields.general, form);
}

function row(app, s) {
  const last = s.lastStatus
    ? `last delivery ${s.lastStatus.toLowerCase()}${s.lastResponseCode ? ` (HTTP ${s.lastResponseCode})` : ''} ${formatDate(s.lastDeliveryAt)}`
    : 'nothing delivered yet';
  const paused = s.status === 'PAUSED';
  return h('li', { class: `data-row${paused ? ' inactive' : ''}`, dataset: { webhookId: s.id } },
    h('div', { class: 'data-main' },
      h('span', { class: 'data-title' }, h('code', null, s.url)),
      h('span', { class: 'data-sub', dataset: { role: 'last' } }, `${s.events.join(', ')} · ${last}`)),
    h('div', { class: 'data-cell' }, h('span', { class: `badge ${paused ? 'badge-off' : 'badge-on'}`, dataset: { role: 'status' } },
      paused ? 'Paused' : 'Active')),
    h('div', { class: 'data-actions' },
      paused && h('button', { class: 'btn btn-small', type: 'button', dataset: { action: 'resume' }, onclick: async () => {
        await app.api.post(`/webhooks/${s.id}/resume`);
        app.toast('Webhook resumed', 'success');
        await app.refresh();
      } }, 'Resume'),
      confirmButton('Remove', 'Remove for good?', async () => {
        await app.api.delete(`/webhooks/${s.id}`);
        app.toast('Webhook removed', 'success');
        await app.refresh();
      }, { dataset: { action: 'remove' } })));
}
