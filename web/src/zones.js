import { BASE } from './load.js';

// The countries of the zone picker's zones: the tz database's zone.tab, shipped beside the script
// (wgfinder-zones.json: {"Asia/Tokyo": "JP", ...}) and fetched when the picker first opens; the
// countries are named in the page's language by the browser.
let zoneCountries = null;
function loadZoneCountries() {
  zoneCountries ||= fetch(new URL('wgfinder-zones.json', BASE)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  return zoneCountries;
}

// Widget methods.
export const zones = {
  async addZoneCountries() {
    const codes = await loadZoneCountries();
    let names = null;
    try { names = new Intl.DisplayNames([document.documentElement.lang || navigator.language || 'en', 'en'], { type: 'region' }); } catch { /* codes alone */ }
    const entries = Object.entries(codes).map(([zone, code]) => {
      let country = '';
      try { country = names?.of(code) || ''; } catch { /* an unknown code */ }
      return { zone, code, country };
    });
    if (entries.length && this.core && !this.failed) {
      this.call('wgf_add_zones', JSON.stringify(entries));
      this.requestFrame();
    }
  },
};
