// "Partners" (seed 002): a distributor's people see their partners, the tenant's agents every
// partner and every distributor, each with the totals of the customers below it (customers,
// seats, sites, assets, the next expiry), rolled up by the server in one query per page.
import { h, replace, card, table, emptyState, button, toolbar, formatDay, useStylesheet } from '/app/kit/v1/kit.js';

useStylesheet(new URL('plugin.css', import.meta.url));

const totalsColumns = [
  { label: 'Customers', numeric: true, cell: (row) => String(row.totals.customers) },
  { label: 'Seats', numeric: true, cell: (row) => String(row.totals.seats) },
  { label: 'Sites', numeric: true, cell: (row) => String(row.totals.sites) },
  { label: 'Assets', numeric: true, cell: (row) => String(row.totals.assets) },
  { label: 'Next expiry', cell: (row) => (row.totals.nextExpiry ? formatDay(row.totals.nextExpiry) : '—') },
];

class Partners extends HTMLElement {
  connectedCallback() {
    this.page = 0;
    this.load();
  }

  async load() {
    this.me = await this.api.get('me');
    if (!this.me.pages.includes('rh-partners')) {
      return replace(this, h('div', { id: 'rh-no-partners' }, emptyState({ title: 'No partners to show',
        text: 'This page is for the people of distributors.' })));
    }
    return this.render();
  }

  async render() {
    const [partners, distributors] = await Promise.all([this.api.get(`partners?page=${this.page}&size=50`),
      this.api.get('partners/distributors')]);
    const last = Math.max(0, Math.ceil(partners.total / partners.size) - 1);
    replace(this,
      distributors.length > 0 && card({ title: 'Distributors', flush: true, id: 'rh-distributors-card' }, table({
        id: 'rh-distributors', caption: 'Distributors', rows: distributors,
        columns: [{ label: 'Distributor', cell: (d) => d.name }, { label: 'Partners', numeric: true, cell: (d) => String(d.partners) },
          ...totalsColumns] })),
      card({ title: `Partners (${partners.total})`, flush: true, id: 'rh-partners-card' }, table({
        id: 'rh-partners', caption: 'Partners', rows: partners.items,
        rowAttrs: (p) => ({ dataset: { partnerId: p.id } }),
        columns: [{ label: 'Partner', cell: (p) => h('span', { class: 'rh-name' }, p.name) },
          ...(this.me.kind === 'DISTRIBUTOR' ? [] : [{ label: 'Distributor', cell: (p) => p.distributorName || '—' }]),
          ...totalsColumns],
        empty: emptyState({ title: 'No partners yet', text: 'The help desk’s agents place partners under their distributor.' }) }),
      last > 0 && toolbar(
        button('Previous', { small: true, disabled: this.page === 0, onClick: () => { this.page -= 1; this.render(); } }),
        h('span', { class: 'muted small' }, `Page ${this.page + 1} of ${last + 1}`),
        button('Next', { small: true, disabled: this.page >= last, onClick: () => { this.page += 1; this.render(); } }))));
  }
}

customElements.define('rh-partners', Partners);
