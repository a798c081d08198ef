// Start-up, the page frame (header and navigation) and the hash router.
import { onUnauthorized } from './api.js';
import { h, replace } from './dom.js';
import { sentence } from './format.js';
import { loadSession, loginForm, logout, session } from './session.js';
import { S } from './strings.js';
import * as overview from './overview.js';
import * as stores from './stores.js';
import * as displays from './displays.js';
import * as slides from './slides.js';
import * as slideDetail from './slide-detail.js';
import * as slideForm from './slide-form.js';
import * as playlists from './playlists.js';
import * as playlistForm from './playlist-form.js';
import * as campaigns from './campaigns.js';
import * as campaignForm from './campaign-form.js';
import * as media from './media.js';

const NAV = ['overview', 'stores', 'displays', 'slides', 'playlists', 'campaigns', 'media'];

// Path pattern, nav section, view. Views are render(container, {params, query}) and may return a cleanup function.
const ROUTES = [
  [/^\/overview$/, 'overview', overview.render],
  [/^\/stores$/, 'stores', stores.render],
  [/^\/displays$/, 'displays', displays.render],
  [/^\/slides$/, 'slides', slides.render],
  [/^\/slides\/new$/, 'slides', slideForm.render],
  [/^\/slides\/([\w-]+)$/, 'slides', slideDetail.render],
  [/^\/slides\/([\w-]+)\/edit$/, 'slides', slideForm.render],
  [/^\/playlists$/, 'playlists', playlists.render],
  [/^\/playlists\/new$/, 'playlists', playlistForm.render],
  [/^\/playlists\/([\w-]+)$/, 'playlists', playlistForm.render],
  [/^\/campaigns$/, 'campaigns', campaigns.render],
  [/^\/campaigns\/new$/, 'campaigns', campaignForm.render],
  [/^\/campaigns\/([\w-]+)$/, 'campaigns', campaignForm.render],
  [/^\/media$/, 'media', media.render],
];

const root = document.getElementById('app');
let main = null;
let cleanup = null;

async function boot() {
  onUnauthorized(askToSignInAgain);
  try {
    await loadSession();
  } catch (e) {
    if (e.status === 401) return showLogin();
    return replace(root, h('div.boot-error', {}, h('p', {}, sentence(e.message)), h('button.primary', { onclick: boot }, S.common.retry)));
  }
  showShell();
}

function showLogin() {
  document.title = S.appName;
  replace(root, h('div.login-screen', {}, loginForm({ onSignedIn: () => boot() })));
}

/** A 401 in the middle of work: sign in on top of the page so nothing typed is lost. */
function askToSignInAgain() {
  if (!session.user || document.querySelector('dialog.relogin')) return;
  const previous = session.user.userId;
  const dialog = h('dialog.relogin');
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  dialog.append(loginForm({
    notice: S.login.expired,
    onSignedIn: async (principal) => {
      dialog.close();
      dialog.remove();
      if (principal.userId !== previous) return location.reload();
      await loadSession();
    },
  }));
  document.body.append(dialog);
  dialog.showModal();
}

function showShell() {
  const user = session.user;
  main = h('main', { id: 'main', tabindex: '-1' });
  const nav = h('nav.sidenav', { 'aria-label': 'Main' },
    NAV.map((key) => h('a', { href: `#/${key}`, 'data-section': key }, S.nav[key])));
  const header = h('header.topbar', {},
    h('div.brand', {}, h('span.brand-mark', { 'aria-hidden': 'true' }, 'S'),
      h('div', {}, h('strong', {}, session.organisation.name), h('span.muted', {}, S.appName))),
    h('div.user', {},
      h('div.user-name', {}, h('strong', {}, user.displayName), h('span.muted', {}, user.email)),
      h(`span.badge.role.${user.role}`, {}, S.roles[user.role] || user.role),
      h('button.secondary.small', { type: 'button', onclick: signOut }, S.login.logout)));
  replace(root, h('div.shell', {}, header, nav, main));
  route();
}

async function signOut() {
  if (cleanup) { cleanup(); cleanup = null; }
  main = null;
  await logout();
  history.replaceState(null, '', '#/overview');
  showLogin();
}

async function route() {
  if (!main) return;
  const hash = location.hash.replace(/^#/, '') || '/overview';
  const [path, queryString] = hash.split('?');
  const match = ROUTES.map(([re, section, view]) => ({ m: path.match(re), section, view })).find((r) => r.m);
  if (!match) return void (location.hash = '#/overview');
  if (cleanup) { cleanup(); cleanup = null; }
  document.querySelectorAll('.sidenav a').forEach((a) =>
    a.toggleAttribute('aria-current', a.dataset.section === match.section));
  document.title = `${S.nav[match.section]} · ${S.appName}`;
  const view = h('div.view', { 'aria-busy': 'true' }, h('p.loading', {}, S.common.loading));
  replace(main, view);
  try {
    const params = match.m.slice(1);
    const result = await match.view(view, { params, query: new URLSearchParams(queryString || '') });
    if (typeof result === 'function') cleanup = result;
  } catch (e) {
    replace(view, h('div.load-error', { role: 'alert' },
      h('h1', {}, S.common.loadFailed), h('p', {}, sentence(e.message)),
      h('button.primary', { type: 'button', onclick: route }, S.common.retry)));
  } finally {
    view.removeAttribute('aria-busy');
  }
}

window.addEventListener('hashchange', route);
boot();
