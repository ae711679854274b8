// The design review's rules on a site nobody designed for (issue 16, session 6): a new site from `sunlight init`
// made hostile to the layout (a 60-character name and a 162-character English one, twelve sections, a page per row
// of a 60-row dataset, a title of 70 characters and one of 160
// letters, a section of 45 pages, an unbroken 80-letter word and a long URL, headings six levels deep, a 15-column
// table, a 300-character cell, a 60-row dataset with figures up to 10^12 and missing values), built with `--base-url
// http://127.0.0.1:PORT/portal/`, served under /portal/ by nginx and read in Chromium at 390 and 1280 px, in 大字
// mode and printed.
//
//   node --test scripts/browser/design.test.mjs    (after `cargo build --release`; SUNLIGHT_BIN overrides it)
//
// Needs what suite.test.mjs needs (chromium, fonts-noto-cjk, nginx-light; npm ci). Screenshots go to
// tests/artifacts/browser/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { contentsOfPage, contentsProblems } from './contents.mjs';
import { freePort, startNginx } from './nginx.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.SUNLIGHT_BIN || join(REPO, 'target/release/sunlight');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = join(REPO, 'tests/artifacts/browser');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BASE_PATH = '/portal/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis_and_Supercalifragilisticexpialidocious';
const URL_TEXT = 'https://www.example.gov.cn/zwgk/zfxxgkml/shjz/202401/t20240105_1234567890123456789.html?source=portal';
const PAGES = { home: '', deep: 's01/deep/', big: 'data/big/', row: 'rows/r05/', english: 'en/', englishDeep: 'en/s01/deep/' };

let work, server, site, browser, publicDir;

/** Rows of made-up figures from a fixed seed, so every run builds the same site. */
function figures(n, seed) {
  let x = seed;
  return Array.from({ length: n }, () => (x = (x * 1103515245 + 12345) % 2147483648));
}

