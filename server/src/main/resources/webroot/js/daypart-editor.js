// Dayparts as rows: weekday boxes plus start and end times. Each row answers to the API's
// names ("dayparts[1]", "dayparts[1].end") so a server error lands under the right input.
import { h, icon } from './dom.js';
import { checkboxes, field, input } from './forms.js';
import { S } from './strings.js';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const MAX_DAYPARTS = 28;

/** The editor; read the rows with editor.values(), each {days, start, end} with times as typed ("" when empty). */
export function daypartEditor(initial = []) {
  const list = h('div.daypart-list');
  const add = h('button.secondary.small', { type: 'button', onclick: () => { addRow(); focusLast(); } },
    icon('add'), ' ', S.campaigns.addDaypart);
  const el = h('fieldset.field.choices.dayparts', { 'data-path': 'dayparts', 'data-label': S.campaigns.dayparts },
    h('legend', {}, S.campaigns.dayparts), h('p.hint', {}, S.campaigns.daypartsHint), list, add);

  function addRow(daypart = {}) {
    const days = checkboxes({ legend: S.campaigns.days, path: '', selected: daypart.days || [],
      options: WEEKDAYS.map((d) => ({ value: d, label: S.weekdays[d] })) });
    const start = input({ type: 'time', value: (daypart.start || '').slice(0, 5) });
    const end = input({ type: 'time', value: (daypart.end || '').slice(0, 5) });
    const row = h('div.daypart', {}, days,
      field({ label: S.campaigns.from, path: '', control: start }),
      field({ label: S.campaigns.until, path: '', control: end }),
      h('button.icon-button.danger-text', { type: 'button', title: S.campaigns.removeDaypart,
        'aria-label': S.campaigns.removeDaypart, onclick: () => { row.remove(); renumber(); } }, icon('remove')));
    row.read = () => ({ days: days.values(), start: start.value, end: end.value });
    list.append(row);
    renumber();
  }

  function renumber() {
    [...list.children].forEach((row, i) => {
      row.dataset.path = `dayparts[${i}]`;
      row.dataset.label = S.campaigns.daypart(i + 1);
      const [days, start, end] = row.querySelectorAll(':scope > .field');
      days.dataset.path = `dayparts[${i}].days`;
      start.dataset.path = `dayparts[${i}].start`;
      end.dataset.path = `dayparts[${i}].end`;
    });
    add.hidden = list.children.length >= MAX_DAYPARTS;
  }

  function focusLast() {
    list.lastElementChild?.querySelector('input[type=time]')?.focus();
  }

  initial.forEach(addRow);
  el.values = () => [...list.children].map((row) => row.read());
  return el;
}
