// Small helpers for this plugin's elements, built on the host's own classes (card, btn, tabs,
// badge, toast) so the pages look like the rest of Annex. User text only ever goes in as text.

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

/** The message of an API failure, naming the field when the problem does. */
export function problemText(error) {
  const fields = error?.problem?.errors || [];
  if (fields.length) return fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return error?.problem?.detail || error?.message || 'Something went wrong';
}

export function day(instant) {
  return instant ? String(instant).slice(0, 10) : '';
}

/** The host's toast area and look (see the host's toast.js). */
export function toast(message, kind = 'success') {
  let area = document.getElementById('toasts');
  if (!area) {
    area = el('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(area);
  }
  const item = el('div', { class: `toast toast-${kind}`, text: message });
  area.append(item);
  setTimeout(() => item.classList.add('leaving'), 3500);
  setTimeout(() => item.remove(), 4000);
}

/** The plugin's stylesheet (dialogs, tables), served by the host beside this module. */
export function styles() {
  return el('link', { rel: 'stylesheet', href: new URL('./plugin.css', import.meta.url).href });
}

/**
 * A modal dialog (the platform's <dialog>: focus is kept inside, Escape closes it). Resolves
 * with true when the confirming button is pressed, false when it is dismissed.
 */
export function confirmDialog({ id, title, text, confirm, danger = true }) {
  return new Promise((resolve) => {
    const dialog = el('dialog', { class: 'card pl-dialog', id, 'aria-labelledby': `${id}-title` });
    const done = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); done(false); });
    dialog.append(
      el('h2', { id: `${id}-title`, text: title }),
      el('p', { text }),
      el('div', { class: 'form-buttons' },
        el('button', { type: 'button', class: 'btn', id: `${id}-cancel`, text: 'Cancel', onclick: () => done(false) }),
        el('button', { type: 'button', class: danger ? 'btn btn-danger-ghost' : 'btn btn-primary', id: `${id}-confirm`,
          text: confirm, onclick: () => done(true) })));
    document.body.append(dialog);
    dialog.showModal();
  });
}
