// "Data may be behind": shown above the ticket list and a ticket while the tenant's help desk is one
// Annex fronts (Request Tracker) and its feed cannot be read — Annex then serves its own copy.

import { h, formatDate } from '../kit/v1/kit.js';

export async function behindNotice(app) {
  let status;
  try {
    status = await app.api.get('/help-desk');
  } catch (error) {
    return null; // the notice is a courtesy: never let it break the page
  }
  if (!status || !status.behindSince) return null;
  return h('div', { class: 'notice notice-warning', id: 'data-behind', role: 'status' },
    `The help desk does not answer: data may be behind since ${formatDate(status.behindSince)}.`);
}
