// Playlists: the list, with the organisation's default marked and settable by admins.
import { api } from './api.js';
import { notify } from './dialog.js';
import { h, replace } from './dom.js';
import { seconds } from './format.js';
import { can, session } from './session.js';
import { S } from './strings.js';
import { badge, card, empty, linkButton, pageHead, pager, table } from './widgets.js';

export async function render(view) {
  let organisation = await api.get('/organisation');
  const body = h('div');
  const rows = pager({
    load: (limit, offset) => api.get('/playlists', { limit, offset }),
    show: (playlists) => replace(body, playlists.length === 0 ? empty(S.playlists.empty) : playlistTable(playlists)),
  });

  function playlistTable(playlists) {
    return table([S.playlists.name, S.playlists.slides, S.playlists.totalDuration, ''], playlists.map((p) => {
      const isDefault = p.id === organisation.defaultPlaylistId;
      return h('tr', {},
        h('td', {}, h('a', { href: `#/playlists/${encodeURIComponent(p.id)}` }, h('strong', { dir: 'auto' }, p.name)),
          isDefault ? [' ', badge(S.playlists.default, 'accent')] : null),
        h('td', {}, String(p.items.length)),
        h('td', {}, seconds(p.items.reduce((sum, i) => sum + i.durationMs, 0))),
        h('td.row-actions', {}, can.editOrganisation() && !isDefault
          ? h('button.secondary.small', { type: 'button', onclick: () => makeDefault(p) }, S.playlists.makeDefault) : null));
    }));
  }

  async function makeDefault(playlist) {
    try {
      organisation = await api.put('/organisation', { name: organisation.name, defaultPlaylistId: playlist.id });
      session.organisation = organisation;
      notify(S.playlists.defaultSet(playlist.name));
      rows.reload();
    } catch (e) {
      notify(e.message, 'error');
    }
  }

  replace(view,
    pageHead(S.playlists.title, can.editContent() ? linkButton('#/playlists/new', S.playlists.add) : null),
    h('p.muted', {}, S.playlists.defaultHint),
    card(body, rows.el));
  await rows.first();
}
