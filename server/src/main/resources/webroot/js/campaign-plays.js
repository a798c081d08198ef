// "Plays": proof of play for the last 7 days, what the screens report they actually showed.
import { api, serverNow } from './api.js';
import { showPanel } from './dialog.js';
import { h } from './dom.js';
import { seconds } from './format.js';
import { S } from './strings.js';
import { table } from './widgets.js';

const WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function showPlays(campaign) {
  const to = new Date(serverNow());
  const from = new Date(to.getTime() - WINDOW_MS);
  showPanel(S.campaigns.playsTitle(campaign.name), async () => {
    const report = await api.get('/reports/plays',
      { from: from.toISOString(), to: to.toISOString(), campaignId: campaign.id });
    return [
      h('p.muted', {}, S.campaigns.playsWindow),
      h('p', { 'data-plays': String(report.plays) }, S.campaigns.playsTotal(report.plays, onScreen(report.playedMs)),
        report.unfinished ? ` ${S.campaigns.playsUnfinished(report.unfinished)}` : ''),
      report.displays.length ? playsTable(report.displays) : h('p.empty', {}, S.campaigns.playsNone),
    ];
  });
}

function playsTable(displays) {
  return table([S.displays.store, S.campaigns.reachDisplay, S.campaigns.plays, S.campaigns.playsOnScreen],
    displays.map((d) => h('tr', { 'data-id': d.displayId },
      h('td', {}, d.storeName || '—'),
      h('td', {}, h('strong', {}, d.displayName)),
      h('td.num', {}, String(d.plays)),
      h('td.num.nowrap', {}, onScreen(d.playedMs)))));
}

function onScreen(ms) {
  if (ms < 3_600_000) return seconds(ms);
  return `${Math.floor(ms / 3_600_000)} h ${Math.round((ms % 3_600_000) / 60_000)} min`;
}
