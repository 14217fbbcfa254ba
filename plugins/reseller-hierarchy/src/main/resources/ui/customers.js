// "Customers" (seed 002's customers list, seed 003's Add customer wizard): a partner's people see
// their customers, a distributor's people their partners' customers, the tenant's agents all —
// with seats, expiry, SKUs, sites and assets; searched, sorted and paged. A partner's admins add
// a customer (name and email, the partner fixed), edit one, delete one or several after
// confirming, and keep each customer's sites and their assets. Built with the host's UI kit.
import {
  h, replace, card, table, field, form, select, button, badge, emptyState, toolbar, stack,
  confirmDialog, toast, formatDay, problemMessage, useStylesheet,
} from '/app/kit/v1/kit.js';

useStylesheet(new URL('plugin.css', import.meta.url));

const PAGE_SIZE = 20;

class Customers extends HTMLElement {
  connectedCallback() {
    this.query = { q: '', sort: 'name', dir: 'asc', page: 0 };
    this.selected = new Set();
    this.load();
  }

  async load() {
    this.me = await this.api.get('me');
    if (!this.me.pages.includes('rh-customers')) {
      return replace(this, h('div', { id: 'rh-no-customers' }, this.me.role === 'PENDING'
        ? emptyState({ title: 'Waiting for activation', text: 'A portal Admin of your organisation will give you a role.' })
        : emptyState({ title: 'No customers to show', text: 'This page is for the people of partners and distributors.' })));
    }
    return this.render();
  }

  /** Only a partner's admins and the tenant's agents change customers (the endpoints check it too). */
  get canChange() {
    return this.me.canChange;
  }

  async render() {
    const { q, sort, dir, page } = this.query;
    const params = new URLSearchParams({ q, sort, dir, page, size: PAGE_SIZE });
    const result = await this.api.get(`customers?${params}`);
    this.rows = result.items;
    replace(this, this.toolbar(), card({ title: `Customers (${result.total})`, flush: true, id: 'rh-customers-card' },
      this.table(result.items), this.pager(result)), h('div', { id: 'rh-sites-slot' }));
    // The sites card shows the live counts too: drawn again, after the table, whenever it is open.
    if (this.sitesOf) await this.showSites(this.sitesOf);
  }

  toolbar() {
    const search = h('input', { type: 'search', name: 'q', id: 'rh-search', value: this.query.q,
      placeholder: 'Search name or email', 'aria-label': 'Search customers' });
    search.addEventListener('change', () => { this.query = { ...this.query, q: search.value, page: 0 }; this.render(); });
    const sort = select({ name: 'sort', id: 'rh-sort', value: `${this.query.sort}:${this.query.dir}`,
      options: [['name:asc', 'Name A–Z'], ['name:desc', 'Name Z–A'], ['seats:desc', 'Most seats'],
        ['seats:asc', 'Fewest seats'], ['expiry:asc', 'Expiring first'], ['expiry:desc', 'Expiring last']],
      onChange: (event) => {
        const [by, direction] = event.target.value.split(':');
        this.query = { ...this.query, sort: by, dir: direction, page: 0 };
        this.render();
      } });
    // The rows this search and order show, every page of them; the session cookie authorises the download.
    const exported = new URLSearchParams({ q: this.query.q, sort: this.query.sort, dir: this.query.dir });
    const actions = [h('a', { class: 'btn', id: 'rh-export', href: `${this.api.base}customers/export?${exported}`,
      download: 'customers.csv' }, 'Export CSV')];
    if (this.canChange && this.me.kind === 'PARTNER') {
      actions.push(button('Add customer', { kind: 'primary', id: 'rh-add-customer', onClick: () => this.addDialog() }));
    }
    if (this.canChange) {
      actions.push(button('Delete selected', { kind: 'danger', id: 'rh-delete-selected', onClick: () => this.deleteSelected() }));
    }
    return toolbar(search, h('label', { class: 'visually-hidden', for: 'rh-sort' }, 'Sort by'), sort, ...actions);
  }

