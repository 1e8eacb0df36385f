/** A tiny static file server for a built site (tests and screenshots), bound to 127.0.0.1. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serve `root` under URL prefix `base` ('/' or '/sub/'); 404s get `<root>/404.html`. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const resolve = async (pathname: string): Promise<string | null> => {
    if (!pathname.startsWith(base)) return null;
    const rel = decodeURIComponent(pathname.slice(base.length));
    const file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    const s = await stat(file).catch(() => null);
    if (s?.isFile()) return file;
    if (s?.isDirectory()) {
      const index = path.join(file, 'index.html');
      return (await stat(index).catch(() => null)) ? index : null;
    }
    return null;
  };
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = await resolve(pathname).catch(() => null);
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
