// A small static file server for dist/: used by npm start, npm run preview and the browser tests.
// It sends the headers dist/_headers gives static hosts (the CSP, nosniff…), so the policy is
// exercised locally, answers a malformed URL with 400, and a missing page with the 404 page of
// the language the URL is in.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.zip': 'application/zip', '.png': 'image/png', '.ico': 'image/x-icon', '.md': 'text/markdown; charset=utf-8',
};

/** The headers a `_headers` file (Netlify / Cloudflare Pages format) gives every path (`/*`). */
export function headersForAll(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let forAll = false;
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) { forAll = line.trim() === '/*'; continue; }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (forAll && m) headers[m[1]] = m[2].trim();
  }
  return headers;
}

export interface StaticServer { url: string; port: number; close: () => Promise<void>; server: Server }

export function serveStatic(root: string, { port = 0, host = '127.0.0.1', base = '/' } = {}): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = join(dir, '_headers');
  const always = existsSync(headersFile) ? headersForAll(readFileSync(headersFile, 'utf8')) : {};
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(always)) res.setHeader(name, value);
    const plain = (status: number, text: string) => res.writeHead(status, { 'Content-Type': TYPES['.txt'] }).end(text);
    let url: URL;
    let path: string;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      path = decodeURIComponent(url.pathname);
    } catch {
      plain(400, 'bad request: the address is not valid percent-encoding');
      return;
    }
    if (path.includes('\0')) { plain(400, 'bad request'); return; }
    const notFound = () => {
      // The Chinese 404 page for addresses under /zh/, the English one otherwise.
      const zh = path.startsWith(`${prefix}zh/`) ? [join(dir, 'zh', '404.html')] : [];
      const page = [...zh, join(dir, '404.html')].find((f) => existsSync(f));
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      if (page) createReadStream(page).pipe(res); else res.end('not found');
    };
    if (!path.startsWith(prefix)) { notFound(); return; }
    path = normalize(path.slice(prefix.length - 1));
    let file = join(dir, path);
    if (file !== dir && !file.startsWith(dir + sep)) { plain(403, 'forbidden'); return; }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) { res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end(); return; }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) { notFound(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    ok({ url: `http://${host}:${actual}${prefix}`, port: actual, server, close: () => new Promise((done) => server.close(() => done())) });
  }));
}
