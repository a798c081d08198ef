// Create or edit a playlist: slides and videos in order, each with a duration in seconds. A video's
// duration starts as the clip's length; a longer one loops the clip, a shorter one cuts it off.
import { api, url } from './api.js';
import { notify } from './dialog.js';
import { h, icon, replace } from './dom.js';
import { field, formError, input, select, showError, submitting } from './forms.js';
import { seconds } from './format.js';
import { previewImage } from './preview.js';
import { can } from './session.js';
import { S } from './strings.js';
import { pageHead } from './widgets.js';

const DEFAULT_SECONDS = 8;

/** A clip plays once by default: its length, but at least the one second every item lasts. */
const clipSeconds = (clip) => Math.max(1, clip.durationMs / 1000);

export async function render(view, { params: [id] }) {
  const [playlist, slides, videos] = await Promise.all([
    id ? api.get(`/playlists/${encodeURIComponent(id)}`) : null, api.all('/slides'), api.all('/media', { kind: 'video' })]);
  const slideChoices = slides.map((s) => ({ value: s.id, label: s.name }));
  const videoChoices = videos.map((v) => ({ value: v.sha256, label: `${v.name} (${seconds(v.durationMs)})` }));
  const videoBySha = new Map(videos.map((v) => [v.sha256, v]));
  const editable = can.editContent();
  // Each row keeps what the user typed in its own inputs; re-drawing only reorders the rows.
  let rows = (playlist?.items || []).map((item) => item.video
    ? videoRow(item.video, item.durationMs / 1000) : itemRow(item.slideId, item.durationMs / 1000));

  const name = input({ name: 'name', value: playlist?.name || '', maxlength: 100, required: true, dir: 'auto', disabled: !editable });
  const list = h('ol.playlist-items');
  const total = h('span.muted');
  const itemsField = h('div.field', { 'data-path': 'items', 'data-label': S.playlists.slides },
    h('div.label', {}, S.playlists.items), list, h('p.hint', {}, S.playlists.totalDuration, ': ', total));

  function durationInput(secs) {
    const duration = h('input', { type: 'number', min: 1, max: 3600, step: 'any', value: secs, class: 'short',
      'aria-label': S.playlists.seconds, disabled: !editable });
    duration.addEventListener('input', draw);
    return duration;
  }

  function itemRow(slideId, secs) {
    const thumb = h('div.item-thumb');
    const slide = select(slideChoices, slideId, { 'aria-label': S.playlists.slide, disabled: !editable });
    const duration = durationInput(secs);
    const showThumb = () => replace(thumb, previewImage(slide.value, {}, ''));
    slide.addEventListener('change', showThumb);
    showThumb();
    const row = listItem(thumb, h('div.item-fields', {}, slide, h('label.inline', {}, duration, ' ', S.playlists.seconds)));
    row.read = () => ({ slideId: slide.value, durationMs: Math.round(Number(duration.value) * 1000) });
    return row;
  }

  function videoRow(sha, secs) {
    const thumb = h('div.item-thumb');
    const video = select(videoChoices, sha, { 'aria-label': S.playlists.video, disabled: !editable });
    const duration = durationInput(secs);
    const hint = h('p.hint.item-hint');
    const show = () => {
      const clip = videoBySha.get(video.value);
      replace(thumb, h('video', { src: url(`/media/${encodeURIComponent(video.value)}/content`), muted: true, preload: 'metadata',
        'aria-hidden': 'true' }));
      replace(hint, clip ? S.playlists.clipLength(seconds(clip.durationMs)) : '');
    };
    video.addEventListener('change', () => {
      const clip = videoBySha.get(video.value);
      if (clip) duration.value = clipSeconds(clip);
      show();
      draw();
    });
    show();
    const row = listItem(thumb, h('div.item-fields', {},
      h('span.badge.accent', {}, S.playlists.video), video, h('label.inline', {}, duration, ' ', S.playlists.seconds), hint));
    row.read = () => ({ video: video.value, durationMs: Math.round(Number(duration.value) * 1000) });
    return row;
  }

  function listItem(thumb, fields) {
    const row = h('li.playlist-item', {}, thumb, fields,
      editable ? h('div.item-actions', {},
        h('button.icon-button', { type: 'button', title: S.playlists.moveUp, 'aria-label': S.playlists.moveUp, onclick: () => move(row, -1) }, icon('up')),
        h('button.icon-button', { type: 'button', title: S.playlists.moveDown, 'aria-label': S.playlists.moveDown, onclick: () => move(row, 1) }, icon('down')),
        h('button.icon-button.danger-text', { type: 'button', title: S.playlists.remove, 'aria-label': S.playlists.remove, onclick: () => removeRow(row) }, icon('remove')))
        : null);
    return row;
  }

  function move(row, by) {
    const i = rows.indexOf(row);
    const j = i + by;
    if (j < 0 || j >= rows.length) return;
    [rows[i], rows[j]] = [rows[j], rows[i]];
    draw();
    row.querySelector(by < 0 ? '.item-actions button' : '.item-actions button:nth-child(2)')?.focus();
  }

  function removeRow(row) {
    rows = rows.filter((r) => r !== row);
    draw();
  }

  function draw() {
    rows.forEach((row, i) => {
      row.dataset.path = `items.${i}`;
      row.dataset.label = S.playlists.itemLabel(i + 1);
    });
    replace(list, rows.length ? rows : h('li.empty-row', {}, S.playlists.noItems));
    replace(total, seconds(rows.reduce((sum, r) => sum + (r.read().durationMs || 0), 0)));
  }

  const addChoice = select(slideChoices, slideChoices[0]?.value, { id: 'add-slide', 'aria-label': S.playlists.addSlide });
  const addButton = h('button.secondary', { type: 'button', onclick: () => {
    rows.push(itemRow(addChoice.value, DEFAULT_SECONDS));
    draw();
  } }, icon('add'), ' ', S.playlists.addSlide);
  const addVideoChoice = select(videoChoices, videoChoices[0]?.value, { id: 'add-video', 'aria-label': S.playlists.addVideo });
  const addVideoButton = h('button.secondary', { type: 'button', onclick: () => {
    rows.push(videoRow(addVideoChoice.value, clipSeconds(videoBySha.get(addVideoChoice.value))));
    draw();
  } }, icon('add'), ' ', S.playlists.addVideo);

  const save = h('button.primary', { type: 'submit' }, playlist ? S.common.save : S.common.create);
  const form = h('form.form', { novalidate: true },
    formError(),
    h('section.card', {},
      field({ label: S.playlists.name, path: 'name', control: name, required: true }),
      itemsField,
      editable && slideChoices.length ? h('div.add-row', {}, addChoice, addButton) : null,
      editable ? h('div.add-row', {}, videoChoices.length ? [addVideoChoice, addVideoButton] : h('p.hint', {}, S.playlists.noVideos))
        : null),
    editable ? h('div.form-actions.sticky', {}, save, h('a.button.secondary', { href: '#/playlists' }, S.common.cancel)) : null);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const items = rows.map((r) => r.read());
    const bad = items.findIndex((i) => !(i.durationMs >= 1000 && i.durationMs <= 3_600_000));
    if (bad >= 0) return showError(form, `items.${bad}`, S.playlists.durationError);
    const body = { name: name.value.trim(), items };
    const saved = await submitting(form, save,
      () => playlist ? api.put(`/playlists/${encodeURIComponent(playlist.id)}`, body) : api.post('/playlists', body));
    if (!saved) return;
    notify((playlist ? S.playlists.saved : S.playlists.created)(saved.name));
    location.hash = '#/playlists';
  });

  replace(view,
    h('p.crumbs', {}, h('a', { href: '#/playlists' }, icon('back'), ' ', S.playlists.title)),
    pageHead(playlist ? (editable ? S.playlists.editTitle : playlist.name) : S.playlists.newTitle),
    form);
  draw();
}
