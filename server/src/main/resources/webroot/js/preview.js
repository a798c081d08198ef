// Slide previews: the server renders the exact frame a player would show.
import { url } from './api.js';
import { h } from './dom.js';

export function previewUrl(slideId, { displayClass = 'hd-landscape', language = 'en', locale, currency } = {}) {
  return url(`/slides/${encodeURIComponent(slideId)}/preview`, { displayClass, language, locale, currency });
}

/** An <img> of one rendered variant; e-ink frames keep hard pixel edges when scaled. */
export function previewImage(slideId, options = {}, alt = '') {
  const cls = options.displayClass || 'hd-landscape';
  return h('img.preview', {
    src: previewUrl(slideId, options), alt, loading: 'lazy', decoding: 'async',
    class: `dc-${cls}`, 'data-display-class': cls,
  });
}

/** Languages a slide has text for, from its localized (object-valued) fields. */
export function slideLanguages(slide) {
  const found = new Set();
  for (const value of Object.values(slide.fields || {})) {
    if (value && typeof value === 'object') Object.keys(value).forEach((l) => found.add(l));
  }
  return [...found];
}
