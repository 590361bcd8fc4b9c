// Serves the release build the way AgentDesktop does: dist/ at /AD/widget/.
// With SDK_FIXTURE=path, that file is served as /AD/widget/agentdesktop_widget.js (a stand-in real SDK);
// without it, that path is a 404, as outside AgentDesktop, and the widget falls back to its simulator.
// With `baseline`, /AD/baseline/ serves the benchmark's vanilla-JS yardstick.
// /AD/widget/minimal/ serves the integrators' example (examples/minimal/dist, or EXAMPLE_DIST), built for
// that sub-folder, beside the same SDK script.
// /docs/ serves the repository's docs/ (the click-to-dial host page, served from the other port of the pair
// so that it is another origin than the widget's).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 8181);
const prefix = '/AD/widget/';
const example = resolve(process.env.EXAMPLE_DIST ?? 'examples/minimal/dist');
const examplePrefix = `${prefix}minimal/`;
const docsPrefix = '/docs/';
const docs = resolve('docs');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export function startServer({ sdkFixture = process.env.SDK_FIXTURE, listenPort = port, baseline } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (baseline && path === '/AD/baseline/') {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(await readFile(baseline));
      return;
    }
    const isDocs = path.startsWith(docsPrefix);
    if (!path.startsWith(prefix) && !isDocs) { res.writeHead(302, { location: prefix }); res.end(); return; }
    let file;
    if (isDocs) {
      file = join(docs, normalize(path.slice(docsPrefix.length)));
      if (!file.startsWith(docs + '/')) { res.writeHead(403); res.end(); return; }
    } else if (path === `${prefix}agentdesktop_widget.js`) {
      if (!sdkFixture) { res.writeHead(404); res.end('no SDK here'); return; }
      file = resolve(sdkFixture);
    } else {
      const [base, dir] = path.startsWith(examplePrefix) ? [examplePrefix, example] : [prefix, root];
      const rel = normalize(path.slice(base.length) || 'index.html');
      file = join(dir, rel);
      if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(listenPort, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
}
