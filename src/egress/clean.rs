//! Chunks of views already found clean, kept for the rest of the build: the theme's header, navigation, contents
//! and footer, and the attribute values every page repeats, are searched once instead of on every page.
//!
//! A view is cut at its stops ([`STOP`]); why a chunk's findings depend on nothing but the chunk (or, where they
//! could, why such a chunk is never kept) is shown detector by detector in `crate::privacy::detect::chunks`. The
//! chunks not kept are searched in runs, each with the text around it that the detectors read across a stop, and
//! only findings inside the run count, so the first finding of a view (and its line) is the one a search of the
//! whole view gives. A chunk is kept by its exact text (compared, not only hashed), only when it was seen twice (a
//! page's own paragraphs are not kept), only up to [`MAX_CHUNK`] bytes, and only up to [`MAX_BYTES`] in all; what
//! is kept never changes a finding or its order, only how fast it comes.

use std::collections::BTreeSet;
use std::hash::BuildHasher;
use std::sync::RwLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::html::scan::View;
use crate::privacy::detect::{Detector, Kind, STOP, context_end, context_start};
use crate::privacy::long_runs;

/// The longest chunk kept.
const MAX_CHUNK: usize = 4096;
/// The text of all chunks kept, at most.
const MAX_BYTES: usize = 8 << 20;
/// The shortest run of known chunks skipped.
const MIN_SKIP: usize = 64;
/// Chunks seen once, remembered by hash, at most.
const MAX_SEEN: usize = 1 << 18;

/// Nothing the detectors find.
const DETECTED: u8 = 1;
/// No run of 15 to 19 digits that the sources did not hold.
const NO_LONG_RUN: u8 = 2;

/// The chunks one build found clean, shared by the threads of its egress scan.
#[derive(Default)]
pub struct CleanChunks {
    inner: RwLock<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Each chunk and what it was found clean of. Fx, not SipHash: the keys are the site's own published text,
    /// hashed for every chunk of every page, and a site has no reason to flood its own build.
    kept: FxHashMap<Box<str>, u8>,
    bytes: usize,
    /// Hashes of chunks seen once and not kept yet: a collision only keeps a chunk one sighting early, since what
    /// is kept is compared by its text.
    seen: FxHashSet<u64>,
}

/// A chunk of a view: its byte range, the stop after it excluded.
#[derive(Clone, Copy)]
struct Chunk {
    start: usize,
    end: usize,
}

impl CleanChunks {
    /// The first finding in `view` and its line, exactly as a search of the whole view and then (with `net`) the
    /// long-run check give it; `None` inside `Some` when there is none. `None` when the view cannot be searched by
    /// chunks (it may be laid out right to left, or a search would need too much context): the caller searches it
    /// whole.
    pub fn find(
        &self,
        view: &View,
        net: bool,
        detector: &Detector,
        cleared: &BTreeSet<String>,
    ) -> Option<Option<(Kind, usize)>> {
        let text = view.text.as_str();
        if text.len() > MAX_CHUNK && !text.contains(STOP) {
            return None;
        }
        let survey = detector.survey(text);
        if survey.reorders {
            return None;
        }
        let need = if net {
            DETECTED | NO_LONG_RUN
        } else {
            DETECTED
        };
        let chunks = chunks_of(text);
        let mut state: Vec<State> = {
            let inner = self.inner.read().ok()?;
            chunks
                .iter()
                .map(|c| {
                    let chunk = &text[c.start..c.end];
                    if chunk.len() > MAX_CHUNK {
                        return State::Unknown;
                    }
                    match inner.kept.get(chunk) {
                        None => State::Unknown,
                        Some(&f) if f & need == need => State::Clean,
                        Some(_) => State::Held,
                    }
                })
                .collect()
        };
        skip_only_long_runs(&chunks, &mut state);
        let mut runs = BTreeSet::new();
        let mut i = 0;
        while i < chunks.len() {
            if state[i] == State::Clean {
                i += 1;
                continue;
            }
            let first = i;
            while i < chunks.len() && state[i] != State::Clean {
                i += 1;
            }
            let (from, to) = (chunks[first].start, chunks[i - 1].end);
            let start = context_start(text, from)?;
            let end = context_end(text, to);
            let found = detector
                .find_gated(&text[start..end], survey.gates)
                .into_iter()
                .find(|f| (from..to).contains(&(start + f.start)));
            if let Some(f) = found {
                return Some(Some((f.kind, view.line_at(start + f.start))));
            }
            if net {
                long_runs(&text[from..to], &mut runs);
            }
        }
        if net && let Some(run) = runs.iter().find(|r| !cleared.contains(*r)) {
            let at = text.find(run.as_str()).unwrap_or(0);
            return Some(Some((Kind::LongNumber, view.line_at(at))));
        }
        if detector.gates_open(survey.gates) {
            let new = chunks
                .iter()
                .zip(&state)
                .filter(|(c, s)| **s == State::Unknown && c.end - c.start <= MAX_CHUNK)
                .map(|(c, _)| &text[c.start..c.end]);
            self.keep(new, detector, cleared);
        }
        Some(None)
    }

