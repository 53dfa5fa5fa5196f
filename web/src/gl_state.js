// The WebGL state Dear ImGui's renderer reads back, answered from what the widget last set.
//
// Its OpenGL3 backend saves the scissor box and the blend state before every frame and restores
// them after (ocornut/imgui#6085 asks for a way to skip that; Dear ImGui 1.90 has none). Chromium
// answers those seven reads (unlike the bindings and the viewport, which it keeps in the page)
// with a round trip to the GPU process that waits for the work queued before it: in headless
// Chromium 9-20 ms a frame while the demo starts, 3-4 ms of a keystroke's frame. The widget's
// context has no other user, so the values are known: read once from the context (at the start,
// and again after the context is restored, which resets them), then kept as each call that sets
// them goes through.
// A call the context would refuse (a negative size, an enum it does not take) makes the value
// unknown again, so the next read asks the context: never a value the context does not hold.

const SCISSOR_BOX = 0x0C10;
const SRC_RGB = 0x80C9, DST_RGB = 0x80C8, SRC_ALPHA = 0x80CB, DST_ALPHA = 0x80CA;
const EQ_RGB = 0x8009, EQ_ALPHA = 0x883D;
// The reads answered here.
const SHADOWED = [SCISSOR_BOX, SRC_RGB, DST_RGB, SRC_ALPHA, DST_ALPHA, EQ_RGB, EQ_ALPHA];

// What WebGL2 takes: blend factors (CONSTANT_COLOR and CONSTANT_ALPHA not together) and equations.
const FACTORS = new Set([0, 1, 0x300, 0x301, 0x302, 0x303, 0x304, 0x305, 0x306, 0x307, 0x308, 0x8001, 0x8002, 0x8003, 0x8004]);
const constantColor = (f) => f === 0x8001 || f === 0x8002;
const constantAlpha = (f) => f === 0x8003 || f === 0x8004;
const factors = (src, dst) => FACTORS.has(src) && FACTORS.has(dst) && !(constantColor(src) && constantAlpha(dst)) &&
  !(constantAlpha(src) && constantColor(dst));
const EQUATIONS = new Set([0x8006, 0x800A, 0x800B, 0x8007, 0x8008]);

export function shadowGlState(gl) {
  if (!gl || gl.wgfShadowed) return;
  const proto = Object.getPrototypeOf(gl);
  const known = new Map();
  const read = () => {
    known.clear();
    for (const name of SHADOWED) known.set(name, proto.getParameter.call(gl, name));
  };
  const keep = (ok, entries) => {
    for (const [name, value] of entries) ok ? known.set(name, value) : known.delete(name);
  };
  const through = (method, after) => {
    gl[method] = function (...args) {
      proto[method].apply(gl, args);
      after(...args);
    };
  };
  through('scissor', (x, y, w, h) => {
    const box = Int32Array.of(x, y, w, h);  // as the context converts them (WebIDL long)
    keep(box[2] >= 0 && box[3] >= 0, [[SCISSOR_BOX, box]]);
  });
  through('blendFunc', (s, d) => keep(factors(s, d), [[SRC_RGB, s], [SRC_ALPHA, s], [DST_RGB, d], [DST_ALPHA, d]]));
  through('blendFuncSeparate', (sr, dr, sa, da) =>
    keep(factors(sr, dr) && factors(sa, da), [[SRC_RGB, sr], [DST_RGB, dr], [SRC_ALPHA, sa], [DST_ALPHA, da]]));
  through('blendEquation', (m) => keep(EQUATIONS.has(m), [[EQ_RGB, m], [EQ_ALPHA, m]]));
  through('blendEquationSeparate', (r, a) => keep(EQUATIONS.has(r) && EQUATIONS.has(a), [[EQ_RGB, r], [EQ_ALPHA, a]]));
  gl.getParameter = function (name) {
    if (!known.has(name) || gl.isContextLost()) return proto.getParameter.call(gl, name);
    const v = known.get(name);
    return v instanceof Int32Array ? Int32Array.from(v) : v;  // a new array each time, as the context's
  };
  gl.canvas.addEventListener('webglcontextrestored', read);
  gl.wgfShadowed = true;
  read();
}
