// "Where and when": the reach report for the next 7 days, warnings first, then every display.
import { api, serverNow } from './api.js';
import { showPanel } from './dialog.js';
import { h } from './dom.js';
import { className, sentence } from './format.js';
import { S } from './strings.js';
import { table } from './widgets.js';

const WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function showReach(campaign) {
  const from = new Date(serverNow());
  const to = new Date(from.getTime() + WINDOW_MS);
  showPanel(S.campaigns.reachTitle(campaign.name), async () => {
    const report = await api.get(`/campaigns/${encodeURIComponent(campaign.id)}/reach`,
      { from: from.toISOString(), to: to.toISOString() });
    return [
      h('p.muted', {}, S.campaigns.reachWindow),
      (report.warnings || []).map((w) => h('p.warning', { 'data-code': w.code }, sentence(w.message))),
      report.displays?.length ? reachTable(report.displays) : h('p.empty', {}, S.campaigns.reachNone),
    ];
  });
}

function reachTable(displays) {
  return table([S.displays.store, S.campaigns.reachDisplay, S.campaigns.reachClass, S.campaigns.reachPlaying,
    S.campaigns.reachShadowed], displays.map((d) => h('tr', {},
    h('td', {}, d.storeName),
    h('td', {}, h('strong', {}, d.displayName)),
    h('td', {}, className(d.displayClass)),
    h('td.num.nowrap', {}, S.campaigns.minutes(d.playingMinutes, d.scheduledMinutes)),
    h('td', {}, (d.shadowedBy || []).join(', ') || '—'))));
}
