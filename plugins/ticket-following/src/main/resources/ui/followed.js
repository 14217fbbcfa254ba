// PAGE "Tickets I follow": the tickets the signed-in person follows and can still see.
import { h, replace, card, table, emptyState, statusBadge, badge, problemMessage } from '/app/kit/v1/kit.js';

class FollowedTickets extends HTMLElement {
  async connectedCallback() {
    replace(this, card({}, h('p', { class: 'muted' }, 'Loading…')));
    try {
      const tickets = await this.api.get('followed');
      replace(this, card({ flush: true }, table({ id: 'followed-tickets', caption: 'Tickets I follow',
        rowAttrs: (t) => ({ class: 'followed-ticket', 'data-ticket-id': String(t.ticketId) }),
        empty: emptyState({ title: 'You follow no tickets yet', text: 'Follow a ticket from its page to get an email when it changes.' }),
        columns: [
          { label: 'Ticket', cell: (t) => h('a', { href: `/t/${encodeURIComponent(this.tenant)}/tickets/${t.ticketId}` },
            h('span', { class: 'muted' }, `#${t.number} `), t.subject) },
          { label: 'Status', cell: (t) => statusBadge(t.status) },
          { label: 'Email', cell: (t) => (t.notifications ? badge('On', 'success') : badge('Off')) },
          { label: 'Why', cell: (t) => (t.creator ? 'You created it' : 'You follow it') },
        ],
        rows: tickets })));
    } catch (error) {
      replace(this, h('div', { class: 'alert alert-error', role: 'alert' }, problemMessage(error)));
    }
  }
}

customElements.define('annex-followed-tickets', FollowedTickets);
