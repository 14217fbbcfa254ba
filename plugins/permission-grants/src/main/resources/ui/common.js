// Small helpers shared by the permission-grants elements. User text only ever goes in as text.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The plugin client's paths, whether its base ends with a slash or not. */
export function path(api, rest) {
  return String(api.base || '').endsWith('/') ? rest.replace(/^\//, '') : rest;
}

export const LEVELS = [
  ['CC', 'CC — read-only on tickets they are added to'],
  ['VIEW', 'View — read-only on all tickets'],
  ['UPDATE', 'Update — view and update all'],
  ['CREATE', 'Create — also open tickets for you'],
  ['SERVICE_ADMIN', 'Service Admin — also administrative requests'],
  ['FULL_ADMIN', 'Full Admin — also manage your contacts'],
];

export function levelSelect(id, selected) {
  return el('select', { id, name: 'level' },
    LEVELS.map(([value, text]) => el('option', { value, selected: value === selected }, text)));
}

/** A date input's value (YYYY-MM-DD) as the instant that day ends, in UTC. */
export function endOfDay(date) {
  return date ? `${date}T23:59:59Z` : null;
}

export function day(instant) {
  return instant ? String(instant).slice(0, 10) : '';
}

export function inDays(days) {
  return new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
}

/** The message of an API failure, naming the field when the problem does. */
export function problemText(error) {
  const fields = error?.problem?.errors || [];
  if (fields.length) return fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return error?.message || 'Something went wrong';
}
