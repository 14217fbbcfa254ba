// TICKET_ACTION for agents: "Fix released in version …" posts a public comment naming the
// release, which tells the ticket's followers.
import { h, replace, field, form, button, useStylesheet } from '/app/kit/v1/kit.js';

useStylesheet(new URL('following.css', import.meta.url));

class ReleaseNote extends HTMLElement {
  connectedCallback() {
    if (!['AGENT', 'TENANT_ADMIN'].includes(this.person?.role)) return;
    const version = h('input', { name: 'version', id: 'release-version', placeholder: 'e.g. 4.2.1', maxlength: '50',
      required: true, autocomplete: 'off' });
    const panel = form({ id: 'release-form', submitLabel: 'Post', submitId: 'release-submit',
      buttons: [button('Cancel', { kind: 'ghost', onClick: () => { panel.hidden = true; } })],
      onSubmit: async () => {
        await this.api.post(`tickets/${this.ticketId}/release`, { version: version.value });
        window.location.reload();
      } },
    field({ label: 'Fixed in release', input: version, hint: 'Posts a comment that tells the followers.' }));
    panel.hidden = true;
    panel.classList.add('release-form');
    replace(this, h('div', { class: 'release' },
      button('Fix released…', { id: 'release-open', onClick: () => {
        panel.hidden = !panel.hidden;
        if (!panel.hidden) version.focus();
      } }), panel));
  }
}

customElements.define('annex-release-note', ReleaseNote);
