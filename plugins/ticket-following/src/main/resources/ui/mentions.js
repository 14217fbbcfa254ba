// COMMENT_COMPOSER: typing "@" in the host's comment box offers the people the author may
// mention — their organisation's members, or for agents the other agents — and inserts
// "@email". After a comment is added, tells the author which mentions were not honoured.
import { el } from './dom.js';

const REPORT_KEY = 'annex-following-last-comment';

class MentionComposer extends HTMLElement {
  async connectedCallback() {
    this.list = el('ul', { class: 'mention-suggestions', id: 'mention-suggestions', role: 'listbox', hidden: true });
    this.report = el('p', { class: 'small muted', id: 'mention-report', hidden: true });
    this.replaceChildren(this.list, this.report);
    this.addEventListener('annex-comment-added', (event) => {
      sessionStorage.setItem(REPORT_KEY, JSON.stringify({ ticketId: this.ticketId, commentId: event.detail?.id }));
    });
    try {
      this.people = await this.api.get('/mentionable');
    } catch {
      this.people = [];
    }
    if (this.textarea) {
      this.textarea.addEventListener('input', () => this.suggest());
      this.textarea.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') this.hide();
      });
    }
    this.showReport();
  }

  /** The "@word" being typed right before the caret, or null. */
  current() {
    const text = this.textarea.value.slice(0, this.textarea.selectionStart);
    const match = /(^|[\s(])@([^\s@]*)$/.exec(text);
    return match ? { query: match[2].toLowerCase(), start: text.length - match[2].length - 1 } : null;
  }

  suggest() {
    const typing = this.current();
    if (!typing) return this.hide();
    const matches = this.people.filter((p) => p.displayName.toLowerCase().includes(typing.query)
      || p.email.toLowerCase().startsWith(typing.query)).slice(0, 8);
    if (!matches.length) {
      this.list.replaceChildren(el('li', { class: 'muted small mention-none' },
        'Nobody of your organisation matches. People outside it cannot be mentioned.'));
    } else {
      this.list.replaceChildren(...matches.map((p) => el('li', { role: 'option', class: 'mention-option',
        dataset: { email: p.email }, tabindex: '0',
        onmousedown: (event) => { event.preventDefault(); this.insert(typing, p); },
        onkeydown: (event) => { if (event.key === 'Enter') { event.preventDefault(); this.insert(typing, p); } } },
      el('strong', null, p.displayName), ' ', el('span', { class: 'muted small' }, p.email))));
    }
    this.list.hidden = false;
  }

  insert(typing, person) {
    const area = this.textarea;
    const caret = area.selectionStart;
    const token = `@${person.email} `;
    area.value = area.value.slice(0, typing.start) + token + area.value.slice(caret);
    const at = typing.start + token.length;
    area.setSelectionRange(at, at);
    area.focus();
    this.hide();
  }

  hide() {
    this.list.hidden = true;
  }

  /** After the page re-rendered for a new comment: what became of its mentions (handled after commit). */
  async showReport() {
    const last = JSON.parse(sessionStorage.getItem(REPORT_KEY) || 'null');
    if (!last || String(last.ticketId) !== String(this.ticketId) || !last.commentId) return;
    sessionStorage.removeItem(REPORT_KEY);
    for (let i = 0; i < 5; i++) {
      const outcomes = await this.api.get(`/tickets/${this.ticketId}/comments/${last.commentId}/mentions`).catch(() => []);
      if (outcomes.length) {
        const ignored = outcomes.filter((m) => !m.honoured);
        const honoured = outcomes.filter((m) => m.honoured);
        this.report.textContent = [
          honoured.length ? `Notified: ${honoured.map((m) => m.mention).join(', ')}.` : '',
          ignored.length ? `Not notified: ${ignored.map((m) => `${m.mention} (${m.reason})`).join(', ')}.` : '',
        ].filter(Boolean).join(' ');
        this.report.hidden = false;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

customElements.define('annex-mentions', MentionComposer);
