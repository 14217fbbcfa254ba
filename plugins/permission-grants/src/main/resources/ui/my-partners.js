// "My partners": a customer's organisation admins give partner organisations, partner contacts
// or the help desk's own agents a level with an expiry; list, edit and revoke grants (after a
// confirmation); decide the partners' requests; file administrative requests; read the history.
import { h, replace, card, table, field, form, button, badge, emptyState, dateText, personName, confirmDialog, toast,
  searchPicker, problemMessage, select, label, formatDay, useStylesheet } from '/app/kit/v1/kit.js';
import { levelSelect, levelLabel, endOfDay, dayValue, inDays, readableDates, ADMIN_REQUEST_KINDS } from './common.js';

const AUDIT_ACTIONS = { 'grant.created': 'Granted', 'grant.updated': 'Changed', 'grant.revoked': 'Revoked' };

useStylesheet(new URL('grants.css', import.meta.url));

class MyPartners extends HTMLElement {
  connectedCallback() {
    this.load();
  }

  async load() {
    let me;
    try {
      me = await this.api.get('me');
    } catch (error) {
      replace(this, card({}, emptyState({ title: 'My partners is not available', text: problemMessage(error) })));
      return;
    }
    if (!me.managesPartners) {
      replace(this, card({}, emptyState({ title: 'Only organisation admins manage partners',
        text: 'Ask an admin of your organisation to give a partner access to its tickets.' })));
      return;
    }
    this.me = me;
    this.maxDay = dayValue(me.latestExpiry);
    const [grants, requests, history] = await Promise.all([this.api.get('grants'), this.api.get('requests/incoming'),
      this.api.get('audit')]);
    const pending = requests.filter((r) => r.status === 'PENDING');
    replace(this, 
      pending.length ? h('a', { href: '#pg-requests', id: 'pg-new-requests', class: 'pg-flag' },
        badge(`${pending.length} new partner request${pending.length === 1 ? '' : 's'}`, 'warning')) : null,
      this.grantForm(),
      card({ title: 'Grants', id: 'pg-grants-card', flush: true }, this.grantTable(grants)),
      card({ title: 'Partner requests', id: 'pg-requests', flush: true }, this.requestTable(requests)),
      card({ title: 'Administrative request' }, this.adminRequestForm()),
      card({ title: 'History', flush: true }, this.historyTable(history)));
  }

  grantForm() {
    const who = searchPicker({ name: 'subjectId', placeholder: 'Type a partner’s or a person’s name', id: 'pg-subject',
      search: (text) => this.api.get(`subjects?q=${encodeURIComponent(text)}`)
        .then((found) => found.map((s) => ({ value: `${s.kind}:${s.id}`, label: s.name, detail: s.detail, choice: s }))) });
    const level = levelSelect('level', 'VIEW', 'pg-level');
    const expires = h('input', { type: 'date', name: 'expiresAt', id: 'pg-expires', required: true, value: inDays(90),
      max: this.maxDay });
    return card({ title: 'Give a partner access' }, form({ id: 'pg-grant-form', submitLabel: 'Grant access', submitId: 'pg-grant',
      layout: 'grid', onSubmit: async () => {
        if (!who.value) throw { problem: { errors: [{ field: 'subjectId', message: 'pick a partner organisation or person from the list' }] } };
        const { kind, id } = who.value.choice;
        await this.api.post('grants', { subjectKind: kind, subjectId: id, level: level.value, expiresAt: endOfDay(expires.value) });
        toast(`${who.value.label} has ${levelLabel(level.value)} access`, 'success');
        await this.load();
      } },
    field({ label: 'Partner organisation or person', input: who, hint: 'A partner organisation, one of its contacts, or one of the help desk’s agents.' }),
    field({ label: 'Level', input: level }),
    field({ label: 'Expires on', input: expires, hint: `At most until ${formatDay(this.me.latestExpiry)}.` })));
  }

  grantTable(grants) {
    return table({ id: 'pg-grants', caption: 'Grants',
      rowAttrs: (g) => ({ 'data-grant-id': g.id, class: g.expired ? 'muted-row' : null }),
      empty: emptyState({ title: 'No partner has access', text: 'Grant a partner organisation or person access above.' }),
      columns: [
        { label: 'Partner', cell: (g) => personName({ displayName: g.subjectName },
          { detail: g.subjectKind === 'PERSON' ? 'Person' : 'Organisation' }) },
        { label: 'Level', cell: (g) => this.editable(g).level },
        { label: 'Expires', cell: (g) => this.editable(g).expires },
        { label: 'State', cell: (g) => (g.expired ? badge('Expired', 'neutral') : badge('Active', 'success')) },
        { className: 'actions', hiddenLabel: 'Actions', cell: (g) => [
          button('Save', { small: true, onClick: () => this.saveGrant(g) }),
          button('Revoke', { small: true, kind: 'danger', dataset: { role: 'revoke' }, onClick: () => this.revoke(g) })] },
      ],
      rows: grants });
  }

