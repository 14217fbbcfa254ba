// COMMENT_COMPOSER: typing "@" in the host's comment box offers the people the author may
// mention — their organisation's members, or for agents the other agents — by name; arrow keys
// move through them, Enter or Tab inserts "@email" (what the mention parser and plain-text mail
// read), Escape closes. After a comment is added, says by name whom its mentions notified.
import { h, replace, uniqueId, useStylesheet } from '/app/kit/v1/kit.js';

useStylesheet(new URL('following.css', import.meta.url));

const REPORT_KEY = 'annex-following-last-comment';

class MentionComposer extends HTMLElement {
  async connectedCallback() {
    this.listId = uniqueId('mention-suggestions');
    this.list = h('ul', { class: 'mention-suggestions', id: 'mention-suggestions', role: 'listbox', hidden: true,
      'aria-label': 'People you can mention' });
    this.report = h('p', { class: 'small muted mention-report', id: 'mention-report', role: 'status', hidden: true });
    replace(this, this.list, this.report);
    this.matches = [];
    this.active = -1;
    this.addEventListener('annex-comment-added', (event) => {
      sessionStorage.setItem(REPORT_KEY, JSON.stringify({ ticketId: this.ticketId, commentId: event.detail?.id }));
    });
    try {
      this.people = await this.api.get('mentionable');
    } catch {
      this.people = [];
    }
    if (this.textarea) {
      const area = this.textarea;
      // The host's textarea stays a textbox (aria-expanded is not allowed on one); the list it
      // controls and the active option are announced through aria-controls and -activedescendant.
      area.setAttribute('aria-autocomplete', 'list');
      area.setAttribute('aria-controls', 'mention-suggestions');
      area.addEventListener('input', () => this.suggest());
      area.addEventListener('keydown', (event) => this.onKey(event));
      area.addEventListener('blur', () => setTimeout(() => this.hide(), 150));
    }
    this.showReport();
  }

  onKey(event) {
    if (this.list.hidden) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.hide();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && this.matches.length) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.highlight((this.active + step + this.matches.length) % this.matches.length);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && this.active >= 0) {
      event.preventDefault();
      this.insert(this.typing, this.matches[this.active]);
    }
  }

  /** The "@word" being typed right before the caret, or null. */
  current() {
    const text = this.textarea.value.slice(0, this.textarea.selectionStart);
    const match = /(^|[\s(])@([^\s@]*)$/.exec(text);
    return match ? { query: match[2].toLowerCase(), start: text.length - match[2].length - 1 } : null;
  }

  suggest() {
    this.typing = this.current();
    if (!this.typing) return this.hide();
    const query = this.typing.query;
    this.matches = this.people.filter((p) => p.displayName.toLowerCase().includes(query)
      || p.email.toLowerCase().startsWith(query)).slice(0, 8);
    if (!this.matches.length) {
      this.list.replaceChildren(h('li', { class: 'mention-none', role: 'presentation' },
        'Nobody of your organisation matches. People outside it cannot be mentioned.'));
    } else {
      this.list.replaceChildren(...this.matches.map((p, i) => h('li', { role: 'option', class: 'mention-option',
        id: `${this.listId}-${i}`, 'aria-selected': 'false', dataset: { email: p.email },
        onmousedown: (event) => { event.preventDefault(); this.insert(this.typing, p); } },
      h('strong', null, p.displayName), h('span', { class: 'muted small' }, p.email))));
    }
    this.list.hidden = false;
    this.highlight(this.matches.length ? 0 : -1);
  }

  highlight(index) {
    this.active = index;
    [...this.list.querySelectorAll('[role=option]')].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) this.textarea.setAttribute('aria-activedescendant', `${this.listId}-${index}`);
    else this.textarea.removeAttribute('aria-activedescendant');
  }

  insert(typing, person) {
    const area = this.textarea;
    const caret = area.selectionStart;
    const token = `@${person.email} `;
    area.value = area.value.slice(0, typing.start) + token + area.value.slice(caret);
    const at = typing.start + token.length;
    area.setSelectionRange(at, at);
    area.focus();
    area.dispatchEvent(new Event('input', { bubbles: true }));
    this.hide();
  }

  hide() {
    this.list.hidden = true;
    this.active = -1;
    this.textarea?.removeAttribute('aria-activedescendant');
  }

  nameOf(mention) {
    const person = this.people.find((p) => p.id === mention.personId
      || `@${p.email}`.toLowerCase() === String(mention.mention).toLowerCase());
    return person ? person.displayName : String(mention.mention).replace(/^@/, '');
  }

  /** After the page re-rendered for a new comment: what became of its mentions (handled after commit). */
  async showReport() {
    const last = JSON.parse(sessionStorage.getItem(REPORT_KEY) || 'null');
    if (!last || String(last.ticketId) !== String(this.ticketId) || !last.commentId) return;
    sessionStorage.removeItem(REPORT_KEY);
    for (let i = 0; i < 5; i++) {
      const outcomes = await this.api.get(`tickets/${this.ticketId}/comments/${last.commentId}/mentions`).catch(() => []);
      if (outcomes.length) {
        const ignored = outcomes.filter((m) => !m.honoured);
        const honoured = outcomes.filter((m) => m.honoured);
        this.report.textContent = [
          honoured.length ? `Notified: ${honoured.map((m) => this.nameOf(m)).join(', ')}.` : '',
          ignored.length ? `Not notified: ${ignored.map((m) => `${this.nameOf(m)} (${m.reason})`).join(', ')}.` : '',
        ].filter(Boolean).join(' ');
        this.report.hidden = false;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

customElements.define('annex-mentions', MentionComposer);
