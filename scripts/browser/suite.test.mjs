// The readers' checks, in a real browser: Debian's Chromium driven by playwright-core, the site built with
// `--base-url http://127.0.0.1:PORT/portal/` and served under /portal/ by Debian's nginx.
//
//   node --test scripts/browser/          (after `cargo build --release`; .ci/run does both)
//
// Needs: apt-get install chromium fonts-noto-cjk nginx-light; npm ci. SUNLIGHT_BIN overrides the binary
// (default target/release/sunlight). Screenshots go to tests/artifacts/browser/ (kept by CI as artefacts).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { contentsOfPage, contentsProblems } from './contents.mjs';
import { crawl } from './crawl.mjs';
import { checkSearch, EXAMPLE_CASES, EXAMPLE_CASES_EN } from './search.mjs';
import { freePort, startNginx } from './nginx.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.SUNLIGHT_BIN || join(REPO, 'target/release/sunlight');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = join(REPO, 'tests/artifacts/browser');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BASE_PATH = '/portal/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let work, publicDir, server, site, browser, crawled;

/** The built site's HTML files, as paths below the site root (`report/assistance/`). */
function builtPages() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(relative(publicDir, dir).split('\\').join('/').replace(/(.)$/, '$1/'));
    }
  };
  walk(publicDir);
  return out.map((p) => (p === '/' ? '' : p));
}

/** A page of the given kind (the `kind-*` class the theme puts on <body>), found in the built output. */
function firstPageWhere(predicate) {
  for (const p of builtPages()) {
    const html = readFileSync(join(publicDir, p, 'index.html'), 'utf8');
    if (predicate(p, html)) return p;
  }
  return null;
}

// `injects`: the test adds a script or style of its own (axe-core, a 200 % text rule), which the pages'
// Content-Security-Policy would rightly block; only such pages bypass it, so every other test runs under the policy.
async function newPage(viewport = DESKTOP, { largeText = false, injects = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', bypassCSP: injects });
  if (largeText) await context.addInitScript(() => localStorage.setItem('sunlight-text', 'large'));
  const page = await context.newPage();
  page.policyViolations = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) page.policyViolations.push(m.text());
  });
  const foreign = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.host === new URL(site).host) return route.continue();
    foreign.push(u.href);
    return route.abort();
  });
  page.foreign = foreign;
  return page;
}

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sunlight-browser-'));
  publicDir = join(work, 'public');
  const port = await freePort();
  site = `http://127.0.0.1:${port}${BASE_PATH}`;
  const built = spawnSync(BIN, ['build', '--root', REPO, '--out', publicDir, '--base-url', site], { encoding: 'utf8' });
  assert.equal(built.status, 0, `sunlight build failed:\n${built.stdout}\n${built.stderr}`);
  server = await startNginx({ publicDir, basePath: BASE_PATH, port, workDir: join(work, 'nginx') });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  crawled = await crawl(site);
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('hosted under a sub-path by nginx', () => {
  test('the crawl reaches every page and finds no broken link, wrong type or other host', () => {
    // Addresses are percent-encoded (/towns/%E7%94%B2%E9%95%87/); the built folders have their names as written.
    const reached = new Set(crawled.pages.map((u) => decodeURIComponent(u.slice(site.length))));
    const unreached = builtPages().filter((p) => !reached.has(p));
    assert.deepEqual(crawled.broken, [], 'broken links');
    assert.deepEqual(crawled.badFragments, [], 'links to anchors that do not exist');
    assert.deepEqual(crawled.wrongType, [], 'wrong content types');
    assert.deepEqual(crawled.foreign, [], 'requests to other hosts');
    assert.deepEqual(unreached, [], 'pages no link or sitemap entry reaches');
    assert.ok(crawled.pages.length >= 10, `only ${crawled.pages.length} pages crawled`);
    console.log(`# crawled ${crawled.pages.length} pages and ${crawled.files.length} other files under ${site}`);
  });

  test('a missing page gets the site 404 page with its styles', async () => {
    const page = await newPage();
    const r = await page.goto(`${site}no/such/page/`);
    assert.equal(r.status(), 404);
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily !== '' && document.styleSheets.length > 0);
    assert.ok(styled, 'the 404 page loaded no stylesheet under the sub-path');
    assert.deepEqual(page.foreign, []);
    await page.context().close();
  });
});

