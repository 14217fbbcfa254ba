// The ticket's partner contacts (what CC covers): the customer's people add a partner contact
// who holds a grant from them; that contact can then read this ticket, and only read it.
import { el, path, problemText } from './common.js';

class TicketPartners extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  async load() {
    let contacts;
    try {
      contacts = await this.api.get(path(this.api, `/tickets/${this.ticketId}/contacts`));
    } catch (error) {
      this.replaceChildren();
      return;
    }
    const customerSide = this.ticket && this.person
      && (this.person.role === 'AGENT' || this.person.role === 'TENANT_ADMIN'
        || (this.ticket.organisationId != null && this.person.organisationId === this.ticket.organisationId));
    const message = el('p', { class: 'muted pg-message', role: 'status' });
    const list = el('ul', { class: 'pg-contacts' }, contacts.map((c) => el('li', null,
      el('span', { text: `${c.displayName} <${c.email}>` }),
      c.pointOfContact && el('span', { class: 'badge pg-poc', text: 'point of contact' }),
      customerSide && el('button', { type: 'button', class: 'btn btn-ghost', text: 'Remove', onclick: async () => {
        try {
          await this.api.delete(path(this.api, `/tickets/${this.ticketId}/contacts/${c.personId}`));
          this.load();
        } catch (error) { message.textContent = problemText(error); }
      } }))));
    const email = el('input', { type: 'email', id: 'pg-contact-email', placeholder: 'partner@example.com', 'aria-label': 'Partner contact email' });
    // A partner contact may be made the ticket's point of contact (one per ticket): they are then
    // told of its replies and status changes while their grant lasts.
    const poc = el('input', { type: 'checkbox', id: 'pg-contact-poc' });
    const hasPoc = contacts.some((c) => c.pointOfContact);
    const form = customerSide && el('form', { class: 'pg-form', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await this.api.post(path(this.api, `/tickets/${this.ticketId}/contacts`),
          { email: email.value.trim(), pointOfContact: poc.checked });
        this.load();
      } catch (error) { message.textContent = problemText(error); }
    } }, email, !hasPoc && el('label', null, poc, ' point of contact'),
    el('button', { type: 'submit', class: 'btn', id: 'pg-contact-add', text: 'Add partner contact' }));
    this.replaceChildren(contacts.length ? list : el('p', { class: 'muted', text: 'No partner contacts.' }), form, message);
  }
}

customElements.define('pg-ticket-partners', TicketPartners);
