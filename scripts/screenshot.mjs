#!/usr/bin/env node
// Full-page screenshots of a built site at phone and desktop widths, with Debian's chromium.
//
//   node scripts/screenshot.mjs OUTDIR URL_OR_DIR [--base-path /mzj/] [paths...]
//
// URL_OR_DIR is either a running site (http://127.0.0.1:1111/mzj/) or a built output folder
// (public/). A folder is served on 127.0.0.1 on a free port, mounted under the path of the site's
// base_url (read from its sitemap.xml, or --base-path, or `/`) so that its absolute links work.
// Paths are relative to the site root: `/` (the default), `report/assistance/`, `data/`...
// Writes OUTDIR/NAME-390.png and OUTDIR/NAME-1280.png, where NAME is `home` for `/` and the path
// with `/` turned into `-` otherwise. Requests to other hosts are blocked and reported.
// Exits 0 when every page loaded with status 200, 1 otherwise, 2 on a bad command line.
//
// Needs: `npm ci` (playwright-core) and `apt-get install chromium fonts-noto-cjk`.

import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

function usage(msg) {
  if (msg) console.error(`screenshot: ${msg}`);
  console.error('usage: node scripts/screenshot.mjs OUTDIR URL_OR_DIR [--base-path /mzj/] [paths...]');
  process.exit(2);
}

function parseArgs(argv) {
  const rest = [];
  let basePath = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base-path') {
      basePath = argv[++i];
      if (!basePath) usage('--base-path needs a value');
    } else if (argv[i] === '-h' || argv[i] === '--help') {
      usage();
    } else {
      rest.push(argv[i]);
    }
  }
  if (rest.length < 2) usage('OUTDIR and URL_OR_DIR are required');
  const [outDir, target, ...paths] = rest;
  return { outDir, target, basePath, paths: paths.length ? paths : ['/'] };
}

function withSlashes(p) {
  let s = p.startsWith('/') ? p : `/${p}`;
  if (!s.endsWith('/')) s += '/';
  return s;
}

// The path of base_url, from the shortest <loc> in sitemap.xml (the home page), or `/`.
function detectBasePath(dir) {
  const sitemap = join(dir, 'sitemap.xml');
  if (!existsSync(sitemap)) return '/';
  const locs = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
  if (!locs.length) return '/';
  locs.sort((a, b) => a.length - b.length);
  try {
    return withSlashes(new URL(locs[0].replace(/&amp;/g, '&')).pathname);
  } catch {
    return '/';
  }
}

// A tiny static server: `X/` -> `X/index.html`, `X` (a folder) -> redirect to `X/`, 404.html for misses.
function serve(dir, basePath) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const send404 = () => {
      const page = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
    };
    if (!pathname.startsWith(basePath)) {
      if (pathname === '/' && basePath !== '/') {
        res.writeHead(302, { location: basePath }).end();
      } else {
        send404();
      }
      return;
    }
    let file = resolve(root, `.${sep}${pathname.slice(basePath.length)}`);
    if (file !== root && !file.startsWith(root + sep)) {
      send404();
      return;
    }
    let st = statSync(file, { throwIfNoEntry: false });
    if (st && st.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
        return;
      }
      file = join(file, 'index.html');
      st = statSync(file, { throwIfNoEntry: false });
    }
    if (!st || !st.isFile()) {
      send404();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
      'content-length': st.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

function shotName(p) {
  const trimmed = p.replace(/^\/+|\/+$/g, '');
  if (!trimmed) return 'home';
  return trimmed.replace(/\/index\.html$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
}

async function main() {
  const { outDir, target, basePath: givenBase, paths } = parseArgs(process.argv.slice(2));
  mkdirSync(outDir, { recursive: true });

  let server = null;
  let baseUrl;
  if (/^https?:\/\//i.test(target)) {
    baseUrl = target.endsWith('/') ? target : `${target}/`;
  } else {
    if (!existsSync(join(target, 'index.html'))) usage(`${target} is neither a URL nor a built site (no index.html)`);
    const basePath = givenBase ? withSlashes(givenBase) : detectBasePath(target);
    server = await serve(target, basePath);
    baseUrl = `http://127.0.0.1:${server.address().port}${basePath}`;
    console.log(`serving ${resolve(target)} at ${baseUrl}`);
  }
  const allowedOrigin = new URL(baseUrl).origin;

  let failures = 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    for (const { width, height } of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'zh-CN' });
      // Nothing is fetched from the web: block and report any request to another origin.
      await context.route('**/*', (route) => {
        const u = route.request().url();
        if (u.startsWith('data:') || u.startsWith('blob:') || new URL(u).origin === allowedOrigin) {
          return route.continue();
        }
        console.error(`blocked a request to another host: ${u}`);
        failures++;
        return route.abort();
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => {
        console.error(`page error: ${e.message}`);
      });
      for (const p of paths) {
        const url = new URL(p.replace(/^\/+/, ''), baseUrl).href;
        const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        const status = response ? response.status() : 0;
        if (status !== 200) {
          console.error(`${url}: HTTP ${status}`);
          failures++;
        }
        await page.evaluate(() => document.fonts.ready);
        const file = join(outDir, `${shotName(p)}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}  <- ${url} (${status})`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  }
  return failures;
}

main().then(
  (failures) => process.exit(failures ? 1 : 0),
  (err) => {
    console.error(`screenshot: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);
