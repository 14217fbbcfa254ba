// Small DOM helpers for the ticket-following elements. User text is only ever set as text.

/** el('button', {class: 'btn', onclick}, 'Follow') — props become properties, attributes or listeners. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The problem's message, naming the field when there is one. */
export function problemText(error) {
  const problem = error?.problem || {};
  const field = (problem.errors || [])[0];
  if (field) return `${field.field}: ${field.message}`;
  return problem.detail || error?.message || 'Something went wrong.';
}
