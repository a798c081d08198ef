// The "Pair a display" form: claims the code a new screen shows and places it in a store.
import { api } from './api.js';
import { DISPLAY_CLASSES, ZONES } from './choices.js';
import { h } from './dom.js';
import { clearErrors, field, formError, input, select, submitting } from './forms.js';
import { className, parseList, zoneName } from './format.js';
import { S } from './strings.js';

export function pairingForm(stores, preferredStoreId, { onClaimed, onClose }) {
  const code = input({ name: 'code', maxlength: 12, required: true, class: 'code-input', placeholder: 'ABC123',
    autocapitalize: 'characters', spellcheck: 'false' });
  code.addEventListener('input', () => { code.value = code.value.toUpperCase().replace(/\s+/g, ''); });
  const store = select(stores.map((s) => ({ value: s.id, label: s.name })), preferredStoreId || stores[0]?.id, { name: 'storeId' });
  const name = input({ name: 'name', maxlength: 100, required: true, dir: 'auto', placeholder: 'Entrance screen' });
  const zone = select(ZONES.map((z) => ({ value: z, label: zoneName(z) })), 'entrance', { name: 'zone' });
  const displayClass = select([{ value: '', label: S.displays.reportedClass },
    ...DISPLAY_CLASSES.map((c) => ({ value: c, label: className(c) }))], '', { name: 'displayClass' });
  const tags = input({ name: 'tags', placeholder: 'promo, front' });
  const claim = h('button.primary', { type: 'submit' }, S.displays.claim);

  const form = h('form.card.form', { novalidate: true },
    h('h2', {}, S.displays.pairTitle),
    h('p.muted', {}, S.displays.pairIntro),
    formError(),
    h('div.grid-3', {},
      field({ label: S.displays.code, path: 'code', control: code, required: true }),
      field({ label: S.displays.store, path: 'storeId', control: store, required: true }),
      field({ label: S.displays.name, path: 'name', control: name, required: true }),
      field({ label: S.displays.zone, path: 'zone', control: zone, required: true }),
      field({ label: S.displays.displayClass, path: 'displayClass', control: displayClass }),
      field({ label: S.displays.tags, path: 'tags', control: tags, hint: S.common.commaHint })),
    h('div.form-actions', {}, claim, h('button.secondary', { type: 'button', onclick: onClose }, S.common.cancel)));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      code: code.value.trim(),
      storeId: store.value,
      name: name.value.trim(),
      zone: zone.value,
      tags: parseList(tags.value),
    };
    if (displayClass.value) body.displayClass = displayClass.value;
    const display = await submitting(form, claim, () => api.post('/pairing/claim', body));
    if (display) {
      // Keep store, zone and class: people often pair several screens for the same place in a row.
      code.value = '';
      name.value = '';
      clearErrors(form);
      code.focus();
      onClaimed(display);
    }
  });
  return form;
}
