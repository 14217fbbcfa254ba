// Operator console: work over many tenants at once — tenants imported from a CSV file, a plugin
// switched on or off for every tenant — run by the host as operations (POST … answers 202 with
// one), whose progress is polled here until done.

import { h, replace } from '../kit/v1/kit.js';

const POLL_MS = 400;
const ROWS_PER_REQUEST = 1000; // the bulk API's limit per request
export const CSV_COLUMNS = ['slug', 'name', 'admin_email', 'admin_name', 'admin_password'];

/**
 * Rows of a CSV file (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF),
 * as arrays of strings; blank lines are left out.
 */
export function csvRows(text) {
  const rows = [];
  let row = [];
  let value = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { value += '"'; i++; } else if (c === '"') { quoted = false; } else { value += c; }
    } else if (c === '"' && value === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(value); value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(value); value = '';
      if (row.some((cell) => cell.trim() !== '')) rows.push(row);
      row = [];
    } else {
      value += c;
    }
  }
  row.push(value);
  if (row.some((cell) => cell.trim() !== '')) rows.push(row);
  return rows;
}

/**
 * The tenants of a CSV file with the header {@link CSV_COLUMNS} (any order, any case), as the
 * bulk API's rows, or the problems that stop the import before anything is sent.
 */
export function tenantsFromCsv(text) {
  const rows = csvRows(text);
  if (rows.length === 0) return { tenants: [], problems: ['The file is empty.'] };
  const header = rows[0].map((cell) => cell.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length) {
    return { tenants: [], problems: [`The first line must name the columns ${CSV_COLUMNS.join(', ')}; missing: ${missing.join(', ')}.`] };
  }
  const at = Object.fromEntries(CSV_COLUMNS.map((column) => [column, header.indexOf(column)]));
  const problems = [];
  const tenants = rows.slice(1).map((cells, i) => {
    if (cells.length !== header.length) problems.push(`Line ${i + 2}: ${cells.length} fields, the header has ${header.length}.`);
    const cell = (column) => (cells[at[column]] ?? '').trim();
    return {
      slug: cell('slug').toLowerCase(),
      name: cell('name'),
      admin: { email: cell('admin_email'), displayName: cell('admin_name'), password: cells[at.admin_password] ?? '' },
    };
  });
  if (!problems.length && tenants.length === 0) problems.push('The file names no tenant below its header.');
  return { tenants, problems };
}

/** A progress line: a bar, "done of total", failures as they come. */
export function progressView(id) {
  const bar = h('progress', { id: `${id}-bar`, max: '1', value: '0', 'aria-label': 'Progress' });
  const text = h('span', { class: 'muted', id: `${id}-text`, role: 'status', 'aria-live': 'polite' }, 'Starting…');
  const failures = h('ul', { class: 'bulk-failures', id: `${id}-failures` });
  const root = h('div', { class: 'bulk-progress stack', id }, h('div', { class: 'bulk-progress-line' }, bar, text), failures);
  return {
    root,
    show(done, total, failed, state) {
      bar.max = String(Math.max(total, 1));
      bar.value = String(done);
      text.textContent = `${done.toLocaleString()} of ${total.toLocaleString()} processed`
        + (failed ? `, ${failed.toLocaleString()} failed` : '') + (state === 'DONE' ? '.' : '…');
    },
    fail(lines) {
      replace(failures, ...lines.map((line) => h('li', null, line)));
    },
  };
}

/** Polls an operation until it is done; calls onProgress with each reading; returns the last. */
export async function awaitOperation(ops, operation, onProgress) {
  let current = operation;
  onProgress(current);
  while (current.state !== 'DONE') {
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    current = await ops.api.get(`/operations/${current.id}`);
    onProgress(current);
  }
  return current;
}

/**
 * Creates the tenants in requests of at most 1,000 rows, one after the other, showing progress
 * over all of them. A request the host refuses as a whole (a 422 naming tenants[i].field) stops
 * the import there, with the field's line in the file; rows of earlier requests stay created.
 */
export async function importTenants(ops, tenants, progress) {
  let done = 0;
  let failed = 0;
  const failures = [];
  progress.fail([]);
  progress.show(0, tenants.length, 0, 'RUNNING');
  for (let offset = 0; offset < tenants.length; offset += ROWS_PER_REQUEST) {
    const chunk = tenants.slice(offset, offset + ROWS_PER_REQUEST);
    let started;
    try {
      started = await ops.api.post('/tenants/bulk', { tenants: chunk });
    } catch (error) {
      const lines = (error.problem?.errors || []).map((e) => {
        const row = /^tenants\[(\d+)\]\.?(.*)$/.exec(e.field || '');
        return row ? `Line ${Number(row[1]) + offset + 2} (${row[2] || 'row'}): ${e.message}` : `${e.field}: ${e.message}`;
      });
      progress.fail([...failures, ...(lines.length ? lines : [error.message || 'The import was refused.'])]);
      return { done, failed, refused: true, remaining: tenants.length - offset };
    }
    const finished = await awaitOperation(ops, started, (op) => progress.show(done + op.done, tenants.length, failed + op.failed, 'RUNNING'));
    done += finished.done;
    failed += finished.failed;
    failures.push(...finished.failures);
    progress.fail(failures);
  }
  progress.show(done, tenants.length, failed, 'DONE');
  return { done, failed, refused: false, remaining: 0 };
}