/** The page types every accessibility check runs on; more join as the site gains them. */
function pageTypes() {
  const types = {
    home: '',
    // A Chinese page: the checks of the cell banner and the provenance note read the Chinese words.
    report: firstPageWhere((p, h) => !p.startsWith('en/') && h.includes('class="kind-page"') && h.includes('class="figure"')),
    chart: firstPageWhere((p, h) => h.includes('<figure class="chart')),
    dataset: firstPageWhere((p, h) => h.includes('class="kind-dataset"')),
    catalogue: 'data/',
    govCatalogue: firstPageWhere((p, h) => h.includes('class="gov-catalogue"')),
    document: firstPageWhere((p, h) => h.includes('class="doc-meta"')),
  };
  types.search = firstPageWhere((p) => p === 'search/');
  types.english = firstPageWhere((p) => p === 'en/');
  types.englishDataset = firstPageWhere((p, h) => p.startsWith('en/data/') && h.includes('class="kind-dataset"'));
  types.sitemap = firstPageWhere((p) => p === 'sitemap/');
  for (const [k, v] of Object.entries(types)) assert.notEqual(v, null, `the example site has no ${k} page`);
  return types;
}

describe('Content-Security-Policy', () => {
  test('the site runs its own scripts and styles under its policy, with no violation on any page type', async () => {
    const problems = [];
    for (const largeText of [false, true]) {
      for (const [kind, path] of Object.entries(pageTypes())) {
        const page = await newPage(PHONE, { largeText });
        await page.goto(site + path);
        await page.waitForLoadState('networkidle');
        const csp = await page.evaluate(
          () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '',
        );
        if (!csp.includes("script-src 'self'")) problems.push(`${kind} (${path || '/'}): no policy`);
        for (const v of page.policyViolations) problems.push(`${kind} (${path || '/'}): ${v}`);
        await page.context().close();
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe('axe-core finds no violation', () => {
  for (const largeText of [false, true]) {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`on every page type at ${viewport.width} px${largeText ? ' in 大字 mode' : ''}`, async () => {
        const problems = [];
        for (const [kind, path] of Object.entries(pageTypes())) {
          const page = await newPage(viewport, { largeText, injects: true });
          const r = await page.goto(site + path);
          assert.equal(r.status(), 200, `${kind} ${path}`);
          for (const v of await axe(page)) problems.push(`${kind} (${path || '/'}): ${v}`);
          if (page.foreign.length) problems.push(`${kind}: requests to other hosts: ${page.foreign.join(', ')}`);
          await page.context().close();
        }
        assert.deepEqual(problems, []);
      });
    }
  }
});

describe('大字 (larger text) mode', () => {
  test('is switched on by the header button, kept across pages, and meets the elderly-friendly sizes', async () => {
    const types = pageTypes();
    const page = await newPage(PHONE);
    await page.goto(site);
    const button = page.locator('button.text-size');
    await button.waitFor({ state: 'visible' });
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await page.goto(site + types.report);
    assert.equal(await page.locator('button.text-size').getAttribute('aria-pressed'), 'true', 'the mode did not persist');
    const m = await page.evaluate(() => {
      const px = (el) => parseFloat(getComputedStyle(el).fontSize);
      const lh = (el) => {
        const s = getComputedStyle(el);
        return s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / parseFloat(s.fontSize);
      };
      const paragraphs = [...document.querySelectorAll('main p, main li, main td')].filter((e) => e.textContent.trim());
      const small = paragraphs.filter((e) => px(e) < 24).map((e) => `${e.tagName} ${px(e)}px "${e.textContent.trim().slice(0, 20)}"`);
      const tight = paragraphs.filter((e) => lh(e) < 1.3).map((e) => `${e.tagName} ${lh(e).toFixed(2)}`);
      // A figure's 源 button sits inside a line of text, like the figure links beside it (WCAG 2.5.8's inline
      // exception): it grows with the text instead of being a 60 px block.
      const controls = [...document.querySelectorAll('header a, header button, nav a, footer a, .button, .file-links a, .pager a, main button:not(.fig-info), input, select')];
      const tiny = controls
        .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
        .map((e) => [e, e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 60 - 0.5 || r.height < 60 - 0.5)
        .map(([e, r]) => `${e.tagName} "${e.textContent.trim().slice(0, 20)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
      return {
        small,
        tight,
        tiny,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-wrap, .visually-hidden'))
          .slice(0, 5)
          .map((e) => `${e.tagName}.${e.className}`),
      };
    });
    await page.screenshot({ path: join(ARTIFACTS, 'large-text-report-390.png'), fullPage: true });
    assert.deepEqual(m.small, [], 'main text under 18 pt (24 px)');
    assert.deepEqual(m.tight, [], 'line spacing under 1.3');
    assert.deepEqual(m.tiny, [], 'touch targets under 60 × 60 px');
    assert.ok(m.overflow <= 0, `the page scrolls sideways by ${m.overflow}px at 390 px: ${m.wide.join(', ')}`);
    await page.locator('button.text-size').click();
    await page.goto(site);
    assert.equal(await page.locator('button.text-size').getAttribute('aria-pressed'), 'false', 'switching it off did not persist');
    await page.context().close();
  });

  test('without JavaScript the button is not offered', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site);
    assert.equal(await page.locator('button.text-size').isVisible(), false);
    await context.close();
  });
});

describe('reading at 200% text size', () => {
  test('loses nothing: no sideways scrolling and no clipped text on any page type', async () => {
    const problems = [];
    for (const [kind, path] of Object.entries(pageTypes())) {
      const page = await newPage(DESKTOP, { injects: true });
      await page.goto(site + path);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const r = await page.evaluate(() => {
        const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        const clipped = [...document.querySelectorAll('body *')]
          .filter((e) => {
            const s = getComputedStyle(e);
            if (!['hidden', 'clip'].includes(s.overflowX) && !['hidden', 'clip'].includes(s.overflowY)) return false;
            if (e.closest('.visually-hidden, .skip-link, svg')) return false;
            return e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
          })
          .map((e) => `${e.tagName}.${e.className}`);
        return { overflow, clipped };
      });
      if (r.overflow > 0) problems.push(`${kind}: scrolls sideways by ${r.overflow}px`);
      for (const c of r.clipped) problems.push(`${kind}: ${c} clips its content`);
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });
});

describe('keyboard', () => {
  test('Tab reaches every control in order with a visible focus, and the skip link moves to the main content', async () => {
    const problems = [];
    for (const [kind, path] of Object.entries(pageTypes())) {
      const page = await newPage(DESKTOP);
      await page.goto(site + path);
      // Open every disclosure first, so the controls inside the charts' data tables count too.
      const wanted = await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)) ||
        [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
          .filter((e) => e.tabIndex >= 0 && !e.disabled && (e.getClientRects().length || e.classList.contains('skip-link')))
          .filter((e) => !e.closest('[hidden], [inert]'))
          .map((e, i) => (e.dataset.kbd = String(i))).length,
      );
      const reached = new Set();
      const unfocusable = [];
      for (let i = 0; i < wanted + 5; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
          return { id: e.dataset.kbd ?? null, visible, label: `${e.tagName} "${(e.textContent || '').trim().slice(0, 20)}"` };
        });
        if (!f) continue;
        if (f.id !== null) reached.add(f.id);
        if (!f.visible) unfocusable.push(f.label);
      }
      if (reached.size < wanted) {
        const missed = await page.evaluate(
          (got) => [...document.querySelectorAll('[data-kbd]')].filter((e) => !got.includes(e.dataset.kbd)).map((e) => `${e.tagName} ${e.outerHTML.slice(0, 120)}`),
          [...reached],
        );
        problems.push(`${kind}: Tab reached ${reached.size} of ${wanted} controls; not: ${missed.join(' | ')}`);
      }
      for (const u of new Set(unfocusable)) problems.push(`${kind}: no visible focus on ${u}`);
      await page.goto(site + path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement.className);
      if (!String(first).includes('skip-link')) problems.push(`${kind}: the first Tab stop is "${first}", not the skip link`);
      await page.keyboard.press('Enter');
      const afterSkip = await page.evaluate(() => document.activeElement.id);
      if (afterSkip !== 'main') problems.push(`${kind}: the skip link left focus on "${afterSkip}"`);
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });
});

describe('search', () => {
  test('Chinese queries find their pages, with highlighted snippets', async () => {
    const page = await newPage(PHONE);
    const results = await checkSearch(page, site, EXAMPLE_CASES);
    for (const r of results) console.log(`# ${r.query}: ${r.urls.length} results, ${r.indexBytes} index bytes fetched`);
    await page.screenshot({ path: join(ARTIFACTS, 'search-results-390.png'), fullPage: true });
    assert.deepEqual(page.foreign, []);
    await page.context().close();
  });

  test('English words find the English pages', async () => {
    const page = await newPage(PHONE);
    const results = await checkSearch(page, `${site}en/`, EXAMPLE_CASES_EN);
    for (const r of results) console.log(`# ${r.query}: ${r.urls.length} results, ${r.indexBytes} index bytes fetched`);
    assert.ok(results.every((r) => r.urls.every((u) => u.startsWith(`${site}en/`))), 'an English search returned a Chinese page');
    await page.screenshot({ path: join(ARTIFACTS, 'search-results-en-390.png'), fullPage: true });
    await page.context().close();
  });

  test('without JavaScript the search page says so and links to the site map', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site}search/`);
    const link = page.locator('main a[href$="sitemap/"]');
    assert.ok(await link.first().isVisible(), 'no visible link to the site map');
    await link.first().click();
    assert.ok(page.url().endsWith('/sitemap/'));
    assert.ok((await page.locator('main a').count()) > 20, 'the site map lists too few pages');
    await context.close();
  });
});

describe('screen-reader order of charts', () => {
  test('each chart reads as: its name, then the picture with its summary, then its data table', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(site + pageTypes().chart);
    await page.evaluate(() => document.querySelectorAll('figure.chart details').forEach((d) => (d.open = true)));
    const figures = page.locator('figure.chart');
    const count = await figures.count();
    assert.ok(count > 0);
    const problems = [];
    for (let i = 0; i < count; i++) {
      const tree = await figures.nth(i).ariaSnapshot();
      const name = tree.match(/^- figure "([^"]+)"/);
      const img = tree.match(/\n\s*- img "([^"]+)"/);
      const table = tree.search(/\n\s*- table "[^"]+"/);
      if (!name) problems.push(`figure ${i}: has no accessible name\n${tree}`);
      else if (!img) problems.push(`${name[1]}: the chart image has no accessible name`);
      else if (img[1].length <= name[1].length + 4) problems.push(`${name[1]}: the image's name has no summary: "${img[1]}"`);
      else if (table < 0) problems.push(`${name[1]}: no data table with a caption`);
      else if (table < img.index) problems.push(`${name[1]}: the data table comes before the picture`);
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});

describe('figures lead to their source', () => {
  for (const [viewport, largeText] of [[PHONE, false], [PHONE, true], [DESKTOP, false], [DESKTOP, true]]) {
    test(`following a figure highlights, shows and names its cell at ${viewport.width} px${largeText ? ' in 大字 mode' : ''}`, async () => {
      const page = await newPage(viewport, { largeText });
      await page.goto(site + pageTypes().report);
      const figure = page.locator('main a.figure').first();
      const href = await figure.getAttribute('href');
      const shown = (await figure.textContent()).trim();
      await figure.click();
      await page.waitForURL((u) => u.hash.length > 1);
      await page.waitForSelector('.cell-banner');
      const target = await page.evaluate(() => {
        const t = document.querySelector(':target');
        if (!t) return null;
        const r = t.getBoundingClientRect();
        const wrap = t.closest('.table-wrap').getBoundingClientRect();
        const s = getComputedStyle(t);
        return {
          tag: t.tagName,
          inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= Math.max(0, wrap.left) - 1 && r.right <= Math.min(innerWidth, wrap.right) + 1,
          marked: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          text: t.textContent.trim(),
          banner: document.querySelector('.cell-banner').textContent,
        };
      });
      assert.ok(target, `no element is the :target after following ${href}`);
      assert.ok(['TD', 'TH'].includes(target.tag), `${href} lands on a ${target.tag}, not a table cell`);
      assert.ok(target.inView, `the cited cell is not in view after following ${href}`);
      assert.ok(target.marked, 'the cited cell is not outlined');
      assert.ok(target.banner.includes('您查看的数字') && target.banner.includes(target.text), `the banner does not repeat the cell: ${target.banner}`);
      assert.ok(shown.startsWith(target.text.replace(/[^0-9.,]/g, '').slice(0, 3)), `the link showed ${shown}, the cell holds ${target.text}`);
      await page.screenshot({ path: join(ARTIFACTS, `figure-cell-${viewport.width}${largeText ? '-large' : ''}.png`) });
      await page.context().close();
    });
  }

  test('a tap on a figure’s 源 button opens its provenance note, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site + pageTypes().report);
    const button = page.locator('main button.fig-info').first();
    const note = await button.getAttribute('popovertarget');
    assert.equal(await page.locator(`[id="${note}"]`).isVisible(), false, 'the note shows before the tap');
    await button.click();
    const open = page.locator(`[id="${note}"]`);
    assert.ok(await open.isVisible(), 'the note did not open');
    assert.match(await open.textContent(), /来源|数据截至/);
    await context.close();
  });
});

describe('numbers, tables and charts for every reader', () => {
  /** Elements whose text spans more than one line: their text's boxes sit at more than one height. */
  const wrappedFigures = () =>
    [...document.querySelectorAll('.fig, a.figure, .data-table td.num')]
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden, [popover], details:not([open])'))
      .filter((e) => {
        // The line boxes of the element's visible text (a visually hidden "no data" is positioned elsewhere).
        const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        const bottoms = new Set();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) if (r.width > 0) bottoms.add(Math.round(r.bottom / 4));
        }
        return bottoms.size > 1;
      })
      .map((e) => `${e.tagName}.${e.className} "${e.textContent.trim().slice(0, 24)}"`);

  for (const largeText of [false, true]) {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`no figure wraps and no tile overflows at ${viewport.width} px${largeText ? ' in 大字 mode' : ''}`, async () => {
        const problems = [];
        const types = pageTypes();
        for (const kind of ['home', 'report', 'dataset', 'english', 'englishDataset']) {
          const page = await newPage(viewport, { largeText });
          await page.goto(site + types[kind]);
          const r = await page.evaluate(
            (fn) => ({
              wrapped: new Function(`return (${fn})()`)(),
              tiles: [...document.querySelectorAll('.figure-tile')]
                .filter((t) => t.scrollWidth > t.clientWidth + 1)
                .map((t) => t.textContent.trim().slice(0, 24)),
            }),
            wrappedFigures.toString(),
          );
          for (const w of r.wrapped) problems.push(`${kind}: ${w} breaks across lines`);
          for (const t of r.tiles) problems.push(`${kind}: the tile "${t}" overflows`);
          await page.context().close();
        }
        assert.deepEqual(problems, []);
      });
    }

    test(`at 390 px${largeText ? ' in 大字 mode' : ''} no page scrolls sideways and every table cell is readable`, async () => {
      const problems = [];
      for (const [kind, path] of Object.entries(pageTypes())) {
        const page = await newPage(PHONE, { largeText });
        await page.goto(site + path);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const r = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          narrow: [...document.querySelectorAll('.data-table')]
            .filter((t) => t.getClientRects().length && getComputedStyle(t).display === 'table')
            .flatMap((t) => [...t.querySelectorAll('th, td')])
            .filter((c) => c.getBoundingClientRect().width < 4 * parseFloat(getComputedStyle(c).fontSize) - 1)
            .map((c) => `"${c.textContent.trim().slice(0, 16)}" ${c.getBoundingClientRect().width.toFixed(0)}px`),
        }));
        if (r.overflow > 0) problems.push(`${kind}: scrolls sideways by ${r.overflow}px`);
        for (const n of r.narrow.slice(0, 5)) problems.push(`${kind}: a table column under 4 em: ${n}`);
        await page.context().close();
      }
      assert.deepEqual(problems, []);
    });
  }

  test('a table is stacked into label–value cards on a phone and in 大字 mode, and keeps its columns on a desktop', async () => {
    const layout = async (viewport, largeText) => {
      const page = await newPage(viewport, { largeText });
      await page.goto(site + pageTypes().dataset);
      const r = await page.evaluate(() => {
        const td = document.querySelector('.data-table tbody td');
        return { display: getComputedStyle(td).display, label: getComputedStyle(td, '::before').content };
      });
      await page.context().close();
      return r;
    };
    const phone = await layout(PHONE, false);
    assert.notEqual(phone.display, 'table-cell', 'not stacked at 390 px');
    assert.ok(phone.label.length > 2, 'a stacked cell does not show its column label');
    assert.notEqual((await layout({ width: 800, height: 800 }, true)).display, 'table-cell', 'not stacked in 大字 mode at 800 px');
    assert.equal((await layout(DESKTOP, false)).display, 'table-cell');
  });

  for (const largeText of [false, true]) {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`chart text is at least ${largeText ? 18 : 15} px at ${viewport.width} px${largeText ? ' in 大字 mode' : ''} and the chart fills its column`, async () => {
        const page = await newPage(viewport, { largeText });
        await page.goto(site + pageTypes().chart);
        const r = await page.evaluate(() =>
          [...document.querySelectorAll('figure.chart svg.chart-svg')]
            .filter((svg) => svg.getClientRects().length)
            .map((svg) => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
              const column = svg.closest('figure').getBoundingClientRect().width;
              return { id: svg.id || svg.getAttribute('aria-labelledby'), smallest: Math.min(...sizes), share: svg.getBoundingClientRect().width / column };
            }),
        );
        await page.screenshot({ path: join(ARTIFACTS, `charts-${viewport.width}${largeText ? '-large' : ''}.png`), fullPage: true });
        await page.context().close();
        assert.ok(r.length > 0, 'no chart is shown');
        const min = largeText ? 18 : 15;
        const small = r.filter((c) => c.smallest < min - 0.05).map((c) => `${c.id}: ${c.smallest.toFixed(1)}px`);
        assert.deepEqual(small, [], `chart text under ${min} px`);
        if (viewport === PHONE) {
          const thin = r.filter((c) => c.share < 0.85).map((c) => `${c.id}: ${(c.share * 100).toFixed(0)} %`);
          assert.deepEqual(thin, [], 'charts that leave their column empty on a phone');
        }
      });
    }
  }
});

