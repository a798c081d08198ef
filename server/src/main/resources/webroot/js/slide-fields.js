// One editor per template field, generated from the template's schema.
// Localized fields get one input per chosen language; text typed for a language is kept
// even while that language is unticked, so ticking it again brings the text back.
import { h, replace } from './dom.js';
import { codePoints, languageName } from './format.js';
import { mediaPicker } from './media-picker.js';
import { S } from './strings.js';

const LONG_TEXT = 80;

/** Returns an element with .collect() (the API value, or undefined when blank) and .setLanguages([...]). */
export function fieldEditor(spec, value, { languages, library, canUpload }) {
  const path = `fields.${spec.name}`;
  if (spec.type === 'image') {
    const picker = mediaPicker({ library, value: typeof value === 'string' ? value : '', canUpload });
    const el = wrapper(spec, path, picker);
    el.collect = () => picker.value() || undefined;
    el.setLanguages = () => {};
    return el;
  }
  if (!spec.localized) {
    const control = textControl(spec, typeof value === 'string' || typeof value === 'number' ? String(value) : '', null);
    const el = wrapper(spec, path, control);
    el.collect = () => control.input.value.trim() || undefined;
    el.setLanguages = () => {};
    return el;
  }

  // A localized field saved as a plain string applies to every language; start each language from it.
  const typed = new Map(value && typeof value === 'object' ? Object.entries(value) : []);
  const shared = typeof value === 'string' ? value : '';
  const inputs = new Map();
  const rows = h('div.localized-inputs');
  const el = h('div.field.localized', { 'data-path': path, 'data-label': spec.label },
    h('div.label', {}, spec.label, spec.required ? h('span.req', { title: S.common.required }, ' *') : null), rows);

  el.setLanguages = (chosen) => {
    inputs.forEach((control, lang) => typed.set(lang, control.input.value));
    inputs.clear();
    replace(rows, chosen.map((lang) => {
      const control = textControl(spec, typed.get(lang) ?? shared, lang);
      inputs.set(lang, control);
      const label = `${spec.label} (${languageName(lang)})`;
      return h('div.field.lang-row', { 'data-path': `${path}.${lang}`, 'data-label': label },
        h('label', { for: control.input.id }, h('span.chip', { title: languageName(lang) }, lang)), control);
    }));
  };
  el.collect = () => {
    const result = {};
    inputs.forEach((control, lang) => {
      const text = control.input.value.trim();
      if (text) result[lang] = text;
    });
    return Object.keys(result).length ? result : undefined;
  };
  el.setLanguages(languages);
  return el;
}

let ids = 0;

/** An input (or textarea for long text) with a live "n / max" counter. */
function textControl(spec, value, lang) {
  const attrs = { id: `sf-${++ids}`, name: lang ? `${spec.name}.${lang}` : spec.name, value, dir: 'auto',
    lang: lang || null, autocomplete: 'off', required: spec.required };
  let input;
  if (spec.type === 'text' && spec.maxLength > LONG_TEXT) input = h('textarea', { ...attrs, rows: 2 });
  else if (spec.type === 'date') input = h('input', { ...attrs, type: 'date', dir: null });
  else if (spec.type === 'url') input = h('input', { ...attrs, type: 'url', dir: 'ltr', placeholder: 'https://' });
  else if (spec.type === 'money') input = h('input', { ...attrs, type: 'text', inputmode: 'decimal', placeholder: '4.99', dir: 'ltr' });
  else if (spec.type === 'percent') input = h('input', { ...attrs, type: 'text', inputmode: 'decimal', placeholder: '20', dir: 'ltr' });
  else if (spec.type === 'choice') {
    input = h('select', { ...attrs, dir: null }, h('option', { value: '' }, ''),
      ...spec.options.map((id) => h('option', { value: id, selected: id === value }, id)));
  }
  else input = h('input', { ...attrs, type: 'text' });

  const counter = h('span.counter', { 'aria-live': 'off', hidden: spec.type !== 'text' && spec.type !== 'url' });
  const update = () => {
    const n = codePoints(input.value);
    replace(counter, S.slides.chars(n, spec.maxLength));
    counter.classList.toggle('over', n > spec.maxLength);
  };
  input.addEventListener('input', update);
  update();
  const hint = spec.type === 'money' ? S.slides.moneyHint : spec.type === 'percent' ? S.slides.percentHint : null;
  const el = h('div.text-control', {}, input, h('div.control-foot', {}, hint ? h('span.hint', {}, hint) : h('span'), counter));
  el.input = input;
  return el;
}

function wrapper(spec, path, control) {
  const id = control.input?.id;
  return h('div.field', { 'data-path': path, 'data-label': spec.label },
    id ? h('label', { for: id }, spec.label, spec.required ? h('span.req', {}, ' *') : null)
      : h('div.label', {}, spec.label, spec.required ? h('span.req', {}, ' *') : null),
    control);
}
