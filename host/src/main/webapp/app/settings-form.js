// <annex-settings-form>: the settings form of one plugin, generated from the settings the plugin
// declares (text, number, boolean, choice, duration, secret). Used by the tenant admin's plugin
// page and the operator console alike; the caller supplies how to save.
//
//   const form = document.createElement('annex-settings-form');
//   form.plugin = 'echo';
//   form.settings = [{definition: {key, type, label, defaultValue, required, choices, min, max}, value, set}];
//   form.save = async (values) => updatedSettings;   // values: {key: text | null}; throws ApiError
//
// Only changed fields are sent; null puts a setting back to its default. A 422 problem's field
// errors are shown next to their fields. Secrets are write-only: the form shows only whether one
// is set, and sends a secret only when something was typed (or "Remove" was chosen).

import { ApiError } from './api.js';
import { h, replace, durationText } from './kit/v1/kit.js';

export class SettingsForm extends HTMLElement {
  constructor() {
    super();
    this._settings = [];
    this.save = null;
    this.plugin = '';
  }

  set settings(list) {
    this._settings = Array.isArray(list) ? list : [];
    if (this.isConnected) this.render();
  }

  get settings() {
    return this._settings;
  }

  connectedCallback() {
    this.render();
  }

  render() {
    this.fields = new Map();
    const prefix = `setting-${this.plugin || 'plugin'}`;
    this.general = h('div', { class: 'alert alert-error', role: 'alert', hidden: true });
    this.saved = h('span', { class: 'saved-note', role: 'status', hidden: true }, 'Saved');
    this.submit = h('button', { class: 'btn btn-primary', type: 'submit', dataset: { role: 'save-settings' } },
      'Save settings');
    const rows = this._settings.map((setting) => this.field(setting, prefix));
    const form = h('form', { class: 'settings-form', novalidate: true, onsubmit: (event) => this.onSubmit(event) },
      this.general,
      rows.length ? h('div', { class: 'settings-grid' }, rows) : h('p', { class: 'muted' }, 'This plugin has no settings.'),
      rows.length && h('div', { class: 'form-buttons' }, this.saved, this.submit));
    replace(this, form);
  }

  field(setting, prefix) {
    const def = setting.definition;
    const id = `${prefix}-${def.key}`;
    const initial = setting.value ?? '';
    const error = h('div', { class: 'field-error', id: `${id}-error`, hidden: true });
    let input;
    let hint = null;
    let read;
    const extra = [];
    switch (def.type) {
      case 'BOOLEAN': {
        input = h('input', { id, type: 'checkbox', name: def.key, checked: initial === 'true', role: 'switch' });
        read = () => String(input.checked);
        break;
      }
      case 'CHOICE': {
        input = h('select', { id, name: def.key },
          !def.required && h('option', { value: '' }, '—'),
          def.choices.map((choice) => h('option', { value: choice, selected: choice === initial }, choice)));
        read = () => input.value;
        break;
      }
      case 'NUMBER': {
        input = h('input', { id, name: def.key, type: 'number', inputmode: 'numeric', step: 1, value: initial,
          min: def.min ?? null, max: def.max ?? null });
        const range = def.min != null && def.max != null ? `From ${def.min} to ${def.max}.`
          : def.min != null ? `At least ${def.min}.` : def.max != null ? `At most ${def.max}.` : 'A whole number.';
        hint = h('small', { class: 'muted' }, range);
        read = () => input.value.trim();
        break;
      }
      case 'DURATION': {
        input = h('input', { id, name: def.key, value: initial, placeholder: 'e.g. P30D or PT1H', spellcheck: 'false',
          autocomplete: 'off' });
        const meaning = h('span', { class: 'duration-meaning' });
        const explain = () => replace(meaning, durationText(input.value) ? `= ${durationText(input.value)}` : '');
        input.addEventListener('input', explain);
        explain();
        hint = h('small', { class: 'muted' }, 'ISO-8601 duration: P30D is 30 days, PT12H is 12 hours. ', meaning);
        read = () => input.value.trim();
        break;
      }
      case 'SECRET': {
        input = h('input', { id, name: def.key, type: 'password', autocomplete: 'new-password',
          placeholder: setting.set ? 'Saved — type to replace' : 'Not set' });
        const remove = setting.set ? h('input', { type: 'checkbox', id: `${id}-remove` }) : null;
        if (remove) extra.push(h('label', { class: 'check' }, remove, ' Remove the saved value'));
        hint = h('small', { class: 'muted' }, setting.set ? 'A value is saved. It is never shown again.'
          : 'Write-only: once saved it is never shown again.');
        read = () => (remove?.checked ? null : input.value === '' ? undefined : input.value);
        break;
      }
      default: {
        input = h('input', { id, name: def.key, value: initial, autocomplete: 'off' });
        read = () => input.value.trim();
      }
    }
    input.setAttribute('aria-describedby', `${id}-error`);
    const defaultNote = def.type !== 'SECRET' && def.defaultValue != null && def.defaultValue !== ''
      ? h('span', { class: 'default-note' }, `Default: ${def.type === 'DURATION' && durationText(def.defaultValue)
        ? durationText(def.defaultValue) : def.defaultValue}`) : null;
    const title = h('span', { class: 'field-label' }, def.label || def.key,
      def.required && def.type !== 'BOOLEAN' && h('span', { class: 'required', 'aria-hidden': 'true' }, ' *'), defaultNote);
    this.fields.set(def.key, { def, input, error, initial, read });
    if (def.type === 'BOOLEAN') {
      return h('div', { class: 'field setting', dataset: { setting: def.key, type: def.type } },
        h('label', { class: 'switch-row', for: id }, input, title), error);
    }
    return h('div', { class: 'field setting', dataset: { setting: def.key, type: def.type } },
      h('label', { for: id }, title), input, hint, extra, error);
  }

