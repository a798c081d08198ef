// Form building blocks and the mapping of API errors onto the inputs they name.
// Errors never re-render a form, so whatever the user typed stays where it was.
import { h, replace } from './dom.js';
import { sentence } from './format.js';
import { S } from './strings.js';

let nextId = 0;
const uid = (prefix) => `${prefix}-${++nextId}`;

/**
 * A labelled input. `path` is the API's name for the value ("name", "targets.storeIds",
 * "fields.headline.ar"); an error whose field matches it appears under this input.
 */
export function field({ label, path, hint, control, required }) {
  const id = control.id || (control.id = uid('f'));
  const hintEl = hint ? h('p.hint', { id: id + '-hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  const labelEl = control.matches('fieldset, .choices')
    ? null : h('label', { for: id }, label, required ? h('span.req', { title: S.common.required }, ' *') : null);
  return h('div.field', { 'data-path': path, 'data-label': label }, labelEl, control, hintEl);
}

export const input = (attrs) => h('input', { type: 'text', autocomplete: 'off', ...attrs });

export function select(options, value, attrs = {}) {
  return h('select', attrs, options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
}

/** A group of checkboxes; read the ticked values with group.values(). */
export function checkboxes({ legend, path, options, selected = [], hint }) {
  const chosen = new Set(selected);
  const boxes = options.map((o) => h('label.check', {},
    h('input', { type: 'checkbox', value: o.value, checked: chosen.has(o.value) }), ' ', o.label));
  const el = h('fieldset.field.choices', { 'data-path': path, 'data-label': legend },
    h('legend', {}, legend), hint ? h('p.hint', {}, hint) : null, h('div.check-list', {}, boxes));
  el.values = () => [...el.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.value);
  return el;
}

export function formError() {
  return h('div.form-error', { role: 'alert', hidden: true });
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field.has-error').forEach((e) => e.classList.remove('has-error'));
  const top = form.querySelector('.form-error');
  if (top) { top.hidden = true; replace(top); }
}

/** Puts each problem of an ApiError under its input, or at the top when no input matches. */
export function showErrors(form, error) {
  clearErrors(form);
  let first = null;
  for (const { path, message } of problems(error)) {
    const target = findTarget(form, path);
    if (target) {
      target.classList.add('has-error');
      target.append(h('p.field-error', {}, phrase(target.dataset.label, message)));
      target.querySelectorAll('input, select, textarea').forEach((i) => i.setAttribute('aria-invalid', 'true'));
      first = first || target;
    } else {
      const top = form.querySelector('.form-error');
      top.hidden = false;
      top.append(h('p', {}, path && !message.startsWith(path) ? `${path}: ${message}` : sentence(message)));
      first = first || top;
    }
  }
  if (first) {
    const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
    first.querySelector?.('input, select, textarea')?.focus({ preventScroll: true });
  }
}

/** Adds one error of the UI's own making, in the same place an API error would go. */
export function showError(form, path, message) {
  showErrors(form, { field: path, message });
}

function problems(error) {
  const message = error.message || String(error);
  // The slide API lists every problem at once: "fields.a is required; fields.b must be ...".
  if (error.field && message.startsWith(error.field + ' ')) {
    return message.split('; ').map((part) => {
      const space = part.indexOf(' ');
      return { path: part.slice(0, space), message: part.slice(space + 1) };
    });
  }
  return [{ path: error.field, message }];
}

/** The closest input for a path: "dayparts[0].end", else "dayparts[0]", else "dayparts". */
function findTarget(form, path) {
  if (!path) return null;
  const parts = path.split('.');
  while (parts.length) {
    const el = form.querySelector(`[data-path="${CSS.escape(parts.join('.'))}"]`);
    if (el) return el;
    const last = parts[parts.length - 1];
    if (/\[\d+\]$/.test(last)) parts[parts.length - 1] = last.replace(/\[\d+\]$/, '');
    else parts.pop();
  }
  return null;
}

function phrase(label, message) {
  return label && /^(is|must|are|has|each|at most) /.test(message) ? `${label} ${message}` : sentence(message);
}

/** Runs an async save with the button disabled; returns its result or undefined after showing the error. */
export async function submitting(form, button, save, busyLabel = S.common.saving) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = busyLabel;
  clearErrors(form);
  try {
    return await save();
  } catch (e) {
    showErrors(form, e.sessionEnded ? { field: null, message: S.login.saveAgain } : e);
    return undefined;
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}
