// The one place that talks to /api/v1. Every failure becomes an ApiError carrying the
// server's {error, field, message}, so forms can put the message next to the right input.
import { S } from './strings.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.code = body?.error || 'http_' + status;
    this.field = body?.field ?? null;
  }
}

let unauthorizedHandler = () => {};
let clockOffsetMs = 0;

/** Called with no arguments whenever a request outside /auth answers 401. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

/** Current time by the server's clock (taken from the Date header), so "online" does not depend on the PC's clock. */
export function serverNow() {
  return Date.now() + clockOffsetMs;
}

export function url(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return '/api/v1' + path + (qs ? '?' + qs : '');
}

async function request(method, path, { query, json, body, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  let response;
  try {
    response = await fetch(url(path, query), { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { error: 'network', message: S.common.unreachable });
  }
  const date = Date.parse(response.headers.get('Date') || '');
  if (!Number.isNaN(date)) clockOffsetMs = date - Date.now();
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    error.sessionEnded = response.status === 401 && !path.startsWith('/auth/');
    if (error.sessionEnded) unauthorizedHandler();
    throw error;
  }
  return data;
}

export const api = {
  get: (path, query) => request('GET', path, { query }),
  post: (path, json) => request('POST', path, { json }),
  put: (path, json) => request('PUT', path, { json }),
  del: (path) => request('DELETE', path),
  upload: (file) => request('POST', '/media', {
    query: { name: file.name }, body: file, contentType: file.type || 'application/octet-stream',
  }),

  /** Every item of a paginated list, following limit/offset until total is reached. */
  async all(path, query = {}) {
    const items = [];
    for (;;) {
      const page = await request('GET', path, { query: { ...query, limit: 500, offset: items.length } });
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.total) return items;
    }
  },
};
