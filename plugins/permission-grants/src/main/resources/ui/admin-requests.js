// "Admin requests", for agents: the administrative requests customers' primary contacts and their
// Service Admin / Full Admin partners filed, filtered by status; an open one is marked done or
// declined with a note, which the plugin mails to whoever filed it.
import { h, replace, card, field, form, select, badge, emptyState, dateText, personName, problemMessage, toolbar, button, toast,
  showProblem, clearProblems, useStylesheet } from '/app/kit/v1/kit.js';
import { ADMIN_REQUEST_KINDS } from './common.js';

const STATUSES = [['OPEN', 'Open'], ['DONE', 'Done'], ['DECLINED', 'Declined'], ['', 'All']];
const KINDS = Object.fromEntries(ADMIN_REQUEST_KINDS);
const TONES = { OPEN: 'warning', DONE: 'success', DECLINED: 'neutral' };

useStylesheet(new URL('grants.css', import.meta.url));

class AdminRequests extends HTMLElement {
  connectedCallback() {
    this.status = 'OPEN';
    this.load();
  }

  async load() {
    const role = this.person?.role;
    if (role !== 'AGENT' && role !== 'TENANT_ADMIN') {
      replace(this, card({}, emptyState({ title: 'For the help desk’s agents',
        text: 'This page lists the administrative requests customers file. Yours are answered by email.' })));
      return;
    }
    const filter = select({ name: 'status', id: 'pg-admin-status', value: this.status, options: STATUSES,
      onChange: () => { this.status = filter.value; this.load(); } });
    let requests = [];
    let failure = null;
    try {
      requests = await this.api.get(`admin-requests${this.status ? `?status=${this.status}` : ''}`);
    } catch (error) {
      failure = problemMessage(error);
    }
    replace(this, 
      h('p', { class: 'muted' }, 'Requests that normally only a customer’s primary contacts may make, filed by them or by'
        + ' a partner they gave Service Admin or Full Admin.'),
      toolbar(field({ label: 'Show', input: filter })),
      failure ? h('div', { class: 'alert alert-error', role: 'alert' }, failure) : null,
      requests.length ? h('div', { class: 'stack', id: 'pg-admin-requests' }, requests.map((r) => this.item(r)))
        : card({}, emptyState({ title: 'No requests', text: this.status === 'OPEN' ? 'Nothing is waiting for you.' : 'None with this status.' })));
  }

  item(r) {
    const facts = h('dl', { class: 'pg-facts' },
      h('dt', null, 'Filed by'), h('dd', null, personName({ displayName: r.filedByName, email: r.filedByEmail })),
      h('dt', null, 'Filed'), h('dd', null, dateText(r.createdAt)),
      h('dt', null, 'Request'), h('dd', { class: 'pg-admin-details' }, r.details));
    const title = `${KINDS[r.kind] || r.kind} — ${r.customerName}`;
    const state = badge(STATUSES.find(([v]) => v === r.status)?.[1] || r.status, TONES[r.status]);
    state.classList.add('pg-admin-state');
    if (r.status !== 'OPEN') {
      facts.append(h('dt', null, r.status === 'DONE' ? 'Done' : 'Declined'),
        h('dd', { class: 'pg-admin-resolution' }, `${r.resolvedByName || 'An agent'}, `, dateText(r.resolvedAt), `: ${r.resolutionNote || ''}`));
      return h('div', { dataset: { requestId: r.id } }, card({ title, actions: state }, facts));
    }
    const note = h('textarea', { name: 'note', class: 'pg-admin-note', rows: 2, maxlength: 4000, required: true });
    const decide = (outcome, done) => async () => {
      clearProblems(resolve);
      if (!note.value.trim()) {
        showProblem(resolve, { problem: { errors: [{ field: 'note', message: 'write a note to the requester first' }] } });
        return;
      }
      try {
        await this.api.post(`admin-requests/${r.id}/resolve`, { outcome, note: note.value });
        toast(done, 'success');
        await this.load();
      } catch (error) {
        showProblem(resolve, error);
      }
    };
    const resolve = form({ submitLabel: 'Mark done', submitId: `pg-admin-done-${r.id}`,
      onSubmit: decide('DONE', 'Marked done; the requester was emailed.'),
      buttons: [button('Decline', { onClick: decide('DECLINED', 'Declined; the requester was emailed.'), dataset: { role: 'decline' } })] },
    field({ label: 'Note to the requester', input: note }));
    resolve.querySelector('[type=submit]').classList.add('pg-admin-done');
    resolve.querySelector('[data-role=decline]').classList.add('pg-admin-decline');
    return h('div', { dataset: { requestId: r.id } }, card({ title, actions: state }, facts, resolve));
  }
}

customElements.define('pg-admin-requests', AdminRequests);
