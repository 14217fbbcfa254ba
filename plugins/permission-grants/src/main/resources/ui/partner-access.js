// The partner's side: which customers gave them (or their organisation) access and until when,
// asking a customer for a level, opening a ticket on a customer's behalf with a chosen point of
// contact, and filing an administrative request for a customer that gave Service Admin or above.
import { h, replace, card, table, field, form, badge, emptyState, dateText, personName, toast, searchPicker, select, checkbox,
  problemMessage, label, formatDay, useStylesheet } from '/app/kit/v1/kit.js';
import { levelSelect, levelLabel, endOfDay, dayValue, inDays, ADMIN_REQUEST_KINDS } from './common.js';

const CREATE_LEVELS = new Set(['CREATE', 'SERVICE_ADMIN', 'FULL_ADMIN']);
const ADMIN_LEVELS = new Set(['SERVICE_ADMIN', 'FULL_ADMIN']);

function csrfToken() {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'annex_csrf') return decodeURIComponent(rest.join('='));
  }
  return '';
}

useStylesheet(new URL('grants.css', import.meta.url));

class PartnerAccess extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  async load() {
    let me; let access; let requests;
    try {
      [me, access, requests] = await Promise.all([this.api.get('me'), this.api.get('access'), this.api.get('requests/outgoing')]);
    } catch (error) {
      replace(this, card({}, emptyState({ title: 'Partner access is not available', text: problemMessage(error) })));
      return;
    }
    this.me = me;
    const live = access.filter((a) => a.effective && !a.expired);
    const creatable = live.filter((a) => CREATE_LEVELS.has(a.level));
    const administrable = live.filter((a) => ADMIN_LEVELS.has(a.level));
    replace(this, 
      h('p', { class: 'muted', id: 'pg-partner-intro' }, 'The organisations that let you (or your organisation) work on'
        + ' their tickets, and until when. Ask a customer for access here; with Create or above you can also open'
        + ' tickets on its behalf.'),
      card({ title: 'Customers who gave you access', flush: true }, table({ id: 'pg-access', caption: 'Customers who gave you access',
        empty: emptyState({ title: 'No customer has given you access yet', text: 'Ask one below.' }),
        columns: [
          { label: 'Customer', cell: (a) => personName({ displayName: a.customerName }, { detail: null }) },
          { label: 'Level', cell: (a) => a.levelLabel || levelLabel(a.level) },
          { label: 'Given to', cell: (a) => (a.subjectKind === 'PERSON' ? 'You' : 'Your organisation') },
          { label: 'Expires', cell: (a) => dateText(a.expiresAt, { day: true }) },
          { label: 'State', cell: (a) => (a.expired ? badge('Expired') : a.effective ? badge('Active', 'success')
            : badge('Overridden by a personal grant', 'info')) },
        ],
        rows: access })),
      this.requestForm(),
      card({ title: 'Your requests', flush: true }, table({ id: 'pg-outgoing', caption: 'Your requests',
        empty: emptyState({ text: 'You have not asked any customer yet.' }),
        columns: [
          { label: 'Customer', cell: (r) => r.customerName },
          { label: 'Level', cell: (r) => levelLabel(r.level) },
          { label: 'Until', cell: (r) => dateText(r.expiresAt, { day: true }) },
          { label: 'State', cell: (r) => badge(label(r.status), r.status === 'PENDING' ? 'warning' : r.status === 'APPROVED' ? 'success' : 'neutral') },
        ],
        rows: requests })),
      creatable.length ? this.onBehalfForm(creatable) : null,
      administrable.length ? this.adminRequestForm(administrable) : null);
  }

  requestForm() {
    const customer = searchPicker({ name: 'customerId', id: 'pg-customer', placeholder: 'Type the customer’s name',
      search: (text) => this.api.get(`customers?q=${encodeURIComponent(text)}`)
        .then((found) => found.map((o) => ({ value: o.id, label: o.name, detail: `Account ${o.accountNumber}` }))) });
    const level = levelSelect('level', 'VIEW', 'pg-request-level');
    const expires = h('input', { type: 'date', name: 'expiresAt', id: 'pg-request-expires', value: inDays(90),
      max: dayValue(this.me.latestExpiry), required: true });
    const note = h('input', { name: 'note', id: 'pg-note', maxlength: 1000, placeholder: 'Why you need it (optional)' });
    const whole = checkbox({ label: 'For my whole organisation (organisation admins only)', name: 'forOrganisation', id: 'pg-for-organisation' });
    return card({ title: 'Ask a customer for access' }, form({ id: 'pg-request-form', submitLabel: 'Send request', layout: 'grid',
      onSubmit: async () => {
        if (!customer.value) throw { problem: { errors: [{ field: 'customerId', message: 'pick the customer from the list' }] } };
        await this.api.post('requests', { customerId: customer.value.value, level: level.value,
          expiresAt: endOfDay(expires.value), note: note.value, forOrganisation: whole.querySelector('input').checked });
        toast(`Request sent to ${customer.value.label}`, 'success');
        await this.load();
      } },
    field({ label: 'Customer', input: customer }),
    field({ label: 'Level', input: level }),
    field({ label: 'Until', input: expires, hint: `At most until ${formatDay(this.me.latestExpiry)}.` }),
    field({ label: 'Note', input: note }),
    this.me.organisationId != null ? whole : null));
  }

  onBehalfForm(creatable) {
    const customer = select({ name: 'organisationId', id: 'pg-behalf-customer',
      options: creatable.map((a) => [a.customerId, a.customerName]) });
    // The point of contact: the partner (an empty value) or one of the customer's active contacts.
    const contact = h('select', { name: 'requesterId', id: 'pg-behalf-contact' });
    const fillContacts = async () => {
      contact.replaceChildren(h('option', { value: '' }, `Me (${this.person?.displayName || 'the partner'})`));
      try {
        const contacts = await this.api.get(`customers/${customer.value}/contacts`);
        contact.append(...contacts.map((c) => h('option', { value: c.id }, `${c.displayName} (${c.email})`)));
      } catch (error) {
        toast(problemMessage(error), 'error');
      }
      contact.dataset.loadedFor = customer.value;
    };
    customer.addEventListener('change', fillContacts);
    fillContacts();
    const subject = h('input', { name: 'subject', id: 'pg-behalf-subject', required: true, maxlength: 200 });
    const description = h('textarea', { name: 'description', id: 'pg-behalf-description', rows: 4, maxlength: 10000 });
    return card({ title: 'Open a ticket for a customer' }, form({ id: 'pg-behalf-form', submitLabel: 'Open ticket', submitId: 'pg-behalf-open',
      onSubmit: async () => {
        const body = { subject: subject.value, description: description.value, organisationId: Number(customer.value) };
        if (contact.value) body.requesterId = Number(contact.value);
        const tickets = String(this.api.base).replace(/\/plugins\/.*$/, '/tickets');
        const response = await fetch(tickets, { method: 'POST', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
          body: JSON.stringify(body) });
        const data = await response.json().catch(() => null);
        if (!response.ok) throw { problem: data || {}, message: `The ticket could not be opened (HTTP ${response.status})` };
        const who = contact.value ? contact.selectedOptions[0].textContent : 'you';
        subject.value = '';
        description.value = '';
        return `Ticket #${data.number} opened for ${customer.selectedOptions[0].textContent}, point of contact ${who}.`;
      } },
    field({ label: 'Customer', input: customer }),
    field({ label: 'Subject', input: subject, required: true }),
    field({ label: 'Description', input: description }),
    field({ label: 'Point of contact', input: contact, hint: 'Who the customer’s replies go to.' })));
  }

  adminRequestForm(administrable) {
    const customer = select({ name: 'customerId', id: 'pg-admin-customer', options: administrable.map((a) => [a.customerId, a.customerName]) });
    const kind = select({ name: 'kind', id: 'pg-admin-kind', options: ADMIN_REQUEST_KINDS });
    const details = h('textarea', { name: 'details', id: 'pg-admin-details', rows: 3, maxlength: 4000, required: true });
    return card({ title: 'Administrative request for a customer' }, form({ id: 'pg-admin-request-form', submitLabel: 'File request',
      onSubmit: async () => {
        await this.api.post('admin-requests', { customerId: Number(customer.value), kind: kind.value, details: details.value });
        details.value = '';
        return `Request filed for ${customer.selectedOptions[0].textContent}. The help desk answers by email.`;
      } },
    field({ label: 'Customer', input: customer }),
    field({ label: 'Kind of request', input: kind }),
    field({ label: 'What should be done', input: details })));
  }
}

customElements.define('pg-partner-access', PartnerAccess);
