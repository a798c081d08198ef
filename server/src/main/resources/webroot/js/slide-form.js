// Create or edit a slide: name, template, languages, then one editor per template field.
import { api } from './api.js';
import { LANGUAGES, SYSTEM_TEMPLATES } from './choices.js';
import { notify } from './dialog.js';
import { h, icon, replace } from './dom.js';
import { checkboxes, field, formError, input, select, submitting } from './forms.js';
import { languageName } from './format.js';
import { slideLanguages } from './preview.js';
import { can } from './session.js';
import { fieldEditor } from './slide-fields.js';
import { S } from './strings.js';
import { pageHead } from './widgets.js';

export async function render(view, { params: [id] }) {
  const [slide, templates, library, stores] = await Promise.all([
    id ? api.get(`/slides/${encodeURIComponent(id)}`) : null,
    api.all('/templates'), api.all('/media'), api.all('/stores')]);
  const usable = templates.filter((t) => !SYSTEM_TEMPLATES.has(t.id) || t.id === slide?.templateId);
  const back = slide ? `#/slides/${encodeURIComponent(slide.id)}` : '#/slides';

  // A new slide starts with the languages the stores use; an existing one with the languages it has.
  const storeLanguages = LANGUAGES.filter((l) => stores.some((s) => s.languages.includes(l)));
  const startLanguages = slide ? slideLanguages(slide) : storeLanguages;
  const languages = checkboxes({ legend: S.slides.languages, path: 'languages', hint: S.slides.languagesHint,
    selected: startLanguages.length ? startLanguages : ['en'],
    options: [...new Set([...LANGUAGES, ...startLanguages])].map((l) => ({ value: l, label: `${languageName(l)} (${l})` })) });

  const name = input({ name: 'name', value: slide?.name || '', maxlength: 100, required: true, dir: 'auto' });
  const template = select(usable.map((t) => ({ value: t.id, label: t.name })), slide?.templateId || usable[0]?.id,
    { name: 'templateId', disabled: !!slide });
  const description = h('p.hint');
  const thumbnail = h('img.template-thumbnail', { alt: '', width: 320, height: 180 });
  const fieldsBox = h('div.slide-fields');
  const editorsByTemplate = new Map();
  let editors = [];

  function showTemplate() {
    const pack = templates.find((t) => t.id === template.value);
    if (!pack) return;
    replace(description, pack.description || '');
    thumbnail.src = `/api/v1/templates/${encodeURIComponent(pack.id)}/thumbnail`;
    thumbnail.alt = pack.name;
    if (!editorsByTemplate.has(pack.id)) {
      const values = slide && slide.templateId === pack.id ? slide.fields : {};
      editorsByTemplate.set(pack.id, pack.fields.map((spec) => ({ spec, editor: fieldEditor(spec, values[spec.name],
        { languages: languages.values(), library, canUpload: can.editContent() }) })));
    }
    editors = editorsByTemplate.get(pack.id);
    editors.forEach(({ editor }) => editor.setLanguages(languages.values()));
    replace(fieldsBox, editors.map(({ editor }) => editor));
  }
  template.addEventListener('change', showTemplate);
  languages.addEventListener('change', () => editors.forEach(({ editor }) => editor.setLanguages(languages.values())));

  const save = h('button.primary', { type: 'submit' }, slide ? S.common.save : S.common.create);
  const form = h('form.form.slide-form', { novalidate: true },
    formError(),
    h('section.card', {},
      h('div.grid-2', {},
        field({ label: S.slides.name, path: 'name', control: name, required: true }),
        h('div', {}, field({ label: S.slides.template, path: 'templateId', control: template, required: true }), description,
          thumbnail)),
      languages),
    h('section.card', {}, fieldsBox),
    h('div.form-actions.sticky', {}, save, h('a.button.secondary', { href: back }, S.common.cancel)));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = {};
    for (const { spec, editor } of editors) {
      const value = editor.collect();
      if (value !== undefined) fields[spec.name] = value;
    }
    const body = { name: name.value.trim(), templateId: template.value, fields };
    const saved = await submitting(form, save,
      () => slide ? api.put(`/slides/${encodeURIComponent(slide.id)}`, body) : api.post('/slides', body));
    if (!saved) return;
    notify((slide ? S.slides.saved : S.slides.created)(saved.name));
    location.hash = `#/slides/${encodeURIComponent(saved.id)}`;
  });

  replace(view,
    h('p.crumbs', {}, h('a', { href: back }, icon('back'), ' ', slide ? slide.name : S.slides.title)),
    pageHead(slide ? S.slides.editTitle : S.slides.newTitle),
    can.editContent() ? form : h('p.notice-box', {}, S.common.notAllowed));
  if (usable.length) showTemplate();
}
