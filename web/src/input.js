// Input translation: pointer, wheel, keys, text, paste and focus events on the widget's own
// canvas and text proxy become the core's input calls. Nothing else listens on the page, except the
// search key a page may ask for (watchSearchKey): a host page's inputs keep their keys.
const WHEEL_PIXELS_PER_LINE = 75;
const TOUCH_SLOP = 6;  // CSS px a finger may move before a tap becomes a drag
const BUTTONS = [0, 2, 1];  // DOM button (left, middle, right) -> ImGui's (left, right, middle)

// When focus arrives by Tab (not by a click, a script or a screen reader), the widget puts it in
// its search field (or, with Shift+Tab, on its last control). Passive: the page's keys are untouched.
let lastTab = { at: -1e9, shift: false };
document.addEventListener('keydown', (e) => { if (e.key === 'Tab') lastTab = { at: performance.now(), shift: e.shiftKey }; },
  { capture: true, passive: true });

// The page's own search key (the option searchKey, e.g. "/"), for pages that offer one: pressed
// anywhere on the page outside a text field and outside any widget, it puts the focus in the
// first such widget's search field. Only where the page asked for it: otherwise the page's keys
// are the page's.
export function watchSearchKey(widgets) {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const path = e.composedPath();
    const editable = path.some((n) => n instanceof HTMLElement && (n.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName)));
    if (editable || path.some((n) => n instanceof HTMLElement && n.localName === 'wg-finder')) return;
    for (const w of widgets) {
      if (!w.running || !w.options.searchKey || w.options.searchKey !== e.key) continue;
      e.preventDefault();
      w.canvas.focus();
      w.call('wgf_focus_search');
      w.requestFrame();
      return;
    }
  });
}

