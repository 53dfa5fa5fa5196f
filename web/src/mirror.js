// The accessible mirror: the canvas's controls, results and details again as elements, off screen,
// for screen readers (the parts come in each frame report: Mirror in src/web/exports.h). Its
// controls send the core the same commands as the canvas's own (wgf_command); nothing from the
// registry is inserted as HTML, and only http(s) and mailto links get an address.
import { el } from './dom.js';
import { resolveLink } from './actions.js';

const SORTS = [['relevance', 'Best match'], ['name', 'Name'], ['next', 'Next meeting']];
// Not in the Tab order (the canvas is the keyboard's way in); a screen reader reaches them.
const quiet = { tabindex: '-1' };

function button(key, label, onClick) {
  const b = el('button', { type: 'button', 'data-key': key, ...quiet }, label);
  b.addEventListener('click', onClick);
  return b;
}

// Named by aria-label as well as by its label: bookworm's Chromium 150 gave the wrapped checkbox
// no name in the accessibility tree (156 takes the label's text).
function checkbox(key, label, checked, onChange) {
  const box = el('input', { type: 'checkbox', 'data-key': key, 'aria-label': label, ...quiet });
  box.checked = checked;
  box.addEventListener('change', onChange);
  return el('label', {}, box, ` ${label}`);
}