describe('screenshots', () => {
  test('every page type at 390 px and 1280 px', async () => {
    for (const [kind, path] of Object.entries(pageTypes())) {
      for (const viewport of [PHONE, DESKTOP]) {
        const page = await newPage(viewport);
        await page.goto(site + path);
        await page.screenshot({ path: join(ARTIFACTS, `${kind}-${viewport.width}.png`), fullPage: true });
        assert.deepEqual(page.foreign, []);
        await page.context().close();
      }
    }
  });
});

// Issue 16, part B: the ways around a long page, the government footer, print, the phone header, the catalogue
// filter and the search order of example data.
describe('readers: navigation, footer, print and header', () => {
  // The rule is contents.mjs's.
  test('every page over two phone screens has a contents list with working links, and no list has one entry', async () => {
    const problems = [];
    const page = await newPage(PHONE);
    for (const path of builtPages()) {
      await page.goto(site + path);
      const r = await page.evaluate(contentsOfPage);
      for (const p of contentsProblems(r)) problems.push(`${path || '/'}: ${p}`);
    }
    await page.context().close();
    assert.deepEqual(problems, []);
  });

  test('the footer has every item of the 政府网站发展指引 on every page type', async () => {
    const problems = [];
    for (const [kind, path] of Object.entries(pageTypes())) {
      const page = await newPage(PHONE);
      await page.goto(site + path);
      const f = await page.evaluate(() => {
        const footer = document.querySelector('footer.site-footer');
        const has = (s) => !!footer.querySelector(s);
        const text = footer.textContent;
        return {
          host: /主办单位|Run by/.test(text), organizer: /承办单位|Operated by/.test(text),
          address: /地址|Address/.test(text), phone: has('a[href^="tel:"]'), email: has('a[href^="mailto:"]'),
          reportError: has('a.footer-report-error[href^="https://"]'),
          icp: has('a.footer-icp[href="https://beian.miit.gov.cn/"]'),
          police: has('a.footer-police[href^="https://beian.mps.gov.cn/"]'),
          mark: has('a.party-mark img[alt]'), privacy: has('a.footer-privacy'), licence: has('a.footer-licence'),
        };
      });
      for (const [item, ok] of Object.entries(f)) if (!ok) problems.push(`${kind}: the footer has no ${item}`);
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });

  test('print hides the controls, prints link addresses, the page address and the date, text in one column and tiles compact', async () => {
    const types = pageTypes();
    const problems = [];
    for (const kind of ['home', 'report', 'chart', 'dataset', 'catalogue']) {
      // 673 px: what an A4 portrait page leaves inside print.css's margins.
      const page = await newPage({ width: 673, height: 1000 });
      await page.goto(site + types[kind]);
      await page.emulateMedia({ media: 'print' });
      const r = await page.evaluate(() => {
        const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
        const controls = ['.site-search', '.text-size', '.lang-switch', '.toc', '.catalogue-filter', '.download-all',
          '.button-row', '.file-links', '.back-to-top', '.site-nav', '.pager', '.chart-data', '.table-more'];
        const visible = controls.filter((s) => Array.from(document.querySelectorAll(s)).some(shown));
        const after = (a) => getComputedStyle(a, '::after').content;
        const external = document.querySelector('.footer-filing a[href^="https://"]');
        const prose = document.querySelector('.prose a[href^="/"]:not(.figure)');
        const meta = document.querySelector('.print-meta');
        const columns = (g) => getComputedStyle(g).gridTemplateColumns.trim().split(/\s+/).length;
        const grids = Array.from(document.querySelectorAll('.card-grid, .footer-inner')).filter((g) => columns(g) > 1);
        // Key-figure tiles print compactly, two or three to a row, and a page break never cuts one.
        const tiles = Array.from(document.querySelectorAll('.figure-grid')).filter((g) => g.children.length > 1);
        const tileColumns = tiles.map(columns).filter((n) => n < 2 || n > 3);
        const breakable = tiles.flatMap((g) => Array.from(g.querySelectorAll('.figure-tile')))
          .filter((t) => getComputedStyle(t).breakInside !== 'avoid').length;
        return {
          visible,
          externalAddress: external ? after(external).includes(external.getAttribute('href')) : true,
          proseAddress: prose ? after(prose).includes(prose.getAttribute('href')) : true,
          meta: shown(meta) ? meta.textContent : '',
          multiColumn: grids.map((g) => g.className),
          tileColumns,
          breakable,
          undrawn: Array.from(document.querySelectorAll('figure.chart'))
            .filter((f) => !Array.from(f.querySelectorAll('svg.chart-svg')).some((svg) => svg.getBoundingClientRect().width > 200))
            .map((f) => f.id),
          fieldsHidden: Array.from(document.querySelectorAll('.fields-table')).some((t) => !t.getClientRects().length),
        };
      });
      if (r.visible.length) problems.push(`${kind}: prints ${r.visible.join(', ')}`);
      if (!r.externalAddress) problems.push(`${kind}: a footer link prints without its address`);
      if (!r.proseAddress) problems.push(`${kind}: a link in the text prints without its address`);
      if (!r.meta.includes(new URL(site).host) || !/\d{4}-\d{2}-\d{2}/.test(r.meta)) {
        problems.push(`${kind}: no page address and print date (${r.meta.trim()})`);
      }
      if (r.multiColumn.length) problems.push(`${kind}: prints in columns: ${r.multiColumn.join(', ')}`);
      if (r.tileColumns.length) problems.push(`${kind}: key-figure tiles print ${r.tileColumns.join(', ')} to a row`);
      if (r.breakable) problems.push(`${kind}: ${r.breakable} key-figure tiles may be cut by a page break`);
      if (r.undrawn.length) problems.push(`${kind}: charts print without their drawing: ${r.undrawn.join(', ')}`);
      if (r.fieldsHidden) problems.push(`${kind}: the dataset's fields table does not print`);
      await page.screenshot({ path: join(ARTIFACTS, `${kind}-print.png`), fullPage: true });
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });

  test('the phone header is compact: navigation in one row, breadcrumbs unbroken, the hero not repeating the name', async () => {
    const types = pageTypes();
    const problems = [];
    for (const largeText of [false, true]) {
      const page = await newPage(PHONE, { largeText });
      // The English home too: its longer site name once took four lines and the header 350 px in 大字.
      for (const address of [types.report, 'en/']) {
        await page.goto(site + address);
        const r = await page.evaluate(() => {
          const header = document.querySelector('.site-header').getBoundingClientRect().height;
          const tops = new Set(Array.from(document.querySelectorAll('.nav-list li')).map((li) => li.getBoundingClientRect().top));
          const crumbs = Array.from(document.querySelectorAll('.breadcrumbs li:not(:last-child)'))
            .filter((li) => li.getClientRects().length > 1).map((li) => li.textContent);
          return { header, navRows: tops.size, crumbs, wide: document.documentElement.scrollWidth > window.innerWidth };
        });
        const limit = largeText ? 300 : 180;
        if (r.header > limit) problems.push(`${largeText ? '大字' : 'normal'} ${address}: the header is ${r.header} px tall (limit ${limit})`);
        if (r.navRows !== 1) problems.push(`${largeText ? '大字' : 'normal'}: the navigation takes ${r.navRows} rows`);
        if (r.crumbs.length) problems.push(`${largeText ? '大字' : 'normal'}: breadcrumbs broken inside ${r.crumbs.join(', ')}`);
        if (r.wide) problems.push(`${largeText ? '大字' : 'normal'} ${address}: the page scrolls sideways`);
      }
      await page.goto(site);
      const hero = await page.evaluate(() => {
        const hero = document.querySelector('.hero').cloneNode(true);
        hero.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
        const visible = hero.textContent;
        return { visible, name: document.querySelector('.brand-title').textContent };
      });
      if (hero.visible.includes(hero.name)) problems.push('the home hero repeats the site name');
      await page.screenshot({ path: join(ARTIFACTS, `header-390${largeText ? '-large' : ''}.png`) });
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });

  test('the catalogue filter narrows the list, and without JavaScript the whole list stays', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${site}data/`);
    const all = await page.locator('.dataset-entry').count();
    const input = page.locator('#catalogue-filter-q');
    await input.waitFor({ state: 'visible' });
    const word = (await page.locator('.dataset-entry .entry-title a').first().textContent()).trim().slice(0, 4);
    await input.fill(word);
    const shown = await page.locator('.dataset-entry:visible').count();
    assert.ok(shown >= 1 && shown < all, `filtering by ${word} showed ${shown} of ${all}`);
    assert.match(await page.locator('.catalogue-filter-status').textContent(), /\d/);
    await input.fill('');
    assert.equal(await page.locator('.dataset-entry:visible').count(), all);
    await page.context().close();
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(`${site}data/`);
    assert.equal(await still.locator('.catalogue-filter').isVisible(), false, 'a filter that cannot work is not shown');
    assert.equal(await still.locator('.dataset-entry:visible').count(), all);
    await context.close();
  });

  test('search lists made-up example data after every real result', async () => {
    const index = (name) => JSON.parse(readFileSync(join(publicDir, 'search/index', name), 'utf8'));
    const meta = index('meta.json');
    // Each document's path is the first field of its card in its pack; meta.json lists the documents of tier 1.
    const docs = meta.packs.flatMap((_, k) => index(`f/${k}.json`).map((card) => card[0]));
    const examples = new Set(((meta.tiers || {})[1] || []).map((d) => docs[d]));
    assert.ok(examples.size > 0, 'the example site marks its fictional roster as example data');
    const page = await newPage(DESKTOP);
    // 名册 is in the fictional roster's titles and in the text of the page that explains it.
    const [r] = await checkSearch(page, site, [{ query: '名册', expect: [] }], { assert: false });
    const paths = r.urls.map((u) => u.slice(site.length));
    const firstExample = paths.findIndex((p) => examples.has(p));
    assert.ok(firstExample > 0, `no example data among ${paths.join(' ')}`);
    assert.ok(paths.slice(firstExample).every((p) => examples.has(p)), `real results after example data: ${paths.join(' ')}`);
    await page.context().close();
  });
});
