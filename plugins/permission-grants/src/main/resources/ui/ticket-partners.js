// The ticket's partner contacts (what CC covers): the customer's people add a partner contact
// who holds a grant from them, picked by name; that contact can then read this ticket. One of
// them may be the ticket's partner point of contact.
import { h, replace, field, form, button, badge, emptyState, personName, checkbox, searchPicker, toast, confirmDialog,
  problemMessage, useStylesheet } from '/app/kit/v1/kit.js';

useStylesheet(new URL('grants.css', import.meta.url));

class TicketPartners extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  get customerSide() {
    const role = this.person?.role;
    return role === 'AGENT' || role === 'TENANT_ADMIN'
      || (this.ticket?.organisationId != null && this.person?.organisationId === this.ticket.organisationId);
  }

  async load() {
    let contacts;
    try {
      contacts = await this.api.get(`tickets/${this.ticketId}/contacts`);
    } catch {
      replace(this, );
      return;
    }
    const list = contacts.length
      ? h('ul', { class: 'pg-contacts' }, contacts.map((c) => h('li', { class: 'pg-contact', dataset: { personId: c.personId } },
        personName(c),
        c.pointOfContact ? badge('Point of contact', 'info') : null,
        this.customerSide ? button('Remove', { small: true, kind: 'ghost', label: `Remove ${c.displayName}`,
          onClick: () => this.remove(c) }) : null)))
      : emptyState({ text: 'No partner contacts on this ticket.' });
    replace(this, list, this.customerSide ? this.addForm(contacts) : null);
  }

  async remove(contact) {
    const sure = await confirmDialog({ title: `Remove ${contact.displayName}?`,
      message: `${contact.displayName} can no longer read this ticket through this panel.`, confirmLabel: 'Remove', danger: true });
    if (!sure) return;
    try {
      await this.api.delete(`tickets/${this.ticketId}/contacts/${contact.personId}`);
      toast(`${contact.displayName} removed`, 'success');
      this.load();
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
  }

  addForm(contacts) {
    let candidates = null;
    const who = searchPicker({ name: 'personId', id: 'pg-contact-person', placeholder: 'Type a partner contact’s name',
      search: async (text) => {
        candidates = candidates || await this.api.get(`tickets/${this.ticketId}/contacts/candidates`);
        const wanted = text.toLowerCase();
        return candidates.filter((c) => c.displayName.toLowerCase().includes(wanted) || c.email.toLowerCase().includes(wanted))
          .map((c) => ({ value: c.id, label: c.displayName, detail: c.email }));
      } });
    // One partner contact per ticket may be its point of contact: told of replies and status changes.
    const poc = contacts.some((c) => c.pointOfContact) ? null
      : checkbox({ label: 'Make them the point of contact', name: 'pointOfContact', id: 'pg-contact-poc' });
    return form({ id: 'pg-contact-form', submitLabel: 'Add partner contact', submitId: 'pg-contact-add', onSubmit: async () => {
      if (!who.value) throw { problem: { errors: [{ field: 'personId', message: 'pick a partner contact from the list' }] } };
      await this.api.post(`tickets/${this.ticketId}/contacts`,
        { personId: who.value.value, pointOfContact: Boolean(poc?.querySelector('input').checked) });
      toast(`${who.value.label} added`, 'success');
      this.load();
    } },
    field({ label: 'Partner contact', input: who, hint: 'Only partners your organisation gave access can be added.' }), poc);
  }
}

customElements.define('pg-ticket-partners', TicketPartners);