function hostileSite(root) {
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const yaml = readFileSync(join(root, 'site.yaml'), 'utf8')
    .replace(/^title: .*$/m, 'title: 中华人民共和国某某省某某市某某自治县人民政府民政局社会救助与养老服务政府信息公开专栏')
    .replace(/^  allow: .*$/m, '  allow: ["12345", {value: "0000-00000000", reason: 公开电话（示例）}, {value: xxgk@example.gov.cn, reason: 公开邮箱（示例）}]');
  write('site.yaml', `${yaml}
gov:
  host: 中华人民共和国某某省某某市某某自治县人民政府民政局
  organizer: 某某自治县人民政府民政局办公室（信息中心）社会救助与养老服务政府信息公开工作专班
  address: 某某省某某市某某自治县某某镇某某大道某某号某某综合行政服务中心大楼东区第十七层一七零八室
  phone: "0000-00000000"
  email: xxgk@example.gov.cn
languages:
  en:
    title: The People's Government of Somewhere Autonomous County, Civil Affairs Bureau — Social Assistance and Elderly Care Government Information Disclosure Portal (Pilot)
    description: A site made hostile to the layout
`);
  const names = ['社会救助', '养老服务', '儿童福利', '婚姻登记', '殡葬管理', '社会组织', '社区治理', '慈善事业', '区划地名', '残疾人福利', '流浪乞讨人员救助管理', '政策文件解读与回应关切'];
  names.forEach((n, i) => {
    const dir = `content/s${String(i).padStart(2, '0')}`;
    write(`${dir}/_index.md`, `---\ntitle: ${n}\ndescription: ${n}栏目\nweight: ${10 + i}\n---\n${n}栏目的说明。\n`);
    write(`${dir}/_index.en.md`, `---\ntitle: Section ${i}${i % 3 ? '' : ' with a long English section title'}\ndescription: About it\nweight: ${10 + i}\n---\nText.\n`);
  });
  // A section of 45 pages, listed 20 at a time.
  for (let k = 1; k <= 45; k++) {
    write(`content/s00/p${k}.md`, `---\ntitle: 第${k}号：关于进一步加强和改进最低生活保障家庭经济状况核对工作的通知（第${k}批次）\ndescription: 通知\ndate: 2023-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 27)).padStart(2, '0')}\n---\n正文${k}。\n`);
  }
  const levels = [2, 3, 4, 5, 6]
    .map((l) => `${'#'.repeat(l)} 第${l}级标题：${'很长的'.repeat(l)}小标题 level ${l}\n\n第${l}级的内容${l === 3 ? `，${WORD}` : ''}。`)
    .join('\n\n');
  const prose = Array(6).fill('政策文字段落，'.repeat(40)).join('\n\n');
  write('content/s01/deep.md', `---
title: 关于印发《某某自治县进一步健全完善城乡社会救助体系推进基本民生保障高质量发展三年行动实施方案（2024—2026年）》的通知
description: 六级标题、超长词和网址
date: 2024-01-05
---
网址：${URL_TEXT}

${WORD}${WORD}

${levels}

## 表格

{{ table("wide15") }}

{{ table("longcell") }}

{{ chart("big") }}

## 数字

最大的数是{{ value("big", "R01", "amount") }}，其次{{ value("big", "R03", "amount") }}{{ value("big", "R03", "count") }}。

${prose}
`);
  write('content/s01/deep.en.md', `---
title: "On Further Improving the Comprehensive Social Assistance System and Promoting the High-Quality Development of Basic Livelihood Security: Implementation Plan 2024–2026"
description: A long English title
date: 2024-01-05
---
URL: ${URL_TEXT}

${WORD}${WORD}

${levels}

The largest figure is {{ value("big", "R01", "amount") }}.

{{ table("wide15") }}

${prose}
`);
  const wide = figures(8 * 14, 7);
  write('data/wide15.yaml', `title: 十五列宽表：各片区各项民政服务指标完成情况统计
source: 某某自治县民政局
as_of: 2023-12-31
columns:
  - {key: name, label: 地区}
${Array.from({ length: 14 }, (_, j) => `  - {key: c${j + 1}, label: 第${j + 1}项指标名称较长, unit: 人, type: integer}\n`).join('')}rows:
${Array.from({ length: 8 }, (_, r) => `  - {name: 第${r + 1}片区, ${Array.from({ length: 14 }, (_, j) => `c${j + 1}: ${wide[r * 14 + j] % 10 ** (1 + (j % 7))}`).join(', ')}}\n`).join('')}`);
  const note = ('该指标按照省民政厅统一口径统计，包括城乡低保对象、特困供养人员、临时救助对象以及其他困难群众' + '；').repeat(6).slice(0, 300);
  write('data/longcell.yaml', `title: 带超长说明单元格的表
source: 某某自治县民政局
as_of: 2023-12-31
columns:
  - {key: item, label: 项目}
  - {key: n, label: 数量, unit: 个, type: integer}
  - {key: note, label: 说明, type: text}
rows:
  - {item: 第一项, n: 12, note: "${note}"}
  - {item: 第二项, n: 3, note: 短}
  - {item: "${WORD}", n: 7, note: "${URL_TEXT}"}
`);
  const r = figures(120, 11);
  const rows = Array.from({ length: 60 }, (_, i) => {
    const amount = i === 0 ? '1000000000000' : [1, 7, 30].includes(i) ? '—' : ((r[i] % 10 ** (2 + (i % 10))) + (r[i + 60] % 100) / 100).toFixed(2);
    const count = [5, 40].includes(i) ? '-' : String(r[i + 60] % 2000000);
    return `  - {key: R${String(i + 1).padStart(2, '0')}, label: 第${i + 1}号项目, amount: "${amount}", count: "${count}"}\n`;
  }).join('');
  write('data/big.yaml', `title: 六十行大数字数据集
source: 某某自治县财政局
as_of: 2023-12-31
columns:
  - {key: key, label: 编号}
  - {key: label, label: 项目}
  - {key: amount, label: 金额, unit: 元, type: number}
  - {key: count, label: 人次, unit: 人次, type: integer}
rows:
${rows}`);
  write('charts/big.yaml', 'title: 各项目金额\ntype: bar\ndata: big\nx: label\ny: [amount]\n');
  // A page per row of the 60-row dataset, each showing the whole table: as cards it was 11,000 px on a phone.
  write('content/rows/_index.md', '---\ntitle: 逐项情况\nweight: 90\n---\n每个项目一页。\n');
  write('content/rows/_row.md', '---\ntitle: "{{ row.label }}情况"\nper_row: big\n---\n## 主要数字\n\n{{ row.label }}金额{{ value("amount") }}，人次{{ value("count") }}。\n\n## 全部项目\n\n{{ table("big") }}\n');
  const home = readFileSync(join(root, 'content/_index.md'), 'utf8').replace(
    'key_figures:\n',
    'key_figures:\n  - {dataset: big, row: R01, column: amount, label: 第一号项目资金总额（含中央、省、市、县四级财政配套）}\n',
  );
  write('content/_index.md', home);
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sunlight-design-'));
  const root = join(work, 'site');
  const init = spawnSync(BIN, ['init', root], { encoding: 'utf8' });
  assert.equal(init.status, 0, `sunlight init failed:\n${init.stdout}\n${init.stderr}`);
  // The theme as it is in the repository, not as the binary copied it when it was built.
  rmSync(join(root, 'themes/default'), { recursive: true, force: true });
  cpSync(join(REPO, 'themes/default'), join(root, 'themes/default'), { recursive: true });
  hostileSite(root);
  const port = await freePort();
  site = `http://127.0.0.1:${port}${BASE_PATH}`;
  publicDir = join(work, 'public');
  const built = spawnSync(BIN, ['build', '--root', root, '--out', publicDir, '--base-url', site], { encoding: 'utf8' });
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

async function open(path, viewport, { largeText = false, injects = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', bypassCSP: injects });
  if (largeText) await context.addInitScript(() => localStorage.setItem('sunlight-text', 'large'));
  const page = await context.newPage();
  const r = await page.goto(site + path);
  assert.equal(r.status(), 200, path);
  return page;
}

const MODES = [[PHONE, false], [PHONE, true], [DESKTOP, false], [DESKTOP, true]];
const mode = (viewport, largeText) => `${viewport.width} px${largeText ? ' 大字' : ''}`;

/** Every built page, as a path below the site root. */
function builtPages(dir = publicDir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return builtPages(p);
    return name === 'index.html' ? [relative(publicDir, dir).split('\\').join('/').replace(/(.)$/, '$1/')] : [];
  });
}

