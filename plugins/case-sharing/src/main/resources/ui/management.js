// The ticket's "Management" panel: an organisation admin of the ticket's organisation shares an
// open ticket with a partner of an active partnership (Share → the sharing terms → Submit), and —
// beyond the source product — changes the partner or removes the share, with immediate effect.
// Built with the host's UI kit (plugin API 1.2.0).
import {
  h, replace, field, select, button, stack, toolbar, confirmDialog, toast, dateText, problemMessage, useStylesheet,
} from '/app/kit/v1/kit.js';

useStylesheet(new URL('plugin.css', import.meta.url));

class Management extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  url() {
    return `tickets/${this.ticketId}/share`;
  }

  async load() {
    try {
      this.state = await this.api.get(this.url());
    } catch (error) {
      replace(this, h('p', { class: 'muted' }, problemMessage(error)));
      return;
    }
    this.render();
  }

  render() {
    const { share, canManage, open, eligible } = this.state;
    const current = share
      ? h('div', { class: 'cs-current', id: 'cs-current' },
        h('span', null, 'Shared with ', h('strong', { id: 'cs-partner' }, share.partnerName)),
        h('span', { class: 'muted small' }, `${share.levelLabel} · since `, dateText(share.sharedAt, { day: true }),
          ` · by ${share.sharedByName}`))
      : h('p', { class: 'muted', id: 'cs-not-shared' }, 'Not shared with a partner.');
    if (!canManage) {
      replace(this, current);
      return;
    }
    const parts = [current];
    const choices = eligible.filter((p) => !share || p.partnerId !== share.partnerId);
    if (!open) {
      parts.push(h('p', { class: 'muted', id: 'cs-closed' }, 'Only open cases can be shared.'));
    } else if (!eligible.length) {
      parts.push(h('p', { class: 'muted', id: 'cs-no-partners' },
        'Your organisation has no active partnership. Partnerships are made on the Partnerships page.'));
    } else if (choices.length) {
      parts.push(this.shareForm(choices, Boolean(share)));
    }
    if (share) {
      parts.push(toolbar(button('Remove share', { kind: 'ghost', small: true, id: 'cs-remove', onClick: () => this.remove(share) })));
    }
    replace(this, stack(...parts));
  }

  shareForm(choices, changing) {
    const partner = select({ name: 'partnerId', id: 'cs-partner-select',
      options: [['', changing ? 'Choose another partner…' : 'Choose a partner…'],
        ...choices.map((p) => [p.partnerId, `${p.name} · ${p.levelLabel}`])] });
    const share = button(changing ? 'Change' : 'Share', { kind: 'primary', small: true, id: 'cs-share', disabled: true });
    partner.addEventListener('change', () => { share.disabled = !partner.value; });
    const terms = h('div', { id: 'cs-terms-step', hidden: true });
    share.addEventListener('click', () => {
      const chosen = choices.find((p) => String(p.partnerId) === partner.value);
      terms.hidden = false;
      replace(terms, stack(
        h('div', { class: 'cs-terms', id: 'cs-terms', tabindex: '0', role: 'document', 'aria-label': 'Sharing terms' },
          this.state.terms),
        toolbar(button('Cancel', { small: true, onClick: () => this.render() }),
          button('Submit', { kind: 'primary', small: true, id: 'cs-submit', onClick: () => this.submit(chosen, changing) }))));
    });
    return stack(field({ label: changing ? 'Share with another partner' : 'Share with a partner', input: partner }),
      toolbar(share), terms);
  }

  async submit(partner, changing) {
    try {
      await this.api.put(this.url(), { partnerId: partner.partnerId, termsVersion: this.state.termsVersion });
      toast(changing ? `The case is now shared with the partner ${partner.name}`
        : `Successfully shared a case with the partner ${partner.name}`, 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.load();
  }

  async remove(share) {
    const sure = await confirmDialog({ title: `Stop sharing with ${share.partnerName}?`, confirmLabel: 'Remove share',
      message: `${share.partnerName}’s people lose access to this case at once.`, danger: true });
    if (!sure) return;
    try {
      await this.api.delete(this.url());
      toast(`The case is no longer shared with ${share.partnerName}`, 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.load();
  }
}

customElements.define('cs-management', Management);
