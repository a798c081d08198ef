// Displays: table filtered by store, pairing new screens, revoking (admin).
import { api } from './api.js';
import { confirmDanger, notify } from './dialog.js';
import { showCommands } from './display-commands.js';
import { showRenderErrors, showTimeline } from './display-timeline.js';
import { h, replace } from './dom.js';
import { ago, className, dateTime, displayState, list, zoneName } from './format.js';
import { pairingForm } from './pairing.js';
import { can } from './session.js';
import { S } from './strings.js';
import { card, empty, pageHead, pager, stateDot, table } from './widgets.js';

export async function render(view, { query }) {
  const stores = await api.all('/stores');
  const storeName = new Map(stores.map((s) => [s.id, s.name]));
  let storeId = storeName.has(query.get('store')) ? query.get('store') : '';

  const filter = h('select', { id: 'store-filter', onchange: () => {
    storeId = filter.value;
    history.replaceState(null, '', storeId ? `#/displays?store=${encodeURIComponent(storeId)}` : '#/displays');
    rows.first();
  } }, h('option', { value: '' }, S.displays.allStores),
  stores.map((s) => h('option', { value: s.id, selected: s.id === storeId }, s.name)));

  const formSlot = h('div');
  const body = h('div');
  const pairButton = can.claimDisplays() && stores.length > 0
    ? h('button.primary', { type: 'button', onclick: openPairing }, S.displays.pair) : null;

  const rows = pager({
    load: (limit, offset) => api.get('/displays', { limit, offset, storeId }),
    show: (displays) => replace(body, displays.length === 0 ? empty(S.displays.empty) : displayTable(displays)),
  });

  function displayTable(displays) {
    return table([S.displays.status, S.displays.name, S.displays.store, S.displays.displayClass, S.displays.zone,
      S.displays.tags, S.displays.battery, S.displays.lastSeen, ''], displays.map((d) => h('tr', { class: d.revoked ? 'revoked' : null },
      h('td', { title: S.displays.health(d) }, stateDot(displayState(d)), renderErrors(d)),
      h('td', {}, h('strong', {}, d.name)),
      h('td', {}, storeName.get(d.storeId) || '—'),
      h('td', {}, className(d.displayClass)),
      h('td', {}, zoneName(d.zone)),
      h('td', {}, list(d.tags) || '—'),
      battery(d),
      h('td', { title: dateTime(d.lastSeenAt) }, ago(d.lastSeenAt)),
      h('td.row-actions', {}, d.revoked ? null
        : h('button.secondary.small', { type: 'button', onclick: () => showTimeline(d) }, S.displays.schedule),
        d.revoked ? null : h('button.secondary.small', { type: 'button', onclick: () => showCommands(d) }, S.displays.commands),
        can.revokeDisplays() && !d.revoked
          ? h('button.danger-outline.small', { type: 'button', onclick: () => revoke(d) }, S.displays.revoke) : null))));
  }

  function renderErrors(d) {
    const n = d.health ? d.health.renderErrors24h : 0;
    return n > 0 ? h('button.danger-outline.small', { type: 'button', title: S.displays.errorsHint, onclick: () => showRenderErrors(d) },
      S.displays.errors(n)) : null;
  }

  function battery(d) {
    const b = d.health && d.health.battery;
    return b ? h('td', { title: S.displays.batteryTitle(b) }, S.displays.batteryDays(b.predictedDays)) : h('td', {}, '—');
  }

  async function revoke(display) {
    const ok = await confirmDanger({
      title: S.displays.revokeTitle, body: S.displays.revokeBody(display.name), confirm: S.displays.revoke,
    });
    if (!ok) return;
    try {
      await api.post(`/displays/${display.id}/revoke`);
      notify(S.displays.revoked_(display.name));
      rows.reload();
    } catch (e) {
      notify(e.message, 'error');
    }
  }

  function openPairing() {
    replace(formSlot, pairingForm(stores, storeId, {
      onClaimed: (display) => {
        notify(S.displays.claimed(display.name));
        rows.reload();
      },
      onClose: () => replace(formSlot),
    }));
    formSlot.querySelector('input')?.focus();
  }

  replace(view,
    pageHead(S.displays.title, pairButton),
    formSlot,
    card(h('div.toolbar', {}, h('label', { for: 'store-filter' }, S.displays.filterStore), filter), body, rows.el));
  await rows.first();
}
