// Picks an uploaded image by thumbnail for an image field, or uploads a new one in place.
import { api, url } from './api.js';
import { h, replace } from './dom.js';
import { bytes } from './format.js';
import { S } from './strings.js';

let pickers = 0;

/**
 * library is the shared, mutable array of MediaInfo; an upload here is added to it.
 * Read the chosen sha256 (or '') with picker.value().
 */
export function mediaPicker({ library, value = '', canUpload }) {
  const group = `media-${++pickers}`;
  let chosen = value || '';
  const list = h('div.media-choices', { role: 'radiogroup' });
  const status = h('p.upload-status', { 'aria-live': 'polite' });
  const file = h('input', { type: 'file', accept: 'image/png,image/jpeg', hidden: true });
  const uploadButton = canUpload
    ? h('button.secondary.small', { type: 'button', onclick: () => file.click() }, S.slides.upload) : null;

  function choice(sha, label, thumb, title) {
    return h('label.media-choice', { title },
      h('input', { type: 'radio', name: group, value: sha, checked: sha === chosen,
        onchange: () => { chosen = sha; } }),
      thumb, h('span', { dir: 'auto' }, label));
  }

  function draw() {
    replace(list,
      choice('', S.slides.noImage, h('span.no-image', { 'aria-hidden': 'true' }, '∅'), S.slides.noImage),
      // a slide draws images; videos are playlist items of their own
      library.filter((m) => m.durationMs == null).map((m) => choice(m.sha256, m.name,
        h('img', { src: url(`/media/${encodeURIComponent(m.sha256)}/content`), alt: '', loading: 'lazy' }),
        `${m.name} · ${m.width}×${m.height} · ${bytes(m.sizeBytes)}`)));
    list.querySelector('input:checked')?.closest('label')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  file.addEventListener('change', async () => {
    const picked = file.files[0];
    file.value = '';
    if (!picked) return;
    replace(status, S.slides.uploading);
    status.className = 'upload-status';
    uploadButton.disabled = true;
    try {
      const info = await api.upload(picked);
      if (!library.some((m) => m.sha256 === info.sha256)) library.unshift(info);
      chosen = info.sha256;
      replace(status, S.media.uploaded(info.name));
      draw();
    } catch (e) {
      status.className = 'upload-status error';
      replace(status, S.media.failed(picked.name, e.message));
    } finally {
      uploadButton.disabled = false;
    }
  });

  const el = h('div.media-picker', {}, list, h('div.picker-actions', {}, uploadButton, file, status));
  el.value = () => chosen;
  draw();
  return el;
}