    /// Keeps the chunks of a clean view, not kept yet, that were seen before; what cannot depend on its context is
    /// kept as clean, the rest as never to be skipped (so it is not judged again).
    fn keep<'t>(
        &self,
        chunks: impl Iterator<Item = &'t str>,
        detector: &Detector,
        cleared: &BTreeSet<String>,
    ) {
        let mut chunks = chunks.peekable();
        if chunks.peek().is_none() {
            return;
        }
        let Ok(mut inner) = self.inner.write() else {
            return;
        };
        for chunk in chunks {
            if inner.bytes + chunk.len() > MAX_BYTES {
                return;
            }
            let hash = inner.kept.hasher().hash_one(chunk);
            if !inner.seen.remove(&hash) {
                if inner.seen.len() < MAX_SEEN {
                    inner.seen.insert(hash);
                }
                continue;
            }
            let flags = if !detector.context_free(chunk) {
                0
            } else {
                let mut runs = BTreeSet::new();
                long_runs(chunk, &mut runs);
                if runs.iter().all(|r| cleared.contains(r)) {
                    DETECTED | NO_LONG_RUN
                } else {
                    DETECTED
                }
            };
            inner.bytes += chunk.len();
            inner.kept.insert(chunk.into(), flags);
        }
    }
}

/// What is known of a chunk of a view.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Not kept.
    Unknown,
    /// Kept as clean of what this view is searched for: skipped.
    Clean,
    /// Kept, but not as clean of all of that (or never to be skipped): searched.
    Held,
}

/// Searches again the runs of known chunks too short to be worth skipping: a search of the text around them would
/// cost more than they do.
fn skip_only_long_runs(chunks: &[Chunk], state: &mut [State]) {
    let mut i = 0;
    while i < chunks.len() {
        if state[i] != State::Clean {
            i += 1;
            continue;
        }
        let first = i;
        while i < chunks.len() && state[i] == State::Clean {
            i += 1;
        }
        if chunks[i - 1].end - chunks[first].start < MIN_SKIP {
            state[first..i].fill(State::Held);
        }
    }
}

