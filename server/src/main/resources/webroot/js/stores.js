// Stores: the table, and for admins a form to create or edit one.
import { api } from './api.js';
import { notify } from './dialog.js';
import { h, replace } from './dom.js';
import { field, formError, input, submitting } from './forms.js';
import { languageName, list, parseList } from './format.js';
import { can } from './session.js';
import { S } from './strings.js';
import { card, empty, pageHead, pager, table } from './widgets.js';

export async function render(view) {
  const formSlot = h('div');
  const body = h('div');
  const addButton = can.editStores()
    ? h('button.primary', { type: 'button', onclick: () => openForm(null) }, S.stores.add) : null;

  const rows = pager({
    load: (limit, offset) => api.get('/stores', { limit, offset }),
    show: (stores) => replace(body, stores.length === 0 ? empty(S.stores.empty) : storeTable(stores)),
  });

  function storeTable(stores) {
    return table([S.stores.name, S.stores.timeZone, S.stores.region, S.stores.languages, S.stores.locale,
      S.stores.currency, S.stores.tags, ''], stores.map((s) => h('tr', {},
      h('td', {}, h('a', { href: `#/displays?store=${encodeURIComponent(s.id)}` }, h('strong', {}, s.name))),
      h('td', {}, s.timeZone),
      h('td', {}, s.region || '—'),
      h('td', {}, s.languages.map((l) => h('span.chip', { title: languageName(l) }, l))),
      h('td', {}, s.locale),
      h('td', {}, s.currency),
      h('td', {}, list(s.tags) || '—'),
      h('td.row-actions', {}, can.editStores()
        ? h('button.secondary.small', { type: 'button', onclick: () => openForm(s) }, S.common.edit) : null))));
  }

  function openForm(store) {
    replace(formSlot, storeForm(store, {
      onSaved: (saved) => {
        replace(formSlot);
        notify((store ? S.stores.saved : S.stores.created)(saved.name));
        rows.reload();
      },
      onCancel: () => replace(formSlot),
    }));
    formSlot.querySelector('input')?.focus();
  }

  replace(view, pageHead(S.stores.title, addButton), formSlot, card(body, rows.el));
  await rows.first();
}

function storeForm(store, { onSaved, onCancel }) {
  const name = input({ name: 'name', value: store?.name || '', maxlength: 100, required: true, dir: 'auto' });
  const timeZone = input({ name: 'timeZone', value: store?.timeZone || '', list: 'time-zones', required: true, placeholder: 'Asia/Dubai' });
  const region = input({ name: 'region', value: store?.region || '', maxlength: 60, placeholder: 'gulf' });
  const languages = input({ name: 'languages', value: (store?.languages || ['en']).join(', '), required: true, placeholder: 'ar, en' });
  const locale = input({ name: 'locale', value: store?.locale || '', required: true, placeholder: 'ar-AE' });
  const currency = input({ name: 'currency', value: store?.currency || '', maxlength: 3, required: true, placeholder: 'AED', class: 'short upper' });
  const tags = input({ name: 'tags', value: (store?.tags || []).join(', '), placeholder: 'flagship, mall' });
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const save = h('button.primary', { type: 'submit' }, store ? S.common.save : S.common.create);

  const form = h('form.card.form', { novalidate: true },
    h('h2', {}, store ? S.stores.editTitle : S.stores.newTitle),
    formError(),
    h('div.grid-2', {},
      field({ label: S.stores.name, path: 'name', control: name, required: true }),
      field({ label: S.stores.timeZone, path: 'timeZone', control: timeZone, required: true, hint: S.stores.timeZoneHint }),
      field({ label: S.stores.region, path: 'region', control: region }),
      field({ label: S.stores.languages, path: 'languages', control: languages, required: true, hint: S.stores.languagesHint }),
      field({ label: S.stores.locale, path: 'locale', control: locale, required: true, hint: S.stores.localeHint }),
      field({ label: S.stores.currency, path: 'currency', control: currency, required: true, hint: S.stores.currencyHint }),
      field({ label: S.stores.tags, path: 'tags', control: tags, hint: S.stores.tagsHint })),
    h('datalist', { id: 'time-zones' }, zones.map((z) => h('option', { value: z }))),
    h('div.form-actions', {}, save, h('button.secondary', { type: 'button', onclick: onCancel }, S.common.cancel)));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      name: name.value.trim(),
      timeZone: timeZone.value.trim(),
      region: region.value.trim(),
      languages: parseList(languages.value).map((l) => l.toLowerCase()),
      locale: locale.value.trim(),
      currency: currency.value.trim().toUpperCase(),
      tags: parseList(tags.value),
    };
    const saved = await submitting(form, save, () => store ? api.put(`/stores/${store.id}`, body) : api.post('/stores', body));
    if (saved) onSaved(saved);
  });
  return form;
}
