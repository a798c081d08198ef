// Campaigns: the list with dates, priority and targets; delete with confirmation.
import { api } from './api.js';
import { confirmDanger, notify } from './dialog.js';
import { h, replace } from './dom.js';
import { showPlays } from './campaign-plays.js';
import { showReach } from './campaign-reach.js';
import { workflowButtons } from './campaign-workflow.js';
import { campaignStatus, className, day, zoneName } from './format.js';
import { can } from './session.js';
import { S } from './strings.js';
import { badge, card, empty, linkButton, pageHead, pager, table } from './widgets.js';

export async function render(view) {
  const [playlists, stores] = await Promise.all([api.all('/playlists'), api.all('/stores')]);
  const playlistName = new Map(playlists.map((p) => [p.id, p.name]));
  const storeName = new Map(stores.map((s) => [s.id, s.name]));
  const body = h('div');
  const rows = pager({
    load: (limit, offset) => api.get('/campaigns', { limit, offset }),
    show: (campaigns) => replace(body, campaigns.length === 0 ? empty(S.campaigns.empty) : campaignTable(campaigns)),
  });

  function campaignTable(campaigns) {
    return table([S.campaigns.name, S.campaigns.status, S.campaigns.dates, S.campaigns.priority, S.campaigns.playlist,
      S.campaigns.targets, ''], campaigns.map((c) => {
      const status = campaignStatus(c);
      return h('tr', { 'data-id': c.id },
        h('td', {}, h('a', { href: `#/campaigns/${encodeURIComponent(c.id)}` }, h('strong', { dir: 'auto' }, c.name))),
        h('td', {}, badge(status.label, `status-${status.key}`)),
        h('td.nowrap', {}, `${day(c.startDate)} – ${day(c.endDate)}`),
        h('td.num', {}, String(c.priority)),
        h('td', {}, playlistName.get(c.playlistId) || '—'),
        h('td', {}, targetSummary(c.targets, storeName)),
        h('td.row-actions', {}, h('div.row-buttons', {}, workflowButtons(c, () => rows.reload()),
          h('button.secondary.small', { type: 'button', onclick: () => showReach(c) }, S.campaigns.reach),
          h('button.secondary.small', { type: 'button', onclick: () => showPlays(c) }, S.campaigns.plays),
          can.editCampaign(c) && c.status !== 'ended'
            ? h('a.button.secondary.small', { href: `#/campaigns/${encodeURIComponent(c.id)}` }, S.common.edit) : null,
          can.editCampaign(c) && (c.status === 'draft' || c.status === 'ended')
            ? h('button.danger-outline.small', { type: 'button', onclick: () => remove(c) }, S.common.delete) : null)));
    }));
  }

  async function remove(campaign) {
    if (!await confirmCampaignDelete(campaign)) return;
    rows.reload();
  }

  replace(view,
    pageHead(S.campaigns.title, can.editCampaigns() ? linkButton('#/campaigns/new', S.campaigns.add) : null),
    card(body, rows.el));
  await rows.first();
}

/** Asks, deletes, and tells; resolves true when the campaign is gone. */
export async function confirmCampaignDelete(campaign) {
  const ok = await confirmDanger({
    title: S.campaigns.deleteTitle, body: S.campaigns.deleteBody(campaign.name), confirm: S.common.delete,
  });
  if (!ok) return false;
  try {
    await api.del(`/campaigns/${encodeURIComponent(campaign.id)}`);
    notify(S.campaigns.deleted(campaign.name));
    return true;
  } catch (e) {
    notify(e.message, 'error');
    return false;
  }
}

export function targetSummary(targets, storeName) {
  const groups = [
    [S.campaigns.stores, (targets.storeIds || []).map((id) => storeName.get(id) || id)],
    [S.campaigns.regions, targets.regions || []],
    [S.campaigns.displayClasses, (targets.displayClasses || []).map(className)],
    [S.campaigns.zones, (targets.zones || []).map(zoneName)],
    [S.campaigns.tags, targets.tags || []],
  ].filter(([, values]) => values.length);
  if (!groups.length) return h('span.muted', {}, S.common.everywhere);
  return h('dl.targets', {}, groups.map(([label, values]) => [h('dt', {}, label), h('dd', {}, values.join(', '))]));
}