describe('hostile content', () => {
  test('no page of the site scrolls sideways at 390 px or has a heading smaller than its text, normal and 大字, and each long page has its way around', async () => {
    const problems = [];
    const pages = builtPages();
    assert.ok(pages.length > 90, `only ${pages.length} pages built`);
    for (const largeText of [false, true]) {
      const page = await open('', PHONE, { largeText });
      for (const path of pages) {
        await page.goto(site + path);
        const r = await page.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.body).fontSize);
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            small: [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')]
              .filter((h) => parseFloat(getComputedStyle(h).fontSize) < body - 0.5)
              .map((h) => `${h.tagName}.${h.className} ${getComputedStyle(h).fontSize}`),
          };
        });
        const where = `${path || '/'}${largeText ? ' (大字)' : ''}`;
        if (r.overflow > 0) problems.push(`${where}: scrolls sideways by ${r.overflow}px`);
        if (!largeText) for (const p of contentsProblems(await page.evaluate(contentsOfPage))) problems.push(`${where}: ${p}`);
        for (const h of r.small) problems.push(`${where}: ${h} is smaller than the text`);
      }
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });

  test('no heading reads smaller than the text under it, at any level', async () => {
    const problems = [];
    for (const [viewport, largeText] of MODES) {
      for (const path of [PAGES.deep, PAGES.englishDeep]) {
        const page = await open(path, viewport, { largeText });
        const small = await page.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.querySelector('main .prose p')).fontSize);
          return [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')]
            .filter((h) => parseFloat(getComputedStyle(h).fontSize) < body - 0.5)
            .map((h) => `${h.tagName} ${getComputedStyle(h).fontSize} under ${body}px text`);
        });
        for (const s of small) problems.push(`${path} at ${mode(viewport, largeText)}: ${s}`);
        await page.context().close();
      }
    }
    assert.deepEqual(problems, []);
  });

  test('no page scrolls sideways, and no header control spills out of its box or over another', async () => {
    const problems = [];
    for (const [viewport, largeText] of MODES) {
      for (const path of Object.values(PAGES)) {
        const page = await open(path, viewport, { largeText });
        const r = await page.evaluate(() => {
          const controls = [...document.querySelectorAll('.site-header :is(.brand, input, button, .lang-switch a)')].filter((e) => e.getClientRects().length);
          const boxes = controls.map((e) => [e, e.getBoundingClientRect()]);
          const name = (e) => `${e.tagName} "${(e.textContent || e.placeholder).trim().slice(0, 16)}"`;
          const overlaps = [];
          boxes.forEach(([a, ra], i) => boxes.slice(i + 1).forEach(([b, rb]) => {
            if (!a.contains(b) && !b.contains(a) && ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1) overlaps.push(`${name(a)} and ${name(b)}`);
          }));
          const input = document.querySelector('.site-search input');
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            spilling: controls.filter((e) => e.tagName !== 'INPUT' && e.scrollWidth > e.clientWidth + 1).map(name),
            overlaps,
            // The placeholder (搜索本站, "Search this site") needs about six characters' room to be read.
            narrowSearch: input && input.clientWidth < 6 * parseFloat(getComputedStyle(input).fontSize) ? input.clientWidth : 0,
          };
        });
        const where = `${path || '/'} at ${mode(viewport, largeText)}`;
        if (r.overflow > 0) problems.push(`${where}: scrolls sideways by ${r.overflow}px`);
        for (const s of r.spilling) problems.push(`${where}: ${s} spills out of its box`);
        for (const o of r.overlaps) problems.push(`${where}: ${o} overlap`);
        if (r.narrowSearch) problems.push(`${where}: the search box is ${r.narrowSearch}px wide`);
        if (viewport === PHONE && path === PAGES.englishDeep) {
          await page.screenshot({ path: join(ARTIFACTS, `design-header-en-390${largeText ? '-large' : ''}.png`) });
        }
        await page.context().close();
      }
    }
    assert.deepEqual(problems, []);
  });

  test('the header holds a long name: at most three lines, a readable search box, the navigation in one row with the current link in view', async () => {
    const problems = [];
    for (const [viewport, largeText] of MODES) {
      // s11/: the last of twelve sections, whose link lies past the end of the row.
      for (const path of [PAGES.home, PAGES.english, PAGES.englishDeep, 's11/']) {
        const page = await open(path, viewport, { largeText });
        const r = await page.evaluate(() => {
          const name = document.querySelector('.brand-title');
          const lines = Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight));
          const input = document.querySelector('.site-search input');
          const s = getComputedStyle(input);
          const pen = document.createElement('canvas').getContext('2d');
          pen.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
          const nav = document.querySelector('.nav-list');
          return {
            lines,
            header: document.querySelector('.site-header').getBoundingClientRect().height,
            placeholder: Math.ceil(pen.measureText(input.placeholder).width),
            room: Math.floor(input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)),
            navRows: new Set([...nav.children].map((li) => Math.round(li.getBoundingClientRect().top))).size,
            scrolls: nav.scrollWidth > nav.clientWidth + 1,
            fade: parseFloat(getComputedStyle(nav).getPropertyValue('--fade-start')) + parseFloat(getComputedStyle(nav).getPropertyValue('--fade-end')),
            currentHidden: [...nav.querySelectorAll('a[aria-current]')].some((a) => {
              const box = a.getBoundingClientRect();
              const frame = nav.getBoundingClientRect();
              return box.left < frame.left - 1 || box.right > frame.right + 1;
            }),
          };
        });
        const where = `${path || '/'} at ${mode(viewport, largeText)}`;
        const limit = viewport === PHONE ? (largeText ? 300 : 180) : 340;
        if (r.lines > 3) problems.push(`${where}: the site's name takes ${r.lines} lines`);
        if (r.header > limit) problems.push(`${where}: the header is ${Math.round(r.header)} px tall (limit ${limit})`);
        if (r.placeholder > r.room) problems.push(`${where}: the search box shows ${r.room} of its placeholder's ${r.placeholder} px`);
        if (r.navRows !== 1) problems.push(`${where}: the navigation takes ${r.navRows} rows`);
        if (r.scrolls && !(r.fade > 0)) problems.push(`${where}: the navigation scrolls with nothing showing that it does`);
        if (r.currentHidden) problems.push(`${where}: the current page's link is out of the navigation's view`);
        await page.context().close();
      }
    }
    assert.deepEqual(problems, []);
  });

  test('on a phone the breadcrumbs do not repeat the title that follows them', async () => {
    const page = await open(PAGES.deep, PHONE);
    const r = await page.evaluate(() => ({
      crumbs: document.querySelector('.breadcrumbs').innerText,
      title: document.querySelector('main h1').innerText.slice(0, 12),
    }));
    assert.ok(!r.crumbs.includes(r.title), `the breadcrumbs read "${r.crumbs}"`);
    await page.context().close();
  });

  test('a table whose words can wrap fits its frame: an unbroken word or URL in a cell does not widen it', async () => {
    const page = await open(PAGES.deep, DESKTOP);
    const r = await page.evaluate(() => {
      const wrap = document.querySelector('#tn-longcell').closest('.table-wrap');
      return { scroll: wrap.scrollWidth, width: wrap.clientWidth };
    });
    assert.ok(r.scroll <= r.width + 1, `the table is ${r.scroll}px wide in a ${r.width}px frame`);
    await page.context().close();
  });

  test('the figures of a decimal column line up on their decimal point', async () => {
    for (const path of [PAGES.big, PAGES.deep]) {
      const page = await open(path, DESKTOP);
      const points = await page.evaluate(() => {
        const table = document.querySelector('table.data-table:has(td[data-pad])');
        if (!table) return null;
        const column = [...table.tHead.rows[0].cells].findIndex((th) => th.classList.contains('num') && table.querySelector(`tbody tr > :nth-child(${th.cellIndex + 1})[data-pad]`));
        return [...table.tBodies[0].rows].map((row) => row.cells[column]).filter((td) => /\d/.test(td.textContent)).map((td) => {
          const text = [...td.childNodes].find((n) => n.nodeType === 3);
          const range = document.createRange();
          const dot = text.data.indexOf('.');
          if (dot >= 0) {
            range.setStart(text, dot);
            range.setEnd(text, dot + 1);
            return Math.round(range.getBoundingClientRect().left);
          }
          range.selectNodeContents(text);
          return Math.round(range.getBoundingClientRect().right);
        });
      });
      await page.context().close();
      if (path === PAGES.deep && points === null) continue;
      assert.ok(points && points.length > 10, `${path}: no decimal column with padded cells`);
      const spread = Math.max(...points) - Math.min(...points);
      assert.ok(spread <= 1, `${path}: decimal points ${spread}px apart: ${[...new Set(points)].join(', ')}`);
    }
  });

  test('10^12 yuan reads 1万亿元, and no chart label shows 0 for a figure that is not zero', async () => {
    const home = await open(PAGES.home, PHONE);
    const tiles = await home.locator('.figure-tile').allTextContents();
    assert.ok(tiles.some((t) => t.replace(/\s+/g, '').includes('1万亿元')), `tiles: ${tiles.join(' | ')}`);
    await home.context().close();
    const page = await open(PAGES.deep, DESKTOP);
    const zeros = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg text')].map((t) => t.textContent.trim()).filter((t) => /^-?0(\.0+)?(万|亿|万亿)$/.test(t)),
    );
    assert.deepEqual(zeros, []);
    await page.context().close();
  });

  test('the contents list shows that it opens, in 大字 too', async () => {
    for (const largeText of [false, true]) {
      const page = await open(PAGES.deep, PHONE, { largeText });
      const r = await page.evaluate(() => {
        const s = document.querySelector('.toc summary');
        return { display: getComputedStyle(s).display, marker: getComputedStyle(s, '::marker').content, open: s.parentNode.open };
      });
      assert.equal(r.display, 'list-item', `大字 ${largeText}: the summary is ${r.display}, without its disclosure triangle`);
      assert.equal(r.open, false, 'on a phone the contents list starts closed');
      await page.context().close();
    }
  });

  test('printed, a 15-column table fits its paper: a landscape page, labels and headers wrapping', async () => {
    const page = await open(PAGES.deep, { width: 1002, height: 800 });
    await page.emulateMedia({ media: 'print' });
    // 1002 px is the width an A4 landscape page leaves inside print.css's margins, 673 px a portrait one.
    const wide = await page.evaluate(() => {
      const t = document.querySelector('#tn-wide15').closest('table');
      return { table: t.getBoundingClientRect().width, page: getComputedStyle(t.closest('.table-wrap')).page };
    });
    assert.ok(wide.table <= 1002 + 1, `the 15-column table prints ${wide.table}px wide`);
    assert.equal(wide.page, 'wide', 'the 15-column table does not get a landscape page');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const boxes = [...pdf.matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => +m[1] > +m[2]);
    assert.ok(boxes.includes(true) && boxes.includes(false), 'the printout has no landscape page among its portrait ones');
    await page.setViewportSize({ width: 673, height: 800 });
    const narrow = await page.evaluate(() =>
      [...document.querySelectorAll('.data-table')].filter((t) => t.tHead.rows[0].cells.length < 12).map((t) => Math.round(t.getBoundingClientRect().width)),
    );
    assert.ok(narrow.every((w) => w <= 674), `tables print wider than a portrait page: ${narrow.join(', ')}`);
    await page.context().close();
  });

  test('a long table shows ten cards on a phone and in 大字, and every row after one tap without script, on a desktop and printed', async () => {
    const rows = (page) => page.evaluate(() => {
      const t = document.querySelector('#tn-big').closest('table');
      const more = t.closest('.table-wrap').nextElementSibling;
      return {
        shown: [...t.tBodies[0].rows].filter((r) => r.getClientRects().length).length,
        all: t.tBodies[0].rows.length,
        link: more && more.classList.contains('table-more') && more.getClientRects().length > 0,
        height: document.documentElement.scrollHeight,
      };
    });
    const problems = [];
    for (const [viewport, largeText] of MODES) {
      const page = await open(PAGES.row, viewport, { largeText });
      const r = await rows(page);
      const where = mode(viewport, largeText);
      const stacked = viewport === PHONE || (largeText && viewport.width < 960);
      if (stacked && (r.shown !== 10 || !r.link)) problems.push(`${where}: ${r.shown} of ${r.all} rows shown, link ${r.link}`);
      if (!stacked && (r.shown !== r.all || r.link)) problems.push(`${where}: ${r.shown} of ${r.all} rows shown, link ${r.link}`);
      if (viewport === PHONE && !largeText && r.height > 5 * PHONE.height) problems.push(`${where}: the page is ${r.height} px tall`);
      await page.emulateMedia({ media: 'print' });
      const printed = await rows(page);
      if (printed.shown !== printed.all || printed.link) problems.push(`${where}, printed: ${printed.shown} of ${printed.all} rows`);
      await page.context().close();
    }
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site + PAGES.row);
    await page.locator('.table-more a').click();
    const opened = await rows(page);
    if (opened.shown !== opened.all || opened.link) problems.push(`without script, after the tap: ${opened.shown} of ${opened.all} rows, link ${opened.link}`);
    // A figure link into a row past the tenth lands on a shown cell.
    await page.goto(`${site}${PAGES.big}#row-R45.amount`);
    const landed = await page.evaluate(() => document.getElementById('row-R45.amount').getClientRects().length > 0);
    if (!landed) problems.push('a figure link to the 45th row lands on a hidden cell');
    await context.close();
    assert.deepEqual(problems, []);
  });

  test('axe-core finds no violation on the hostile pages', async () => {
    const problems = [];
    for (const [viewport, largeText] of MODES) {
      for (const path of Object.values(PAGES)) {
        const page = await open(path, viewport, { largeText, injects: true });
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const r = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
        });
        for (const v of violations) problems.push(`${path || '/'} at ${mode(viewport, largeText)}: ${v}`);
        if (!largeText) await page.screenshot({ path: join(ARTIFACTS, `design-${path.replace(/\W+/g, '-') || 'home'}-${viewport.width}.png`), fullPage: true });
        await page.context().close();
      }
    }
    assert.deepEqual(problems, []);
  });
});
