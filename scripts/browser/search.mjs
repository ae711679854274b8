#!/usr/bin/env node
// Site search in a real browser.
//
//   import { checkSearch, EXAMPLE_CASES } from './scripts/browser/search.mjs';
//   const results = await checkSearch(page, 'http://127.0.0.1:8080/portal/', EXAMPLE_CASES);
//
// checkSearch(page, baseUrl, cases) opens BASEURL/search/ in a playwright-core Page, types each case's query into
// the search box, waits for the result count in the live region and returns, per case,
// { query, urls, missing, marked, indexBytes, ok }: the result URLs in order (absolute), the expected paths not
// found among them, whether a snippet highlights the match, and the bytes of index files the query fetched.
// A case is { query, expect: ['report/assistance/', ...], top }: each expected path (relative to the site root)
// must be among the first `top` results (all results when `top` is left out). baseUrl is the site root, with any
// subpath (the search page is found relative to it; nothing assumes the site is at `/`).
// It throws if a case fails, after running them all, unless called with { assert: false }.
//
// CLI: node scripts/browser/search.mjs PUBLIC_DIR [--screenshots DIR]
// serves PUBLIC_DIR on 127.0.0.1 under the path of its base_url (read from sitemap.xml), runs EXAMPLE_CASES,
// prints pass/fail per query, and exits 1 on any failure (2 on a bad command line). With --screenshots it saves
// the results of the first query at 390 and 1280 px wide. Requests to other hosts are blocked and count as failures.
// Needs playwright-core and Debian's chromium (CHROMIUM_PATH overrides /usr/bin/chromium).

import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLE_CASES = [
  { query: '低保', expect: ['report/assistance/'], top: 3 },
  { query: '养老', expect: ['report/elderly/'], top: 3 },
  { query: '儿童', expect: ['report/minors/'], top: 5 },
  { query: '婚姻登记', expect: ['report/social-services/'], top: 3 },
];

/** English words on the English pages; run with the English home (`BASE/en/`) as the base URL. */
export const EXAMPLE_CASES_EN = [
  { query: 'assistance', expect: ['report/'], top: 5 },
  { query: 'elderly', expect: ['report/'], top: 5 },
];

export async function checkSearch(page, baseUrl, cases, { assert = true, timeout = 10000 } = {}) {
  const root = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const searchUrl = new URL('search/', root).href;
  let indexBytes = 0;
  const pending = [];
  const count = (response) => {
    if (!response.url().includes('/search/index/')) return;
    pending.push(
      response.body().then(
        (b) => {
          indexBytes += b.length;
        },
        () => {},
      ),
    );
  };
  page.on('response', count);
  const results = [];
  try {
    await page.goto(searchUrl, { waitUntil: 'load' });
    const input = page.getByRole('searchbox', { name: /./ }).and(page.locator('#search-q'));
    for (const c of cases) {
      const before = indexBytes;
      await input.fill('');
      await input.fill(c.query);
      await input.press('Enter');
      await page.waitForFunction(
        (q) => {
          const status = document.getElementById('search-status');
          const text = status ? status.textContent : '';
          return text.includes(q) || (document.getElementById('search-fallback') || {}).hidden === false;
        },
        c.query,
        { timeout },
      );
      const shown = await page.locator('#search-results > li').count();
      if (shown) {
        await page
          .waitForFunction(() => [...document.querySelectorAll('.search-snippet')].every((p) => p.textContent), null, {
            timeout,
          })
          .catch(() => {});
      }
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
      const urls = await page.$$eval('#search-results > li h2 a', (as) => as.map((a) => a.href));
      const marked = await page.$$eval('#search-results .search-snippet mark', (ms) => ms.length > 0);
      const top = c.top ?? urls.length;
      const missing = (c.expect || []).filter((p) => !urls.slice(0, top).includes(new URL(p, root).href));
      results.push({
        query: c.query,
        urls,
        missing,
        marked,
        indexBytes: indexBytes - before,
        ok: urls.length > 0 && missing.length === 0 && marked,
      });
    }
  } finally {
    page.off('response', count);
  }
  const failed = results.filter((r) => !r.ok);
  if (assert && failed.length) {
    throw new Error(
      `search: ${failed.length} of ${results.length} queries failed: ` +
        failed
          .map((r) => `${r.query} (missing ${r.missing.join(', ') || '-'}; ${r.urls.length} results; highlighted: ${r.marked})`)
          .join('; '),
    );
  }
  return results;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

// The path of base_url: the shortest <loc> in sitemap.xml is the home page.
function basePathOf(dir) {
  const file = join(dir, 'sitemap.xml');
  if (!existsSync(file)) return '/';
  const locs = [...readFileSync(file, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
  if (!locs.length) return '/';
  locs.sort((a, b) => a.length - b.length);
  const p = new URL(locs[0]).pathname;
  return p.endsWith('/') ? p : `${p}/`;
}

function serve(dir, basePath) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const missing = () => res.writeHead(404, { 'content-type': TYPES['.html'] }).end('not found');
    if (!pathname.startsWith(basePath)) return missing();
    let file = resolve(root, `.${sep}${pathname.slice(basePath.length)}`);
    if (file !== root && !file.startsWith(root + sep)) return missing();
    let st = statSync(file, { throwIfNoEntry: false });
    if (st && st.isDirectory()) {
      if (!pathname.endsWith('/')) return res.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
      file = join(file, 'index.html');
      st = statSync(file, { throwIfNoEntry: false });
    }
    if (!st || !st.isFile()) return missing();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function main(argv) {
  const args = [...argv];
  let shots = null;
  const at = args.indexOf('--screenshots');
  if (at >= 0) {
    shots = args[at + 1];
    args.splice(at, 2);
  }
  if (args.length !== 1 || !shots && at >= 0) {
    console.error('usage: node scripts/browser/search.mjs PUBLIC_DIR [--screenshots DIR]');
    return 2;
  }
  const dir = args[0];
  if (!existsSync(join(dir, 'search', 'index.html'))) {
    console.error(`search: ${dir} has no search/index.html; build the site first`);
    return 2;
  }
  const basePath = basePathOf(dir);
  const server = await serve(dir, basePath);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  let failures = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const foreign = [];
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.origin === origin) return route.continue();
      foreign.push(u.href);
      return route.abort();
    });
    const page = await context.newPage();
    const results = await checkSearch(page, `${origin}${basePath}`, EXAMPLE_CASES, { assert: false });
    for (const r of results) {
      const paths = r.urls.slice(0, 5).map((u) => u.slice(origin.length + basePath.length) || '/');
      console.log(
        `${r.ok ? 'pass' : 'FAIL'} ${r.query}: ${r.urls.length} results shown (${paths.join(' ')}${r.urls.length > 5 ? ' …' : ''}); ` +
          `index fetched ${r.indexBytes} B${r.missing.length ? `; missing ${r.missing.join(' ')}` : ''}${r.marked ? '' : '; no highlight'}`,
      );
      if (!r.ok) failures++;
    }
    if (shots) {
      mkdirSync(shots, { recursive: true });
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${origin}${basePath}search/?q=${encodeURIComponent(EXAMPLE_CASES[0].query)}`);
        await page.waitForSelector('.search-snippet mark');
        const file = join(shots, `search-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`screenshot ${file}`);
      }
    }
    if (foreign.length) {
      console.log(`FAIL requests to other hosts: ${foreign.join(' ')}`);
      failures++;
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(failures ? `search: ${failures} failure(s)` : 'search: all queries passed');
  return failures ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`search: ${e.stack || e}`);
      process.exit(1);
    },
  );
}
