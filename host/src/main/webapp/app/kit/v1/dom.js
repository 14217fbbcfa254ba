// Building DOM without HTML strings: every piece of text goes in as a text node, so nothing a
// person typed (subjects, comments, names) can ever become markup. The host's views and the
// plugins' elements both build their DOM with these three functions.

/**
 * h('div', {class: 'x', onclick: fn, dataset: {id: 1}}, 'text', child, [more children])
 * Attributes are set with setAttribute (never innerHTML); "on*" keys add event listeners;
 * "props" sets element properties; null/undefined/false attributes and children are skipped.
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

/** Appends children (nodes, text, nested arrays; null/undefined/false skipped) to parent. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
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

let sequence = 0;

/** A document-unique id with the given prefix, for label/aria wiring. */
export function uniqueId(prefix = 'ax') {
  sequence += 1;
  return `${prefix}-${sequence}`;
}