// Widget methods.
export const input = {
  listen() {
    const c = this.canvas;
    c.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    c.addEventListener('pointermove', (e) => this.onPointerMove(e));
    c.addEventListener('pointerup', (e) => this.onPointerUp(e));
    c.addEventListener('pointercancel', () => { this.touch = null; });
    c.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse' && !e.buttons) { this.call('wgf_mouse_leave'); this.requestFrame(); } });
    c.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    c.addEventListener('contextmenu', (e) => e.preventDefault());
    for (const target of [c, this.ime]) {
      target.addEventListener('keydown', (e) => this.onKey(e, true));
      target.addEventListener('keyup', (e) => this.onKey(e, false));
      target.addEventListener('paste', (e) => this.onPaste(e));
    }
    this.ime.addEventListener('input', (e) => this.onImeInput(e));
    this.ime.addEventListener('compositionend', (e) => { this.text(e.data); this.ime.value = ''; });
    this.ime.addEventListener('focus', () => { if (!this.wantsText) { this.call('wgf_focus_search'); this.requestFrame(); } });
    this.root.addEventListener('focusin', (e) => this.onFocusIn(e));
    this.root.addEventListener('focusout', () => setTimeout(() => this.onFocusOut(), 0));
    c.addEventListener('webglcontextlost', (e) => { e.preventDefault(); this.running = false; });
    c.addEventListener('webglcontextrestored', () => { this.call('wgf_gl_restored'); this.running = true; this.requestFrame(); });
    this.resizeObserver = new ResizeObserver((entries) => this.resize(entries[entries.length - 1]));
    try { this.resizeObserver.observe(c, { box: 'device-pixel-content-box' }); } catch { this.resizeObserver.observe(c); }
  },

  pos(e) {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  },

  mods(e) { this.call('wgf_mods', e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0); },

  onPointerDown(e) {
    if (!this.running) return;
    const inside = this.root.activeElement;
    if (inside === this.ime) e.preventDefault();  // keep the text proxy (and a phone's keyboard) up
    else if (!inside) { this.pointerFocus = true; this.canvas.focus({ preventScroll: true }); this.pointerFocus = false; }
    this.mods(e);
    const [x, y] = this.pos(e);
    if (e.pointerType === 'touch') {
      // A tap clicks, a drag scrolls: decided when the finger moves or lifts.
      this.touch = { id: e.pointerId, x, y, lastY: y, dragging: false };
      this.call('wgf_mouse_pos', x, y, 1);
    } else {
      this.canvas.setPointerCapture?.(e.pointerId);
      this.call('wgf_mouse_pos', x, y, e.pointerType === 'pen' ? 2 : 0);
      // A frame with the pointer there before the press: an item drawn under others (a result
      // row) takes a click only when the frame before saw it hovered (ocornut/imgui#3909), and the
      // pointer may have got here without a move (the page scrolled under it, or it jumped).
      this.frameNow();
      this.call('wgf_mouse_button', BUTTONS[e.button] ?? 0, 1);
    }
    this.requestFrame();
  },

  onPointerMove(e) {
    if (!this.running) return;
    const [x, y] = this.pos(e);
    const t = this.touch;
    if (t && e.pointerId === t.id) {
      if (!t.dragging && Math.hypot(x - t.x, y - t.y) > TOUCH_SLOP) t.dragging = true;
      if (t.dragging) {
        const dy = t.lastY - y;  // finger up = content down
        t.lastY = y;
        if (!this.call('wgf_wheel', 0, dy / WHEEL_PIXELS_PER_LINE)) window.scrollBy(0, dy);
        this.requestFrame();
      }
      return;
    }
    this.call('wgf_mouse_pos', x, y, e.pointerType === 'pen' ? 2 : 0);
    this.requestFrame();
  },

  onPointerUp(e) {
    if (!this.running) return;
    const t = this.touch;
    if (t && e.pointerId === t.id) {
      this.touch = null;
      if (!t.dragging) {
        this.call('wgf_mouse_pos', t.x, t.y, 1);
        this.call('wgf_mouse_button', 0, 1);
        this.call('wgf_mouse_button', 0, 0);
        // Draw now, inside the tap: a phone shows its keyboard only for a focus() made by a gesture.
        this.frameNow();
        this.frameNow();
      }
      return;
    }
    this.mods(e);
    const [x, y] = this.pos(e);
    this.call('wgf_mouse_pos', x, y, e.pointerType === 'pen' ? 2 : 0);
    this.call('wgf_mouse_button', BUTTONS[e.button] ?? 0, 0);
    this.requestFrame();
  },

  onWheel(e) {
    if (!this.running || e.ctrlKey) return;  // Ctrl+wheel zooms the page
    const unit = e.deltaMode === 1 ? WHEEL_PIXELS_PER_LINE / 3 : e.deltaMode === 2 ? this.canvas.clientHeight : 1;
    const [x, y] = this.pos(e);
    this.call('wgf_mouse_pos', x, y, 0);
    // The list scrolls while it can; at its end the page scrolls on.
    if (this.call('wgf_wheel', e.deltaX * unit / WHEEL_PIXELS_PER_LINE, e.deltaY * unit / WHEEL_PIXELS_PER_LINE)) e.preventDefault();
    this.requestFrame();
  },

  onKey(e, down) {
    if (!this.running) return;
    if (e.isComposing || e.keyCode === 229) return;  // an IME is composing: its text comes with compositionend
    this.mods(e);
    if (down && e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (this.call('wgf_tab', e.shiftKey ? 1 : 0, 0, performance.now())) {
        e.preventDefault();
        this.frameNow();  // act on what the Tab's frame asked for
      } else {
        // The last (or, backwards, first) stop: the page moves focus on, from the canvas so that
        // the text proxy is not a stop of its own.
        if (this.root.activeElement !== this.canvas) this.canvas.focus({ preventScroll: true });
      }
      this.requestFrame();
      return;
    }
    const shortcut = e.ctrlKey || e.metaKey;
    if (down && shortcut && (e.key === 'v' || e.key === 'V')) return;  // the paste event brings the text
    const known = this.call('wgf_key', e.code, e.key, down ? 1 : 0);
    if (down) {
      const printable = [...e.key].length === 1 && (!shortcut || (e.ctrlKey && e.altKey));
      if (printable) {
        if (e.target !== this.ime) { this.text(e.key); e.preventDefault(); }  // the proxy's input event brings it otherwise
      } else if (known && this.consumes(e)) {
        e.preventDefault();
      }
    }
    this.requestFrame();
  },

  // Keys the widget acts on, kept from scrolling the page; browser shortcuts pass.
  consumes(e) {
    if (e.ctrlKey || e.metaKey) return this.wantsText && 'aAcCxXzZyY'.includes(e.key);
    return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Enter',
      'Escape', 'Backspace', 'Delete', ' ', 'Spacebar'].includes(e.key);
  },

  text(s) {
    if (s) this.call('wgf_text', s);
    this.requestFrame();
  },

  onImeInput(e) {
    if (e.isComposing) return;
    if (e.inputType === 'deleteContentBackward' && !this.ime.value) {
      this.call('wgf_key', 'Backspace', 'Backspace', 1);
      this.call('wgf_key', 'Backspace', 'Backspace', 0);
    } else if (this.ime.value) {
      this.text(this.ime.value);
    }
    this.ime.value = '';
    this.requestFrame();
  },

  onPaste(e) {
    const text = e.clipboardData?.getData('text/plain');
    if (!this.running || !text) return;
    e.preventDefault();
    this.call('wgf_paste', text);
    this.requestFrame();
  },

  onFocusIn(e) {
    if (!this.running || this.focused) return;
    this.focused = true;
    this.call('wgf_focus', 1);
    // Focus came from the page by Tab: it enters at the search field, Shift+Tab at the last stop.
    if (!this.pointerFocus && e.target === this.canvas && performance.now() - lastTab.at < 500) {
      this.call('wgf_tab', lastTab.shift ? 1 : 0, 1, performance.now());
      this.frameNow();
    }
    this.requestFrame();
  },

  onFocusOut() {
    if (!this.running || this.root.activeElement) return;
    this.focused = false;
    this.call('wgf_focus', 0);
    this.requestFrame();
  },
};
