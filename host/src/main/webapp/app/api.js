// The JSON client of the Annex API: same-origin cookies, the CSRF header on every change, and
// RFC 9457 problems turned into ApiError.

export class ApiError extends Error {
  constructor(status, problem, headers) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.headers = headers;
  }

  /** Field errors as {field: message}. */
  get fieldErrors() {
    const errors = {};
    for (const error of this.problem.errors || []) {
      const field = String(error.field || '').split('.').pop();
      if (!(field in errors)) errors[field] = error.message;
    }
    return errors;
  }
}

/**
 * The CSRF token for calls under base. The operator console has its own cookie, so signing in or
 * out there never disturbs a tenant session in the same browser, nor the reverse.
 */
export function csrfToken(base = '') {
  const wanted = base.startsWith('/api/operator') ? 'annex_operator_csrf' : 'annex_csrf';
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === wanted) return decodeURIComponent(rest.join('='));
  }
  return '';
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A fetch under base (e.g. /api/t/demo) that speaks JSON and sends the CSRF header on writes. */
export async function request(base, method, path, { body, headers = {}, raw = false } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (WRITES.has(method)) init.headers['X-CSRF-Token'] = csrfToken(base);
  const response = await fetch(base + path, init);
  if (raw) return response;
  const type = response.headers.get('Content-Type') || '';
  const data = response.status === 204 ? null
    : type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof data === 'object' ? data : { detail: data }, response.headers);
  return { data, headers: response.headers, status: response.status };
}

/** A small client rooted at base: get/post/put/patch/delete return the parsed body. */
export function client(base) {
  const call = (method) => async (path = '', body, options = {}) =>
    (await request(base, method, path, { ...options, body })).data;
  return {
    base,
    get: (path = '', options = {}) => request(base, 'GET', path, options).then((r) => r.data),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: (path = '', options = {}) => request(base, 'DELETE', path, options).then((r) => r.data),
    /**
     * Every item of a paged list ({items, page, size, total}), page after page in order: for lists
     * a view shows whole, such as a ticket's conversation.
     */
    all: async (path) => {
      const items = [];
      const glue = path.includes('?') ? '&' : '?';
      for (let page = 0; ; page++) {
        const { data } = await request(base, 'GET', `${path}${glue}size=100&page=${page}`);
        items.push(...data.items);
        if (data.items.length === 0 || items.length >= data.total) return items;
      }
    },
    /** The full reply: {data, headers, status}. */
    request: (method, path = '', options = {}) => request(base, method, path, options),
    /** Plain fetch under base, with the CSRF header added for writes. */
    fetch: (path = '', init = {}) => {
      const method = (init.method || 'GET').toUpperCase();
      const headers = new Headers(init.headers || {});
      if (WRITES.has(method)) headers.set('X-CSRF-Token', csrfToken(base));
      return fetch(base + path, { credentials: 'same-origin', ...init, method, headers });
    },
  };
}
