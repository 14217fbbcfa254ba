// "Partnerships": a partner's organisation admin requests collaboration (a named link, shown
// once) and follows each request's status; both sides list their partnerships and remove one
// after confirming. A link (…/pl-partnerships#accept=SECRET) opens the customer's side of the
// flow here: confirm the partner, read the agreement, accept or decline. Built with the host's
// UI kit (plugin API 1.2.0).
import {
  h, replace, card, table, field, form, select, checkbox, button, badge, alert, emptyState, toolbar, stack,
  confirmDialog, toast, dateText, durationText, problemMessage, showProblem, useStylesheet,
} from '/app/kit/v1/kit.js';

useStylesheet(new URL('plugin.css', import.meta.url));

const ACCEPT = /^#accept=([A-Za-z0-9_-]+)$/;
const TONES = { NOT_USED: 'info', ACCEPTED: 'success', DECLINED: 'danger', REVOKED: 'danger', EXPIRED: 'neutral' };

class Partnerships extends HTMLElement {
  connectedCallback() {
    this.tab = 'requests';
    const accept = location.hash.match(ACCEPT);
    this.load(accept ? accept[1] : null);
  }

  async load(secret) {
    this.me = await this.api.get('me');
    if (secret) return this.invitation(secret);
    if (!this.me.organisationAdmin) {
      return this.show(emptyState({ title: 'Partnerships are managed by organisation admins',
        text: 'Ask one of your organisation’s admins to send or accept a collaboration request.' }));
    }
    return this.tabs();
  }

  show(...nodes) {
    replace(this, nodes);
  }

  // ---- the tabs: Requests (the partner's links) and Partnerships (both sides) ----

  async tabs() {
    const tab = (key, text) => h('button', { type: 'button', role: 'tab', id: `pl-tab-${key}`,
      class: `tab${this.tab === key ? ' active' : ''}`, 'aria-selected': String(this.tab === key),
      onclick: () => { this.tab = key; this.tabs(); } }, text);
    const body = this.tab === 'requests' ? await this.requestsTab() : await this.partnershipsTab();
    this.show(h('div', { class: 'tabs pl-tabs', role: 'tablist', 'aria-label': 'Partnerships' },
      tab('requests', 'Requests'), tab('partnerships', 'Partnerships')), body);
  }

  async requestsTab() {
    const requests = await this.api.get('requests');
    const create = button('Request collaboration', { kind: 'primary', id: 'pl-request-collaboration',
      onClick: () => this.requestDialog() });
    return card({ title: 'Collaboration requests', actions: [create], flush: true },
      table({
        id: 'pl-requests',
        caption: 'Collaboration requests',
        columns: [
          { label: 'Name', cell: (r) => h('span', { class: 'pl-name' }, r.name) },
          { label: 'Created', cell: (r) => dateText(r.createdAt, { day: true }) },
          { label: 'Expires', cell: (r) => dateText(r.expiresAt) },
          { label: 'Status', cell: (r) => h('span', null, h('span', { class: 'pl-status' }, badge(r.statusLabel, TONES[r.status])),
            r.customerName && h('span', { class: 'muted small' }, ` ${r.customerName}`)) },
          { label: '', hiddenLabel: 'Actions', cell: (r) => r.status === 'NOT_USED' && button('Revoke',
            { kind: 'ghost', small: true, dataset: { action: 'revoke' }, label: `Revoke the link ${r.name}`,
              onClick: () => this.revoke(r) }) },
        ],
        rows: requests,
        rowAttrs: (r) => ({ dataset: { requestId: r.id } }),
        empty: emptyState({ title: 'No collaboration requests yet',
          text: `Send a customer a link to become partners. Links expire after ${durationText(this.me.linkLifetime)}.` }),
      }));
  }