  /** The level and expiry controls of a grant's row, made once per grant. */
  editable(grant) {
    this.rows = this.rows || new Map();
    if (!this.rows.has(grant.id)) {
      const level = levelSelect('level', grant.level, `pg-level-${grant.id}`);
      level.setAttribute('aria-label', `Level of ${grant.subjectName}`);
      const expires = h('input', { type: 'date', name: 'expiresAt', value: dayValue(grant.expiresAt), max: this.maxDay,
        'aria-label': `Expiry of ${grant.subjectName}` });
      this.rows.set(grant.id, { level, expires });
    }
    return this.rows.get(grant.id);
  }

  async saveGrant(grant) {
    const { level, expires } = this.editable(grant);
    try {
      await this.api.put(`grants/${grant.id}`, { level: level.value, expiresAt: endOfDay(expires.value) });
      toast(`${grant.subjectName}: ${levelLabel(level.value)} until ${expires.value}`, 'success');
      this.rows = null;
      await this.load();
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
  }

  async revoke(grant) {
    const sure = await confirmDialog({ title: `Revoke ${grant.subjectName}’s access?`,
      message: `${grant.subjectName} loses ${levelLabel(grant.level)} access to your organisation’s tickets at once.`,
      confirmLabel: 'Revoke access', danger: true });
    if (!sure) return;
    try {
      await this.api.delete(`grants/${grant.id}`);
      toast(`${grant.subjectName}’s access was revoked`, 'success');
      this.rows = null;
      await this.load();
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
  }

  requestTable(requests) {
    return table({ id: 'pg-request-list', caption: 'Partner requests', rowAttrs: (r) => ({ 'data-request-id': r.id }),
      empty: emptyState({ title: 'No requests', text: 'Partners ask for access from their Partner access page.' }),
      columns: [
        { label: 'Partner', cell: (r) => personName({ displayName: r.subjectName }, { detail: `asked by ${r.requesterName}` }) },
        { label: 'Asked for', cell: (r) => (r.status === 'PENDING' ? this.decision(r).level : levelLabel(r.level)) },
        { label: 'Until', cell: (r) => (r.status === 'PENDING' ? this.decision(r).expires : dateText(r.expiresAt, { day: true })) },
        { label: 'Note', cell: (r) => r.note || h('span', { class: 'muted' }, '—') },
        { label: 'State', cell: (r) => badge(label(r.status), r.status === 'PENDING' ? 'warning' : r.status === 'APPROVED' ? 'success' : 'neutral') },
        { className: 'actions', hiddenLabel: 'Actions', cell: (r) => (r.status !== 'PENDING' ? null : [
          button('Approve', { small: true, kind: 'primary', onClick: () => this.decide(r, true) }),
          button('Decline', { small: true, onClick: () => this.decide(r, false) })]) },
      ],
      rows: requests });
  }

  decision(request) {
    this.decisions = this.decisions || new Map();
    if (!this.decisions.has(request.id)) {
      const level = levelSelect('level', request.level, `pg-request-level-${request.id}`);
      level.setAttribute('aria-label', `Level for ${request.subjectName}`);
      const expires = h('input', { type: 'date', value: dayValue(request.expiresAt), max: this.maxDay,
        'aria-label': `Expiry for ${request.subjectName}` });
      this.decisions.set(request.id, { level, expires });
    }
    return this.decisions.get(request.id);
  }

  async decide(request, approve) {
    const { level, expires } = this.decision(request);
    try {
      if (approve) {
        const granted = await this.api.post(`requests/${request.id}/approve`, { level: level.value, expiresAt: endOfDay(expires.value) });
        toast(`${request.subjectName} has ${levelLabel(granted.level)} access until ${formatDay(granted.expiresAt)}`, 'success');
      } else {
        await this.api.post(`requests/${request.id}/decline`, {});
        toast(`${request.subjectName}’s request was declined`, 'success');
      }
      this.decisions = null;
      await this.load();
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
  }

  adminRequestForm() {
    const kind = select({ name: 'kind', id: 'pg-admin-kind', options: ADMIN_REQUEST_KINDS });
    const details = h('textarea', { name: 'details', id: 'pg-admin-details', rows: 3, maxlength: 4000, required: true });
    return form({ id: 'pg-admin-request-form', submitLabel: 'File request', onSubmit: async () => {
      await this.api.post('admin-requests', { customerId: this.me.organisationId, kind: kind.value, details: details.value });
      details.value = '';
      return 'Request filed. The help desk answers by email.';
    } },
    h('p', { class: 'muted' }, 'Changes only your organisation’s admins may ask the help desk for.'),
    field({ label: 'Kind of request', input: kind }),
    field({ label: 'What should be done', input: details }));
  }

  historyTable(history) {
    return table({ caption: 'History', id: 'pg-history',
      empty: emptyState({ text: 'No changes yet.' }),
      columns: [
        { label: 'When', cell: (a) => dateText(a.at) },
        { label: 'What', cell: (a) => badge(AUDIT_ACTIONS[a.action] || label(a.action.split('.').pop()), a.action === 'grant.revoked' ? 'danger' : 'info') },
        { label: 'By', cell: (a) => a.actorName || h('span', { class: 'muted' }, 'The help desk') },
        { label: 'Before', cell: (a) => readableDates(a.before) || '—' },
        { label: 'After', cell: (a) => readableDates(a.after) || '—' },
      ],
      rows: history });
  }
}

customElements.define('pg-my-partners', MyPartners);
