// "P" beside tickets a partner manages. Every marker of a list page is asked for in one request.
import { replace, badge } from '/app/kit/v1/kit.js';

const waiting = new Map();
let scheduled = false;

function flush(api) {
  scheduled = false;
  const batch = new Map(waiting);
  waiting.clear();
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    api.get(`managed?ids=${chunk.join(',')}`).then((managed) => {
      for (const id of managed || []) {
        for (const marker of batch.get(id) || []) marker.show();
      }
    }).catch(() => { /* no marker is better than a broken list */ });
  }
}

class PartnerMarker extends HTMLElement {
  connectedCallback() {
    const id = Number(this.ticketId ?? this.ticket?.id);
    if (!Number.isFinite(id) || !this.api) return;
    if (!waiting.has(id)) waiting.set(id, []);
    waiting.get(id).push(this);
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => flush(this.api), 0);
    }
  }

  show() {
    const marker = badge('P', 'info', { title: 'Managed by a partner' });
    marker.classList.add('pg-marker');
    marker.setAttribute('aria-label', 'Managed by a partner');
    marker.setAttribute('role', 'img');
    replace(this, marker);
  }
}

customElements.define('pg-partner-marker', PartnerMarker);