  async revoke(request) {
    const sure = await confirmDialog({ title: 'Revoke this link?', confirmLabel: 'Revoke', danger: true,
      message: `Nobody will be able to use the link “${request.name}” any more.` });
    if (!sure) return;
    try {
      await this.api.delete(`requests/${request.id}`);
      toast('Link revoked.', 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.tabs();
  }

  /** Step 1 names the link; step 2 shows it once, with a copy button. */
  requestDialog() {
    const dialog = h('dialog', { class: 'kit-dialog pl-dialog', id: 'pl-request-dialog', 'aria-labelledby': 'pl-request-title' });
    const close = () => dialog.close();
    dialog.addEventListener('close', () => { dialog.remove(); this.tabs(); });
    const name = h('input', { name: 'name', id: 'pl-link-name', maxlength: 100, autocomplete: 'off',
      placeholder: 'e.g. Acme Corporation – managed printers' });
    dialog.append(h('h2', { class: 'dialog-title', id: 'pl-request-title' }, 'Request collaboration'),
      form({ submitLabel: 'Next', submitId: 'pl-next', buttons: [button('Cancel', { onClick: close })],
        onSubmit: async () => this.linkShown(dialog, await this.api.post('requests', { name: name.value }), close) },
      h('p', { class: 'dialog-text' }, 'We make a unique link for your customer. Name it so you recognise it later — the company, or what the partnership is for.'),
      field({ label: 'Name of the link', input: name, hint: 'At most 100 characters.', required: true })));
    document.body.append(dialog);
    dialog.showModal();
    name.focus();
  }

  linkShown(dialog, created, close) {
    const url = new URL(created.path, location.origin).href;
    const box = h('input', { id: 'pl-link-url', readonly: true, value: url, 'aria-label': 'Collaboration link' });
    const copied = h('span', { class: 'muted small', id: 'pl-copied', role: 'status' });
    const copy = async () => {
      box.select();
      try {
        await navigator.clipboard.writeText(url);
      } catch (notAllowed) {
        document.execCommand('copy');
      }
      copied.textContent = 'Copied.';
    };
    replace(dialog, [
      h('h2', { class: 'dialog-title', id: 'pl-request-title' }, 'Copy your link'),
      stack(
        h('p', null, `Send this link for “${created.request.name}” to your customer’s organisation admin, by email or any other way. They use it to accept or decline the collaboration.`),
        h('div', { class: 'pl-link-box' }, box, button('Copy', { id: 'pl-copy', onClick: copy })),
        copied,
        h('div', { id: 'pl-once' }, alert('Copy it now: this link cannot be shown again. For security we only keep a hash of it, so we cannot recreate it.', 'info')),
        h('p', { class: 'muted small' }, 'It expires ', dateText(created.request.expiresAt), '.'),
        h('div', { class: 'dialog-buttons' }, button('Done', { kind: 'primary', id: 'pl-done', onClick: close }))),
    ]);
    box.focus();
    box.select();
  }

  async partnershipsTab() {
    const partnerships = await this.api.get('partnerships');
    return card({ title: 'Partnerships', flush: true }, table({
      id: 'pl-partnerships',
      caption: 'Partnerships',
      columns: [
        { label: 'Account name', cell: (p) => h('span', null, h('span', { class: 'pl-account' }, p.accountName),
          h('span', { class: 'muted small' }, p.otherSide === 'CUSTOMER' ? ' · your customer' : ' · your partner')) },
        { label: 'Account number', cell: (p) => p.accountNumber || '—' },
        { label: 'Default access level', cell: (p) => h('span', { class: 'pl-level' }, p.defaultLevelLabel) },
        { label: 'Since', cell: (p) => dateText(p.since, { day: true }) },
        { label: '', hiddenLabel: 'Actions', cell: (p) => button('🗑', { kind: 'ghost', small: true,
          dataset: { action: 'remove' }, label: `Remove the partnership with ${p.accountName}`, onClick: () => this.remove(p) }) },
      ],
      rows: partnerships,
      rowAttrs: (p) => ({ dataset: { partnershipId: p.id } }),
      empty: h('div', { id: 'pl-no-partnerships' }, emptyState({ title: 'No partnerships yet',
        text: 'A partner sends you a link to accept; you send one to a customer from Requests.' })),
    }));
  }

  async remove(partnership) {
    const sure = await confirmDialog({ title: `Remove the partnership with ${partnership.accountName}?`,
      message: 'Once it is removed you can no longer share cases through it, and every case shared through it stops being shared at once.',
      confirmLabel: 'Remove partnership', danger: true });
    if (!sure) return;
    try {
      await this.api.delete(`partnerships/${partnership.id}`);
      toast(`The partnership with ${partnership.accountName} was removed.`, 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.tabs();
  }

  // ---- the customer's side of a link ----

  async invitation(secret) {
    let invitation;
    try {
      invitation = await this.api.post('invitation/open', { secret });
    } catch (error) {
      return this.show(this.stopped(problemMessage(error)));
    }
    this.show(card({ title: 'Confirm partnership collaboration', id: 'pl-invitation' },
      h('p', null, 'The partner ', h('strong', { id: 'pl-partner-name' }, invitation.partnerName),
        invitation.partnerAccountNumber ? ` (account ${invitation.partnerAccountNumber})` : '',
        ` invites your organisation, ${this.me.organisationName}, to collaborate on support cases.`),
      h('p', { class: 'muted' }, 'Check that this is the organisation you mean to work with. The link expires ',
        dateText(invitation.expiresAt), '.'),
      toolbar(button('Go to Agreement', { kind: 'primary', id: 'pl-go-agreement', onClick: () => this.agreement(secret, invitation) }),
        button('Decline', { id: 'pl-decline', onClick: () => this.decline(secret, invitation) }))));
  }

  agreement(secret, invitation) {
    const level = select({ name: 'level', id: 'pl-level', value: invitation.defaultLevel,
      options: invitation.levels.map((l) => [l.level, l.label]) });
    const agree = checkbox({ label: 'I have read the terms and accept them for my organisation', id: 'pl-agree',
      onChange: (event) => { accept.disabled = !event.target.checked; } });
    const accept = button('Accept', { kind: 'primary', id: 'pl-accept', disabled: true, type: 'submit' });
    const agreement = h('form', { class: 'kit-form kit-form-stack', id: 'pl-agreement-form', onsubmit: (event) => {
      event.preventDefault();
      this.accept(agreement, secret, invitation, level.value);
    } },
    h('div', { class: 'form-message', hidden: true }),
    h('div', { class: 'form-fields' },
      h('div', { class: 'pl-terms', id: 'pl-terms', tabindex: '0', role: 'document', 'aria-label': 'Partnership terms' }, invitation.terms),
      field({ label: 'Default access level for the cases you share with this partner', input: level }),
      agree),
    h('div', { class: 'form-buttons' }, button('Decline', { id: 'pl-decline', onClick: () => this.decline(secret, invitation) }), accept));
    this.show(card({ title: `Agreement with ${invitation.partnerName}`, id: 'pl-agreement' }, agreement));
  }

  async accept(agreement, secret, invitation, level) {
    try {
      await this.api.post('invitation/accept', { secret, level, termsVersion: invitation.termsVersion });
    } catch (error) {
      showProblem(agreement, error);
      return;
    }
    this.forget();
    toast(`You are now partners with ${invitation.partnerName}.`, 'success');
    this.tab = 'partnerships';
    this.tabs();
  }

  async decline(secret, invitation) {
    const sure = await confirmDialog({ title: `Decline ${invitation.partnerName}’s request?`, confirmLabel: 'Decline',
      message: 'The partner is told, and this link cannot be used again.', danger: true });
    if (!sure) return;
    try {
      await this.api.post('invitation/decline', { secret });
    } catch (error) {
      return this.show(this.stopped(problemMessage(error)));
    }
    this.forget();
    this.show(h('div', { id: 'pl-declined' }, emptyState({ title: 'Request declined',
      text: `${invitation.partnerName} will be told that you declined.` })));
  }

  /** The secret leaves the address bar (and this history entry) once it has been used. */
  forget() {
    history.replaceState(null, '', location.pathname + location.search);
  }

  stopped(text) {
    return h('div', { id: 'pl-invitation-stopped' }, card({ title: 'This link cannot be used here' },
      h('div', { id: 'pl-reason' }, alert(text, 'error'))));
  }
}

customElements.define('pl-partnerships', Partnerships);
