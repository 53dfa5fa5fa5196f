// wgfinder embed script: starts the widget on every element with class "wgfinder" and hands it
// the registry named by its data-registry attribute. All browser glue lives in the web layer.
import createWgfinderCore from './wgfinder-core.js';

async function start(element) {
  const canvas = element.querySelector('canvas');
  const core = await createWgfinderCore({ canvas });
  const url = new URL(element.dataset.registry, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the registry ${url} could not be fetched (HTTP ${response.status})`);
  const text = await response.text();
  const n = setRegistry(core, text);
  element.classList.add('ready');
  const api = {
    state: () => JSON.parse(core.UTF8ToString(core._wgf_state())),
    diagnostics: () => JSON.parse(core.UTF8ToString(core._wgf_diagnostics())),
    setRegistry: (json) => setRegistry(core, json),
  };
  element.wgfinder = api;
  return { n, api };
}

// Copies the text into wasm memory (not through ccall's stack-bound string argument, which
// overflows on large registries) and loads it.
function setRegistry(core, text) {
  const bytes = core.lengthBytesUTF8(text);
  const ptr = core._malloc(bytes + 1);
  try {
    core.stringToUTF8(text, ptr, bytes + 1);
    return core._wgf_set_registry(ptr, bytes);
  } finally {
    core._free(ptr);
  }
}

window.wgfinder = { ready: Promise.all([...document.querySelectorAll('.wgfinder')].map(start)) };