  table(rows) {
    const columns = [];
    if (this.canChange) {
      columns.push({ label: '', hiddenLabel: 'Select', cell: (c) => h('input', { type: 'checkbox',
        'aria-label': `Select ${c.name}`, checked: this.selected.has(c.id) || null, dataset: { select: c.id },
        onchange: (event) => (event.target.checked ? this.selected.add(c.id) : this.selected.delete(c.id)) }) });
    }
    columns.push({ label: 'Name', cell: (c) => h('span', null, h('span', { class: 'rh-name' }, c.name),
      h('span', { class: 'muted small rh-email' }, ` ${c.email || ''}`)) });
    if (this.me.kind !== 'PARTNER') columns.push({ label: 'Partner', cell: (c) => c.partnerName });
    columns.push(
      { label: 'Seats', numeric: true, cell: (c) => String(c.seats) },
      { label: 'Expires', cell: (c) => (c.expiresOn ? formatDay(c.expiresOn) : '—') },
      { label: 'Products', cell: (c) => (c.skus.length ? c.skus.map((s) => `${s.sku} × ${s.quantity}`).join(', ') : '—') },
      { label: 'Sites', numeric: true, cell: (c) => String(c.sites) },
      { label: 'Assets', numeric: true, cell: (c) => String(c.assets) },
      { label: 'Admin', cell: (c) => activationBadge(c.activation) },
      { label: '', hiddenLabel: 'Actions', cell: (c) => h('span', { class: 'rh-actions' },
        // The accessible name starts with the visible text (WCAG 2.5.3), then says whose link it is.
        this.canChange && c.activation?.state !== 'ACTIVATED' && button(c.activation ? 'Resend link' : 'Send activation link', {
          kind: 'ghost', small: true, dataset: { action: 'activation' },
          label: `${c.activation ? 'Resend link' : 'Send activation link'} to ${c.name}'s admin`,
          onClick: () => this.sendActivation(c) }),
        button('Sites', { kind: 'ghost', small: true, dataset: { action: 'sites' }, label: `Sites of ${c.name}`,
          onClick: () => this.showSites(c) }),
        this.canChange && button('Branding', { kind: 'ghost', small: true, dataset: { action: 'branding' },
          label: `Branding of ${c.name}`, onClick: () => this.brandingDialog(c) }),
        this.canChange && button('Edit', { kind: 'ghost', small: true, dataset: { action: 'edit' },
          label: `Edit ${c.name}`, onClick: () => this.editDialog(c) })) },
    );
    return table({ id: 'rh-customers', caption: 'Customers', columns, rows,
      rowAttrs: (c) => ({ dataset: { customerId: c.id } }),
      empty: h('div', { id: 'rh-empty' }, emptyState({ title: 'No customers yet',
        text: this.query.q ? 'No customer matches the search.' : 'Customers you add appear here.' })) });
  }

  pager(result) {
    const last = Math.max(0, Math.ceil(result.total / result.size) - 1);
    if (last === 0) return null;
    const go = (page) => { this.query = { ...this.query, page }; this.render(); };
    return toolbar(
      button('Previous', { small: true, id: 'rh-previous', disabled: result.page === 0, onClick: () => go(result.page - 1) }),
      h('span', { class: 'muted small' }, `Page ${result.page + 1} of ${last + 1}`),
      button('Next', { small: true, id: 'rh-next', disabled: result.page >= last, onClick: () => go(result.page + 1) }));
  }

  /** A modal form: the kit's form() places each rejected field's message under its field. */
  dialog(id, title, body) {
    const dialog = h('dialog', { class: 'kit-dialog rh-dialog', id, 'aria-labelledby': `${id}-title` },
      h('h2', { class: 'dialog-title', id: `${id}-title` }, title), body);
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    return dialog;
  }

  /** Seed 003's wizard: Customer Name, Email Address, the partner shown and fixed. */
  addDialog() {
    const name = h('input', { name: 'name', id: 'rh-new-name', maxlength: 50, autocomplete: 'off' });
    const email = h('input', { name: 'email', id: 'rh-new-email', type: 'email', autocomplete: 'off' });
    const partner = h('input', { name: 'partner', id: 'rh-new-partner', value: this.me.organisationName, readonly: true });
    const rebrand = h('input', { type: 'checkbox', name: 'rebrand', id: 'rh-new-rebrand' });
    let dialog;
    const body = form({ submitLabel: 'Add customer', submitId: 'rh-save-customer',
      buttons: [button('Cancel', { onClick: () => dialog.close() })],
      onSubmit: async () => {
        const created = await this.api.post('customers', { name: name.value, email: email.value });
        dialog.close();
        toast(`${created.name} was added.`, 'success');
        await this.render();
        if (rebrand.checked) this.brandingDialog(created);
      } },
    field({ label: 'Customer name', input: name, hint: 'At most 50 characters.', required: true }),
    field({ label: 'Email address', input: email, hint: 'The customer’s admin.', required: true }),
    field({ label: 'Partner', input: partner, hint: 'Customers are added to your own organisation.' }),
    h('label', { class: 'rh-check', for: 'rh-new-rebrand' }, rebrand, ' Continue to rebrand information'));
    dialog = this.dialog('rh-add-dialog', 'Add customer', body);
    name.focus();
  }

