// A small static file server for the demo page and the browser tests (loopback only).
// Serves .wasm as application/wasm so browsers compile it while it streams, answers conditional
// requests (Last-Modified), and can serve the site under a path prefix (a project site such as
// https://example.github.io/project/) and add headers (a Content-Security-Policy,
// Service-Worker-Allowed...).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.md': 'text/markdown; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
  '.otf': 'font/otf', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json', '.ics': 'text/calendar',
};

// Starts serving `root`; resolves to { server, url, stop }. Options:
//   port, host        where to listen (default: a free port on 127.0.0.1)
//   prefix            URL path the site lives under (default "/")
//   headers(pathname) extra response headers for a path (relative to the prefix, starting with /)
//   onRequest(req)    called for every request (the tests record what a visit downloads)
export function serve(root, { port = 0, host = '127.0.0.1', prefix = '/', headers = () => ({}), onRequest = () => {} } = {}) {
  const base = path.resolve(root);
  const pre = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const server = http.createServer((req, res) => {
    onRequest(req);
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    if (!pathname.startsWith(pre)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const rel = `/${pathname.slice(pre.length)}`;
    let file = path.join(base, rel);
    if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403).end(); return; }
    let stat = fs.existsSync(file) ? fs.statSync(file) : null;
    if (stat && stat.isDirectory()) {
      if (!pathname.endsWith('/')) { res.writeHead(301, { location: `${pathname}/` }).end(); return; }
      file = path.join(file, 'index.html');
      stat = fs.existsSync(file) ? fs.statSync(file) : null;
    }
    if (!stat) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const modified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
    const common = {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      'last-modified': modified.toUTCString(),
      ...headers(rel),
    };
    const since = Date.parse(req.headers['if-modified-since'] || '');
    if (!Number.isNaN(since) && since >= modified.getTime()) { res.writeHead(304, common).end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, common);
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  // Stops listening and drops open connections at once (the offline tests pull the plug).
  const stop = () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections?.(); });
  return new Promise((resolve) => server.listen(port, host, () => {
    resolve({ server, stop, url: `http://${host}:${server.address().port}${pre}` });
  }));
}

// `node scripts/static-server.mjs ROOT [PORT]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = '.', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, { port: Number(port) });
  console.log(`wgfinder demo: ${url}  (Ctrl+C stops)`);
}
