// TICKET_PANEL: who follows the ticket, a follow / unfollow button, notifications on or off,
// the organisations it is shared with, and a share form. The creator has no remove button (the
// API refuses with 409 anyway); removing one's own organisation asks first.
import { el, problemText } from './dom.js';

class FollowersPanel extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  async load() {
    try {
      this.state = await this.api.get(`/tickets/${this.ticketId}/followers`);
      this.render();
    } catch (error) {
      this.replaceChildren(el('p', { class: 'field-error' }, problemText(error)));
    }
  }

  async act(call) {
    this.querySelector('.following-error')?.remove();
    try {
      this.state = await call();
      this.render();
    } catch (error) {
      this.append(el('p', { class: 'field-error following-error', role: 'alert' }, problemText(error)));
    }
  }

  render() {
    const s = this.state;
    const id = this.ticketId;
    const follow = s.following
      ? (s.creator ? null : el('button', { class: 'btn', type: 'button', id: 'unfollow-ticket',
        onclick: () => this.act(() => this.api.delete(`/tickets/${id}/follow`)) }, 'Unfollow'))
      : el('button', { class: 'btn btn-primary', type: 'button', id: 'follow-ticket',
        onclick: () => this.act(() => this.api.put(`/tickets/${id}/follow`)) }, 'Follow');
    const notify = s.following ? el('label', { class: 'check small' },
      el('input', { type: 'checkbox', id: 'following-notifications', checked: s.notifications,
        onchange: (event) => this.act(() => this.api.put(`/tickets/${id}/notifications`,
          { notifications: event.target.checked })) }),
      ' Email me about changes') : null;

    const people = el('ul', { class: 'following-list', id: 'followers-list' },
      s.followers.map((f) => el('li', { dataset: { personId: String(f.personId) }, class: 'follower' },
        el('span', { class: 'follower-name' }, f.displayName),
        f.creator ? el('span', { class: 'muted small' }, ' (creator)') : null,
        f.personId === this.person.id ? el('span', { class: 'muted small' }, ' (you)') : null,
        f.removable && f.personId !== this.person.id ? el('button', { class: 'btn btn-ghost small remove-follower',
          type: 'button', title: `Remove ${f.displayName}`,
          onclick: () => this.act(() => this.api.delete(`/tickets/${id}/followers/${f.personId}`)) }, 'Remove') : null)));

    const organisations = el('ul', { class: 'following-list', id: 'following-organisations' },
      s.organisations.map((o) => el('li', { dataset: { organisationId: String(o.id) } },
        el('span', null, o.name), o.home ? el('span', { class: 'muted small' }, ' (ticket\'s organisation)') : null,
        o.removable ? el('button', { class: 'btn btn-ghost small remove-organisation', type: 'button',
          onclick: () => {
            if (o.yours && !window.confirm(`Remove your own organisation ${o.name}? You may lose access to this ticket.`)) return;
            this.act(() => this.api.delete(`/tickets/${id}/organisations/${o.id}`));
          } }, 'Remove') : null)));

    this.replaceChildren(
      el('div', { class: 'following-actions' }, follow, notify),
      el('h4', { class: 'small' }, `Followers (${s.followers.length})`), people,
      s.organisations.length ? el('h4', { class: 'small' }, 'Organisations') : null,
      s.organisations.length ? organisations : null,
      this.shareForm());
  }

  shareForm() {
    const select = el('select', { id: 'share-person', 'aria-label': 'Share with' },
      el('option', { value: '' }, 'Share with a teammate…'));
    this.api.get('/mentionable').then((people) => {
      for (const p of people) select.append(el('option', { value: `person:${p.id}` }, `${p.displayName} <${p.email}>`));
    }).catch(() => {});
    const orgInput = this.state.mayShareWithOrganisations
      ? el('input', { id: 'share-organisation', type: 'number', min: '1', placeholder: 'or organisation id',
        'aria-label': 'Organisation id' }) : null;
    return el('form', { class: 'following-share', onsubmit: (event) => {
      event.preventDefault();
      const body = select.value ? { personId: Number(select.value.split(':')[1]) }
        : orgInput?.value ? { organisationId: Number(orgInput.value) } : null;
      if (!body) return;
      this.act(() => this.api.post(`/tickets/${this.ticketId}/shares`, body));
    } }, select, orgInput, el('button', { class: 'btn', type: 'submit', id: 'share-ticket' }, 'Share'));
  }
}

customElements.define('annex-followers', FollowersPanel);
