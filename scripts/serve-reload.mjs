#!/usr/bin/env node
// Live reload in a real browser: opens a page of a running `sunlight serve` in headless Chromium,
// edits a Markdown page, a dataset and a template of the site in turn, and times each save until
// the open page shows it (no manual reload: the page reloads itself). Prints the median of N edits
// per kind. Then breaks the page and saves a screenshot of the error overlay, and fixes it.
//
//   node scripts/serve-reload.mjs SITE_DIR URL [N] [SCREENSHOT.png]
//
// Made for the site `sunlight init` writes (URL: its report/assistance/ page). Needs `npm ci`
// (playwright-core) and Debian's chromium. Everything stays on 127.0.0.1.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [site, url, n = '20', shot = 'overlay.png'] = process.argv.slice(2);
if (!site || !url) {
  console.error('usage: node scripts/serve-reload.mjs SITE_DIR URL [N] [SCREENSHOT.png]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
const page = await browser.newPage();
await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
await page.goto(url);

const kinds = [
  ['Markdown', 'content/report/assistance.md', '特困供养', (i) => `特困供养（第${i}次编辑）`, (i) => `第${i}次编辑`],
  ['dataset', 'data/assistance.yaml', 'persons: 1865', (i) => `persons: ${1900 + i}`, (i) => `${1900 + i}人`],
  ['template', 'themes/default/templates/base.html', '</footer>', (i) => `<p id="t">模板第${i}次</p></footer>`, (i) => `模板第${i}次`],
];
for (const [label, rel, from, to, shown] of kinds) {
  const file = join(site, rel);
  const original = readFileSync(file, 'utf8');
  const times = [];
  for (let i = 0; i < Number(n); i++) {
    const started = performance.now();
    writeFileSync(file, original.replace(from, to(i)));
    await page.waitForFunction((t) => document.body && document.body.innerText.includes(t), shown(i), { timeout: 10000, polling: 'raf' });
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  }
  writeFileSync(file, original);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(9)} save→page shows it: median ${median.toFixed(1)} ms over ${times.length} edits (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)})`);
  await new Promise((r) => setTimeout(r, 300));
}

const md = join(site, 'content/report/assistance.md');
const good = readFileSync(md, 'utf8');
writeFileSync(md, good.replace('title:', 'titel:'));
await page.waitForSelector('#sunlight-overlay', { timeout: 10000 });
await page.screenshot({ path: shot });
console.log(`overlay: ${(await page.locator('#sunlight-overlay li').first().innerText()).split('\n')[0]}`);
writeFileSync(md, good);
await page.waitForSelector('#sunlight-overlay', { state: 'detached', timeout: 10000 });
console.log('overlay cleared after the fix');
await browser.close();
