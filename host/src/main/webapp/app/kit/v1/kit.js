// The Annex UI kit, major version 1 (plugin API 1.2.0): what the host gives plugin elements so
// their pages look like the host's. Import it from the host:
//
//   import { card, table, field, button, form, label, dateText } from '/app/kit/v1/kit.js';
//
// Within major version 1 the kit only grows; plugin-api/README.md ("UI kit") is its contract.

export { h, append, replace, uniqueId } from './dom.js';
export { label, formatDate, formatDay, ago, dateText, durationText, personName, avatar, initials,
  statusBadge, priorityBadge, STATUSES, PRIORITIES } from './format.js';
export { button, badge, card, emptyState, alert, table, field, checkbox, select, toolbar, stack } from './components.js';
export { form, showMessage, showProblem, clearProblems } from './forms.js';
export { problemMessage, fieldErrors } from './problems.js';
export { confirmDialog } from './dialog.js';
export { toast } from './toast.js';
export { searchPicker } from './picker.js';

const linked = new Set();

/**
 * Adds a plugin's own stylesheet to the page once (the page's CSP allows styles served by the
 * host, never inline ones): useStylesheet(new URL('panel.css', import.meta.url)).
 */
export function useStylesheet(url) {
  const href = String(url);
  if (linked.has(href)) return;
  linked.add(href);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
