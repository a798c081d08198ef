// Builds DOM nodes without innerHTML: text always goes in as text nodes, so data from the
// server or the user can never become markup.

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'multiple', 'indeterminate']);

/**
 * h('button.primary', {type: 'submit', onclick: fn}, 'Save')
 * The tag may carry classes after dots; children may be strings, numbers, nodes, arrays, or null.
 */
export function h(tag, attrs = {}, ...children) {
  const [name, ...classes] = tag.split('.');
  const el = document.createElement(name);
  if (classes.length) el.className = classes.join(' ');
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = {};
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = [el.className, value].filter(Boolean).join(' ');
    } else if (PROPERTIES.has(key)) {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces everything inside el with the given children. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export function icon(name) {
  // Small inline glyphs keep the UI free of image requests and web fonts.
  const glyphs = { up: '▲', down: '▼', remove: '✕', add: '+', back: '←', ext: '↗' };
  return h('span.icon', { 'aria-hidden': 'true' }, glyphs[name] || '');
}
