// "My partners": a customer's organisation admins give partner organisations, partner contacts
// or the help desk's own agents a level with an expiry; list, edit and revoke grants; see expired
// ones; and decide the partners' requests.
import { el, path, levelSelect, endOfDay, day, inDays, problemText, LEVELS } from './common.js';

const LABELS = Object.fromEntries(LEVELS.map(([value, text]) => [value, text.split(' —')[0]]));

class MyPartners extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  get(rest) { return this.api.get(path(this.api, rest)); }

  async load() {
    const me = await this.get('/me');
    if (!me.managesPartners) {
      this.replaceChildren(el('div', { class: 'card pg-page' }, el('h1', { text: 'My partners' }),
        el('p', { class: 'muted', text: 'Only your organisation’s admins manage which partners may work on its tickets.' })));
      return;
    }
    const [grants, requests, history] = await Promise.all([this.get('/grants'), this.get('/requests/incoming'),
      this.get('/audit')]);
    this.maxDay = day(me.latestExpiry);
    const message = el('p', { class: 'pg-message', id: 'pg-message', role: 'status' });
    this.message = message;
    const pending = requests.filter((r) => r.status === 'PENDING');
    this.replaceChildren(el('div', { class: 'pg-page' },
      el('div', { class: 'page-head' }, el('h1', { text: 'My partners' }),
        pending.length ? el('a', { href: '#pg-requests', id: 'pg-new-requests', class: 'badge pg-flag',
          text: `${pending.length} new partner request${pending.length === 1 ? '' : 's'}` }) : null),
      message,
      this.grantForm(),
      el('section', { class: 'card' }, el('h2', { text: 'Grants' }), this.grantTable(grants)),
      el('section', { class: 'card', id: 'pg-requests' }, el('h2', { text: 'Partner requests' }), this.requestList(requests)),
      el('section', { class: 'card' }, el('h2', { text: 'History' }), el('ul', { class: 'pg-history' },
        history.map((h) => el('li', { text: `${h.at} · ${h.action} · ${h.before || '—'} → ${h.after || '—'}` }))))));
  }

  async act(work, success) {
    try {
      await work();
      await this.load();
      this.message.textContent = success;
    } catch (error) {
      this.message.textContent = problemText(error);
    }
  }

  grantForm() {
    const kind = el('select', { id: 'pg-subject-kind', name: 'subjectKind' },
      el('option', { value: 'ORGANISATION', text: 'Partner organisation (account number)' }),
      el('option', { value: 'PERSON', text: 'One person (email) — a partner contact or one of the help desk’s agents' }));
    const who = el('input', { id: 'pg-subject', name: 'subject', required: true, placeholder: 'Account number or email',
      'aria-label': 'Account number or email' });
    const level = levelSelect('pg-level', 'VIEW');
    const expires = el('input', { type: 'date', id: 'pg-expires', required: true, value: inDays(90), max: this.maxDay,
      'aria-label': 'Expires on' });
    return el('form', { class: 'card pg-form', id: 'pg-grant-form', onsubmit: (event) => {
      event.preventDefault();
      const body = { subjectKind: kind.value, level: level.value, expiresAt: endOfDay(expires.value) };
      if (kind.value === 'PERSON') body.email = who.value.trim(); else body.accountNumber = who.value.trim();
      this.act(() => this.api.post(path(this.api, '/grants'), body), 'Granted.');
    } }, el('h2', { text: 'Grant a partner access' }), kind, who, level,
    el('label', null, 'Expires on ', expires),
    el('button', { type: 'submit', class: 'btn btn-primary', id: 'pg-grant', text: 'Grant' }));
  }

  grantTable(grants) {
    if (!grants.length) return el('p', { class: 'muted', text: 'No partner has access.' });
    return el('table', { class: 'pg-grants', id: 'pg-grants' },
      el('thead', null, el('tr', null, ['Who', 'Level', 'Expires', 'State', ''].map((t) => el('th', { text: t })))),
      el('tbody', null, grants.map((g) => {
        const level = levelSelect(`pg-level-${g.id}`, g.level);
        const expires = el('input', { type: 'date', value: day(g.expiresAt), max: this.maxDay, 'aria-label': 'Expires on' });
        return el('tr', { 'data-grant-id': g.id, class: g.expired ? 'pg-expired' : '' },
          el('td', { text: g.subjectName }),
          el('td', null, level),
          el('td', null, expires),
          el('td', { class: 'pg-state', text: g.expired ? 'Expired' : 'Active' }),
          el('td', null,
            el('button', { type: 'button', class: 'btn', text: 'Save', onclick: () => this.act(() =>
              this.api.put(path(this.api, `/grants/${g.id}`), { level: level.value, expiresAt: endOfDay(expires.value) }),
            'Saved.') }),
            el('button', { type: 'button', class: 'btn btn-danger pg-revoke', text: 'Revoke', onclick: () => this.act(() =>
              this.api.delete(path(this.api, `/grants/${g.id}`)), 'Revoked.') })));
      })));
  }

  requestList(requests) {
    if (!requests.length) return el('p', { class: 'muted', text: 'No requests.' });
    return el('ul', { class: 'pg-request-list' }, requests.map((r) => {
      if (r.status !== 'PENDING') {
        return el('li', { class: 'muted', text: `${r.subjectName} asked for ${LABELS[r.level] || r.level} — ${r.status.toLowerCase()}` });
      }
      const level = levelSelect(`pg-request-level-${r.id}`, r.level);
      const expires = el('input', { type: 'date', value: day(r.expiresAt), max: this.maxDay, 'aria-label': 'Expires on' });
      return el('li', { 'data-request-id': r.id },
        el('span', { text: `${r.requesterName} asks for ${r.subjectName}${r.note ? ` — “${r.note}”` : ''}` }),
        level, expires,
        el('button', { type: 'button', class: 'btn btn-primary', text: 'Approve', onclick: () => this.act(() =>
          this.api.post(path(this.api, `/requests/${r.id}/approve`), { level: level.value, expiresAt: endOfDay(expires.value) }),
        'Approved.') }),
        el('button', { type: 'button', class: 'btn', text: 'Decline', onclick: () => this.act(() =>
          this.api.post(path(this.api, `/requests/${r.id}/decline`), {}), 'Declined.') }));
    }));
  }
}

customElements.define('pg-my-partners', MyPartners);
