// Who is logged in, what their role may do, and the sign-in form.
import { api } from './api.js';
import { h } from './dom.js';
import { field, formError, input, submitting } from './forms.js';
import { S } from './strings.js';

export const session = { user: null, organisation: null };

const role = () => session.user?.role;
const isAdmin = () => role() === 'admin';

/** What the current role may do. The server enforces the same rules; the UI only hides what would be refused. */
export const can = {
  editStores: isAdmin,
  claimDisplays: () => isAdmin() || role() === 'store_manager',
  revokeDisplays: isAdmin,
  editContent: () => isAdmin() || role() === 'marketing',
  editCampaigns: () => !!role(),
  /** A store manager may change a campaign only when every store it names is theirs. */
  editCampaign: (campaign) => role() !== 'store_manager' || (campaign.targets.storeIds.length > 0
    && campaign.targets.storeIds.every((id) => session.user.storeIds.includes(id))),
  /** Submit: whoever may edit it; approve and reject: admins; pause, resume and end: admins and marketing. */
  moveCampaign: (campaign, action) => {
    if (action === 'submit') return can.editCampaign(campaign);
    if (action === 'approve' || action === 'reject') return isAdmin();
    return isAdmin() || role() === 'marketing';
  },
  editOrganisation: isAdmin,
  /** Store managers may only target their own stores and must name at least one. */
  limitedToOwnStores: () => role() === 'store_manager',
};

export async function loadSession() {
  session.user = await api.get('/auth/me');
  session.organisation = await api.get('/organisation');
  return session;
}

export async function logout() {
  await api.post('/auth/logout').catch(() => {});
  session.user = null;
  session.organisation = null;
}

/** The sign-in form; onSignedIn receives the principal. */
export function loginForm({ onSignedIn, notice }) {
  const email = input({ type: 'email', name: 'email', autocomplete: 'username', required: true, autofocus: true });
  const password = input({ type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const button = h('button.primary.wide', { type: 'submit' }, S.login.submit);
  const form = h('form.login-form', { novalidate: true },
    h('div.brand-mark', { 'aria-hidden': 'true' }, 'S'),
    h('h1', {}, S.login.title),
    h('p.muted', {}, notice || S.login.subtitle),
    formError(),
    field({ label: S.login.email, path: 'email', control: email }),
    field({ label: S.login.password, path: 'password', control: password }),
    button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const principal = await submitting(form, button,
      () => api.post('/auth/login', { email: email.value.trim(), password: password.value }), S.login.busy);
    if (principal) onSignedIn(principal);
    else password.select();
  });
  return form;
}
