// "Operators" (seed 002): a partner's or distributor's portal Admins decide who of their own
// people use the portal — tab Operators (Viewer: view only; Admin: view, change and manage
// operators), tab Pending operators (people who opened the portal without a role), Activate with
// a role, change a role, remove after confirming. The last Admin cannot be removed or demoted.
import { h, replace, card, table, select, button, emptyState, confirmDialog, toast, problemMessage, useStylesheet }
  from '/app/kit/v1/kit.js';

useStylesheet(new URL('plugin.css', import.meta.url));

const ROLES = [['VIEWER', 'Viewer'], ['ADMIN', 'Admin']];

class Operators extends HTMLElement {
  connectedCallback() {
    this.tab = 'operators';
    this.load();
  }

  async load() {
    this.me = await this.api.get('me');
    if (!this.me.pages.includes('rh-operators')) {
      const pending = this.me.role === 'PENDING';
      return replace(this, h('div', { id: 'rh-no-operators' }, emptyState({
        title: pending ? 'Waiting for activation' : 'Operators are managed by portal Admins',
        text: pending ? 'A portal Admin of your organisation will give you a role.' : 'Ask a portal Admin of your organisation.' })));
    }
    return this.render();
  }

  async render() {
    const lists = await this.api.get('operators');
    const tab = (key, text) => h('button', { type: 'button', role: 'tab', id: `rh-tab-${key}`,
      class: `tab${this.tab === key ? ' active' : ''}`, 'aria-selected': String(this.tab === key),
      onclick: () => { this.tab = key; this.render(); } }, text);
    const rows = this.tab === 'operators' ? lists.operators : lists.pending;
    const person = { label: 'Person', cell: (o) => h('span', null, h('span', { class: 'rh-name' }, o.displayName),
      h('span', { class: 'muted small' }, ` ${o.email}`)) };
    const columns = this.tab === 'operators'
      ? [person, { label: 'Role', cell: (o) => select({ name: 'role', id: `rh-role-${o.personId}`, value: o.role, options: ROLES,
        label: `Role of ${o.displayName}`,
        onChange: (e) => this.setRole(o, e.target.value) }) },
      { label: '', hiddenLabel: 'Actions', cell: (o) => button('Remove', { kind: 'ghost', small: true, dataset: { action: 'remove' },
        label: `Remove ${o.displayName}`, onClick: () => this.remove(o) }) }]
      : [person, { label: '', hiddenLabel: 'Actions', cell: (o) => h('span', { class: 'rh-actions' },
        button('Activate as Viewer', { small: true, dataset: { action: 'viewer' }, onClick: () => this.setRole(o, 'VIEWER') }),
        button('Activate as Admin', { small: true, dataset: { action: 'admin' }, onClick: () => this.setRole(o, 'ADMIN') })) }];
    replace(this, h('div', { class: 'tabs rh-tabs', role: 'tablist', 'aria-label': 'Operators' },
      tab('operators', 'Operators'), tab('pending', `Pending operators (${lists.pending.length})`)),
    card({ title: this.tab === 'operators' ? 'Operators' : 'Pending operators', flush: true }, table({
      id: this.tab === 'operators' ? 'rh-operators' : 'rh-pending', caption: 'Operators', columns, rows,
      rowAttrs: (o) => ({ dataset: { personId: o.personId } }),
      empty: emptyState({ text: this.tab === 'operators' ? 'No operators.'
        : 'Nobody is waiting. People of your organisation appear here once they open the portal.' }) })));
  }

  async setRole(operator, role) {
    try {
      await this.api.put(`operators/${operator.personId}`, { role });
      toast(`${operator.displayName} is now ${role === 'ADMIN' ? 'an Admin' : 'a Viewer'}.`, 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.render();
  }

  async remove(operator) {
    const sure = await confirmDialog({ title: `Remove ${operator.displayName}?`, confirmLabel: 'Remove', danger: true,
      message: 'They can no longer use the portal pages until an Admin activates them again.' });
    if (!sure) return;
    try {
      await this.api.delete(`operators/${operator.personId}`);
      toast(`${operator.displayName} was removed.`, 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.render();
  }
}

customElements.define('rh-operators', Operators);
