// The ticket panel: the tenant's greeting for this ticket, built with the host's UI kit.
import { h, replace, alert, problemMessage } from '/app/kit/v1/kit.js';

class Panel extends HTMLElement {
  async connectedCallback() {
    try {
      const greeting = await this.api.get(`greeting/${this.ticketId}`);
      replace(this, h('p', { class: '${pluginId}-greeting' }, greeting.text));
    } catch (error) {
      replace(this, alert(problemMessage(error), 'error'));
    }
  }
}

customElements.define('${pluginId}-panel', Panel);
