// Turning API values into short readable text.
import { serverNow } from './api.js';
import { ONLINE_WINDOW_MS } from './choices.js';
import { S } from './strings.js';

export function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The server's judgement (offline after three missed heartbeats); the clock window only for an answer without it. */
export function isOnline(display) {
  if (display.connectivity) return display.connectivity.status === 'online';
  if (display.revoked || !display.lastSeenAt) return false;
  return serverNow() - Date.parse(display.lastSeenAt) <= ONLINE_WINDOW_MS;
}

/** "Online", "Offline", "Revoked" or "Never seen" with a CSS state name. */
export function displayState(display) {
  if (display.revoked) return { key: 'revoked', label: S.displays.revoked };
  if (!display.lastSeenAt) return { key: 'never', label: S.displays.neverSeen };
  return isOnline(display) ? { key: 'online', label: S.displays.online } : { key: 'offline', label: S.displays.offline };
}

export function ago(iso) {
  if (!iso) return S.common.never;
  const seconds = Math.max(0, Math.round((serverNow() - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString('en-GB') : '';
}

export function day(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Today's date (yyyy-mm-dd) by the server's clock in the browser's time zone. */
export function today() {
  const now = new Date(serverNow());
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where the campaign stands in the approval workflow: draft, submitted, approved, paused or ended. */
export function campaignStatus(c) {
  return { key: c.status, label: S.campaigns.statuses[c.status] || c.status };
}

/** Approved and inside its dates today, so screens may be playing it. */
export function isRunning(c) {
  const t = today();
  return c.status === 'approved' && c.startDate <= t && t <= c.endDate;
}

export function seconds(ms) {
  const s = ms / 1000;
  if (s < 60) return `${+s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export const className = (id) => S.displayClasses[id] || id;
export const zoneName = (id) => S.zones[id] || id;
export const languageName = (code) => S.languages[code] || code;

/** Server messages start in lower case ("slide not found"); shown on their own they read better capitalised. */
export function sentence(text) {
  const s = String(text || '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function list(values) {
  return (values || []).filter(Boolean).join(', ');
}

export function parseList(text) {
  return String(text || '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** Length as the server counts it: in code points, so an emoji or a surrogate pair counts once. */
export function codePoints(text) {
  return [...text].length;
}
