// PAGE "Tickets I follow": the tickets the signed-in person follows and can still see.
import { el, problemText } from './dom.js';

class FollowedTickets extends HTMLElement {
  async connectedCallback() {
    this.replaceChildren(el('h1', null, 'Tickets I follow'), el('p', { class: 'muted' }, 'Loading…'));
    try {
      const tickets = await this.api.get('/followed');
      const rows = tickets.map((t) => el('li', { class: 'followed-ticket', dataset: { ticketId: String(t.ticketId) } },
        el('a', { href: `/t/${encodeURIComponent(this.tenant)}/tickets/${t.ticketId}` }, `#${t.number} ${t.subject}`),
        el('span', { class: 'muted small' }, ` · ${t.status}${t.notifications ? '' : ' · notifications off'}`)));
      this.replaceChildren(el('h1', null, 'Tickets I follow'),
        rows.length ? el('ul', { class: 'followed-list', id: 'followed-tickets' }, rows)
          : el('p', { class: 'muted' }, 'You follow no tickets yet.'));
    } catch (error) {
      this.replaceChildren(el('p', { class: 'field-error' }, problemText(error)));
    }
  }
}

customElements.define('annex-followed-tickets', FollowedTickets);