/// The chunks of `text` between its stops, empty ones left out.
fn chunks_of(text: &str) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(STOP) {
        if i > start {
            out.push(Chunk { start, end: i });
        }
        start = i + STOP.len_utf8();
    }
    if start < text.len() {
        out.push(Chunk {
            start,
            end: text.len(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::super::{Search, find_in_text};
    use super::*;
    use crate::privacy::detect::numbers_for_tests::{id_with_check, luhn_completed};

    /// splitmix64, for pages composed the same way on every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn pick<'a>(&mut self, from: &'a [String]) -> &'a str {
            &from[(self.next() % from.len() as u64) as usize]
        }
    }

    fn detector() -> Detector {
        Detector::new(
            &["##paidbegin##".into(), "【内部稿】".into()],
            &["12345".into(), "mzj@example.gov.cn".into()],
            &[
                "张三丰".into(),
                "王芳".into(),
                "建国".into(),
                "JohnSmith".into(),
                "阿不都·热合曼".into(),
            ],
            "〔已隐去〕",
        )
    }

    /// Pieces of markup and text that stand in a theme's chrome and in pages, and every kind of thing the detectors
    /// read across a stop: labels in the cell before a number, a two-character name before a phone number in the
    /// next block, figures at the head of a block, invisible and right-to-left characters, numerals, look-alikes.
    fn pieces() -> Vec<String> {
        let id = id_with_check("110101", "19491001", "123");
        let card = luhn_completed("622202", 19);
        let mut p: Vec<String> = [
            "<header class=\"site\"><a href=\"/mzt/\">XX省民政厅 · 政府信息公开</a></header>",
            "<nav aria-label=\"主导航\"><ul><li><a href=\"/mzt/elderly/\">养老服务</a></li><li><a href=\"/mzt/minors/\">儿童福利</a></li></ul></nav>",
            "<footer><p>地址：某某路一段</p><p>邮箱 mzj@example.gov.cn</p></footer>",
            "<p>民政工作稳步推进，困难群众基本生活得到保障。</p>",
            "<td>户主</td>",
            "<td>身份证号</td>",
            "<td>电话</td>",
            "<td>卡号</td>",
            "<td>110105491231002</td>",
            "<td>6512345</td>",
            "<td>65123456</td>",
            "<td>2020-07-11</td>",
            "<td>150</td>",
            "<p>我们王芳</p>",
            "<p>xxxxxxxxxxxx1234567</p>",
            "<p>王芳</p>",
            "<li>建国</li>",
            "<p>建国以来</p>",
            "<p>John Smith</p>",
            "<p>JohnSmith</p>",
            "<span>Zhang Sanfeng</span>",
            "<p>联系电话138<kbd>0013</kbd>8000</p>",
            "<p>138 0013 8000</p>",
            "<p>电话：一三八〇〇一三八〇〇〇</p>",
            "<p>1380013800O</p>",
            "<p>+86 138 0013 8000</p>",
            "<p>\u{202E}00083100831\u{202C}</p>",
            "<p>电话 \u{2067}8000 0013 138\u{2069}</p>",
            "<p>1\u{200B}3\u{00AD}8</p>",
            "<p>初始密码123456Ab</p>",
            "<p>密码：</p>",
            "<p>zhangsan[at]example.cn</p>",
            "<p>a.b@example.cn</p>",
            "<p>##paidbegin##</p>",
            "<p>护照E12345678号</p>",
            "<p>A123456(3)</p>",
            "<p>项目编号530102202311300011</p>",
            "<p>1234567890123456</p>",
            "<p>民政简报第150期</p>",
            "<span style=\"display:none\">9</span>",
            "<img alt=\"138\" src=\"/a.png\"><img alt=\"00138000\">",
            "<a href=\"tel:%31%33%38%30%30%31%33%38%30%30%30\">拨打</a>",
            "<a title=\"&#49;38\" class=\"button fig-note\">x</a>",
            "<br>",
            "<p>一</p>",
            "<p>三八〇〇一三八〇〇〇</p>",
            "<script>var t = '\\u0031\\u0033\\u0038';</script>",
            "<!-- 13800138000 -->",
            "<div class=\"fig-info\"><span>24</span><span>22.5</span></div>",
            "<svg viewBox=\"0 0 48 48\"><path d=\"M35 24H39.5M33.53 29.5L37.43\"/></svg>",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        p.push(format!("<td>{id}</td>"));
        p.push(format!("<p>身份证{id}</p>"));
        p.push(format!("<td>{card}</td>"));
        p.push(format!("<td>{}</td>", &id[..17]));
        p.push(format!("<td>{}</td>", &id[17..]));
        p
    }

    type First = Option<(Kind, usize)>;

    /// The first finding of `text` searched whole and searched by chunks with `clean`, as the egress scan does.
    fn both(
        text: &str,
        name: &str,
        markup: bool,
        net: bool,
        detector: &Detector,
        cleared: &BTreeSet<String>,
        clean: &CleanChunks,
    ) -> (First, First) {
        let hidden = ["gone".to_string()];
        let whole = Search {
            detector,
            cleared,
            clean: None,
        };
        let chunked = Search {
            clean: Some(clean),
            ..whole
        };
        (
            find_in_text(text, name, markup, net, whole, &hidden),
            find_in_text(text, name, markup, net, chunked, &hidden),
        )
    }

    #[test]
    fn composed_pages_give_the_same_findings_with_and_without_kept_chunks() {
        let detector = detector();
        let cleared: BTreeSet<String> = ["530102202311300011".to_string()].into();
        let clean = CleanChunks::default();
        let pieces = pieces();
        let mut rng = Rng(7);
        let (mut found, mut clean_pages) = (BTreeSet::new(), 0);
        for page in 0..3000 {
            let n = 1 + (rng.next() % 12) as usize;
            let mut html = String::from("<body>");
            for _ in 0..n {
                html.push_str(rng.pick(&pieces));
                if rng.next().is_multiple_of(4) {
                    html.push('\n');
                }
            }
            let net = page % 3 != 0;
            // Twice: the second time, more of it is kept.
            for _ in 0..2 {
                let (whole, chunked) =
                    both(&html, "p.html", true, net, &detector, &cleared, &clean);
                assert_eq!(
                    whole,
                    chunked,
                    "{}",
                    html.replace(['0', '1', '3', '8'], "#")
                );
                match whole {
                    Some((kind, _)) => {
                        found.insert(kind);
                    }
                    None => clean_pages += 1,
                }
            }
        }
        let kept = clean.inner.read().map(|i| i.kept.len()).unwrap_or(0);
        assert!(kept > 20, "only {kept} chunks kept");
        assert!(clean_pages > 100, "{clean_pages} clean pages");
        for kind in [
            Kind::IdNumber,
            Kind::Mobile,
            Kind::RosterName,
            Kind::Email,
            Kind::Credential,
            Kind::Marker,
            Kind::LongNumber,
        ] {
            assert!(found.contains(&kind), "no page found a {kind}");
        }
    }

    #[test]
    fn the_privacy_fixtures_give_the_same_findings_with_and_without_kept_chunks() {
        let detector = detector();
        let cleared = BTreeSet::new();
        let clean = CleanChunks::default();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files = Vec::new();
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let path = e.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    files.push((path.to_string_lossy().into_owned(), text));
                }
            }
        }
        files.sort();
        assert!(files.len() > 20, "{} fixture files", files.len());
        // Each file twice, as markup (a page made of it) and as text, so its chunks are kept and met again.
        for round in 0..2 {
            for (name, text) in &files {
                let page = format!("<main><p>{}</p></main>", text.replace("\n\n", "</p><p>"));
                for (t, n, markup) in [(&page, "x.html", true), (text, name.as_str(), false)] {
                    let (whole, chunked) =
                        both(t, n, markup, round == 1, &detector, &cleared, &clean);
                    assert_eq!(whole, chunked, "{name}");
                }
            }
        }
    }
}