  changes() {
    const values = {};
    for (const [key, field] of this.fields) {
      const value = field.read();
      if (field.def.type === 'SECRET') {
        if (value !== undefined) values[key] = value;
      } else if (value !== field.initial) {
        // An emptied field goes back to the plugin's default.
        values[key] = value === '' && field.def.type !== 'TEXT' ? null : value;
      }
    }
    return values;
  }

  showErrors(errors) {
    let focused = false;
    const unplaced = [];
    for (const [key, message] of Object.entries(errors)) {
      const field = this.fields.get(key);
      if (!field) {
        unplaced.push(`${key} ${message}`);
        continue;
      }
      replace(field.error, `${field.def.label || key} ${message}.`);
      field.error.hidden = false;
      field.input.setAttribute('aria-invalid', 'true');
      field.error.parentElement.classList.add('invalid');
      if (!focused) {
        field.input.focus();
        focused = true;
      }
    }
    if (unplaced.length) {
      replace(this.general, unplaced.join('; '));
      this.general.hidden = false;
    }
  }

  clearErrors() {
    this.general.hidden = true;
    this.saved.hidden = true;
    for (const field of this.fields.values()) {
      field.error.hidden = true;
      field.input.removeAttribute('aria-invalid');
      field.error.parentElement.classList.remove('invalid');
    }
  }

  async onSubmit(event) {
    event.preventDefault();
    this.clearErrors();
    const values = this.changes();
    if (Object.keys(values).length === 0) {
      replace(this.saved, 'Nothing changed');
      this.saved.hidden = false;
      return;
    }
    if (typeof this.save !== 'function') return;
    this.submit.disabled = true;
    try {
      const updated = await this.save(values);
      if (Array.isArray(updated)) this.settings = updated;
      replace(this.saved, 'Saved');
      this.saved.hidden = false;
      this.dispatchEvent(new CustomEvent('settings-saved', { bubbles: true, detail: { plugin: this.plugin } }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && Object.keys(error.fieldErrors).length) {
        this.showErrors(error.fieldErrors);
      } else {
        replace(this.general, error?.message || 'Could not save the settings.');
        this.general.hidden = false;
      }
    } finally {
      this.submit.disabled = false;
    }
  }
}

if (!customElements.get('annex-settings-form')) customElements.define('annex-settings-form', SettingsForm);
