// mount() on any element, with the registry as a JS object; the widget's events and methods.
import { mount } from '../wgfinder.js';

const registry = {
  version: 1,
  title: 'Built in JavaScript',
  groups: [
    { id: 'networking', name: 'Networking', leads: [{ name: 'Ines Duarte', company: 'Acme' }], topics: ['gateways', 'DNS'] },
    { id: 'storage', name: 'Storage', leads: [{ name: 'Kenji Sato' }], topics: ['volumes', 'snapshots'] },
  ],
};

const element = document.getElementById('finder');
const log = document.getElementById('log');
const widget = mount(element, { registry, query: '', eager: true });
for (const type of ['wgf-ready', 'wgf-select', 'wgf-query', 'wgf-error'])
  element.addEventListener(type, (e) => { log.textContent = `${type} ${JSON.stringify(e.detail)}`; });
widget.ready.then(() => { window.apiExample = widget; });
