// Create or edit a campaign: playlist, dates, priority and where it plays.
import { api } from './api.js';
import { DISPLAY_CLASSES, ZONES } from './choices.js';
import { notify } from './dialog.js';
import { h, icon, replace } from './dom.js';
import { checkboxes, field, formError, input, select, showError, submitting } from './forms.js';
import { className, parseList, today, zoneName } from './format.js';
import { confirmCampaignDelete } from './campaigns.js';
import { daypartEditor } from './daypart-editor.js';
import { can } from './session.js';
import { S } from './strings.js';
import { pageHead } from './widgets.js';

const DEFAULT_DAYS = 14;
const DEFAULT_PRIORITY = 10;
const DEFAULT_WEIGHT = 1;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function render(view, { params: [id] }) {
  const [campaign, playlists, stores] = await Promise.all([
    id ? api.get(`/campaigns/${encodeURIComponent(id)}`) : null, api.all('/playlists'), api.all('/stores')]);
  const targets = campaign?.targets || {};
  const editable = !campaign || can.editCampaign(campaign);
  const start = today();

  const name = input({ name: 'name', value: campaign?.name || '', maxlength: 100, required: true, dir: 'auto' });
  const playlist = select(playlists.map((p) => ({ value: p.id, label: p.name })), campaign?.playlistId || playlists[0]?.id, { name: 'playlistId' });
  const startDate = input({ type: 'date', name: 'startDate', value: campaign?.startDate || start, required: true });
  const endDate = input({ type: 'date', name: 'endDate', value: campaign?.endDate || addDays(start, DEFAULT_DAYS), required: true });
  const priority = input({ type: 'number', name: 'priority', min: 0, max: 100, step: 1, value: campaign?.priority ?? DEFAULT_PRIORITY, class: 'short' });
  const weight = input({ type: 'number', name: 'weight', min: 1, max: 100, step: 1, value: campaign?.weight ?? DEFAULT_WEIGHT, class: 'short' });
  const maxPlays = input({ type: 'number', name: 'maxPlaysPerHour', min: 1, max: 720, step: 1, value: campaign?.maxPlaysPerHour ?? '', class: 'short' });
  const exceptions = input({ name: 'exceptions', value: (campaign?.exceptions || []).join(', '), placeholder: '2026-12-25, 2026-12-26' });
  const dayparts = daypartEditor(campaign?.dayparts || []);
  const storeBoxes = checkboxes({ legend: S.campaigns.stores, path: 'targets.storeIds', selected: targets.storeIds,
    hint: can.limitedToOwnStores() ? S.campaigns.managerHint : null,
    options: stores.map((s) => ({ value: s.id, label: s.name })) });
  const regions = [...new Set([...stores.map((s) => s.region).filter(Boolean), ...(targets.regions || [])])].sort();
  const regionBoxes = checkboxes({ legend: S.campaigns.regions, path: 'targets.regions', selected: targets.regions,
    options: regions.map((r) => ({ value: r, label: r })) });
  const classBoxes = checkboxes({ legend: S.campaigns.displayClasses, path: 'targets.displayClasses', selected: targets.displayClasses,
    options: DISPLAY_CLASSES.map((c) => ({ value: c, label: className(c) })) });
  const zoneBoxes = checkboxes({ legend: S.campaigns.zones, path: 'targets.zones', selected: targets.zones,
    options: ZONES.map((z) => ({ value: z, label: zoneName(z) })) });
  const tags = input({ name: 'tags', value: (targets.tags || []).join(', '), placeholder: 'promo, front' });

  const save = h('button.primary', { type: 'submit' }, campaign ? S.common.save : S.common.create);
  const remove = campaign ? h('button.danger-outline', { type: 'button', onclick: async () => {
    if (await confirmCampaignDelete(campaign)) location.hash = '#/campaigns';
  } }, S.common.delete) : null;

  const form = h('form.form', { novalidate: true },
    formError(),
    h('section.card', {},
      h('div.grid-2', {},
        field({ label: S.campaigns.name, path: 'name', control: name, required: true }),
        field({ label: S.campaigns.playlist, path: 'playlistId', control: playlist, required: true }),
        field({ label: S.campaigns.startDate, path: 'startDate', control: startDate, required: true }),
        field({ label: S.campaigns.endDate, path: 'endDate', control: endDate, required: true }),
        field({ label: S.campaigns.priority, path: 'priority', control: priority, hint: S.campaigns.priorityHint }))),
    h('section.card', {},
      h('h2', {}, S.campaigns.schedule),
      h('div.grid-2', {},
        field({ label: S.campaigns.weight, path: 'weight', control: weight, hint: S.campaigns.weightHint }),
        field({ label: S.campaigns.maxPlaysPerHour, path: 'maxPlaysPerHour', control: maxPlays, hint: S.campaigns.maxPlaysPerHourHint })),
      field({ label: S.campaigns.exceptions, path: 'exceptions', control: exceptions, hint: S.campaigns.exceptionsHint }),
      dayparts),
    h('section.card', { 'data-path': 'targets', 'data-label': S.campaigns.targets },
      h('h2', {}, S.campaigns.targets), h('p.muted', {}, S.campaigns.targetsHint),
      h('div.grid-2', {}, storeBoxes, regions.length ? regionBoxes : null, classBoxes, zoneBoxes,
        field({ label: S.campaigns.tags, path: 'targets.tags', control: tags, hint: S.common.commaHint }))),
    editable ? h('div.form-actions.sticky', {}, save, h('a.button.secondary', { href: '#/campaigns' }, S.common.cancel),
      h('span.spacer'), remove) : h('p.notice-box', {}, S.common.notAllowed));
  if (!editable) form.querySelectorAll('input, select, .dayparts button').forEach((el) => { el.disabled = true; });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      name: name.value.trim(),
      playlistId: playlist.value,
      startDate: startDate.value,
      endDate: endDate.value,
      priority: priority.value === '' ? undefined : Number(priority.value),
      weight: weight.value === '' ? undefined : Number(weight.value),
      maxPlaysPerHour: maxPlays.value === '' ? null : Number(maxPlays.value),
      exceptions: parseList(exceptions.value),
      dayparts: dayparts.values(),
      contentByClass: campaign?.contentByClass,
      targets: {
        storeIds: storeBoxes.values(),
        regions: regionBoxes.values(),
        tags: parseList(tags.value),
        displayClasses: classBoxes.values(),
        zones: zoneBoxes.values(),
      },
    };
    const badDate = body.exceptions.find((d) => !ISO_DATE.test(d));
    if (badDate) return showError(form, 'exceptions', S.campaigns.badDate(badDate));
    const missing = body.dayparts.findIndex((d) => !d.start || !d.end);
    if (missing >= 0) {
      const part = body.dayparts[missing].start ? 'end' : 'start';
      return showError(form, `dayparts[${missing}].${part}`, S.campaigns.timeRequired);
    }
    if (can.limitedToOwnStores() && body.targets.storeIds.length === 0) {
      return showError(form, 'targets.storeIds', S.campaigns.pickOwnStore);
    }
    const saved = await submitting(form, save,
      () => campaign ? api.put(`/campaigns/${encodeURIComponent(campaign.id)}`, body) : api.post('/campaigns', body));
    if (!saved) return;
    notify((campaign ? S.campaigns.saved : S.campaigns.created)(saved.name));
    location.hash = '#/campaigns';
  });

  replace(view,
    h('p.crumbs', {}, h('a', { href: '#/campaigns' }, icon('back'), ' ', S.campaigns.title)),
    pageHead(campaign ? (editable ? S.campaigns.editTitle : campaign.name) : S.campaigns.newTitle),
    form);
}

function addDays(isoDate, days) {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
