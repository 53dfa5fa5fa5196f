// The widget's own elements: a shadow root with its styles, the canvas, the text proxy (IMEs,
// phones' keyboards), the loading and failure panels and the off-screen accessible mirror's place
// (mirror.js fills it); the theme and network state it shows.
const STYLE = `
:host { display: block; box-sizing: border-box; position: relative; height: 640px; min-height: 240px; contain: layout paint;
  --wgf-bg: #ffffff; --wgf-fg: #1d2330; --wgf-muted: #5b6475; --wgf-line: #d6d9e0; --wgf-accent: #2f6fde;
  color-scheme: light; color: var(--wgf-fg); background: var(--wgf-bg);
  border: 1px solid var(--wgf-line); border-radius: 8px; overflow: hidden;
  font: 15px/1.4 var(--wgf-font, Inter, system-ui, sans-serif); }
:host([data-dark]) { --wgf-bg: #171a21; --wgf-fg: #e6e8ee; --wgf-muted: #a3abbb; --wgf-line: #343a46;
  --wgf-accent: #7aa7ff; color-scheme: dark; }
:host([hidden]) { display: none; }
.frame { position: absolute; inset: 0; }
canvas { display: block; width: 100%; height: 100%; outline: none; touch-action: none; visibility: hidden; }
:host([data-state=ready]) canvas { visibility: visible; }
:host(:focus-within) { outline: 2px solid var(--wgf-accent); outline-offset: 2px; }
.ime { position: absolute; left: 0; top: 0; width: 2px; height: 20px; padding: 0; margin: 0; border: 0;
  opacity: 0; background: transparent; color: transparent; caret-color: transparent; font-size: 16px;
  pointer-events: none; z-index: 1; }
.status { position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: 12px; color: var(--wgf-muted); }
.status[hidden] { display: none; }
.bar { width: min(240px, 60%); height: 4px; border-radius: 2px; background: var(--wgf-line); overflow: hidden; }
.bar::after { content: ""; display: block; width: 40%; height: 100%; background: var(--wgf-accent);
  animation: wgf-slide 1.1s ease-in-out infinite; }
@keyframes wgf-slide { from { transform: translateX(-100%); } to { transform: translateX(250%); } }
@media (prefers-reduced-motion: reduce) { .bar::after { animation: none; width: 100%; opacity: 0.5; } }
.message { position: absolute; inset: 0; overflow: auto; padding: 20px 24px; background: var(--wgf-bg); }
.message[hidden] { display: none; }
.message h2 { font-size: 17px; margin: 0 0 8px; }
.message p { margin: 0 0 8px; }
.message ul { margin: 8px 0; padding-left: 20px; color: var(--wgf-muted); font: 13px/1.5 ui-monospace, monospace; }
.message a { color: var(--wgf-accent); }
slot { display: none; }
:host([data-state=failed]) slot { display: block; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

let styleSheet = null;
function attachStyle(root) {
  try {
    if (!styleSheet) { styleSheet = new CSSStyleSheet(); styleSheet.replaceSync(STYLE); }
    root.adoptedStyleSheets = [styleSheet];
  } catch {
    const style = document.createElement('style');  // browsers without constructable sheets
    style.textContent = STYLE;
    root.append(style);
  }
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

const darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

// The system's theme and the network reach every widget of the page.
export function watchEnvironment(widgets) {
  for (const type of ['online', 'offline']) window.addEventListener(type, () => { for (const w of widgets) w.updateEnv(); });
  darkQuery?.addEventListener?.('change', () => { for (const w of widgets) w.updateEnv(); });
}

// Widget methods.
export const dom = {
  buildDom() {
    const root = this.host.shadowRoot || this.host.attachShadow({ mode: 'open' });
    this.root = root;
    attachStyle(root);
    const label = this.options.label || 'Working group finder';
    this.canvas = el('canvas', { tabindex: '0', role: 'application', 'aria-label': label,
      'aria-describedby': 'wgf-help' });
    this.ime = el('input', { class: 'ime', type: 'search', tabindex: '-1', 'aria-label': 'Search working groups',
      autocomplete: 'off', autocapitalize: 'off', autocorrect: 'off', spellcheck: 'false', enterkeyhint: 'search' });
    this.statusText = el('span', {}, 'Loading the working groups…');
    this.status = el('div', { class: 'status', role: 'status' }, el('div', { class: 'bar' }), this.statusText);
    this.message = el('div', { class: 'message', role: 'alert', hidden: '' });
    this.live = el('p', { 'aria-live': 'polite', 'aria-atomic': 'true' });
    const help = el('p', { id: 'wgf-help' }, 'Type to search; arrows move through the results, Enter opens one, Space picks it for the calendar, Tab moves between the search, the results, the details and the filters, Escape clears.');
    this.mirror = el('div', { class: 'sr' }, help, this.live, ...this.buildMirror());
    const frame = el('div', { class: 'frame' }, this.canvas, this.ime, this.status, this.message, this.mirror);
    root.replaceChildren(...[...root.childNodes].filter((n) => n.nodeName === 'STYLE'), frame, el('slot'));
    this.host.dataset.state = 'loading';
    if (this.options.height) this.host.style.height = this.options.height;
  },

  // Shows the message inside the element (with the validator's messages and the fallback markup)
  // instead of a dead canvas.
  showFailure(message, diagnostics, url, safeUrl) {
    const items = diagnostics.slice(0, 50).map((d) => el('li', {}, d.text || d.message));
    this.message.replaceChildren(el('h2', {}, 'The working groups cannot be shown'), el('p', {}, message));
    if (items.length) this.message.append(el('ul', {}, ...items));
    if (url && safeUrl) this.message.append(el('p', {}, el('a', { href: url }, 'Open the registry file')));
    this.message.hidden = false;
    this.status.hidden = true;
    this.host.dataset.state = 'failed';
  },

  applyTheme() {
    const theme = this.options.theme || 'system';
    const dark = theme === 'dark' || (theme === 'system' && !!darkQuery?.matches);
    if (dark) this.host.setAttribute('data-dark', ''); else this.host.removeAttribute('data-dark');
    return dark;
  },

  updateEnv() {
    const dark = this.applyTheme();
    if (!this.core || this.failed) return;
    this.call('wgf_set_env', dark ? 1 : 0, this.offline ? 1 : 0);
    this.requestFrame();
  },
};
