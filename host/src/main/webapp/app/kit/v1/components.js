// The host's building blocks for plugin pages and panels: card, table, form field, button,
// badge, alert, empty state. Each returns an element styled by kit.css; content goes in as text.

import { h, append, uniqueId } from './dom.js';

const BUTTON_KINDS = { primary: 'btn-primary', secondary: '', danger: 'btn-danger', ghost: 'btn-ghost' };

/**
 * button('Save', {kind: 'primary' | 'secondary' | 'danger' | 'ghost', onClick, type: 'button',
 * small: false, id, label (aria-label), disabled}).
 */
export function button(text, { kind = 'secondary', onClick, type = 'button', small = false, id, label, disabled,
  dataset } = {}) {
  return h('button', { class: ['btn', BUTTON_KINDS[kind] ?? '', small ? 'btn-small' : ''].filter(Boolean).join(' '),
    type, id, 'aria-label': label, disabled: disabled || null, dataset, onclick: onClick }, text);
}

const TONES = new Set(['neutral', 'info', 'success', 'warning', 'danger']);

/** badge('Active', 'success'); tones: neutral, info, success, warning, danger. */
export function badge(text, tone = 'neutral', { title } = {}) {
  return h('span', { class: `badge badge-${TONES.has(tone) ? tone : 'neutral'}`, title }, text);
}

/**
 * card({title, actions: [nodes], id, headingLevel: 2}, ...body): a framed section with a heading
 * and, on the heading's right, actions or a count.
 */
export function card({ title, actions, id, headingLevel = 2, flush = false } = {}, ...body) {
  const heading = title ? h('div', { class: 'card-head' }, h(`h${headingLevel}`, { class: 'card-heading' }, title),
    actions && h('div', { class: 'card-actions' }, actions)) : null;
  return h('section', { class: 'card kit-card', id }, heading,
    h('div', { class: flush ? 'card-body card-body-flush' : 'card-body' }, body));
}

/** emptyState({title, text, action}): what a list says when it has nothing. */
export function emptyState({ title, text, action } = {}) {
  return h('div', { class: 'empty-state' }, title && h('p', { class: 'empty-title' }, title),
    text && h('p', { class: 'muted' }, text), action);
}

/** alert('Saved.', 'success'); kinds: info, success, error. Errors are announced at once. */
export function alert(text, kind = 'info') {
  return h('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/**
 * table({columns: [{label, cell: (row) => node|text, className, numeric}], rows, caption,
 * empty: node, rowAttrs: (row) => ({…})}). Column labels become the header cells; on a phone each
 * row stacks into a block with the labels beside the values, so nothing scrolls sideways.
 */
export function table({ columns, rows, caption, empty, rowAttrs, id } = {}) {
  if (!rows || rows.length === 0) return empty ?? emptyState({ text: 'Nothing here yet.' });
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'kit-table', id },
      caption && h('caption', { class: 'visually-hidden' }, caption),
      h('thead', null, h('tr', null, columns.map((column) => h('th', { scope: 'col',
        class: [column.className, column.numeric ? 'num' : ''].filter(Boolean).join(' ') || null },
      column.label || h('span', { class: 'visually-hidden' }, column.hiddenLabel || 'Actions'))))),
      h('tbody', null, rows.map((row) => h('tr', rowAttrs ? rowAttrs(row) : null, columns.map((column) =>
        h('td', { 'data-label': column.label || null,
          class: [column.className, column.numeric ? 'num' : ''].filter(Boolean).join(' ') || null },
        column.cell(row))))))));
}

/**
 * field({label, input, hint, id}): a labelled control (an input, select, textarea or searchPicker) with a hint and a place for its error
 * (form() puts a rejected value's message there). The input keeps its own name, which is how
 * a problem's field error finds it.
 */
export function field({ label, input, hint, id, required = false } = {}) {
  // A composite control (searchPicker) labels and describes its inner input.
  const control = input.input instanceof HTMLElement ? input.input : input;
  const inputId = control.id || id || uniqueId('field');
  control.id = inputId;
  const error = h('div', { class: 'field-error', id: `${inputId}-error`, hidden: true });
  const hintNode = hint ? h('small', { class: 'muted field-hint', id: `${inputId}-hint` }, hint) : null;
  control.setAttribute('aria-describedby', [hintNode?.id, error.id].filter(Boolean).join(' '));
  if (required) control.required = true;
  return h('div', { class: 'field', dataset: { field: control.name || inputId } },
    h('label', { for: inputId, class: 'field-label' }, label, required && h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
    input, hintNode, error);
}

/** checkbox({label, name, checked, onChange}): a box with its label on the same line. */
export function checkbox({ label, name, checked = false, onChange, id, hint } = {}) {
  const input = h('input', { type: 'checkbox', name, id: id || uniqueId('check'), checked: checked || null, onchange: onChange });
  return h('div', { class: 'field field-check', dataset: { field: name || input.id } },
    h('label', { class: 'check', for: input.id }, input, h('span', null, label)),
    hint && h('small', { class: 'muted field-hint' }, hint),
    h('div', { class: 'field-error', id: `${input.id}-error`, hidden: true }));
}

/**
 * select({name, options: [[value, text]], value, label}): a <select>; wrap it in field() for its
 * visible label, or give it `label` (its accessible name) where it stands alone, as in a table row.
 */
export function select({ name, options, value, id, onChange, label } = {}) {
  return h('select', { name, id, onchange: onChange, 'aria-label': label || null },
    options.map(([optionValue, text]) => h('option', { value: optionValue, selected: String(optionValue) === String(value ?? '') || null }, text)));
}

/** toolbar(...nodes): a row of controls that wraps on a narrow screen (filters, buttons). */
export function toolbar(...children) {
  return append(h('div', { class: 'toolbar' }), children);
}

/** stack(...nodes): children one under the other with the kit's spacing. */
export function stack(...children) {
  return append(h('div', { class: 'stack' }), children);
}