  editDialog(customer) {
    const name = h('input', { name: 'name', id: 'rh-edit-name', maxlength: 50, value: customer.name });
    const email = h('input', { name: 'email', id: 'rh-edit-email', type: 'email', value: customer.email || '' });
    const seats = h('input', { name: 'seats', id: 'rh-edit-seats', type: 'number', min: 0, value: customer.seats });
    const expires = h('input', { name: 'expiresOn', id: 'rh-edit-expires', type: 'date', value: customer.expiresOn || '' });
    const skus = h('textarea', { name: 'skus', id: 'rh-edit-skus', rows: 3 });
    skus.value = customer.skus.map((s) => `${s.sku} ${s.quantity}`).join('\n');
    let dialog;
    const body = form({ submitLabel: 'Save', submitId: 'rh-save-edit', buttons: [button('Cancel', { onClick: () => dialog.close() })],
      onSubmit: async () => {
        await this.api.patch(`customers/${customer.id}`, { name: name.value, email: email.value,
          seats: seats.value === '' ? null : Number(seats.value), expiresOn: expires.value,
          skus: skus.value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
            const [sku, quantity] = line.split(/\s+/);
            return { sku, quantity: Number(quantity) };
          }) });
        dialog.close();
        toast('Customer saved.', 'success');
        this.render();
      } },
    field({ label: 'Customer name', input: name, required: true }),
    field({ label: 'Email address', input: email, required: true }),
    field({ label: 'Seats', input: seats }),
    field({ label: 'Subscription expires', input: expires }),
    field({ label: 'Products', input: skus, hint: 'One a line: the SKU, a space, the quantity.' }));
    dialog = this.dialog('rh-edit-dialog', `Edit ${customer.name}`, body);
  }

  /** Seed 003's "Send activation link": the customer's admin gets a one-time link to choose a password. */
  async sendActivation(customer) {
    try {
      await this.api.post(`customers/${customer.id}/activation`, {});
      toast(`An activation link was sent to ${customer.email}.`, 'success');
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.render();
  }

  /**
   * Rebrand information (seed 003): the name, logo and accent colour the customer's people see the
   * help desk in. The host checks each (422 beside the field) and applies them to those people only.
   */
  async brandingDialog(customer) {
    let current = null;
    try {
      current = await this.api.get(`customers/${customer.id}/branding`);
    } catch (error) {
      if (error.status !== 404) return toast(problemMessage(error), 'error');
    }
    const displayName = h('input', { name: 'displayName', id: 'rh-brand-name', maxlength: 80,
      value: current?.displayName || customer.name });
    const accentColour = h('input', { name: 'accentColour', id: 'rh-brand-colour', type: 'color',
      value: current?.accentColour || '#0b6e4f' });
    const logo = h('input', { name: 'logo', id: 'rh-brand-logo', type: 'file', accept: 'image/png,image/jpeg,image/webp' });
    let dialog;
    const body = form({ submitLabel: 'Save branding', submitId: 'rh-save-branding',
      buttons: [button('Cancel', { onClick: () => dialog.close() })],
      onSubmit: async () => {
        const file = logo.files[0];
        const picked = file ? { logo: await base64(file), logoType: file.type } : {};
        await this.api.put(`customers/${customer.id}/branding`, { displayName: displayName.value,
          accentColour: accentColour.value, ...picked });
        dialog.close();
        toast(`${customer.name}'s people now see the help desk as ${displayName.value}.`, 'success');
        this.render();
      } },
    field({ label: 'Display name', input: displayName, hint: 'Shown to the customer’s people instead of “Annex”.', required: true }),
    field({ label: 'Accent colour', input: accentColour, hint: 'Buttons and links; dark enough for white text.' }),
    field({ label: 'Logo', input: logo, hint: current?.logo ? 'A logo is set; choose a file to replace it. PNG, JPEG or WebP, at most 256 KiB.'
      : 'PNG, JPEG or WebP, at most 256 KiB.' }));
    dialog = this.dialog('rh-branding-dialog', `Rebrand information for ${customer.name}`, body);
  }

  async deleteSelected() {
    const ids = [...this.selected];
    if (!ids.length) return toast('Select the customers to delete first.', 'info');
    const sure = await confirmDialog({ title: `Delete ${ids.length} customer${ids.length > 1 ? 's' : ''}?`, danger: true,
      confirmLabel: 'Delete', message: 'Their products, sites and assets are deleted with them. Their organisations, people and tickets stay in the help desk.' });
    if (!sure) return;
    try {
      const done = await this.api.post('customers/delete', { ids });
      toast(`${done.deleted} deleted.`, 'success');
      if (this.sitesOf && this.selected.has(this.sitesOf.id)) this.sitesOf = null;
      this.selected.clear();
    } catch (error) {
      toast(problemMessage(error), 'error');
    }
    this.render();
  }

  // ---- sites and assets (seed 003) ----

  async showSites(customer) {
    this.sitesOf = customer;
    const sites = await this.api.get(`customers/${customer.id}/sites`);
    const chosen = new Set();
    const name = h('input', { name: 'name', id: 'rh-site-name', maxlength: 100, autocomplete: 'off' });
    const add = this.canChange && form({ submitLabel: 'Add site', submitId: 'rh-add-site', layout: 'grid',
      onSubmit: async () => {
        await this.api.post(`customers/${customer.id}/sites`, { name: name.value });
        toast('Site added.', 'success');
        await this.render();
      } }, field({ label: 'Site name', input: name, required: true }));
    const remove = this.canChange && sites.length > 0 && button('Delete selected sites', { kind: 'danger', small: true,
      id: 'rh-delete-sites', onClick: async () => {
        if (!chosen.size) return toast('Select the sites to delete first.', 'info');
        const sure = await confirmDialog({ title: `Delete ${chosen.size} site${chosen.size > 1 ? 's' : ''}?`, danger: true,
          confirmLabel: 'Delete', message: 'Their assets are deleted with them.' });
        if (!sure) return;
        try {
          await this.api.post(`customers/${customer.id}/sites/delete`, { ids: [...chosen] });
          toast('Sites deleted.', 'success');
        } catch (error) {
          toast(problemMessage(error), 'error');
        }
        await this.render();
      } });
    const list = table({ id: 'rh-sites', caption: `Sites of ${customer.name}`, rows: sites,
      rowAttrs: (s) => ({ dataset: { siteId: s.id } }),
      columns: [
        ...(this.canChange ? [{ label: '', hiddenLabel: 'Select', cell: (s) => h('input', { type: 'checkbox',
          'aria-label': `Select ${s.name}`, onchange: (e) => (e.target.checked ? chosen.add(s.id) : chosen.delete(s.id)) }) }] : []),
        { label: 'Site', cell: (s) => h('span', { class: 'rh-site-name' }, s.name) },
        { label: 'Assets', numeric: true, cell: (s) => badge(String(s.assets), s.assets ? 'info' : 'neutral') },
        { label: '', hiddenLabel: 'Actions', cell: (s) => button('Assets', { kind: 'ghost', small: true,
          label: `Assets of ${s.name}`, dataset: { action: 'assets' }, onClick: () => this.showAssets(customer, s) }) },
      ],
      empty: emptyState({ title: 'No sites yet', text: 'Add the customer’s locations to associate assets with them.' }) });
    replace(this.querySelector('#rh-sites-slot'), card({ title: `Sites of ${customer.name}`, id: 'rh-sites-card',
      actions: remove ? [remove] : [] }, stack(list, add, h('div', { id: 'rh-assets-slot' }))));
  }

  async showAssets(customer, site) {
    const base = `customers/${customer.id}/sites/${site.id}/assets`;
    const assets = await this.api.get(base);
    const input = (n, label) => field({ label, input: h('input', { name: n, id: `rh-asset-${n}`, autocomplete: 'off' }), required: true });
    const add = this.canChange && form({ submitLabel: 'Add asset', submitId: 'rh-add-asset', layout: 'grid',
      onSubmit: async (event) => {
        const data = new FormData(event.target);
        await this.api.post(base, { name: data.get('name'), kind: data.get('kind'), identifier: data.get('identifier') });
        toast('Asset added.', 'success');
        await this.render();
        await this.showAssets(customer, site);
      } }, input('name', 'Name'), input('kind', 'Kind (probe, server, printer …)'), input('identifier', 'Identifier'));
    replace(this.querySelector('#rh-assets-slot'), card({ title: `Assets at ${site.name}`, headingLevel: 3, id: 'rh-assets-card' },
      table({ id: 'rh-assets', caption: `Assets at ${site.name}`, rows: assets, columns: [
        { label: 'Name', cell: (a) => a.name }, { label: 'Kind', cell: (a) => a.kind },
        { label: 'Identifier', cell: (a) => h('code', null, a.identifier) }],
      empty: emptyState({ text: 'No assets at this site yet.' }) }), add));
  }
}

/** A file's bytes in base64, for a JSON body. */
function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Whether the customer's admin was invited and chose a password. */
function activationBadge(activation) {
  if (!activation) return h('span', { class: 'muted small rh-activation', dataset: { state: 'NONE' } }, 'Not invited');
  const [text, tone] = {
    PENDING: [`Invited, link until ${formatDay(activation.expiresAt)}`, 'info'],
    EXPIRED: ['Link expired', 'warning'],
    ACTIVATED: ['Activated', 'success'],
  }[activation.state];
  return h('span', { class: 'rh-activation', dataset: { state: activation.state } }, badge(text, tone));
}

customElements.define('rh-customers', Customers);
