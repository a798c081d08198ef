// One slide: its field values and every display-class × language variant side by side.
import { api, url } from './api.js';
import { DISPLAY_CLASSES, LANGUAGES, RTL_LANGUAGES } from './choices.js';
import { h, icon, replace } from './dom.js';
import { checkboxes, select } from './forms.js';
import { className, languageName } from './format.js';
import { previewImage, previewUrl, slideLanguages } from './preview.js';
import { can } from './session.js';
import { S } from './strings.js';
import { card, linkButton, pageHead } from './widgets.js';

export async function render(view, { params: [id] }) {
  const [slide, templates, stores] = await Promise.all([
    api.get(`/slides/${encodeURIComponent(id)}`), api.all('/templates'), api.all('/stores')]);
  const template = templates.find((t) => t.id === slide.templateId);
  const own = slideLanguages(slide);

  const classes = checkboxes({ legend: S.slides.previewAs, path: 'classes', selected: DISPLAY_CLASSES,
    options: DISPLAY_CLASSES.map((c) => ({ value: c, label: className(c) })) });
  const languages = checkboxes({ legend: S.slides.language, path: 'languages', selected: own.length ? own : ['en'],
    options: [...new Set([...own, ...LANGUAGES])].map((l) => ({ value: l, label: languageName(l) })) });
  const localeChoices = [{ value: '', label: S.slides.defaultLocale },
    ...stores.map((s) => ({ value: s.id, label: `${s.name} (${s.locale}, ${s.currency})` }))];
  const locale = select(localeChoices, '', { id: 'prices-as' });
  const variants = h('div.variants');

  function draw() {
    const store = stores.find((s) => s.id === locale.value);
    const format = store ? { locale: store.locale, currency: store.currency } : {};
    replace(variants, languages.values().map((language) => h('section.variant-row', {},
      h('h3', {}, languageName(language)),
      h('div.variant-strip', {}, classes.values().map((displayClass) => {
        const options = { displayClass, language, ...format };
        return h('figure.variant', {},
          h('a', { href: previewUrl(slide.id, options), target: '_blank', rel: 'noopener', title: S.slides.open },
            previewImage(slide.id, options, `${slide.name}: ${className(displayClass)}, ${languageName(language)}`)),
          h('figcaption', {}, className(displayClass)));
      })))));
  }
  [classes, languages, locale].forEach((el) => el.addEventListener('change', draw));

  replace(view,
    h('p.crumbs', {}, h('a', { href: '#/slides' }, icon('back'), ' ', S.slides.title)),
    pageHead(slide.name, can.editContent() ? linkButton(`#/slides/${encodeURIComponent(slide.id)}/edit`, S.common.edit) : null),
    h('div.detail-layout', {},
      card(h('h2', {}, template?.name || slide.templateId), fieldValues(template, slide)),
      card(h('h2', {}, S.slides.variants),
        h('div.variant-controls', {}, classes, languages,
          h('div.field', {}, h('label', { for: 'prices-as' }, S.slides.pricesAs), locale)),
        variants)));
  draw();
}

function fieldValues(template, slide) {
  const specs = template?.fields || Object.keys(slide.fields).map((name) => ({ name, label: name }));
  return h('dl.values', {}, specs.filter((f) => slide.fields[f.name] !== undefined).map((f) => {
    const value = slide.fields[f.name];
    return [h('dt', {}, f.label), h('dd', {}, showValue(f, value))];
  }));
}

function showValue(spec, value) {
  if (spec.type === 'image' && value) {
    return h('img.media-thumb', { src: url(`/media/${encodeURIComponent(value)}/content`), alt: '', loading: 'lazy' });
  }
  if (value && typeof value === 'object') {
    return h('ul.localized', {}, Object.entries(value).map(([lang, text]) =>
      h('li', {}, h('span.chip', {}, lang), ' ',
        h('span', { lang, dir: RTL_LANGUAGES.has(lang) ? 'rtl' : 'auto' }, String(text)))));
  }
  return h('span', { dir: 'auto' }, String(value));
}
