// The approval workflow as row buttons: which moves a campaign's status allows, and making one.
import { api } from './api.js';
import { notify } from './dialog.js';
import { h } from './dom.js';
import { can } from './session.js';
import { S } from './strings.js';

/** Moves each status allows, in the order the buttons appear; the server checks the same table. */
const MOVES = {
  draft: ['submit', 'end'],
  submitted: ['approve', 'reject', 'end'],
  approved: ['pause', 'end'],
  paused: ['resume', 'end'],
  ended: [],
};

const STYLE = { approve: 'primary', submit: 'primary', reject: 'danger-outline', end: 'danger-outline' };

/** Buttons for the moves this user may make now; onMoved runs after the server accepts one. */
export function workflowButtons(campaign, onMoved) {
  return (MOVES[campaign.status] || []).filter((action) => can.moveCampaign(campaign, action)).map((action) =>
    h(`button.small.${STYLE[action] || 'secondary'}`, {
      type: 'button', 'data-action': action, onclick: (e) => move(campaign, action, e.currentTarget, onMoved),
    }, S.campaigns.actions[action]));
}

async function move(campaign, action, button, onMoved) {
  button.disabled = true;
  try {
    await api.post(`/campaigns/${encodeURIComponent(campaign.id)}/transitions`, { action });
    notify(S.campaigns.moved[action](campaign.name));
    await onMoved();
  } catch (e) {
    notify(e.message, 'error');
    button.disabled = false;
  }
}
