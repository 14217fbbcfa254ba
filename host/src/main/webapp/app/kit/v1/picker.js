// searchPicker(): pick a person or an organisation by typing part of their name, the way people
// know them, instead of typing an id or an exact email. An ARIA 1.2 combobox: arrow keys move
// through the matches, Enter picks, Escape closes.

import { h, replace, uniqueId } from './dom.js';

/**
 * searchPicker({name, placeholder, search: async (text) => [{value, label, detail}], onPick,
 * minLength: 1}). Put it in field() for its label. The element's .value is the picked item (or
 * null); .clear() empties it. The input carries `name`, so form() can show an error under it.
 */
export function searchPicker({ name, placeholder = 'Type a name', search, onPick, minLength = 1, id } = {}) {
  const listId = uniqueId('picker-list');
  const input = h('input', { type: 'text', name, id, placeholder, autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId });
  const list = h('ul', { class: 'picker-list', id: listId, role: 'listbox', hidden: true });
  const wrapper = h('div', { class: 'picker' }, input, list);
  let items = [];
  let active = -1;
  let timer = null;
  let asked = 0;
  wrapper.value = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${index}`);
      list.children[index]?.scrollIntoView?.({ block: 'nearest' });
    }
  };
  const pick = (item) => {
    wrapper.value = item;
    input.value = item.label;
    close();
    onPick?.(item);
    wrapper.dispatchEvent(new CustomEvent('pick', { detail: item }));
  };
  const show = (found, text) => {
    items = found;
    if (!found.length) {
      replace(list, h('li', { class: 'picker-none', role: 'presentation' }, `No match for “${text}”.`));
    } else {
      replace(list, found.map((item, i) => h('li', { role: 'option', id: `${listId}-${i}`, class: 'picker-option',
        'aria-selected': 'false', dataset: { value: String(item.value) },
        onmousedown: (event) => { event.preventDefault(); pick(item); } },
      h('span', { class: 'picker-label' }, item.label), item.detail && h('span', { class: 'picker-detail' }, item.detail))));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(found.length ? 0 : -1);
  };
  input.addEventListener('input', () => {
    wrapper.value = null;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < minLength) return close();
    timer = setTimeout(async () => {
      const mine = ++asked;
      let found = [];
      try { found = await search(text); } catch { found = []; }
      if (mine === asked && input.value.trim() === text) show(found.slice(0, 10), text);
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length) {
      event.preventDefault();
      highlight((active - 1 + items.length) % items.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  wrapper.clear = () => { wrapper.value = null; input.value = ''; close(); };
  wrapper.input = input;
  return wrapper;
}
