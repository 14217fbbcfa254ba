// TICKET_ACTION for agents: "Fix released in version …" posts a public comment naming the
// release, which tells the ticket's followers.
import { el, problemText } from './dom.js';

class ReleaseNote extends HTMLElement {
  connectedCallback() {
    if (!['AGENT', 'TENANT_ADMIN'].includes(this.person?.role)) return;
    const version = el('input', { id: 'release-version', placeholder: 'Release, e.g. 4.2.1', maxlength: '50',
      'aria-label': 'Release version', required: true });
    const error = el('span', { class: 'field-error', hidden: true });
    const form = el('form', { class: 'release-form', hidden: true, onsubmit: async (event) => {
      event.preventDefault();
      try {
        await this.api.post(`/tickets/${this.ticketId}/release`, { version: version.value });
        window.location.reload();
      } catch (failure) {
        error.textContent = problemText(failure);
        error.hidden = false;
      }
    } }, version, el('button', { class: 'btn btn-primary', type: 'submit', id: 'release-submit' }, 'Post'), error);
    this.replaceChildren(el('button', { class: 'btn', type: 'button', id: 'release-open',
      onclick: () => { form.hidden = !form.hidden; } }, 'Fix released…'), form);
  }
}

customElements.define('annex-release-note', ReleaseNote);
