// Portal structure in a real browser (issue 17): pages made one per row of a dataset, and a long section list a
// page at a time, read on a 390 px phone. The site is the fixture tests/fixtures/portal_rows with a made-up
// 45-row dataset added, built with `--base-url http://127.0.0.1:PORT/portal/` and served under /portal/ by nginx.
//
//   node --test scripts/browser/portal.test.mjs    (after `cargo build --release`; .ci/run runs every file here)
//
// Needs what suite.test.mjs needs (chromium, fonts-noto-cjk, nginx-light; npm ci). Screenshots go to
// tests/artifacts/browser/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const PLACES = 45;

let work, server, site, browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sunlight-portal-'));
  const root = join(work, 'site');
  cpSync(join(REPO, 'tests/fixtures/portal_rows'), root, { recursive: true });
  cpSync(join(REPO, 'themes/default'), join(root, 'themes/default'), { recursive: true });
  const rows = Array.from({ length: PLACES }, (_, i) => `  - {place: 第${i + 1}服务点, count: ${i + 1}}\n`).join('');
  writeFileSync(
    join(root, 'data/places.yaml'),
    `title: 服务点（虚构示例）\nsource: 虚构示例数据\nexample: true\ncolumns:\n  - {key: place, label: 服务点}\n  - {key: count, label: 服务人次, unit: 人次, type: integer}\nrows:\n${rows}`,
  );
  mkdirSync(join(root, 'content/places'), { recursive: true });
  writeFileSync(join(root, 'content/places/_index.md'), '---\ntitle: 服务点\n---\n各服务点的数字均为虚构示例。\n');
  writeFileSync(
    join(root, 'content/places/_row.md'),
    '---\ntitle: "{{ row.label }}服务情况（虚构示例）"\nper_row: places\n---\n{{ row.label }}服务{{ value("count") }}（虚构示例）。\n',
  );
  const port = await freePort();
  site = `http://127.0.0.1:${port}${BASE_PATH}`;
  const out = join(work, 'public');
  const built = spawnSync(BIN, ['build', '--root', root, '--out', out, '--base-url', site], { encoding: 'utf8' });
  assert.equal(built.status, 0, `sunlight build failed:\n${built.stdout}\n${built.stderr}`);
  server = await startNginx({ publicDir: out, basePath: BASE_PATH, port, workDir: join(work, 'nginx') });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function phonePage({ injects = false } = {}) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale: 'zh-CN', bypassCSP: injects });
  return context.newPage();
}

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
  });
}

const sideways = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

describe('pages made one per row, at 390 px', () => {
  test('the section lists each row’s page, which names its row and its figures and fits the phone', async () => {
    const page = await phonePage();
    await page.goto(site + 'towns/');
    const links = await page.locator('.entry-title a').evaluateAll((as) => as.map((a) => [a.textContent, a.href]));
    assert.equal(links.length, 5, JSON.stringify(links));
    assert.deepEqual(links[0], ['甲镇民政工作概况', `${site}towns/%E7%94%B2%E9%95%87/`]);
    await page.click('text=Zone 7 (东区)民政工作概况');
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}towns/zone-7-%E4%B8%9C%E5%8C%BA/`);
    assert.equal(await page.locator('h1').textContent(), 'Zone 7 (东区)民政工作概况');
    assert.equal(await page.locator('.prose a.figure').first().textContent(), '120户');
    assert.equal(await page.evaluate(sideways), 0, 'the row page scrolls sideways');
    await page.screenshot({ path: join(ARTIFACTS, 'row-page-390.png'), fullPage: true });
    await page.context().close();
  });

  test('a figure number in the text leads to its numbered chart and table', async () => {
    const page = await phonePage();
    await page.goto(site + 'towns/%E7%94%B2%E9%95%87/');
    const caption = page.locator('#tn-towns .figure-number');
    assert.equal(await caption.textContent(), '表1');
    await page.click('a.xref[href="#tn-towns"]');
    assert.equal(new URL(page.url()).hash, '#tn-towns');
    const box = await page.locator('#tn-towns').boundingBox();
    assert.ok(box && box.y >= 0 && box.y < PHONE.height, `the table caption is not in view: ${JSON.stringify(box)}`);
    assert.equal(await page.locator('#chart-towns-persons .figure-number').textContent(), '图1');
    await page.context().close();
  });

  test('axe-core finds no violation on a row page, its section and a later page of a long list', async () => {
    const problems = [];
    for (const path of ['towns/%E7%94%B2%E9%95%87/', 'towns/', 'places/page/2/']) {
      const page = await phonePage({ injects: true });
      await page.goto(site + path);
      for (const v of await axe(page)) problems.push(`${path}: ${v}`);
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });
});

describe('a long list, a page at a time, at 390 px', () => {
  test('the pager is a named navigation with the current page marked, large targets and no sideways scroll', async () => {
    const page = await phonePage();
    await page.goto(site + 'places/');
    assert.equal(await page.locator('.entry-title a').count(), 20);
    const nav = page.getByRole('navigation', { name: '本栏目分页' });
    assert.equal(await nav.count(), 1);
    assert.equal(await nav.locator('[aria-current="page"]').count(), 1);
    assert.match(await nav.locator('[aria-current="page"]').textContent(), /1/);
    const small = await nav.locator('a').evaluateAll((as) =>
      as.map((a) => a.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
    );
    assert.equal(small, 0, 'a pager link is smaller than 44 × 44 px');
    assert.equal(await page.evaluate(sideways), 0, 'the list scrolls sideways');
    await page.screenshot({ path: join(ARTIFACTS, 'list-pager-390.png'), fullPage: true });

    await nav.getByRole('link', { name: '下一页' }).click();
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}places/page/2/`);
    assert.equal(await page.locator('.entry-title a').first().textContent(), '第21服务点服务情况（虚构示例）');
    assert.equal(await page.locator('link[rel="prev"]').getAttribute('href'), `${BASE_PATH}places/`);
    assert.equal(await page.locator('link[rel="next"]').getAttribute('href'), `${BASE_PATH}places/page/3/`);
    await page.getByRole('navigation', { name: '本栏目分页' }).getByRole('link', { name: '下一页' }).click();
    assert.equal(await page.locator('.entry-title a').count(), PLACES - 40);
    assert.equal(await page.locator('link[rel="next"]').count(), 0, 'the last page links a next one');
    await page.context().close();
  });
});