// Widget methods.
export const mirror = {
  buildMirror() {
    const m = {};
    // Not named as the canvas's text proxy is: one "Search working groups" on the page.
    m.search = el('input', { type: 'search', 'aria-label': 'Search words', 'data-key': 'q', ...quiet });
    m.search.addEventListener('input', () => { this.call('wgf_set_query', m.search.value); this.frameNow(); });
    // The selects are named by aria-label too: some Chromium releases put a select's value into the
    // name its wrapping label gives it ("Order Best match").
    m.sort = el('select', { 'data-key': 'sort', 'aria-label': 'Order', ...quiet }, ...SORTS.map(([v, t]) => el('option', { value: v }, t)));
    m.sort.addEventListener('change', () => this.command('sort', m.sort.value));
    m.zone = el('select', { 'data-key': 'zone', 'aria-label': 'Your time zone', ...quiet });
    m.zone.addEventListener('change', () => this.command('zone', m.zone.value));
    m.zone.addEventListener('focus', () => {  // the list and its countries, as the canvas's picker gets them
      this.command('zones', '');
      this.addZoneCountries();
    }, { once: true });
    const hours = (key, label, first) => {
      const e = el('select', { 'data-key': key, 'aria-label': label.trim(), ...quiet }, ...Array.from({ length: 24 },
        (_, k) => el('option', { value: k + first }, `${String(k + first).padStart(2, '0')}:00`)));
      e.addEventListener('change', () => this.command('hours', `${m.from.value}-${m.to.value}`));
      return [e, el('label', {}, label, e)];
    };
    let fromLabel, toLabel;
    [m.from, fromLabel] = hours('from', 'My hours from ', 0);
    [m.to, toLabel] = hours('to', 'My hours to ', 1);
    m.filters = el('div');
    m.picks = el('p');
    m.calendar = el('div');
    m.changes = el('div');
    m.week = el('div');
    m.summary = el('p');
    m.list = el('ul', { 'aria-label': 'Working groups found' });
    m.pages = el('div');
    m.details = el('section', { 'aria-label': 'Selected group' });
    this.m = m;
    return [
      el('div', { role: 'search', 'aria-label': 'Find working groups' }, m.search,
        el('label', {}, 'Order ', m.sort), el('label', {}, 'Your time zone ', m.zone), fromLabel, toLabel, m.filters),
      el('section', { 'aria-label': 'My calendar' }, m.picks, m.calendar, m.week),
      el('section', { 'aria-label': 'Results' }, m.changes, m.summary, m.list, m.pages),
      m.details,
    ];
  },

  command(name, value = '') {
    this.call('wgf_command', name, String(value));
    this.frameNow();  // at once: a copy or a download stays within the visitor's click
  },

  updateMirror(parts) {
    if (!this.m) return;
    if (parts.zones) this.mirrorZones(parts.zones);
    if (parts.controls) this.mirrorControls(parts.controls);
    if (parts.results) this.mirrorResults(parts.results);
    if ('details' in parts) this.mirrorDetails(parts.details);
  },

  // Replaces a part's children, keeping the focus on the element of the same key, or on the part's
  // first control when that one is gone (a week button once the week is said), or on the search.
  replacePart(part, children) {
    const key = part.contains(this.root.activeElement) ? this.root.activeElement.dataset.key : null;
    part.replaceChildren(...children);
    if (!key) return;
    const controls = [...part.querySelectorAll('[data-key]')];
    (controls.find((e) => e.dataset.key === key) || controls[0] || this.m.search).focus({ preventScroll: true });
  },

  mirrorZones(zones) {
    this.m.zone.replaceChildren(...zones.map(([zone, label]) => el('option', { value: zone }, label)));
    this.m.zone.value = this.zoneShown || '';
  },

  mirrorControls(c) {
    const m = this.m;
    if (this.root.activeElement !== m.search) m.search.value = c.query;
    m.sort.value = c.sort;
    m.from.value = c.from;
    m.to.value = c.to;
    this.zoneShown = c.zone;
    if (![...m.zone.options].some((o) => o.value === c.zone)) m.zone.prepend(el('option', { value: c.zone }, c.zone));
    m.zone.value = c.zone;
    const sets = c.facets.map((f) => el('fieldset', {}, el('legend', {}, f.title),
      ...f.options.map((o) => checkbox(`facet:${o.value}`, o.label, o.on, () => this.command('facet', o.value)))));
    sets.push(checkbox('fit', c.fitLabel, c.fit, (e) => this.command('fit', e.target.checked ? 1 : 0)));
    this.replacePart(m.filters, sets);
    m.picks.textContent = c.picks;
    this.replacePart(m.changes, c.changes ? [el('p', {}, c.changes),
      checkbox('changed', 'Show only the groups changed since my last visit', c.changedOnly, (e) => this.command('changed', e.target.checked ? 1 : 0)),
      button('forgetVisit', 'Forget my last visit', () => this.command('forgetVisit'))] : []);
    this.replacePart(m.calendar, c.picked ? [
      button('download', 'Download the calendar of the picked groups (.ics)', () => this.command('calendar')),
      button('clear', 'Clear the picks', () => this.command('clearPicks')),
      button('myweek', c.week ? 'Close my week' : 'My week: the picked groups\' meetings by day', () => this.command('myWeek', c.week ? 'close' : 'open')),
    ] : []);
    const w = c.week;
    this.replacePart(m.week, w ? [
      el('h2', {}, `My week: ${w.title}`),
      button('prevweek', 'Previous week', () => this.command('myWeek', 'prev')),
      button('nextweek', 'Next week', () => this.command('myWeek', 'next')),
      el('ul', { 'aria-label': 'My week by day' }, ...w.days.map((d) =>
        el('li', {}, `${d.label}: ${d.meetings.length ? d.meetings.join('; ') : 'no meeting'}`))),
      ...(w.weekUnknown.length ? [el('p', {}, 'Which week is not known:'),
        el('ul', { 'aria-label': 'Which week is not known' }, ...w.weekUnknown.map((u) => el('li', {}, u)))] : []),
    ] : []);
  },

  mirrorResults(r) {
    const m = this.m;
    m.summary.textContent = r.summary;
    this.replacePart(m.list, r.rows.map((row) => {
      const a = el('a', { href: `#${this.fragmentFor(`g=${encodeURIComponent(row.id)}`)}`, 'data-id': row.id,
        'data-key': `row:${row.id}`, 'aria-current': row.selected ? 'true' : null, ...quiet }, row.text);
      a.addEventListener('click', (e) => { e.preventDefault(); this.command('select', row.id); });
      const pick = el('input', { type: 'checkbox', 'data-key': `pick:${row.id}`, 'aria-label': `Pick ${row.name} for the calendar`, ...quiet });
      pick.checked = row.picked;
      pick.addEventListener('change', () => this.command('pick', row.id));
      return el('li', {}, a, ' ', pick);
    }));
    const pages = [];
    if (r.page > 0) pages.push(button('prev', 'Previous page of groups', () => this.command('page', r.page - 1)));
    if (r.page + 1 < r.pages) pages.push(button('next', 'Next page of groups', () => this.command('page', r.page + 1)));
    this.replacePart(m.pages, pages);
  },

  mirrorDetails(d) {
    const m = this.m;
    const linkOrText = (label, url, key) => {
      const href = url ? resolveLink(url, this.registryUrl) : null;
      return href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-key': key, ...quiet }, label)
        : el('span', {}, label);
    };
    const list = (title, items, make) => (items.length ? [el('p', {}, title), el('ul', { 'aria-label': title },
      ...items.map((x, i) => el('li', {}, make(x, i))))] : []);
    if (!d) {
      m.details.setAttribute('aria-label', 'Selected group');
      this.replacePart(m.details, [el('p', {}, 'No group selected.')]);
      return;
    }
    m.details.setAttribute('aria-label', `Selected group: ${d.name}`);
    this.replacePart(m.details, [
      el('h2', {}, d.name),
      ...(d.about ? [el('p', {}, d.about)] : []),
      ...(d.description ? [el('p', {}, d.description)] : []),
      ...list('Since your last visit', d.changes || [], (c) => c),
      ...list('Meetings', d.meetings, (mt, i) => el('div', {}, el('p', {}, mt.text),
        ...(mt.weekHelp ? [el('p', {}, mt.weekHelp)] : []),
        ...mt.weeks.map((w) => button(`week:${w.value}`, w.label, () => this.command('week', w.value))),
        ...(mt.forget ? [button(`forget:${i}`, 'Forget the week I said', () => this.command('week', mt.forget))] : []),
        ...mt.links.map((l, k) => linkOrText(`${l.label}: ${d.name}`, l.url, `meeting:${i}:${k}`)))),
      ...list('Leads', d.leads, (l, i) => linkOrText(l.label, l.url, `lead:${i}`)),
      ...list('Contact', d.contacts, (c, i) => linkOrText(c.label, c.url, `contact:${i}`)),
      ...list('Topics', d.topics, (t) => t),
      ...list('Links', d.links, (l, i) => linkOrText(l.label, l.url, `link:${i}`)),
      ...(d.calendar ? [button('addcal', `Add ${d.name}'s meetings to my calendar (.ics)`, () => this.command('calendar', d.id))] : []),
      ...(d.feed ? [button('subscribe', `Subscribe to ${d.name}'s calendar feed (copies its address)`, () => this.command('subscribe', d.id))] : []),
      button('copylink', `Copy a link to ${d.name}`, () => this.command('copyLink', d.id)),
    ]);
  },
};
