#!/usr/bin/env node
// Screenshots of the pages that show charts, at 360 px and 1280 px, in headless Chromium (Debian's `chromium`),
// and a check of what the browser actually drew: in every chart, no two texts overlap, none is clipped by the
// picture, and none is smaller than 12 px.
//
//   node scripts/chart-screenshots.mjs [PUBLIC_DIR] [OUT_DIR] [PAGE_PATH...]
//
// PUBLIC_DIR defaults to public/, OUT_DIR to tests/artifacts/charts/. Without PAGE_PATHs, every page that has a
// chart is taken (found by looking for `class="chart ` in the built HTML). The folder is served on 127.0.0.1 under
// the path of the site's base_url (read from sitemap.xml), so its links work as published.
// Writes OUT_DIR/NAME-360.png and NAME-1280.png (whole page) and OUT_DIR/NAME-CHART-WIDTH.png (each chart).
// Exits 1 if a page fails to load or a chart has overlapping, clipped or too small text.
//
// Needs playwright-core (npm install, or NODE_PATH pointing at a node_modules that has it) and
// `apt-get install chromium fonts-noto-cjk`. Nothing is downloaded.

import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative, resolve, sep } from 'node:path';

// playwright-core from the repository's node_modules, or from a folder on NODE_PATH.
function loadPlaywright() {
  const places = [import.meta.url, ...(process.env.NODE_PATH || '').split(':').filter(Boolean).map((d) => join(resolve(d), 'x.js'))];
  for (const place of places) {
    try {
      return createRequire(place)('playwright-core');
    } catch {
      // try the next place
    }
  }
  console.error('chart-screenshots: playwright-core not found; run `npm install` or set NODE_PATH');
  process.exit(2);
}
const { chromium } = loadPlaywright();

const WIDTHS = [360, 1280];
const MIN_PX = 12;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
};

const [publicDir = 'public', outDir = 'tests/artifacts/charts', ...given] = process.argv.slice(2);
const root = resolve(publicDir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`chart-screenshots: ${root} is not a built site (no index.html); run \`sunlight build\` first`);
  process.exit(2);
}

function basePath() {
  const sitemap = join(root, 'sitemap.xml');
  if (!existsSync(sitemap)) return '/';
  const locs = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  locs.sort((a, b) => a.length - b.length);
  return locs.length ? new URL(locs[0]).pathname : '/';
}

function chartPages(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...chartPages(p));
    else if (name === 'index.html' && readFileSync(p, 'utf8').includes('class="chart ')) {
      found.push(relative(root, dir).split(sep).join('/') + '/');
    }
  }
  return found.sort();
}

function serve(base) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = resolve(root, '.' + sep + path.slice(base.length));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// Runs in the page: every problem with the text of every chart, as the browser laid it out. The width of a text
// is what the browser measured; its height is the ideographic em box around the baseline (0.88 em above, 0.12 em
// below, plus Latin descenders), since a text's client rect is its whole line box, which overlaps its neighbours'
// by design.
function inspect(minPx) {
  const problems = [];
  for (const svg of document.querySelectorAll('figure.chart svg.chart-svg')) {
    const id = svg.closest('figure').id;
    const frame = svg.getBoundingClientRect();
    const k = frame.width / svg.viewBox.baseVal.width;
    const boxes = [];
    for (const t of svg.querySelectorAll('text')) {
      if (!t.getNumberOfChars()) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * k;
      const baseline = frame.top + t.getStartPositionOfChar(0).y * k;
      const r = t.getBoundingClientRect();
      boxes.push({ text: t.textContent, px, left: r.left, right: r.right, top: baseline - 0.88 * px, bottom: baseline + 0.2 * px });
    }
    for (const b of boxes) {
      if (b.px < minPx - 0.05) problems.push(`${id}: "${b.text}" is ${b.px.toFixed(1)} px`);
      if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5) {
        problems.push(`${id}: "${b.text}" is clipped by the chart's edge`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) problems.push(`${id}: "${a.text}" overlaps "${b.text}"`);
      }
    }
    if (frame.right > document.documentElement.clientWidth + 0.5) problems.push(`${id}: wider than the page`);
  }
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  }
  return problems;
}

const base = basePath();
const pages = given.length ? given : chartPages(root);
mkdirSync(outDir, { recursive: true });
const server = await serve(base);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failures = 0;
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    const page = await context.newPage();
    for (const p of pages) {
      const url = `${origin}${base}${p.replace(/^\/+/, '')}`;
      const res = await page.goto(url, { waitUntil: 'load' });
      if (!res || res.status() !== 200) {
        console.error(`${url}: HTTP ${res ? res.status() : 'no response'}`);
        failures++;
        continue;
      }
      await page.evaluate(() => document.fonts.ready);
      const name = p.replace(/^\/+|\/+$/g, '').replace(/\//g, '-') || 'home';
      await page.screenshot({ path: join(outDir, `${name}-${width}.png`), fullPage: true });
      for (const fig of await page.locator('figure.chart').all()) {
        const id = await fig.getAttribute('id');
        await fig.screenshot({ path: join(outDir, `${name}-${id}-${width}.png`) });
      }
      const problems = await page.evaluate(inspect, MIN_PX);
      for (const pr of problems) console.error(`${width} px ${p}: ${pr}`);
      failures += problems.length;
      console.log(`${width} px ${p}: ${problems.length ? problems.length + ' problem(s)' : 'ok'}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
