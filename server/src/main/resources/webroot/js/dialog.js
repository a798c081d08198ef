// Confirmation dialogs and short-lived notices.
import { h, replace } from './dom.js';
import { sentence } from './format.js';
import { S } from './strings.js';

/** Resolves true when the user confirms. The confirm button is styled as dangerous. */
export function confirmDanger({ title, body, confirm }) {
  return new Promise((resolve) => {
    const dialog = h('dialog.confirm', { 'aria-labelledby': 'confirm-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'confirm-title' }, title),
        h('p', {}, body),
        h('div.actions',
          h('button.secondary', { value: 'cancel', autofocus: true }, S.common.cancel),
          h('button.danger', { value: 'ok' }, confirm))));
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'ok');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/**
 * A wide read-only panel. load() resolves to its content; while it runs the panel says so,
 * and a failure is shown inside the panel rather than as a notice that would vanish.
 */
export function showPanel(title, load) {
  const body = h('div.panel-body', { 'aria-busy': 'true' }, h('p.loading', {}, S.common.loading));
  const dialog = h('dialog.panel', { 'aria-labelledby': 'panel-title' },
    h('div.panel-head', {}, h('h2', { id: 'panel-title' }, title),
      h('form', { method: 'dialog' }, h('button.secondary.small', { value: 'close' }, S.common.close))),
    body);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  Promise.resolve().then(load).then((content) => replace(body, content),
    (e) => replace(body, h('p.form-error', { role: 'alert' }, sentence(e.message))))
    .finally(() => body.removeAttribute('aria-busy'));
  return dialog;
}

const MAX_NOTICES = 3;

/** A notice at the bottom of the screen; kind is 'ok' or 'error'. */
export function notify(message, kind = 'ok') {
  let tray = document.getElementById('notices');
  if (!tray) {
    tray = h('div', { id: 'notices', role: 'status', 'aria-live': 'polite' });
    document.body.append(tray);
  }
  const notice = h(`div.notice.${kind}`, {}, sentence(message));
  tray.append(notice);
  while (tray.children.length > MAX_NOTICES) tray.firstElementChild.remove();
  setTimeout(() => notice.classList.add('leaving'), 4500);
  setTimeout(() => notice.remove(), 5000);
}
