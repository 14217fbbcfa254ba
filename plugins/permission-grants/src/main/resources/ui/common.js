// What the permission-grants elements share: the levels and their words, dates as the date
// inputs want them. Everything else comes from the host's UI kit.
import { select, formatDay } from '/app/kit/v1/kit.js';

export const LEVELS = [
  ['CC', 'CC', 'read-only on tickets they are added to'],
  ['VIEW', 'View', 'read-only on all tickets'],
  ['UPDATE', 'Update', 'view and update all tickets'],
  ['CREATE', 'Create', 'also open tickets for you'],
  ['SERVICE_ADMIN', 'Service Admin', 'also administrative requests'],
  ['FULL_ADMIN', 'Full Admin', 'also manage your contacts'],
];

export const LEVEL_LABELS = Object.fromEntries(LEVELS.map(([value, text]) => [value, text]));

export function levelLabel(level) {
  return LEVEL_LABELS[level] || level;
}

/** A level <select> whose options say what each level allows. */
export function levelSelect(name, selected, id) {
  return select({ name, id, value: selected, options: LEVELS.map(([value, text, what]) => [value, `${text} — ${what}`]) });
}

export const ADMIN_REQUEST_KINDS = [
  ['CONFIGURATION_CHANGE', 'Configuration change'],
  ['ACCESS_REQUEST', 'Access request'],
  ['ACCOUNT_CLOSURE', 'Account closure'],
];

/** A date input's value (YYYY-MM-DD) as the instant that day ends, in UTC. */
export function endOfDay(date) {
  return date ? `${date}T23:59:59Z` : null;
}

/** An instant as a date input's value. */
export function dayValue(instant) {
  return instant ? String(instant).slice(0, 10) : '';
}

export function inDays(days) {
  return new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
}

/** Audit text as the plugin writes it ("Northwind: View until 2027-03-01T23:59:59Z") with readable dates. */
export function readableDates(text) {
  return String(text ?? '').replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, (iso) => formatDay(iso));
}
