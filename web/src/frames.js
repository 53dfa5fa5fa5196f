// Frame scheduling: a frame is drawn only when something changed (input, a resize, a countdown's
// minute), at most one per animation frame; each frame's report says what to do next.
export const frames = {
  resize(entry) {
    if (!this.core || this.failed) return;
    const dpr = window.devicePixelRatio || 1;
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    // The exact device pixels when the browser knows them (fractional ratios), else CSS x ratio.
    let box = entry?.devicePixelContentBoxSize?.[0];
    if (box && Math.abs(box.inlineSize - w * dpr) > 2) box = null;  // emulated ratios report CSS px
    const pw = box ? box.inlineSize : Math.round(w * dpr), ph = box ? box.blockSize : Math.round(h * dpr);
    if (pw > 0 && ph > 0 && (this.canvas.width !== pw || this.canvas.height !== ph)) {
      this.canvas.width = pw;
      this.canvas.height = ph;
    }
    this.call('wgf_resize', w, h, w > 0 ? pw / w : dpr);
    // Draw before the browser paints the resized (cleared) canvas.
    if (this.running) this.frameNow();
  },

  requestFrame() {
    if (this.rafPending || !this.running) return;
    this.rafPending = true;
    requestAnimationFrame(() => { this.rafPending = false; this.frameNow(); });
  },

  frameNow() {
    if (!this.running) return;
    let report;
    try {
      report = JSON.parse(this.call('wgf_frame', performance.now()));
    } catch (e) {
      this.fail(e);
      return;
    }
    this.handleReport(report);
    if (report.more) this.requestFrame();
    clearTimeout(this.tick);
    if (report.redrawIn >= 0) {
      this.tick = setTimeout(() => { this.call('wgf_invalidate'); this.requestFrame(); }, Math.max(50, report.redrawIn));
    }
  },

  handleReport(r) {
    if (r.cursor && this.canvas.style.cursor !== r.cursor) this.canvas.style.cursor = r.cursor;
    this.wantsText = !!r.textInput;
    this.placeTextProxy(r);
    for (const a of r.actions || []) this.perform(a);
    if (r.mirror) this.updateMirror(r.mirror);
  },

  // The text proxy sits on the active field while ImGui wants text, and has the focus then: IMEs
  // compose there and phones show their keyboard.
  placeTextProxy(r) {
    const active = this.root.activeElement;
    if (r.textInput && r.ime) {
      const [x, y, h] = r.ime;
      this.ime.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      this.ime.style.height = `${Math.max(16, Math.round(h))}px`;
    }
    if (r.textInput && active === this.canvas) this.ime.focus({ preventScroll: true });
    else if (!r.textInput && active === this.ime) this.canvas.focus({ preventScroll: true });
  },
};
