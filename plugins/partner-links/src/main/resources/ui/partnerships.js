// "Partnerships": a partner's organisation admin requests collaboration (a named link, shown
// once) and follows each request's status; both sides list their partnerships and remove one
// after confirming. A link (…/pl-partnerships#accept=SECRET) opens the customer's side of the
// flow here: confirm the partner, read the agreement, accept or decline.
import { el, path, problemText, day, toast, styles, confirmDialog } from './kit.js';

const ACCEPT = /^#accept=([A-Za-z0-9_-]+)$/;

class Partnerships extends HTMLElement {
  connectedCallback() {
    this.tab = 'requests';
    const accept = location.hash.match(ACCEPT);
    this.load(accept ? accept[1] : null);
  }

  call(method, rest, body) {
    return this.api[method](path(this.api, rest), body);
  }

  async load(secret) {
    this.me = await this.call('get', '/me');
    if (secret) return this.invitation(secret);
    if (!this.me.organisationAdmin) {
      return this.show(el('p', { class: 'muted', id: 'pl-not-admin',
        text: 'Only your organisation’s admins manage partnerships. Ask one of them to send or accept a collaboration request.' }));
    }
    return this.tabs();
  }

  show(...nodes) {
    this.replaceChildren(styles(), ...nodes);
  }

  // ---- the partner's and both sides' tabs ----

