// The echo test plugin's ticket panel: shows the ticket it was mounted for.
class EchoPanel extends HTMLElement {
  connectedCallback() {
    this.textContent = `Echo panel for ticket ${this.ticketId ?? '?'}`;
  }
}
customElements.define('echo-panel', EchoPanel);
