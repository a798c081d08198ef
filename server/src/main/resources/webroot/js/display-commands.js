// Remote commands for one display: buttons for what the user's role may send, the audit trail and the latest screenshot.
import { api, url } from './api.js';
import { COMMAND_TYPES } from './choices.js';
import { notify, showPanel } from './dialog.js';
import { h, replace } from './dom.js';
import { session } from './session.js';
import { S } from './strings.js';
import { table } from './widgets.js';

const T = S.displays;
const label = (type) => T.commandTypes[type] || type;

/** Mirrors the server's rule: admin anything, a store manager for their stores, marketing screenshots only. */
function allowed(display) {
  const role = session.user?.role;
  const types = COMMAND_TYPES.filter((t) => t !== 'full_refresh' || display.displayClass.startsWith('eink'));
  if (role === 'marketing') return ['screenshot'];
  return role === 'admin' || role === 'store_manager' ? types : [];
}

export function showCommands(display) {
  const path = `/displays/${encodeURIComponent(display.id)}/commands`;
  const history = h('div.command-history');
  const shot = h('div.command-screenshot');

  async function refresh() {
    const commands = await api.get(path);
    const latest = commands.find((c) => c.screenshot);
    replace(shot, latest ? h('figure', {},
      h('img', { src: url(`${path}/${latest.id}/screenshot`), alt: T.screenshotAlt(display.name),
        width: latest.screenshotWidth, height: latest.screenshotHeight }),
      h('figcaption.muted', {}, new Date(latest.finishedAt || latest.requestedAt).toLocaleString())) : h('p.muted', {}, T.noScreenshot));
    replace(history, commands.length === 0 ? h('p.empty', {}, T.noCommands)
      : table([T.commandType, T.commandBy, T.commandAt, T.commandStatus, T.commandResult], commands.map((c) => h('tr', {},
        h('td', {}, label(c.type)),
        h('td', {}, c.requestedByEmail),
        h('td.nowrap', {}, new Date(c.requestedAt).toLocaleString()),
        h('td', { class: `command-${c.status}` }, T.commandStatuses[c.status] || c.status),
        h('td', {}, c.message || '—')))));
  }

  async function send(type) {
    try {
      await api.post(path, { type });
      notify(T.commandSent(label(type), display.name));
    } catch (e) {
      notify(e.message, 'error');
    }
    await refresh();
  }

  showPanel(T.commandsTitle(display.name), async () => {
    await refresh();
    return [
      h('div.row-actions', {}, allowed(display).map((t) => h('button.secondary.small',
        { type: 'button', 'data-command': t, onclick: () => send(t) }, label(t))),
      h('button.secondary.small', { type: 'button', onclick: refresh }, T.commandsRefresh)),
      shot,
      history,
    ];
  });
}
