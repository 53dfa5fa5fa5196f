// What the widget keeps on this device: the core's device state (the visitor's own zone and the
// weeks they said biweekly meetings fall on), in localStorage under this widget's key. Nothing
// leaves the device; where the page or the browser forbids storage it lasts for the visit only.
export const device = {
  storageKey() {
    return `wgfinder.${this.key}`;
  },

  recall() {
    if (this.options.remember === false) return;
    let kept = null;
    try { kept = localStorage.getItem(this.storageKey()); } catch { /* storage forbidden */ }
    if (kept) this.call('wgf_apply_device_state', kept);
  },

  remember(state) {
    if (this.options.remember === false) return;
    try {
      if (state === '{}') localStorage.removeItem(this.storageKey());
      else localStorage.setItem(this.storageKey(), state);
    } catch { /* storage forbidden or full: kept for this visit only */ }
  },
};
