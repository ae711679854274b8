// Sunlight site search. Reads the static index the build wrote (see src/render/search/index.rs): meta.json once,
// then only the shards the query's tokens hash to, then the packs holding the results shown (each pack is the path,
// title, section and text of a run of consecutive documents; meta.packs says where each begins).
// Query tokens are cut exactly as tokenize.rs cuts page text: CJK runs as bigrams, other runs as lower-case words.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.Map) return;
  var cfg = form.dataset;
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var fallback = document.getElementById('search-fallback');
  var PAGE = 10;
  var cache = {};
  var run = 0;
  var shown = 0;
  var hits = [];
  var terms = [];
  fallback.hidden = true;

  function get(name) {
    if (!cache[name]) {
      cache[name] = fetch(cfg.index + name).then(function (r) {
        if (!r.ok) throw new Error(name + ': ' + r.status);
        return r.json();
      });
      cache[name].catch(function () { delete cache[name]; });
    }
    return cache[name];
  }

  function isCjk(cp) {
    return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f);
  }
  var WORD = /[\p{Alphabetic}\p{N}]/u;

  function classOf(ch) {
    if (isCjk(ch.codePointAt(0))) return 1;
    return WORD.test(ch) ? 2 : 0;
  }

  // Maximal runs of CJK (kind 1) or word characters (kind 2), as arrays of characters.
  function runs(text) {
    var out = [];
    var cur = null;
    Array.from(text).forEach(function (ch) {
      var k = classOf(ch);
      if (!cur || cur.kind !== k) {
        cur = { kind: k, chars: [] };
        if (k) out.push(cur);
      }
      cur.chars.push(ch);
    });
    return out.filter(function (r) { return r.kind; });
  }

  function normalise(chars) {
    return chars.map(function (c) {
      var cp = c.codePointAt(0);
      if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) {
        c = String.fromCodePoint(cp - 0xfee0);
      }
      return c.toLowerCase();
    }).join('');
  }

  // The tokens every result must contain, and the strings to highlight in titles and snippets. The last word
  // of the query also matches longer words (typing "elder" finds "elderly").
  function parse(query) {
    var tokens = [];
    var marks = [];
    var rs = runs(query);
    rs.forEach(function (r, i) {
      if (r.kind === 1) {
        if (r.chars.length === 1) tokens.push({ text: r.chars[0], prefix: false });
        for (var j = 0; j + 1 < r.chars.length; j++) {
          tokens.push({ text: r.chars[j] + r.chars[j + 1], prefix: false });
        }
        marks.push(r.chars.join(''));
      } else {
        var w = normalise(r.chars);
        tokens.push({ text: w, prefix: i === rs.length - 1 });
        marks.push(w);
      }
    });
    return { tokens: tokens, marks: marks };
  }

  // FNV-1a over the UTF-8 bytes of the shard key: a word's first two characters, a CJK token itself.
  function shardOf(term, shards) {
    var chars = Array.from(term);
    var key = isCjk(chars[0].codePointAt(0)) ? term : chars.slice(0, 2).join('');
    var h = 0x811c9dc5;
    new TextEncoder().encode(key).forEach(function (b) {
      h ^= b;
      h = Math.imul(h, 0x01000193) >>> 0;
    });
    return h % Math.max(shards, 1);
  }

  // A token's postings as postings.rs writes them: base-12 numbers in punctuation, each digit but the last of a
  // number from MORE, the last from LAST. Each posting is ((gap - 1) * 4 + where) * 8 + min(tf, 7), then tf - 7
  // when tf is 7 or more. Returned flat: document, tf, where.
  var LAST = "!#$'()*+,-./";
  var MORE = ':;=?[]^_`{}~';
  function decode(code) {
    var out = [];
    var next = 0;
    var n = 0;
    var tfFollows = false;
    for (var i = 0; i < code.length; i++) {
      var c = code.charAt(i);
      var d = MORE.indexOf(c);
      if (d >= 0) {
        n = n * 12 + d;
        continue;
      }
      n = n * 12 + LAST.indexOf(c);
      if (tfFollows) {
        out[out.length - 2] = 7 + n;
        tfFollows = false;
      } else {
        var tf = n % 8;
        var rest = (n - tf) / 8;
        var where = rest % 4;
        var doc = next + (rest - where) / 4;
        next = doc + 1;
        out.push(doc, tf, where);
        tfFollows = tf === 7;
      }
      n = 0;
    }
    return out;
  }

  // A word in the title or a heading counts for a lot, but a page that keeps coming back to it (34 times on the
  // assistance report page) still outranks a short dataset that only names it in its title; frequency counts
  // with diminishing returns.
  function weight(tf, where) {
    return (where & 1 ? 10 : 0) + (where & 2 ? 5 : 0) + 6 * Math.log(1 + tf);
  }

  // The tier of each document ranked after the real results (meta.tiers: tier -> documents); 0 for the rest.
  function tiersOf(meta) {
    var tiers = new Map();
    Object.keys(meta.tiers || {}).forEach(function (t) {
      meta.tiers[t].forEach(function (d) { tiers.set(d, Number(t)); });
    });
    return tiers;
  }

  // Documents holding every token, best first; made-up example data (tier 1) after every real result.
  function match(tokens, shards, tiers) {
    var scores = null;
    tokens.forEach(function (t, i) {
      var shard = shards[i];
      var keys = t.prefix ? Object.keys(shard).filter(function (k) { return k.indexOf(t.text) === 0; }) : [t.text];
      var found = new Map();
      keys.forEach(function (k) {
        var p = typeof shard[k] === 'string' ? decode(shard[k]) : [];
        var exact = k === t.text ? 1 : 0.5;
        for (var j = 0; j + 2 < p.length; j += 3) {
          found.set(p[j], Math.max(found.get(p[j]) || 0, weight(p[j + 1], p[j + 2]) * exact));
        }
      });
      if (scores === null) {
        scores = found;
      } else {
        var both = new Map();
        scores.forEach(function (s, d) { if (found.has(d)) both.set(d, s + found.get(d)); });
        scores = both;
      }
    });
    var tier = function (d) { return tiers.get(d) || 0; };
    return Array.from(scores || []).sort(function (a, b) {
      return tier(a[0]) - tier(b[0]) || b[1] - a[1] || a[0] - b[0];
    });
  }

  function say(template, n, q) {
    return template.replace('{n}', String(n)).replace('{q}', q);
  }

  // `text` as nodes, each occurrence of a mark (compared in lower case) wrapped in <mark>.
  function highlighted(parent, text, marks) {
    var lower = text.toLowerCase();
    if (lower.length !== text.length) lower = text;
    var at = 0;
    while (at < text.length) {
      var best = -1;
      var len = 0;
      marks.forEach(function (m) {
        var i = lower.indexOf(m, at);
        if (i >= 0 && (best < 0 || i < best || (i === best && m.length > len))) {
          best = i;
          len = m.length;
        }
      });
      if (best < 0 || !len) break;
      parent.appendChild(document.createTextNode(text.slice(at, best)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(best, best + len);
      parent.appendChild(mark);
      at = best + len;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  // Marks to look for in a document's text: the query's own runs, or failing those its bigrams and words.
  function marksFor(text, parsed) {
    var lower = text.toLowerCase();
    var whole = parsed.marks.filter(function (m) { return lower.indexOf(m) >= 0; });
    if (whole.length) return whole;
    return parsed.tokens.map(function (t) { return t.text; }).filter(function (m) { return lower.indexOf(m) >= 0; });
  }

  function snippet(text, marks) {
    var lower = text.toLowerCase();
    var first = -1;
    marks.forEach(function (m) {
      var i = lower.indexOf(m);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    });
    var chars = Array.from(text);
    if (first < 0) return chars.slice(0, 90).join('') + (chars.length > 90 ? '…' : '');
    var start = Math.max(0, Array.from(text.slice(0, first)).length - 30);
    var end = Math.min(chars.length, start + 110);
    return (start > 0 ? '…' : '') + chars.slice(start, end).join('') + (end < chars.length ? '…' : '');
  }

  // The pack holding a document's text: the last pack starting at or before it (`packs` is ascending from 0).
  function packOf(packs, doc) {
    var lo = 0;
    var hi = packs.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (packs[mid] <= doc) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // A result as its pack gives it: [path, title, section, text].
  function item(card, parsed) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = cfg.root + card[0];
    highlighted(a, card[1], marksFor(card[1], parsed));
    h.appendChild(a);
    var section = document.createElement('p');
    section.className = 'search-section';
    section.textContent = card[2];
    var p = document.createElement('p');
    p.className = 'search-snippet';
    var marks = marksFor(card[3], parsed);
    highlighted(p, snippet(card[3], marks), marks);
    li.appendChild(h);
    li.appendChild(section);
    li.appendChild(p);
    return li;
  }

  // The next results, once the packs holding them are in; nothing when another search started meanwhile.
  function showMore(meta, parsed, mine) {
    var next = hits.slice(shown, shown + PAGE);
    return Promise.all(next.map(function (h) {
      var k = packOf(meta.packs, h[0]);
      return get('f/' + k + '.json').then(function (cards) {
        var card = cards[h[0] - meta.packs[k]];
        if (!card) throw new Error('no card for ' + h[0]);
        return card;
      });
    })).then(function (cards) {
      if (mine !== run) return;
      cards.forEach(function (card) { list.appendChild(item(card, parsed)); });
      shown = Math.min(hits.length, shown + next.length);
      more.hidden = shown >= hits.length;
    });
  }

  function failed(mine) {
    if (mine !== run) return;
    status.textContent = cfg.failed;
    fallback.hidden = false;
  }

  function search(query) {
    var mine = ++run;
    var q = query.trim();
    list.textContent = '';
    more.hidden = true;
    hits = [];
    shown = 0;
    if (!q) {
      status.textContent = '';
      return Promise.resolve();
    }
    var parsed = parse(q);
    terms = parsed;
    if (!parsed.tokens.length) {
      status.textContent = say(cfg.none, 0, q);
      return Promise.resolve();
    }
    status.textContent = cfg.loading;
    return get('meta.json').then(function (meta) {
      return Promise.all(parsed.tokens.map(function (t) {
        return get('s/' + shardOf(t.text, meta.shards) + '.json');
      })).then(function (shards) {
        if (mine !== run) return;
        hits = match(parsed.tokens, shards, tiersOf(meta));
        if (!hits.length) {
          status.textContent = say(cfg.none, 0, q);
          return;
        }
        return showMore(meta, parsed, mine).then(function () {
          if (mine === run) status.textContent = say(cfg.found, hits.length, q);
        });
      });
    }).catch(function () { failed(mine); });
  }

  function fromAddress() {
    return new URLSearchParams(window.location.search).get('q') || '';
  }

  var timer = 0;
  function submit(push) {
    var q = input.value.trim();
    var url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    if (url.href !== window.location.href) history[push ? 'pushState' : 'replaceState'](null, '', url.href);
    return search(q);
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    submit(true);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { submit(false); }, 250);
  });
  var adding = false;
  more.addEventListener('click', function () {
    if (adding) return;
    adding = true;
    var next = shown;
    var mine = run;
    get('meta.json').then(function (meta) {
      return showMore(meta, terms, mine);
    }).then(function () {
      adding = false;
      var link = list.children[next] && list.children[next].querySelector('a');
      if (link) link.focus();
    }).catch(function () {
      adding = false;
      failed(mine);
    });
  });
  window.addEventListener('popstate', function () {
    input.value = fromAddress();
    search(input.value);
  });
  input.value = fromAddress();
  search(input.value);
})();
