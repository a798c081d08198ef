// A display's next 24 hours as segments, in its store's time zone; and what it failed to show.
import { api, serverNow } from './api.js';
import { showPanel } from './dialog.js';
import { h } from './dom.js';
import { S } from './strings.js';
import { table } from './widgets.js';

const WINDOW_MS = 24 * 60 * 60 * 1000;

export function showTimeline(display) {
  const from = new Date(serverNow());
  const to = new Date(from.getTime() + WINDOW_MS);
  showPanel(S.displays.scheduleTitle(display.name), async () => {
    const view = await api.get(`/displays/${encodeURIComponent(display.id)}/timeline`,
      { from: from.toISOString(), to: to.toISOString() });
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: view.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit',
    });
    const segments = view.segments || [];
    return [
      h('p.muted', {}, S.displays.scheduleZone(view.timeZone)),
      segments.length === 0 ? h('p.empty', {}, S.displays.scheduleEmpty)
        : table([S.displays.time, S.displays.layer, S.displays.showing], segments.map((s) => h('tr', {},
          h('td.nowrap', {}, `${time.format(new Date(s.start))} – ${time.format(new Date(s.end))}`),
          h('td', {}, h(`span.badge.layer-${s.layer}`, {}, S.displays.layers[s.layer] || s.layer)),
          h('td', {}, (s.entries || []).map((e) => e.name).join(', ') || '—')))),
    ];
  });
}

export function showRenderErrors(display) {
  showPanel(S.displays.errorsTitle(display.name), async () => {
    const errors = await api.get(`/displays/${encodeURIComponent(display.id)}/render-errors`);
    return [
      h('p.muted', {}, S.displays.errorsHint),
      errors.length === 0 ? h('p.empty', {}, S.displays.errorsEmpty)
        : table([S.displays.errorItem, S.displays.errorSlide, S.displays.errorMessage, S.displays.errorCount, S.displays.errorLast],
          errors.map((e) => h('tr', {},
            h('td', {}, e.itemId),
            h('td', {}, e.templateId || '—'),
            h('td', {}, e.message),
            h('td', {}, String(e.count)),
            h('td.nowrap', {}, new Date(e.lastAt).toLocaleString())))),
    ];
  });
}
