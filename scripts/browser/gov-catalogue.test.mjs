// The 政府信息公开目录 (xxgk/) in a real browser at phone width: the filter by 主题分类, year and words narrows both
// lists and says how many match, lists left empty go with their jump links, nothing scrolls sideways, axe-core
// finds nothing wrong with the filter shown, and without JavaScript the filter is not offered and every document
// stays listed. The same setup as suite.test.mjs: the example site built with --base-url under /portal/, served
// by Debian's nginx, Debian's Chromium through playwright-core.
//
//   node --test scripts/browser/gov-catalogue.test.mjs      (SUNLIGHT_BIN overrides target/release/sunlight)

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { freePort, startNginx } from './nginx.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.SUNLIGHT_BIN || join(REPO, 'target/release/sunlight');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = join(REPO, 'tests/artifacts/browser');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BASE_PATH = '/portal/';
const PHONE = { width: 390, height: 844 };
const CATALOGUE = 'xxgk/';

let work, server, site, browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sunlight-gov-'));
  const publicDir = join(work, 'public');
  const port = await freePort();
  site = `http://127.0.0.1:${port}${BASE_PATH}`;
  const built = spawnSync(BIN, ['build', '--root', REPO, '--out', publicDir, '--base-url', site], { encoding: 'utf8' });
  assert.equal(built.status, 0, `sunlight build failed:\n${built.stdout}\n${built.stderr}`);
  server = await startNginx({ publicDir, basePath: BASE_PATH, port, workDir: join(work, 'nginx') });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function phonePage({ javaScriptEnabled = true, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale: 'zh-CN', javaScriptEnabled, bypassCSP });
  const page = await context.newPage();
  page.policyViolations = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) page.policyViolations.push(m.text());
  });
  return page;
}

/** How many documents each list shows: [by topic, by year]. */
async function shownCounts(page) {
  return page.evaluate(() =>
    ['.gov-view-topic', '.gov-view-year'].map(
      (v) => [...document.querySelectorAll(`${v} .gov-entry`)].filter((e) => e.offsetParent !== null).length,
    ),
  );
}

describe('政府信息公开目录 at 390 px', () => {
  test('the filter narrows both lists by topic, year and words, and says how many match', async () => {
    const page = await phonePage();
    await page.goto(site + CATALOGUE);
    const filter = page.locator('.gov-filter');
    await filter.waitFor({ state: 'visible' });
    const [all, allByYear] = await shownCounts(page);
    assert.ok(all >= 3, `only ${all} documents listed`);
    assert.equal(allByYear, all, 'both lists hold every document');

    // By topic: the first topic's documents only, in both lists; empty year lists and their jump links go.
    const topic = await page.locator('#gov-filter-topic option').nth(1).getAttribute('value');
    const inTopic = await page.locator(`.gov-view-topic .gov-entry[data-topic="${topic}"]`).count();
    await page.selectOption('#gov-filter-topic', topic);
    assert.deepEqual(await shownCounts(page), [inTopic, inTopic]);
    assert.match(await page.locator('.gov-filter-status').textContent(), new RegExp(`共 ${inTopic} 件符合`));
    const emptyYears = await page.evaluate(() =>
      [...document.querySelectorAll('.gov-view-year .gov-group')].filter((g) => !g.hidden && !g.querySelector('.gov-entry:not([hidden])')).length,
    );
    assert.equal(emptyYears, 0, 'a year list left empty is hidden');
    const jumps = await page.locator('.gov-view-topic .gov-jump li:visible').count();
    assert.equal(jumps, 1, 'only the chosen topic keeps its jump link');

    // By year as well: the two choices combine.
    const year = await page.locator('.gov-view-topic .gov-entry:visible').first().getAttribute('data-year');
    await page.selectOption('#gov-filter-year', year);
    const both = await page.locator(`.gov-view-topic .gov-entry[data-topic="${topic}"][data-year="${year}"]`).count();
    assert.deepEqual(await shownCounts(page), [both, both]);

    // Words of a 文号 or 索引号, with both choices cleared.
    await page.selectOption('#gov-filter-topic', '');
    await page.selectOption('#gov-filter-year', '');
    const docNo = (await page.locator('.gov-view-topic .gov-entry-meta dd').first().textContent()).trim();
    await page.fill('#gov-filter-q', docNo);
    const [byWords] = await shownCounts(page);
    assert.ok(byWords >= 1 && byWords < all, `searching ${docNo} showed ${byWords} of ${all}`);
    await page.fill('#gov-filter-q', '没有这样的文件');
    assert.deepEqual(await shownCounts(page), [0, 0]);
    assert.equal((await page.locator('.gov-filter-status').textContent()).trim(), '没有符合的文件');
    await page.fill('#gov-filter-q', '');
    assert.deepEqual(await shownCounts(page), [all, all]);
    assert.equal((await page.locator('.gov-filter-status').textContent()).trim(), '', 'no count when nothing is filtered');

    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(wide <= 0, `the page scrolls sideways by ${wide} px`);
    for (const control of ['#gov-filter-topic', '#gov-filter-year', '#gov-filter-q']) {
      const box = await page.locator(control).boundingBox();
      assert.ok(box.height >= 44 && box.x >= 0 && box.x + box.width <= PHONE.width, `${control}: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(page.policyViolations, [], 'the filter runs under the Content-Security-Policy');
    await page.screenshot({ path: join(ARTIFACTS, 'gov-catalogue-390.png'), fullPage: true });
    await page.context().close();
  });

  test('axe-core finds no violation with the filter shown', async () => {
    const page = await phonePage({ bypassCSP: true });
    await page.goto(site + CATALOGUE);
    await page.locator('.gov-filter').waitFor({ state: 'visible' });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return r.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
    await page.context().close();
  });

  test('without JavaScript the filter is not offered and every document stays listed', async () => {
    const page = await phonePage({ javaScriptEnabled: false });
    await page.goto(site + CATALOGUE);
    assert.equal(await page.locator('.gov-filter').isVisible(), false, 'a filter that cannot work is not shown');
    const [byTopic, byYear] = await shownCounts(page);
    const listed = await page.locator('.gov-catalogue').getAttribute('data-count');
    assert.deepEqual([byTopic, byYear], [Number(listed), Number(listed)]);
    await page.locator('.gov-view-year .gov-jump a').first().click();
    assert.match(page.url(), /#year-1$/, 'the jump links work without a script');
    await page.context().close();
  });
});
