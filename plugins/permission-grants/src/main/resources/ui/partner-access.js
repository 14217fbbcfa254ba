// The partner's side: which customers gave them (or their organisation) access and until when,
// asking a customer for a level, and opening a ticket on a customer's behalf with a chosen
// point of contact.
import { el, path, levelSelect, endOfDay, day, inDays, problemText, LEVELS } from './common.js';

const LABELS = Object.fromEntries(LEVELS.map(([value, text]) => [value, text.split(' —')[0]]));
const CREATE_LEVELS = new Set(['CREATE', 'SERVICE_ADMIN', 'FULL_ADMIN']);

function csrf() {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'annex_csrf') return decodeURIComponent(rest.join('='));
  }
  return '';
}

class PartnerAccess extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  get(rest) { return this.api.get(path(this.api, rest)); }

  async load() {
    const [me, access, requests] = await Promise.all([this.get('/me'), this.get('/access'), this.get('/requests/outgoing')]);
    this.message = el('p', { class: 'pg-message', id: 'pg-partner-message', role: 'status' });
    const creatable = access.filter((a) => a.effective && !a.expired && CREATE_LEVELS.has(a.level));
    this.replaceChildren(el('div', { class: 'pg-page' },
      el('div', { class: 'page-head' }, el('h1', { text: 'Partner access' })),
      el('p', { class: 'muted', id: 'pg-partner-intro', text: 'For partners: the organisations that let you (or your'
        + ' organisation) work on their tickets, and until when. Ask a customer for access here; with Create or above'
        + ' you can also open tickets on its behalf.' }),
      this.message,
      el('section', { class: 'card' }, el('h2', { text: 'Customers who gave you access' }),
        access.length ? el('table', { class: 'pg-access', id: 'pg-access' },
          el('thead', null, el('tr', null, ['Customer', 'Level', 'Given to', 'Expires', 'State'].map((t) => el('th', { text: t })))),
          el('tbody', null, access.map((a) => el('tr', null,
            el('td', { text: a.customerName }), el('td', { text: a.levelLabel }),
            el('td', { text: a.subjectKind === 'PERSON' ? 'You' : 'Your organisation' }),
            el('td', { text: day(a.expiresAt) }),
            el('td', { text: a.expired ? 'Expired' : a.effective ? 'Active' : 'Overridden by a personal grant' })))))
          : el('p', { class: 'muted', text: 'No customer has given you access yet.' })),
      this.requestForm(me),
      el('section', { class: 'card' }, el('h2', { text: 'Your requests' }), el('ul', { id: 'pg-outgoing' },
        requests.map((r) => el('li', { text: `${r.customerName}: ${LABELS[r.level] || r.level} until ${day(r.expiresAt)} — ${r.status.toLowerCase()}` })))),
      creatable.length ? this.onBehalfForm(creatable) : null));
  }

  requestForm(me) {
    const customer = el('input', { id: 'pg-customer', required: true, placeholder: 'Customer account number', 'aria-label': 'Customer account number' });
    const level = levelSelect('pg-request-level', 'VIEW');
    const expires = el('input', { type: 'date', id: 'pg-request-expires', value: inDays(90), max: day(me.latestExpiry), 'aria-label': 'Until' });
    const note = el('input', { id: 'pg-note', maxlength: 1000, placeholder: 'Why (optional)', 'aria-label': 'Note' });
    const forOrganisation = el('input', { type: 'checkbox', id: 'pg-for-organisation' });
    return el('form', { class: 'card pg-form', id: 'pg-request-form', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await this.api.post(path(this.api, '/requests'), { customerAccountNumber: customer.value.trim(), level: level.value,
          expiresAt: endOfDay(expires.value), note: note.value, forOrganisation: forOrganisation.checked });
        await this.load();
        this.message.textContent = 'Request sent.';
      } catch (error) { this.message.textContent = problemText(error); }
    } }, el('h2', { text: 'Ask a customer for access' }), customer, level, el('label', null, 'Until ', expires), note,
    me.organisationId != null ? el('label', null, forOrganisation, ' for my whole organisation (admins only)') : null,
    el('button', { type: 'submit', class: 'btn btn-primary', text: 'Send request' }));
  }

  onBehalfForm(creatable) {
    const customer = el('select', { id: 'pg-behalf-customer', 'aria-label': 'Customer' },
      creatable.map((a) => el('option', { value: a.customerId, text: a.customerName })));
    // The point of contact: the partner (an empty value) or one of the customer's active contacts,
    // listed by the plugin only for partners that may open tickets for that customer.
    const contact = el('select', { id: 'pg-behalf-contact', 'aria-label': 'Point of contact' });
    const fillContacts = async () => {
      const me = el('option', { value: '', text: `Me (${this.person?.displayName || 'the partner'})` });
      contact.replaceChildren(me);
      try {
        const contacts = await this.get(`/customers/${customer.value}/contacts`);
        contact.append(...contacts.map((c) => el('option', { value: c.id, text: `${c.displayName} <${c.email}>` })));
      } catch (error) { this.message.textContent = problemText(error); }
      contact.dataset.loadedFor = customer.value;
    };
    customer.addEventListener('change', fillContacts);
    fillContacts();
    const subject = el('input', { id: 'pg-behalf-subject', required: true, maxlength: 200, placeholder: 'Subject', 'aria-label': 'Subject' });
    const description = el('textarea', { id: 'pg-behalf-description', maxlength: 10000, 'aria-label': 'Description' });
    return el('form', { class: 'card pg-form', id: 'pg-behalf-form', onsubmit: async (event) => {
      event.preventDefault();
      const body = { subject: subject.value, description: description.value, organisationId: Number(customer.value) };
      if (contact.value) body.requesterId = Number(contact.value);
      const base = String(this.api.base).replace(/\/plugins\/.*$/, '');
      const response = await fetch(`${base}/tickets`, { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf() },
        body: JSON.stringify(body) });
      const data = await response.json().catch(() => null);
      if (response.ok) {
        const who = contact.value ? contact.selectedOptions[0].textContent : 'you';
        this.message.textContent = `Ticket #${data.number} opened for ${customer.selectedOptions[0].textContent}, point of contact ${who}.`;
        subject.value = '';
        description.value = '';
      } else {
        this.message.textContent = problemText({ problem: data || {}, message: data?.detail || `HTTP ${response.status}` });
      }
    } }, el('h2', { text: 'Open a ticket for a customer' }), customer, subject, description,
    el('label', null, 'Point of contact ', contact),
    el('button', { type: 'submit', class: 'btn btn-primary', id: 'pg-behalf-open', text: 'Open ticket' }));
  }
}

customElements.define('pg-partner-access', PartnerAccess);
