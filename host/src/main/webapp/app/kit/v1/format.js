// How the host shows values people read: constants as words, instants as local dates, ISO-8601
// durations as days and hours, people by name. Plugins use the same functions, so a status or a
// date reads the same on every page.

import { h } from './dom.js';

export const STATUSES = ['OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED', 'CLOSED_ESCALATED'];
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** Names that the constant does not spell out. */
const LABELS = {
  CLOSED_ESCALATED: 'Closed – escalated to engineering',
  ON_HOLD: 'On hold',
  TENANT_ADMIN: 'Tenant admin',
  ORGANISATION_ADMIN: 'Organisation admin',
};

/** "OPEN" → "Open", "CLOSED_ESCALATED" → "Closed – escalated to engineering"; '' for nothing. */
export function label(constant) {
  if (constant === null || constant === undefined || constant === '') return '';
  if (LABELS[constant]) return LABELS[constant];
  const words = String(constant).toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function parse(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An instant as "1 Dec 2026, 18:48" in the reader's locale and time zone. */
export function formatDate(iso) {
  const date = parse(iso);
  return date ? dateTime.format(date) : String(iso ?? '');
}

/** An instant as its day, "1 Dec 2026". */
export function formatDay(iso) {
  const date = parse(iso);
  return date ? dateOnly.format(date) : String(iso ?? '');
}

/** An instant relative to now: "3 hours ago", "in 2 days". */
export function ago(iso) {
  const date = parse(iso);
  if (!date) return String(iso ?? '');
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600],
    ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

/**
 * A <time> element: the formatted instant (or only its day, or relative), the exact local time
 * as its tooltip. dateText(grant.expiresAt, {day: true}).
 */
export function dateText(iso, { day = false, relative: rel = false } = {}) {
  const date = parse(iso);
  if (!date) return h('span', { class: 'muted' }, '—');
  const text = rel ? ago(iso) : day ? formatDay(iso) : formatDate(iso);
  return h('time', { datetime: date.toISOString(), title: formatDate(iso) }, text);
}

const UNITS = [['Y', 'year'], ['M', 'month'], ['W', 'week'], ['D', 'day'], ['H', 'hour'], ['M', 'minute'], ['S', 'second']];
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** "P7D" → "7 days", "PT1H30M" → "1 hour 30 minutes"; '' when it is not an ISO-8601 duration. */
export function durationText(iso) {
  const match = DURATION.exec(String(iso ?? '').trim());
  if (!match || match.slice(1).every((part) => part === undefined)) return '';
  return UNITS.map(([, unit], i) => [Number(match[i + 1] || 0), unit])
    .filter(([amount]) => amount > 0)
    .map(([amount, unit]) => `${amount} ${unit}${amount === 1 ? '' : 's'}`)
    .join(' ') || 'zero';
}

export function initials(name) {
  // Words that start with a letter or digit: "Sam Support <sam@…>" is "SS", not "S<".
  const parts = String(name || '?').trim().split(/\s+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  return ((parts[0]?.[0] ?? '?') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

export function avatar(name) {
  return h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(name));
}

/**
 * A person as people know them: initials, name and, if given, a second line (their email or
 * organisation). person: {displayName, email?}; options: {detail, avatar: true}.
 */
export function personName(person, { detail, avatar: withAvatar = true } = {}) {
  const name = person?.displayName || person?.name || person?.email || 'Unknown person';
  const second = detail === undefined ? person?.email : detail;
  return h('span', { class: 'person' }, withAvatar && avatar(name),
    h('span', { class: 'person-text' }, h('span', { class: 'person-name' }, name),
      second && second !== name ? h('span', { class: 'person-detail' }, second) : null));
}

/** A ticket status as the host's badge: statusBadge('CLOSED_ESCALATED'). */
export function statusBadge(status) {
  return h('span', { class: `badge status-${String(status).toLowerCase()}` }, label(status));
}

export function priorityBadge(priority) {
  return h('span', { class: `priority priority-${String(priority).toLowerCase()}` }, label(priority));
}
