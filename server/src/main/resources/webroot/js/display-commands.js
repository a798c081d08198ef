// Remote commands for one display: buttons for what the user's role may send, the audit trail and the latest screenshot.
import { api, url } from './api.js';
import { notify, showPanel } from './dialog.js';
import { h, replace } from './dom.js';
import { session } from './session.js';
import { table } from './widgets.js';

const LABELS = { reload: 'Reload', screenshot: 'Screenshot', restart: 'Restart player', clear_cache: 'Clear cache',
  full_refresh: 'Full refresh (e-ink)' };

/** Mirrors the server's rule: admin anything, a store manager for their stores, marketing screenshots only. */
function allowed(display) {
  const role = session.user?.role;
  const types = Object.keys(LABELS).filter((t) => t !== 'full_refresh' || display.displayClass.startsWith('eink'));
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
      h('img', { src: url(`${path}/${latest.id}/screenshot`), alt: `Screenshot of ${display.name}`,
        width: latest.screenshotWidth, height: latest.screenshotHeight }),
      h('figcaption.muted', {}, new Date(latest.finishedAt || latest.requestedAt).toLocaleString())) : h('p.muted', {}, 'No screenshot yet.'));
    replace(history, commands.length === 0 ? h('p.empty', {}, 'No commands sent yet.')
      : table(['Command', 'Requested by', 'Requested', 'Status', 'Result'], commands.map((c) => h('tr', {},
        h('td', {}, LABELS[c.type] || c.type),
        h('td', {}, c.requestedByEmail),
        h('td.nowrap', {}, new Date(c.requestedAt).toLocaleString()),
        h('td', { class: `command-${c.status}` }, c.status),
        h('td', {}, c.message || '—')))));
  }

  async function send(type) {
    try {
      await api.post(path, { type });
      notify(`${LABELS[type]} sent to ${display.name}`);
    } catch (e) {
      notify(e.message, 'error');
    }
    await refresh();
  }

  showPanel(`Commands: ${display.name}`, async () => {
    await refresh();
    return [
      h('div.row-actions', {}, allowed(display).map((t) => h('button.secondary.small',
        { type: 'button', 'data-command': t, onclick: () => send(t) }, LABELS[t])),
      h('button.secondary.small', { type: 'button', onclick: refresh }, 'Refresh')),
      shot,
      history,
    ];
  });
}
