// Media: uploaded images as thumbnails and videos as players with their length, and an upload area
// that reports the server's verdict per file.
import { api, url } from './api.js';
import { h, replace } from './dom.js';
import { bytes, seconds } from './format.js';
import { can } from './session.js';
import { S } from './strings.js';
import { empty, pageHead, pager } from './widgets.js';

export async function render(view) {
  const grid = h('div');
  const rows = pager({
    limit: 48,
    load: (limit, offset) => api.get('/media', { limit, offset }),
    show: (items) => replace(grid, items.length === 0 ? empty(S.media.empty) : h('div.media-grid', {}, items.map(tile))),
  });
  replace(view, pageHead(S.media.title), can.editContent() ? uploadArea(() => rows.first()) : null, grid, rows.el);
  await rows.first();
}

function tile(m) {
  const src = url(`/media/${encodeURIComponent(m.sha256)}/content`);
  const isVideo = m.durationMs != null;
  // preload="metadata": the server answers byte ranges, so a grid of clips fetches only their headers
  const preview = isVideo
    ? h('div.media-image', {}, h('video', { src, controls: true, muted: true, loop: true, playsinline: true, preload: 'metadata',
      'aria-label': m.name }))
    : h('a.media-image', { href: src, target: '_blank', rel: 'noopener' }, h('img', { src, alt: m.name, loading: 'lazy' }));
  return h('figure.media-tile', {},
    preview,
    h('figcaption', {},
      h('strong', { dir: 'auto', title: m.name }, m.name),
      h('span.muted', {}, [`${m.width} × ${m.height}`, isVideo ? seconds(m.durationMs) : null, bytes(m.sizeBytes)]
        .filter(Boolean).join(' · ')),
      h('code.sha', { title: m.sha256 }, m.sha256.slice(0, 12) + '…')));
}

function uploadArea(onUploaded) {
  const file = h('input', { type: 'file', id: 'media-file', accept: 'image/png,image/jpeg,video/mp4', multiple: true, class: 'visually-hidden' });
  const results = h('ul.upload-results', { 'aria-live': 'polite' });
  const zone = h('div.drop-zone', {},
    h('label.button.primary', { for: 'media-file' }, S.media.upload),
    h('span.muted', {}, S.media.uploadHint), file, results);

  async function send(files) {
    replace(results);
    for (const picked of files) {
      const line = h('li', {}, picked.name, ' — ', S.slides.uploading);
      results.append(line);
      try {
        const info = await api.upload(picked);
        line.className = 'ok';
        replace(line, S.media.uploaded(info.name));
      } catch (e) {
        line.className = 'error';
        replace(line, S.media.failed(picked.name, e.message));
      }
    }
    onUploaded();
  }

  file.addEventListener('change', () => {
    const files = [...file.files];
    file.value = '';
    if (files.length) send(files);
  });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    if (e.dataTransfer.files.length) send([...e.dataTransfer.files]);
  });
  return zone;
}
