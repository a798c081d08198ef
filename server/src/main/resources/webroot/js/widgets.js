// Small pieces every page uses: page heading, badges, empty states, pager.
import { h, replace } from './dom.js';
import { S } from './strings.js';

export function pageHead(title, ...actions) {
  return h('div.page-head', {}, h('h1', {}, title), h('div.actions', {}, actions));
}

export function linkButton(href, label, kind = 'primary') {
  return h(`a.button.${kind}`, { href }, label);
}

export function badge(text, kind = '') {
  return h(`span.badge${kind ? '.' + kind : ''}`, {}, text);
}

export function stateDot(state) {
  return h(`span.state.${state.key}`, {}, h('span.dot', { 'aria-hidden': 'true' }), state.label);
}

export function empty(message, action) {
  return h('div.empty', {}, h('p', {}, message), action || null);
}

export function card(...children) {
  return h('section.card', {}, children);
}

export function table(headers, rows) {
  return h('div.table-wrap', {},
    h('table', {},
      h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows)));
}

/**
 * Loads one page at a time: load(limit, offset) resolves to {items, total, limit, offset}
 * and show(items) draws them. Returns the element holding the pager controls and a reload().
 */
export function pager({ load, show, limit = 50 }) {
  let offset = 0;
  const info = h('span.pager-info');
  const prev = h('button.secondary.small', { type: 'button', onclick: () => go(offset - limit) }, S.common.prev);
  const next = h('button.secondary.small', { type: 'button', onclick: () => go(offset + limit) }, S.common.next);
  const el = h('div.pager', {}, info, prev, next);
  async function go(to) {
    offset = Math.max(0, to);
    const page = await load(limit, offset);
    if (page.items.length === 0 && offset > 0 && page.total > 0) return go(offset - limit);
    show(page.items, page.total);
    const from = page.total === 0 ? 0 : offset + 1;
    replace(info, S.common.pageOf(from, offset + page.items.length, page.total));
    prev.disabled = offset === 0;
    next.disabled = offset + page.items.length >= page.total;
    prev.hidden = next.hidden = page.total <= limit;
  }
  return { el, reload: () => go(offset), first: () => go(0) };
}
