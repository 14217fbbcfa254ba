// TICKET_PANEL: who follows the ticket, a follow / unfollow button, notifications on or off,
// the organisations it is shared with, and sharing with a teammate or an organisation picked by
// name. The creator has no remove button (the API refuses with 409 anyway); removals ask first.
import { h, replace, button, checkbox, badge, personName, field, form, searchPicker, confirmDialog, toast, problemMessage,
  useStylesheet } from '/app/kit/v1/kit.js';

useStylesheet(new URL('following.css', import.meta.url));

class FollowersPanel extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  async load() {
    try {
      this.state = await this.api.get(`tickets/${this.ticketId}/followers`);
      this.render();
    } catch (error) {
      replace(this, h('div', { class: 'alert alert-error', role: 'alert' }, problemMessage(error)));
    }
  }

  async act(call, done) {
    try {
      this.state = await call();
      this.render();
      if (done) toast(done, 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
  }

  render() {
    const s = this.state;
    const id = this.ticketId;
    const follow = s.following
      ? (s.creator ? null : button('Unfollow', { id: 'unfollow-ticket',
        onClick: () => this.act(() => this.api.delete(`tickets/${id}/follow`), 'You no longer follow this ticket') }))
      : button('Follow', { kind: 'primary', id: 'follow-ticket',
        onClick: () => this.act(() => this.api.put(`tickets/${id}/follow`), 'You follow this ticket') });
    const notify = s.following ? checkbox({ label: 'Email me about changes', id: 'following-notifications',
      checked: s.notifications, onChange: (event) => this.act(() => this.api.put(`tickets/${id}/notifications`,
        { notifications: event.target.checked })) }) : null;

    const people = h('ul', { class: 'following-list', id: 'followers-list' },
      s.followers.map((f) => h('li', { dataset: { personId: String(f.personId) }, class: 'follower' },
        h('span', { class: 'follower-name' }, personName(f, { detail: null })),
        f.creator ? badge('Creator') : null,
        f.personId === this.person.id ? badge('You', 'info') : null,
        f.removable && f.personId !== this.person.id ? button('Remove', { small: true, kind: 'ghost',
          label: `Remove ${f.displayName}`, dataset: { role: 'remove-follower' },
          onClick: async () => {
            if (!await confirmDialog({ title: `Remove ${f.displayName}?`, message: `${f.displayName} stops following this ticket.`,
              confirmLabel: 'Remove', danger: true })) return;
            this.act(() => this.api.delete(`tickets/${id}/followers/${f.personId}`), `${f.displayName} removed`);
          } }) : null)));
    for (const b of people.querySelectorAll('[data-role=remove-follower]')) b.classList.add('remove-follower');

    const organisations = h('ul', { class: 'following-list', id: 'following-organisations' },
      s.organisations.map((o) => h('li', { dataset: { organisationId: String(o.id) } },
        h('span', { class: 'following-org' }, o.name), o.home ? badge('Ticket’s organisation') : null,
        o.removable ? button('Remove', { small: true, kind: 'ghost', label: `Remove ${o.name}`, dataset: { role: 'remove-organisation' },
          onClick: async () => {
            const sure = await confirmDialog({ title: `Remove ${o.name}?`, confirmLabel: 'Remove', danger: true,
              message: o.yours ? 'This is your own organisation: you may lose access to this ticket.'
                : `${o.name}’s people no longer see this ticket through the share.` });
            if (sure) this.act(() => this.api.delete(`tickets/${id}/organisations/${o.id}`), `${o.name} removed`);
          } }) : null)));
    for (const b of organisations.querySelectorAll('[data-role=remove-organisation]')) b.classList.add('remove-organisation');

    replace(this, 
      h('div', { class: 'following-actions' }, follow, notify),
      h('h4', { class: 'following-heading' }, `Followers (${s.followers.length})`), people,
      s.organisations.length ? h('h4', { class: 'following-heading' }, 'Shared with organisations') : null,
      s.organisations.length ? organisations : null,
      this.shareForm());
  }

  shareForm() {
    let teammates = null;
    const person = searchPicker({ name: 'personId', id: 'share-person', placeholder: 'Type a teammate’s name',
      search: async (text) => {
        teammates = teammates || await this.api.get('mentionable');
        const wanted = text.toLowerCase();
        return teammates.filter((p) => p.displayName.toLowerCase().includes(wanted) || p.email.toLowerCase().includes(wanted))
          .map((p) => ({ value: p.id, label: p.displayName, detail: p.email }));
      } });
    const organisation = this.state.mayShareWithOrganisations ? searchPicker({ name: 'organisationId', id: 'share-organisation',
      placeholder: 'Type an organisation’s name',
      search: (text) => this.api.get(`organisations?q=${encodeURIComponent(text)}`)
        .then((found) => found.map((o) => ({ value: o.id, label: o.name, detail: `Account ${o.accountNumber}` }))) }) : null;
    const share = form({ id: 'following-share', submitLabel: 'Share', submitId: 'share-ticket', onSubmit: async () => {
      const body = person.value ? { personId: person.value.value } : organisation?.value ? { organisationId: organisation.value.value } : null;
      if (!body) throw { problem: { errors: [{ field: 'personId', message: 'pick a teammate or an organisation from the list' }] } };
      const name = (person.value || organisation.value).label;
      this.state = await this.api.post(`tickets/${this.ticketId}/shares`, body);
      this.render();
      toast(`Shared with ${name}`, 'success');
    } },
    field({ label: 'Share with a teammate', input: person }),
    organisation ? field({ label: 'or with an organisation', input: organisation }) : null);
    share.classList.add('following-share');
    return share;
  }
}

customElements.define('annex-followers', FollowersPanel);
