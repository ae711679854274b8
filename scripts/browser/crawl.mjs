// Crawls a served site over HTTP the way a reader's browser and a search engine would: from the home page and
// sitemap.xml, every link and every loaded resource in HTML, CSS and SVG, checking status, content type and
// fragment targets, and recording every URL that would reach another host.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Start tags of an HTML or SVG document with their attributes; script and style contents skipped. */
export function tags(doc) {
  const out = [];
  const text = doc.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
  const tagRe = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
  const attrRe = /([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const m of text.matchAll(tagRe)) {
    const attrs = {};
    for (const a of m[2].matchAll(attrRe)) attrs[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    out.push({ name: m[1].toLowerCase(), attrs });
  }
  return out;
}

/** Elements whose URL the browser fetches on its own (a request), as opposed to a link the reader may follow. */
function isRequest(tag, attr) {
  if (tag.name === 'a' || tag.name === 'area' || tag.name === 'form') return false;
  if (tag.name === 'link') {
    const rel = (tag.attrs.rel || '').toLowerCase().split(/\s+/);
    return rel.some((r) => ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon'].includes(r));
  }
  return ['src', 'srcset', 'data', 'poster', 'href', 'xlink:href'].includes(attr);
}

const EXPECTED_TYPES = {
  html: ['text/html'],
  css: ['text/css'],
  js: ['text/javascript', 'application/javascript'],
  mjs: ['text/javascript', 'application/javascript'],
  svg: ['image/svg+xml'],
  json: ['application/json'],
  csv: ['text/csv'],
  xml: ['application/xml', 'text/xml'],
  atom: ['application/atom+xml'],
  png: ['image/png'],
  ico: ['image/x-icon', 'image/vnd.microsoft.icon'],
};

function expectedType(pathname) {
  if (pathname.endsWith('/')) return EXPECTED_TYPES.html;
  if (pathname.endsWith('/atom.xml')) return ['application/atom+xml', 'application/xml'];
  const ext = pathname.split('/').pop().split('.').pop().toLowerCase();
  return EXPECTED_TYPES[ext] || null;
}

/**
 * Crawls everything reachable under `base` (an absolute URL ending in `/`). Returns
 * { pages, files, broken, foreign, wrongType, badFragments, externalLinks, bodies }, where each problem names the
 * page that referred to it.
 */
export async function crawl(base) {
  const origin = new URL(base).origin;
  const seen = new Map(); // url without fragment -> { status, type, body, referrers }
  const fragments = []; // { target, fragment, from }
  const queue = [];
  const result = { pages: [], files: [], broken: [], foreign: [], wrongType: [], badFragments: [], externalLinks: 0 };

  const enqueue = (raw, from, request) => {
    let u;
    try {
      u = new URL(raw, from);
    } catch {
      result.broken.push(`${from}: unparsable URL ${raw}`);
      return;
    }
    if (u.protocol === 'data:' || u.protocol === 'mailto:' || u.protocol === 'tel:' || u.protocol === 'javascript:') return;
    if (u.origin !== origin) {
      if (request) result.foreign.push(`${from} requests ${u.href}`);
      else result.externalLinks++;
      return;
    }
    const frag = u.hash ? decodeURIComponent(u.hash.slice(1)) : '';
    u.hash = '';
    u.search = '';
    const key = u.href;
    if (frag) fragments.push({ target: key, fragment: frag, from });
    if (!key.startsWith(base)) {
      result.broken.push(`${from}: ${key} is outside the site's path ${base}`);
      return;
    }
    if (!seen.has(key)) {
      seen.set(key, null);
      queue.push({ url: key, from });
    }
  };

  enqueue(base, base, false);
  enqueue(new URL('sitemap.xml', base).href, base, false);
  while (queue.length) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async ({ url, from }) => {
        let r;
        try {
          r = await fetch(url, { redirect: 'manual' });
        } catch (e) {
          result.broken.push(`${from} -> ${url}: ${e.message}`);
          return;
        }
        const body = Buffer.from(await r.arrayBuffer());
        const type = (r.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
        seen.set(url, { status: r.status, type, body });
        if (r.status !== 200) {
          result.broken.push(`${from} -> ${url}: HTTP ${r.status}`);
          return;
        }
        const path = new URL(url).pathname;
        const want = expectedType(path);
        if (want && !want.includes(type)) result.wrongType.push(`${url}: ${type}, expected ${want.join(' or ')}`);
        const text = ['text/html', 'image/svg+xml', 'text/css', 'application/xml', 'text/xml', 'application/atom+xml'].includes(type)
          ? body.toString('utf8')
          : null;
        if (type === 'text/html') {
          result.pages.push(url);
          for (const tag of tags(text)) {
            for (const attr of ['href', 'src', 'data', 'poster', 'action', 'xlink:href']) {
              const v = tag.attrs[attr];
              if (v === undefined || v === '') continue;
              if (tag.name === 'link' && ['canonical', 'alternate'].some((r) => (tag.attrs.rel || '').includes(r))) {
                // Absolute URLs of this page and its other forms: followed like links.
                enqueue(v, url, false);
                continue;
              }
              enqueue(v, url, isRequest(tag, attr));
            }
            if (tag.attrs.srcset) for (const part of tag.attrs.srcset.split(',')) enqueue(part.trim().split(/\s+/)[0], url, true);
          }
        } else {
          result.files.push(url);
          if (type === 'image/svg+xml') {
            for (const tag of tags(text)) {
              for (const attr of ['href', 'xlink:href']) {
                const v = tag.attrs[attr];
                if (v && !v.startsWith('#')) enqueue(v, url, tag.name !== 'a');
              }
            }
          } else if (type === 'text/css') {
            for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) if (!m[2].startsWith('#')) enqueue(m[2], url, true);
            for (const m of text.matchAll(/@import\s+(['"])([^'"]+)\1/g)) enqueue(m[2], url, true);
          } else if (path.endsWith('/sitemap.xml')) {
            for (const m of text.matchAll(/<loc>([^<]+)<\/loc>/g)) enqueue(decode(m[1]), url, false);
          } else if (path.endsWith('.xml') && text) {
            for (const m of text.matchAll(/<link\b[^>]*href="([^"]+)"/g)) enqueue(decode(m[1]), url, false);
          }
        }
      }),
    );
  }

  const idCache = new Map();
  for (const { target, fragment, from } of fragments) {
    const entry = seen.get(target);
    if (!entry || entry.status !== 200) continue; // reported as broken already
    if (!['text/html', 'image/svg+xml'].includes(entry.type)) continue;
    if (!idCache.has(target)) {
      const ids = new Set();
      for (const tag of tags(entry.body.toString('utf8'))) {
        if (tag.attrs.id) ids.add(tag.attrs.id);
        if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
      }
      idCache.set(target, ids);
    }
    if (!idCache.get(target).has(fragment)) result.badFragments.push(`${from} -> ${target}#${fragment}: no such id`);
  }
  result.pages.sort();
  result.files.sort();
  result.bodies = seen;
  return result;
}
