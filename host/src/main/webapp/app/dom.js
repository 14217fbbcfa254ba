// Building DOM without HTML strings: every piece of text goes in as a text node, so nothing a
// person typed (subjects, comments, names) can ever become markup.

/**
 * h('div', {class: 'x', onclick: fn, dataset: {id: 1}}, 'text', child, [more children])
 * Attributes are set with setAttribute (never "innerHTML"); "on*" keys add event listeners;
 * "props" sets element properties; null/undefined/false children are skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.slice(2).toLowerCase(), value);
      } else if (key === 'dataset') {
        Object.assign(el.dataset, value);
      } else if (key === 'props') {
        Object.assign(el, value);
      } else if (key === 'class') {
        el.className = value;
      } else if (value === true) {
        el.setAttribute(key, '');
      } else {
        el.setAttribute(key, String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dateTime.format(date);
}

export function ago(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600],
    ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export const STATUSES = ['OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED', 'CLOSED_ESCALATED'];
/** Names that the constant does not spell out. */
const LABELS = { CLOSED_ESCALATED: 'Closed – escalated to engineering' };
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export function label(constant) {
  if (!constant) return '';
  if (LABELS[constant]) return LABELS[constant];
  const words = String(constant).toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function statusBadge(status) {
  return h('span', { class: `badge status-${String(status).toLowerCase()}` }, label(status));
}

export function priorityBadge(priority) {
  return h('span', { class: `priority priority-${String(priority).toLowerCase()}` }, label(priority));
}

export function initials(name) {
  const parts = String(name || '?').trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

export function avatar(name) {
  return h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(name));
}
