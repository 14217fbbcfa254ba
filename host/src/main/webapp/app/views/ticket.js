// One ticket: its fields, the conversation, a comment form, status and priority for agents, and
// the plugin slots (actions above, panels beside).

import { ApiError } from '../api.js';
import { h, replace, avatar, ago, formatDate, label, statusBadge, priorityBadge, STATUSES, PRIORITIES } from '../kit/v1/kit.js';
import { inSlot, fillSlot } from '../plugins.js';
import { behindNotice } from './freshness.js';

export async function ticketView(app, id, stillCurrent) {
  // One after the other: parallel reads of the same ticket were seen to stall on the embedded database.
  const reply = await app.api.request('GET', `/tickets/${id}`);
  const comments = await app.api.all(`/tickets/${id}/comments`);
  const behind = await behindNotice(app);
  if (!stillCurrent()) return h('div');
  const ticket = reply.data;
  const etag = reply.headers.get('ETag') || `"${ticket.version}"`;
  document.title = `#${ticket.number} ${ticket.subject} · Annex`;

  const person = app.me.person;
  const staff = app.isStaff;

  async function update(changes, done) {
    try {
      await app.api.patch(`/tickets/${id}`, changes, { headers: { 'If-Match': etag } });
      app.toast(done, 'success');
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        app.toast('Someone else changed this ticket meanwhile. Showing the latest version.', 'error');
      } else {
        app.toast(error.message || 'Could not save the change.', 'error');
      }
    }
    await app.refresh();
  }

  // Header: number, subject, badges, actions.
  const actions = h('div', { class: 'ticket-actions', id: 'ticket-actions' });
  if (!staff) {
    if (ticket.status === 'SOLVED' || ticket.status === 'CLOSED' || ticket.status === 'CLOSED_ESCALATED') {
      actions.append(h('button', { class: 'btn', type: 'button', id: 'reopen-ticket',
        onclick: () => update({ status: 'OPEN' }, 'Ticket reopened') }, 'Reopen ticket'));
    } else {
      actions.append(h('button', { class: 'btn', type: 'button', id: 'close-ticket',
        onclick: () => update({ status: 'CLOSED' }, 'Ticket closed') }, 'Close ticket'));
    }
  }
  const head = h('div', { class: 'ticket-head' },
    h('a', { class: 'back', href: app.link('') }, '‹ All tickets'),
    h('div', { class: 'ticket-title-row' },
      h('div', { class: 'ticket-title' },
        h('span', { class: 'ticket-number' }, `#${ticket.number}`),
        h('h1', { id: 'ticket-subject' }, ticket.subject),
        h('div', { class: 'ticket-badges' }, statusBadge(ticket.status), priorityBadge(ticket.priority),
          h('span', { class: 'muted small' }, `Opened ${ago(ticket.createdAt)} by ${ticket.requesterName ?? 'someone'}`))),
      actions));

  // Conversation: the description first, then the comments.
  const entries = [
    h('li', { class: 'entry entry-description' },
      avatar(ticket.requesterName),
      h('div', { class: 'entry-body' },
        h('div', { class: 'entry-meta' }, h('strong', null, ticket.requesterName ?? 'Requester'),
          h('time', { datetime: ticket.createdAt, title: formatDate(ticket.createdAt) }, ago(ticket.createdAt))),
        h('div', { class: 'entry-text', id: 'ticket-description' }, ticket.description || 'No description.'))),
    ...comments.map((comment) => h('li', { class: `entry comment${comment.internal ? ' internal' : ''}`, dataset: { commentId: comment.id } },
      avatar(comment.authorName),
      h('div', { class: 'entry-body' },
        h('div', { class: 'entry-meta' }, h('strong', null, comment.authorName ?? 'Someone'),
          comment.internal && h('span', { class: 'badge badge-internal' }, 'Internal note'),
          h('time', { datetime: comment.createdAt, title: formatDate(comment.createdAt) }, ago(comment.createdAt))),
        h('div', { class: 'entry-text comment-body' }, comment.body)))),
  ];

  const body = h('textarea', { id: 'comment-body', name: 'body', rows: 4, required: true,
    placeholder: staff ? 'Write a reply or an internal note…' : 'Write a reply…', 'aria-label': 'Comment' });
  const internal = staff ? h('input', { type: 'checkbox', id: 'comment-internal', name: 'internal' }) : null;
  const commentError = h('div', { class: 'field-error', id: 'comment-error', hidden: true });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit', id: 'add-comment' }, 'Add comment');
  // COMMENT_COMPOSER plugins get the text area (e.g. to complete @mentions) and hear of each new comment.
  const composers = h('div', { class: 'comment-composer-slot', id: 'comment-composer-slot' });
  if (internal) {
    internal.addEventListener('change', () => replace(submit, internal.checked ? 'Add internal note' : 'Add comment'));
  }
  const commentForm = h('form', { class: 'comment-form', onsubmit: async (event) => {
    event.preventDefault();
    commentError.hidden = true;
    if (!body.value.trim()) {
      replace(commentError, 'Write something first.');
      commentError.hidden = false;
      return;
    }
    submit.disabled = true;
    try {
      const added = await app.api.post(`/tickets/${id}/comments`, { body: body.value, internal: internal?.checked ?? false });
      for (const element of composers.children) {
        element.dispatchEvent(new CustomEvent('annex-comment-added', { detail: added }));
      }
      app.toast(internal?.checked ? 'Internal note added' : 'Comment added', 'success');
      await app.refresh();
    } catch (error) {
      replace(commentError, error instanceof ApiError ? (error.fieldErrors.body || error.message) : 'Could not add the comment.');
      commentError.hidden = false;
      submit.disabled = false;
    }
  } },
  avatar(person.displayName),
  h('div', { class: 'comment-compose' }, body, composers, commentError,
    h('div', { class: 'comment-buttons' },
      internal && h('label', { class: 'check' }, internal, ' Internal note (agents only)'),
      submit)));

  const conversation = h('section', { class: 'card conversation' },
    h('h2', { class: 'card-title' }, 'Conversation', h('span', { class: 'count' }, String(comments.length))),
    h('ol', { class: 'entries', id: 'comments' }, entries),
    commentForm);

  // Sidebar: the ticket's fields; agents change status and priority here.
  const field = (name, value) => h('div', { class: 'prop' }, h('dt', null, name), h('dd', null, value));
  const select = (idName, values, current, kind) => h('select', { id: idName, 'aria-label': label(kind),
    onchange: (event) => update({ [kind]: event.target.value }, `${label(kind)} changed to ${label(event.target.value)}`) },
  values.map((value) => h('option', { value, selected: value === current }, label(value))));
  // Agents give the reason for a new priority; it is saved with the change as one public comment,
  // so followers hear of both in one mail.
  function priorityControl() {
    const reason = h('input', { type: 'text', id: 'priority-reason', maxlength: 10000, 'aria-label': 'Reason for the new priority',
      placeholder: 'Why? (public comment)' });
    const error = h('div', { class: 'field-error', id: 'priority-reason-error', hidden: true });
    const chooser = h('select', { id: 'ticket-priority', 'aria-label': label('priority'),
      onchange: () => { form.hidden = chooser.value === ticket.priority; if (!form.hidden) reason.focus(); } },
    PRIORITIES.map((value) => h('option', { value, selected: value === ticket.priority }, label(value))));
    const save = async (event) => {
      event.preventDefault();
      if (!reason.value.trim()) {
        replace(error, 'Say why the priority changes.');
        error.hidden = false;
        return;
      }
      await update({ priority: chooser.value, comment: reason.value },
        `${label('priority')} changed to ${label(chooser.value)}`);
    };
    const cancel = () => { chooser.value = ticket.priority; reason.value = ''; error.hidden = true; form.hidden = true; };
    const form = h('form', { class: 'priority-reason', id: 'priority-reason-form', hidden: true, onsubmit: save },
      reason, error,
      h('div', { class: 'comment-buttons' },
        h('button', { class: 'btn', type: 'button', id: 'cancel-priority', onclick: cancel }, 'Cancel'),
        h('button', { class: 'btn btn-primary', type: 'submit', id: 'save-priority' }, 'Save')));
    return h('div', { class: 'priority-control' }, chooser, form);
  }
  const details = h('section', { class: 'card details' },
    h('h2', { class: 'card-title' }, 'Details'),
    h('dl', { class: 'props' },
      field('Status', staff ? select('ticket-status', STATUSES, ticket.status, 'status') : statusBadge(ticket.status)),
      field('Priority', staff ? priorityControl() : priorityBadge(ticket.priority)),
      field('Requester', ticket.requesterName ?? '—'),
      field('Organisation', ticket.organisationName ?? '—'),
      field('Created', formatDate(ticket.createdAt)),
      field('Updated', formatDate(ticket.updatedAt))));
  const panels = h('div', { class: 'plugin-panels', id: 'plugin-panels' });

  const node = h('div', { class: 'page ticket-page', dataset: { ticketId: id } },
    behind,
    head,
    h('div', { class: 'ticket-layout' },
      h('div', { class: 'ticket-main' }, conversation),
      h('aside', { class: 'ticket-side' }, details, panels)));

  const context = { tenant: app.tenant, person, ticketId: id, ticket };
  return {
    node,
    after: async () => {
      await Promise.all([
        fillSlot(actions, inSlot(app.contributions, 'TICKET_ACTION'), context),
        fillSlot(panels, inSlot(app.contributions, 'TICKET_PANEL'), context, { frame: true }),
        fillSlot(composers, inSlot(app.contributions, 'COMMENT_COMPOSER'), { ...context, textarea: body }),
      ]);
      // Marks the page as complete (plugin slots filled or left empty), for tests and tools.
      node.dataset.slotsReady = 'true';
    },
  };
}
