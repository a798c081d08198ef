// Slides: a grid of cards, each with a rendered preview.
import { api } from './api.js';
import { DISPLAY_CLASSES, LANGUAGES } from './choices.js';
import { h, replace } from './dom.js';
import { select } from './forms.js';
import { className, languageName } from './format.js';
import { previewImage, slideLanguages } from './preview.js';
import { can } from './session.js';
import { S } from './strings.js';
import { empty, linkButton, pageHead, pager } from './widgets.js';

export async function render(view) {
  const templates = await api.all('/templates');
  const templateName = new Map(templates.map((t) => [t.id, t.name]));
  const options = { displayClass: 'hd-landscape', language: 'en' };
  let shown = [];

  const classSelect = select(DISPLAY_CLASSES.map((c) => ({ value: c, label: className(c) })), options.displayClass, { id: 'grid-class' });
  const languageSelect = select(LANGUAGES.map((l) => ({ value: l, label: languageName(l) })), options.language, { id: 'grid-language' });
  const onChange = () => {
    options.displayClass = classSelect.value;
    options.language = languageSelect.value;
    draw();
  };
  classSelect.addEventListener('change', onChange);
  languageSelect.addEventListener('change', onChange);

  const grid = h('div');
  const rows = pager({
    limit: 24,
    load: (limit, offset) => api.get('/slides', { limit, offset }),
    show: (slides) => { shown = slides; draw(); },
  });

  function draw() {
    replace(grid, shown.length === 0 ? empty(S.slides.empty) : h('div.slide-grid', {}, shown.map(slideCard)));
  }

  function slideCard(slide) {
    const languages = slideLanguages(slide);
    return h('a.slide-card', { href: `#/slides/${encodeURIComponent(slide.id)}` },
      h('div.thumb', {}, previewImage(slide.id, options, slide.name)),
      h('div.slide-meta', {},
        h('strong', { dir: 'auto' }, slide.name),
        h('span.muted', {}, templateName.get(slide.templateId) || slide.templateId),
        h('span.chips', {}, languages.map((l) => h('span.chip', { title: languageName(l) }, l)))));
  }

  replace(view,
    pageHead(S.slides.title, can.editContent() ? linkButton('#/slides/new', S.slides.add) : null),
    h('div.toolbar', {},
      h('label', { for: 'grid-class' }, S.slides.previewAs), classSelect,
      h('label', { for: 'grid-language' }, S.slides.language), languageSelect),
    grid, rows.el);
  await rows.first();
}
