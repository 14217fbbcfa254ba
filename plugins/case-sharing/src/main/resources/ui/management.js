// The ticket's "Management" panel: an organisation admin of the ticket's organisation shares an
// open ticket with a partner of an active partnership (Share → the sharing terms → Submit), and —
// beyond the source product — changes the partner or removes the share, with immediate effect.
import { el, path, problemText, day, toast, styles, confirmDialog } from './kit.js';

class Management extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  url() {
    return path(this.api, `/tickets/${this.ticketId}/share`);
  }

  async load() {
    try {
      this.state = await this.api.get(this.url());
    } catch (error) {
      this.replaceChildren(el('p', { class: 'muted', text: problemText(error) }));
      return;
    }
    this.render();
  }

  render() {
    const { share, canManage, open, eligible } = this.state;
    const current = share
      ? el('div', { class: 'cs-current', id: 'cs-current' },
        el('span', null, 'Shared with ', el('strong', { id: 'cs-partner', text: share.partnerName })),
        el('span', { class: 'muted small', text: `${share.levelLabel} · since ${day(share.sharedAt)} by ${share.sharedByName}` }))
      : el('p', { class: 'muted', id: 'cs-not-shared', text: 'Not shared with a partner.' });
    if (!canManage) {
      this.replaceChildren(styles(), el('div', { class: 'cs-panel' }, current));
      return;
    }
    const parts = [current];
    const choices = eligible.filter((p) => !share || p.partnerId !== share.partnerId);
    if (!open) {
      parts.push(el('p', { class: 'muted', id: 'cs-closed', text: 'Only open cases can be shared.' }));
    } else if (!eligible.length) {
      parts.push(el('p', { class: 'muted', id: 'cs-no-partners',
        text: 'Your organisation has no active partnership. Partnerships are made on the Partnerships page.' }));
    } else if (choices.length) {
      parts.push(this.shareForm(choices, Boolean(share)));
    }
    if (share) {
      parts.push(el('div', { class: 'cs-row' }, el('button', { type: 'button', class: 'btn btn-small btn-danger-ghost',
        id: 'cs-remove', text: 'Remove share', onclick: () => this.remove(share) })));
    }
    this.replaceChildren(styles(), el('div', { class: 'cs-panel' }, ...parts));
  }

  shareForm(choices, changing) {
    const select = el('select', { id: 'cs-partner-select', 'aria-label': changing ? 'Change to partner' : 'Share with a partner' },
      el('option', { value: '', text: changing ? 'Change to another partner…' : 'Share with a partner…' }),
      choices.map((p) => el('option', { value: p.partnerId, text: `${p.name} · ${p.levelLabel}` })));
    const share = el('button', { type: 'button', class: 'btn btn-primary btn-small', id: 'cs-share', text: 'Share', disabled: true });
    select.addEventListener('change', () => { share.disabled = !select.value; });
    const terms = el('div', { class: 'stack', id: 'cs-terms-step', hidden: true });
    share.addEventListener('click', () => {
      const partner = choices.find((p) => String(p.partnerId) === select.value);
      terms.hidden = false;
      terms.replaceChildren(
        el('div', { class: 'cs-terms', id: 'cs-terms', tabindex: '0', text: this.state.terms }),
        el('div', { class: 'cs-row' },
          el('button', { type: 'button', class: 'btn btn-small', text: 'Cancel', onclick: () => this.render() }),
          el('button', { type: 'button', class: 'btn btn-primary btn-small', id: 'cs-submit', text: 'Submit',
            onclick: () => this.submit(partner, changing) })));
    });
    return el('div', { class: 'stack' }, el('div', { class: 'cs-row' }, select, share), terms);
  }

  async submit(partner, changing) {
    try {
      await this.api.put(this.url(), { partnerId: partner.partnerId, termsVersion: this.state.termsVersion });
      toast(changing ? `The case is now shared with the partner ${partner.name}`
        : `Successfully shared a case with the partner ${partner.name}`);
    } catch (error) {
      toast(problemText(error), 'error');
    }
    this.load();
  }

  async remove(share) {
    const sure = await confirmDialog({ id: 'cs-confirm-remove', title: `Stop sharing with ${share.partnerName}?`,
      text: `${share.partnerName}’s people lose access to this case at once.`, confirm: 'Remove share' });
    if (!sure) return;
    try {
      await this.api.delete(this.url());
      toast(`The case is no longer shared with ${share.partnerName}`);
    } catch (error) {
      toast(problemText(error), 'error');
    }
    this.load();
  }
}

customElements.define('cs-management', Management);
