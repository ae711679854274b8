#!/usr/bin/env node
// Replays queries through a built site's own search/search.js in node (a minimal fake DOM, files read from disk), to
// compare the results of two builds and measure what a query downloads.
//
//   node scripts/search-replay/replay.mjs PUBLIC_DIR LANG_PREFIX QUERIES_FILE RESULTS_JSON
//
// LANG_PREFIX is '' for the default language or e.g. 'en/'; QUERIES_FILE has one query a line (queries.zh.txt and
// queries.en.txt beside this script: the example queries, substrings of the example site's titles and texts,
// words and their halves). For each query (a fresh script and cache, so meta.json counts every time) RESULTS_JSON
// gets the status line and every result (clicking "more" until it hides): address, title and snippet with <marks>,
// section. Stdout gets, per query, the index bytes fetched until the first page of results was shown. Two builds
// give the same results when their RESULTS_JSON files are identical.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const [dir, prefix, queriesFile, out] = process.argv.slice(2);
const page = readFileSync(join(dir, prefix, 'search/index.html'), 'utf8');
const form = page.slice(page.indexOf('id="search-form"'), page.indexOf('>', page.indexOf('id="search-form"')));
const attr = (n) => {
  const m = form.match(new RegExp(`data-${n}="([^"]*)"`));
  return m ? m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"') : '';
};
const dataset = { index: attr('index'), root: attr('root'), loading: attr('loading'), found: attr('found'), none: attr('none'), failed: attr('failed') };
const scriptSrc = page.match(/<script src="([^"]*search\.js)"/)[1];
const script = readFileSync(join(dir, scriptSrc.slice(dataset.root.length)), 'utf8');

class Node {
  constructor(tag, text) { this.tag = tag; this.kids = []; this.text = text ?? null; this.hidden = false; this.className = ''; this.dataset = {}; this.listeners = {}; this.parent = null; }
  appendChild(n) { n.parent = this; this.kids.push(n); return n; }
  remove() { if (this.parent) this.parent.kids = this.parent.kids.filter((k) => k !== this); this.parent = null; }
  get children() { return this.kids.filter((k) => k.tag !== '#text'); }
  get textContent() { return this.text !== null && this.tag === '#text' ? this.text : this.kids.map((k) => k.textContent).join(''); }
  set textContent(v) { if (this.tag === '#text') this.text = v; else { this.kids = []; if (v !== '') this.appendChild(new Node('#text', String(v))); } }
  querySelector(sel) { for (const k of this.kids) { if (k.tag === sel) return k; const f = k.querySelector(sel); if (f) return f; } return null; }
  addEventListener(ev, f) { this.listeners[ev] = f; }
  focus() {}
  markup() { return this.tag === '#text' ? this.text : this.tag === 'mark' ? `<${this.textContent}>` : this.kids.map((k) => k.markup()).join(''); }
}

async function run(query) {
  const els = {};
  for (const id of ['search-form', 'search-q', 'search-status', 'search-results', 'search-more', 'search-fallback']) els[id] = new Node('div');
  els['search-form'].dataset = dataset;
  els['search-q'].value = '';
  let bytes = 0;
  let pending = 0;
  const fetched = [];
  const fetch = (url) => {
    pending++;
    const rel = url.slice(dataset.root.length);
    fetched.push(rel);
    return new Promise((ok) => setImmediate(ok)).then(() => {
      pending--;
      const file = join(dir, rel);
      if (!existsSync(file)) return { ok: false, status: 404 };
      const body = readFileSync(file);
      bytes += body.length;
      return { ok: true, status: 200, json: async () => JSON.parse(body.toString('utf8')), text: async () => body.toString('utf8') };
    });
  };
  const href = `http://127.0.0.1${dataset.root}${prefix}search/?q=${encodeURIComponent(query)}`;
  const window = { fetch, Map, location: { search: new URL(href).search, href }, addEventListener() {} };
  const document = {
    getElementById: (id) => els[id] || null,
    createElement: (tag) => new Node(tag),
    createTextNode: (t) => new Node('#text', t),
  };
  const ctx = vm.createContext({ window, document, fetch, URL, URLSearchParams, TextEncoder, history: { pushState() {}, replaceState() {} }, setTimeout, clearTimeout, Math, Array, Object, String, Promise, Error, console });
  vm.runInContext(script, ctx);
  const settle = async () => {
    for (let quiet = 0; quiet < 5; ) {
      await new Promise((r) => setImmediate(r));
      quiet = pending ? 0 : quiet + 1;
    }
  };
  await settle();
  const firstBytes = bytes;
  const firstFiles = [...fetched];
  const more = els['search-more'];
  for (let i = 0; !more.hidden && i < 1000; i++) {
    more.listeners.click();
    await settle();
  }
  const results = els['search-results'].children.map((li) => {
    const a = li.querySelector('a');
    const ps = li.children.filter((c) => c.tag === 'p');
    return { href: a && a.href, title: a && a.markup(), section: ps[0] && ps[0].textContent, snippet: ps[1] ? ps[1].markup() : null };
  });
  console.log(`${query}\t${firstBytes} B\t${firstFiles.length} files`);
  return { query, status: els['search-status'].textContent, fallback: !els['search-fallback'].hidden, results };
}

const queries = readFileSync(queriesFile, 'utf8').split('\n').filter((q) => q.trim());
const all = [];
for (const q of queries) all.push(await run(q));
writeFileSync(out, JSON.stringify(all, null, 1));
