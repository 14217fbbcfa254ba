// "Admin requests", for agents: the administrative requests customers' primary contacts and their
// Service Admin / Full Admin partners filed, filtered by status; an open one is marked done or
// declined with a note, which the plugin mails to whoever filed it.
import { el, path, day, problemText } from './common.js';

const STATUSES = [['OPEN', 'Open'], ['DONE', 'Done'], ['DECLINED', 'Declined'], ['', 'All']];
const KINDS = { CONFIGURATION_CHANGE: 'Configuration change', ACCESS_REQUEST: 'Access request', ACCOUNT_CLOSURE: 'Account closure' };

class AdminRequests extends HTMLElement {
  connectedCallback() {
    this.status = 'OPEN';
    this.message = el('p', { class: 'pg-message', id: 'pg-admin-message', role: 'status' });
    this.load();
  }

  async load() {
    const role = this.person?.role;
    if (role !== 'AGENT' && role !== 'TENANT_ADMIN') {
      this.replaceChildren(el('div', { class: 'pg-page' }, el('p', { class: 'muted', text: 'This page is for the help'
        + ' desk’s agents: it lists the administrative requests customers file. Yours are answered by email.' })));
      return;
    }
    const filter = el('select', { id: 'pg-admin-status', 'aria-label': 'Status', onchange: () => {
      this.status = filter.value;
      this.message.textContent = '';
      this.load();
    } }, STATUSES.map(([value, text]) => el('option', { value, text, selected: value === this.status })));
    let requests;
    try {
      requests = await this.api.get(path(this.api, `/admin-requests${this.status ? `?status=${this.status}` : ''}`));
    } catch (error) {
      this.message.textContent = problemText(error);
      requests = [];
    }
    const list = requests.length
      ? el('ul', { class: 'pg-admin-requests', id: 'pg-admin-requests' }, requests.map((r) => this.item(r)))
      : el('p', { class: 'muted', id: 'pg-admin-empty', text: 'No requests.' });
    // Through the CSSOM, which the page's style-src 'self' allows (style attributes it would not).
    Object.assign(list.style, { listStyle: 'none', padding: '0' });
    this.replaceChildren(el('div', { class: 'pg-page' },
      el('p', { class: 'muted', text: 'Requests that normally only a customer’s primary contacts may make, filed by'
        + ' them or by a partner they gave Service Admin or Full Admin.' }),
      el('label', null, 'Show ', filter),
      this.message,
      list));
  }

  item(r) {
    const head = el('div', null,
      el('strong', { text: `${KINDS[r.kind] || r.kind} — ${r.customerName}` }), ' ',
      el('span', { class: 'badge pg-admin-state', text: r.status.toLowerCase() }));
    const who = el('p', { class: 'muted', text: `Filed by ${r.filedByName} <${r.filedByEmail}> on ${day(r.createdAt)}` });
    const details = el('p', { class: 'pg-admin-details', text: r.details });
    if (r.status !== 'OPEN') {
      return el('li', { class: 'card', 'data-request-id': r.id }, head, who, details,
        el('p', { class: 'pg-admin-resolution', text: `${r.resolvedByName || '?'}, ${day(r.resolvedAt)}: ${r.resolutionNote || ''}` }));
    }
    const note = el('textarea', { class: 'pg-admin-note', maxlength: 4000, required: true,
      placeholder: 'Note to the requester', 'aria-label': 'Note to the requester' });
    const decide = (outcome, done) => async () => {
      try {
        await this.api.post(path(this.api, `/admin-requests/${r.id}/resolve`), { outcome, note: note.value });
        await this.load();
        this.message.textContent = done;
      } catch (error) { this.message.textContent = problemText(error); }
    };
    note.style.width = '100%';
    return el('li', { class: 'card', 'data-request-id': r.id }, head, who, details, note,
      el('button', { type: 'button', class: 'btn btn-primary pg-admin-done', text: 'Mark done',
        onclick: decide('DONE', 'Marked done; the requester was emailed.') }),
      el('button', { type: 'button', class: 'btn pg-admin-decline', text: 'Decline',
        onclick: decide('DECLINED', 'Declined; the requester was emailed.') }));
  }
}

customElements.define('pg-admin-requests', AdminRequests);
