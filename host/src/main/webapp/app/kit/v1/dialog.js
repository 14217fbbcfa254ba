// confirmDialog(): asks before something that cannot be undone, as a modal <dialog> (focus kept
// inside, Escape cancels, the safe choice focused first).

import { h } from './dom.js';

/**
 * await confirmDialog({title: 'Revoke access?', message: '…', confirmLabel: 'Revoke', danger: true})
 * resolves true when confirmed, false when cancelled.
 */
export function confirmDialog({ title, message, confirmLabel = 'Confirm', cancelLabel = 'Cancel', danger = false } = {}) {
  return new Promise((resolve) => {
    const titleId = `confirm-title-${Date.now()}`;
    const cancel = h('button', { class: 'btn', type: 'button', value: 'cancel' }, cancelLabel);
    const confirm = h('button', { class: `btn ${danger ? 'btn-danger' : 'btn-primary'}`, type: 'button', value: 'confirm',
      dataset: { role: 'confirm' } }, confirmLabel);
    const dialog = h('dialog', { class: 'kit-dialog', 'aria-labelledby': titleId },
      h('h2', { class: 'dialog-title', id: titleId }, title),
      message && h('p', { class: 'dialog-text' }, message),
      h('div', { class: 'dialog-buttons' }, cancel, confirm));
    let answer = false;
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', () => { answer = true; dialog.close(); });
    dialog.addEventListener('close', () => { dialog.remove(); resolve(answer); });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