  async tabs() {
    const tab = (key, text) => el('button', { type: 'button', role: 'tab', id: `pl-tab-${key}`,
      class: `tab${this.tab === key ? ' active' : ''}`, 'aria-selected': String(this.tab === key), text,
      onclick: () => { this.tab = key; this.tabs(); } });
    const body = this.tab === 'requests' ? await this.requestsTab() : await this.partnershipsTab();
    this.show(el('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Partnerships' },
      tab('requests', 'Requests'), tab('partnerships', 'Partnerships')), body);
  }

  async requestsTab() {
    const requests = await this.call('get', '/requests');
    const toolbar = el('div', { class: 'pl-toolbar' },
      el('p', { class: 'muted', text: `Send a customer a link to become partners. Links expire after ${lifetime(this.me.linkLifetime)}.` }),
      el('button', { type: 'button', class: 'btn btn-primary', id: 'pl-request-collaboration', text: 'Request collaboration',
        onclick: () => this.requestDialog() }));
    if (!requests.length) {
      return el('section', null, toolbar, el('div', { class: 'empty', id: 'pl-no-requests' },
        el('p', { class: 'muted', text: 'No collaboration requests yet.' })));
    }
    return el('section', null, toolbar, el('table', { class: 'pl-table', id: 'pl-requests' },
      el('thead', null, el('tr', null, ['Name', 'Created', 'Expires', 'Status', ''].map((t) => el('th', { text: t })))),
      el('tbody', null, requests.map((r) => el('tr', { 'data-request-id': r.id },
        el('td', { class: 'pl-name', text: r.name }),
        el('td', { text: day(r.createdAt) }),
        el('td', { text: day(r.expiresAt) }),
        el('td', null, el('span', { class: `badge pl-status pl-status-${r.status}`, text: r.statusLabel }),
          r.customerName ? el('span', { class: 'muted small', text: ` ${r.customerName}` }) : null),
        el('td', null, r.status === 'NOT_USED' ? el('button', { type: 'button', class: 'btn btn-small btn-danger-ghost',
          'data-action': 'revoke', text: 'Revoke', onclick: () => this.revoke(r) }) : null))))));
  }

  async revoke(request) {
    const sure = await confirmDialog({ id: 'pl-confirm-revoke', title: 'Revoke this link?',
      text: `Nobody will be able to use the link “${request.name}” any more.`, confirm: 'Revoke' });
    if (!sure) return;
    try {
      await this.call('delete', `/requests/${request.id}`);
      toast('Link revoked.');
    } catch (error) {
      toast(problemText(error), 'error');
    }
    this.tabs();
  }

  /** Step 1 names the link; step 2 shows it once, with a copy button. */
  requestDialog() {
    const dialog = el('dialog', { class: 'card pl-dialog', id: 'pl-request-dialog', 'aria-labelledby': 'pl-request-title' });
    const close = () => { dialog.close(); dialog.remove(); this.tabs(); };
    const input = el('input', { id: 'pl-link-name', name: 'name', required: true, maxLength: 100, autocomplete: 'off',
      placeholder: 'e.g. Acme Corporation – managed printers' });
    const error = el('p', { class: 'field-error', id: 'pl-link-name-error', role: 'alert' });
    const form = el('form', { class: 'stack', onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      try {
        const created = await this.call('post', '/requests', { name: input.value });
        this.linkShown(dialog, created, close);
      } catch (failure) {
        error.textContent = problemText(failure);
        input.setAttribute('aria-invalid', 'true');
      }
    } },
    el('h2', { id: 'pl-request-title', text: 'Request collaboration' }),
    el('p', { class: 'muted', text: 'We will make a unique link for your customer. Name it so you recognise it later — the company, or what the partnership is for.' }),
    el('label', { class: 'field' }, el('span', { text: 'Name of the link' }), input, error),
    el('div', { class: 'form-buttons' },
      el('button', { type: 'button', class: 'btn', text: 'Cancel', onclick: close }),
      el('button', { type: 'submit', class: 'btn btn-primary', id: 'pl-next', text: 'Next' })));
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(); });
    dialog.append(form);
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  }

  linkShown(dialog, created, close) {
    const url = new URL(created.path, location.origin).href;
    const field = el('input', { id: 'pl-link-url', readOnly: true, value: url, 'aria-label': 'Collaboration link' });
    const copied = el('span', { class: 'muted small', id: 'pl-copied', role: 'status' });
    const copy = async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(url);
      } catch (notAllowed) {
        document.execCommand('copy');
      }
      copied.textContent = 'Copied.';
    };
    dialog.replaceChildren(el('div', { class: 'stack' },
      el('h2', { id: 'pl-request-title', text: 'Copy your link' }),
      el('p', { text: `Send this link for “${created.request.name}” to your customer’s organisation admin, by email or any other way. They use it to accept or decline the collaboration.` }),
      el('div', { class: 'pl-link-box' }, field,
        el('button', { type: 'button', class: 'btn', id: 'pl-copy', text: 'Copy', onclick: copy })),
      copied,
      el('p', { class: 'pl-warning', id: 'pl-once', text: 'Copy it now: this link cannot be shown again. For security we only keep a hash of it, so we cannot recreate it.' }),
      el('p', { class: 'muted small', text: `It expires on ${day(created.request.expiresAt)}.` }),
      el('div', { class: 'form-buttons' },
        el('button', { type: 'button', class: 'btn btn-primary', id: 'pl-done', text: 'Done', onclick: close }))));
    field.focus();
    field.select();
  }

  async partnershipsTab() {
    const partnerships = await this.call('get', '/partnerships');
    if (!partnerships.length) {
      return el('div', { class: 'empty', id: 'pl-no-partnerships' },
        el('p', { class: 'muted', text: 'No partnerships yet. A partner sends you a link; you send one to a customer from Requests.' }));
    }
    return el('table', { class: 'pl-table', id: 'pl-partnerships' },
      el('thead', null, el('tr', null, ['Account name', 'Account number', 'Default access level', 'Since', '']
        .map((t) => el('th', { text: t })))),
      el('tbody', null, partnerships.map((p) => el('tr', { 'data-partnership-id': p.id },
        el('td', null, el('span', { class: 'pl-account', text: p.accountName }),
          el('span', { class: 'muted small', text: p.otherSide === 'CUSTOMER' ? ' · your customer' : ' · your partner' })),
        el('td', { text: p.accountNumber || '' }),
        el('td', { class: 'pl-level', text: p.defaultLevelLabel }),
        el('td', { text: day(p.since) }),
        el('td', null, el('button', { type: 'button', class: 'btn btn-small btn-danger-ghost', 'data-action': 'remove',
          'aria-label': `Remove the partnership with ${p.accountName}`, title: 'Remove', text: '🗑',
          onclick: () => this.remove(p) }))))));
  }

  async remove(partnership) {
    const sure = await confirmDialog({ id: 'pl-confirm-remove', title: `Remove the partnership with ${partnership.accountName}?`,
      text: 'Once it is removed you can no longer share cases through it, and every case shared through it stops being shared at once.',
      confirm: 'Remove partnership' });
    if (!sure) return;
    try {
      await this.call('delete', `/partnerships/${partnership.id}`);
      toast(`The partnership with ${partnership.accountName} was removed.`);
    } catch (error) {
      toast(problemText(error), 'error');
    }
    this.tabs();
  }

  // ---- the customer's side of a link ----

  async invitation(secret) {
    let invitation;
    try {
      invitation = await this.call('post', '/invitation/open', { secret });
    } catch (error) {
      return this.show(this.stopped(problemText(error)));
    }
    const confirm = el('section', { class: 'pl-step', id: 'pl-invitation' },
      el('h2', { text: 'Confirm partnership collaboration' }),
      el('p', null, 'The partner ', el('strong', { id: 'pl-partner-name', text: invitation.partnerName }),
        invitation.partnerAccountNumber ? ` (account ${invitation.partnerAccountNumber})` : '',
        ` invites your organisation, ${this.me.organisationName}, to collaborate on support cases.`),
      el('p', { class: 'muted', text: `Check that this is the organisation you mean to work with. The link expires on ${day(invitation.expiresAt)}.` }),
      el('div', { class: 'form-buttons' },
        el('button', { type: 'button', class: 'btn', id: 'pl-decline', text: 'Decline', onclick: () => this.decline(secret, invitation) }),
        el('button', { type: 'button', class: 'btn btn-primary', id: 'pl-go-agreement', text: 'Go to Agreement',
          onclick: () => this.agreement(secret, invitation) })));
    this.show(confirm);
  }

  agreement(secret, invitation) {
    const level = el('select', { id: 'pl-level', name: 'level' }, invitation.levels.map((l) =>
      el('option', { value: l.level, selected: l.level === invitation.defaultLevel, text: l.label })));
    const agreed = el('input', { type: 'checkbox', id: 'pl-agree' });
    const acceptButton = el('button', { type: 'button', class: 'btn btn-primary', id: 'pl-accept', text: 'Accept', disabled: true,
      onclick: () => this.accept(secret, invitation, level.value) });
    agreed.addEventListener('change', () => { acceptButton.disabled = !agreed.checked; });
    this.message = el('p', { class: 'field-error', id: 'pl-message', role: 'alert' });
    this.show(el('section', { class: 'pl-step', id: 'pl-agreement' },
      el('h2', { text: `Agreement with ${invitation.partnerName}` }),
      el('div', { class: 'pl-terms', id: 'pl-terms', tabindex: '0', text: invitation.terms }),
      el('label', { class: 'field' }, el('span', { text: 'Default access level for the cases you share with this partner' }), level),
      el('label', { class: 'check' }, agreed, ' I have read the terms and accept them for my organisation'),
      this.message,
      el('div', { class: 'form-buttons' },
        el('button', { type: 'button', class: 'btn', id: 'pl-decline', text: 'Decline', onclick: () => this.decline(secret, invitation) }),
        acceptButton)));
  }

  async accept(secret, invitation, level) {
    try {
      await this.call('post', '/invitation/accept', { secret, level, termsVersion: invitation.termsVersion });
    } catch (error) {
      this.message.textContent = problemText(error);
      return;
    }
    this.forget();
    toast(`You are now partners with ${invitation.partnerName}.`);
    this.tab = 'partnerships';
    this.tabs();
  }

  async decline(secret, invitation) {
    const sure = await confirmDialog({ id: 'pl-confirm-decline', title: `Decline ${invitation.partnerName}’s request?`,
      text: 'The partner is told, and this link cannot be used again.', confirm: 'Decline' });
    if (!sure) return;
    try {
      await this.call('post', '/invitation/decline', { secret });
    } catch (error) {
      return this.show(this.stopped(problemText(error)));
    }
    this.forget();
    this.show(el('div', { class: 'empty', id: 'pl-declined' },
      el('h2', { text: 'Request declined' }),
      el('p', { class: 'muted', text: `${invitation.partnerName} will be told that you declined.` })));
  }

  /** The secret leaves the address bar (and the history entry) once it has been used. */
  forget() {
    history.replaceState(null, '', location.pathname + location.search);
  }

  stopped(text) {
    return el('div', { class: 'empty', id: 'pl-invitation-stopped' },
      el('h2', { text: 'This link cannot be used here' }), el('p', { class: 'muted', id: 'pl-reason', text }));
  }
}

/** "P30D" as "30 days"; other ISO durations as they are. */
function lifetime(duration) {
  const days = /^P(\d+)D$/.exec(duration || '');
  return days ? `${days[1]} day${days[1] === '1' ? '' : 's'}` : duration;
}

customElements.define('pl-partnerships', Partnerships);
