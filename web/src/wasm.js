// The one way the embed script calls the core: wasm(core, name, ...args), for every export of
// src/web/exports.h (the contract; tests/browser/contract.test.mjs checks both sides).
// Strings go in as NUL-terminated UTF-8 and Uint8Arrays as (pointer, byte length), both copied
// into the core's memory for the call only; numbers go as they are. The exports that return
// `const char*` (TEXT) come back as strings.
const TEXT = new Set(['wgf_diagnostics', 'wgf_state', 'wgf_share_state', 'wgf_search', 'wgf_frame']);

export function wasm(core, name, ...args) {
  const blocks = [];
  const values = [];
  try {
    for (const a of args) {
      if (typeof a === 'string') {
        const n = core.lengthBytesUTF8(a);
        const p = core._malloc(n + 1);
        blocks.push(p);
        core.stringToUTF8(a, p, n + 1);
        values.push(p);
      } else if (a instanceof Uint8Array) {
        const p = core._malloc(Math.max(1, a.length));
        blocks.push(p);
        core.HEAPU8.set(a, p);
        values.push(p, a.length);
      } else {
        values.push(a);
      }
    }
    const result = core[`_${name}`](...values);
    return TEXT.has(name) ? core.UTF8ToString(result) : result;
  } finally {
    for (const p of blocks) core._free(p);
  }
}

const encoder = new TextEncoder();
// Text whose length the export takes (a registry): its UTF-8 bytes.
export function utf8(text) { return encoder.encode(text); }
