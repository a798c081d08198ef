// Overview: totals, and every store's displays with their state. Refreshes every 30 seconds.
import { api } from './api.js';
import { h, replace } from './dom.js';
import { ago, className, dateTime, displayState, isOnline, isRunning, zoneName } from './format.js';
import { S } from './strings.js';
import { card, pageHead, stateDot } from './widgets.js';

const REFRESH_MS = 30_000;

export async function render(view) {
  const stats = h('div.stats');
  const perStore = h('div.store-grid');
  replace(view, pageHead(S.overview.title), stats, h('div.section-head', {},
    h('h2', {}, S.overview.perStore), h('p.muted', {}, S.overview.onlineHint)), perStore);

  async function refresh() {
    const total = (path) => api.get(path, { limit: 1 }).then((p) => p.total);
    const [stores, displays, campaigns, slides, playlists, media] = await Promise.all([
      api.all('/stores'), api.all('/displays'), api.all('/campaigns'),
      total('/slides'), total('/playlists'), total('/media')]);
    const active = displays.filter((d) => !d.revoked);
    replace(stats,
      stat(S.overview.stores, stores.length, '#/stores'),
      stat(S.overview.displays, active.length, '#/displays'),
      stat(S.overview.online, `${active.filter(isOnline).length} / ${active.length}`, '#/displays', 'online'),
      stat(S.overview.campaigns, campaigns.filter((c) => isRunning(c)).length, '#/campaigns'),
      stat(S.overview.slides, slides, '#/slides'),
      stat(S.overview.playlists, playlists, '#/playlists'),
      stat(S.overview.media, media, '#/media'));
    replace(perStore, stores.map((store) => storeCard(store, displays.filter((d) => d.storeId === store.id))));
  }

  await refresh();
  const timer = setInterval(() => refresh().catch(() => {}), REFRESH_MS);
  return () => clearInterval(timer);
}

function stat(label, value, href, kind = '') {
  return h(`a.stat${kind ? '.' + kind : ''}`, { href }, h('span.stat-value', {}, String(value)), h('span.stat-label', {}, label));
}

function storeCard(store, displays) {
  const online = displays.filter(isOnline).length;
  const sorted = [...displays].sort((a, b) => a.name.localeCompare(b.name));
  return card(
    h('div.card-head', {},
      h('h3', {}, h('a', { href: `#/displays?store=${encodeURIComponent(store.id)}` }, store.name)),
      h('span.muted', {}, [store.region, store.timeZone].filter(Boolean).join(' · '))),
    h('p.store-summary', {}, `${online} of ${displays.filter((d) => !d.revoked).length} online`),
    displays.length === 0 ? h('p.muted', {}, S.overview.noDisplays) : h('ul.display-list', {}, sorted.map((d) =>
      h('li', {},
        stateDot(displayState(d)),
        h('span.display-name', {}, d.name),
        h('span.muted', {}, `${className(d.displayClass)} · ${zoneName(d.zone)}`),
        h('span.seen', { title: dateTime(d.lastSeenAt) }, d.lastSeenAt ? ago(d.lastSeenAt) : '')))));
}
