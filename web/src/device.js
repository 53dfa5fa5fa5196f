// What the widget keeps on this device: the core's device state (the visitor's own zone and the
// weeks they said biweekly meetings fall on), in localStorage under this widget's key, and the
// digest of the registry last shown (under the key and ".visit"), to tell what changed since. Nothing
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
    let visit = null;
    try { visit = localStorage.getItem(`${this.storageKey()}.visit`); } catch { /* storage forbidden */ }
    if (visit) this.call('wgf_set_last_visit', visit);
  },

  // The digest of the registry this visit showed: the next visit tells what changed since.
  rememberVisit(digest) {
    if (this.options.remember === false) return;
    try {
      if (!digest) localStorage.removeItem(`${this.storageKey()}.visit`);
      else localStorage.setItem(`${this.storageKey()}.visit`, digest);
    } catch { /* storage forbidden or full: nothing is compared next time */ }
  },

  remember(state) {
    if (this.options.remember === false) return;
    try {
      if (state === '{}') localStorage.removeItem(this.storageKey());
      else localStorage.setItem(this.storageKey(), state);
    } catch { /* storage forbidden or full: kept for this visit only */ }
  },
};
