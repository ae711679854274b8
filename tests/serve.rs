//! `sunlight serve`, as a user meets it: the real binary on a fixture copy, on a free port of 127.0.0.1, fetched over
//! HTTP while files are edited, renamed and broken. Every wait is bounded and polls, so a slow machine makes the
//! tests slower, not flaky.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::{copy_dir, fixture, repo, stderr, sunlight, tree};

const PATIENCE: Duration = Duration::from_secs(20);

/// A running `sunlight serve`; dropping it stops it with SIGINT (as Ctrl-C would), so its folder is removed.
struct Server {
    child: Child,
    port: u16,
    /// The base path it serves under, e.g. `/mzj/`.
    base: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    fn start(site: &Path) -> Server {
        Server::start_with(site, &[])
    }

    /// `sunlight serve` with more arguments (`--strict`, `--lang zh`).
    fn start_with(site: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sunlight"))
            .args(["serve", "--port", "0"])
            .args(args)
            .current_dir(site)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start sunlight serve");
        let log = Arc::new(Mutex::new(String::new()));
        let err = child.stderr.take().expect("stderr");
        let sink = Arc::clone(&log);
        thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let mut l = sink.lock().expect("log");
                l.push_str(&line);
                l.push('\n');
            }
        });
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        out.read_line(&mut line).expect("read the address line");
        thread::spawn(move || {
            let mut rest = String::new();
            let _ = out.read_to_string(&mut rest);
        });
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        // The first build's lines precede the address on stdout, but stderr is read by another thread.
        let deadline = Instant::now() + PATIENCE;
        while !log.lock().expect("log").contains("sunlight: wrote")
            && !log.lock().expect("log").contains("still serving")
            && Instant::now() < deadline
        {
            thread::sleep(Duration::from_millis(5));
        }
        let after = &url["http://127.0.0.1:".len()..];
        let slash = after.find('/').expect("path after port");
        Server {
            child,
            port: after[..slash].parse().expect("port"),
            base: after[slash..].to_string(),
            log,
        }
    }

    fn log(&self) -> String {
        self.log.lock().expect("log").clone()
    }

    /// The log once it holds `needle` (the server's output is read by another thread, so a line printed just
    /// before an event may not be in yet), or as it stands after 20 s.
    fn log_with(&self, needle: &str) -> String {
        let until = Instant::now() + Duration::from_secs(20);
        loop {
            let log = self.log();
            if log.contains(needle) || Instant::now() > until {
                return log;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn folder(&self) -> PathBuf {
        let log = self.log();
        let at = log.find("/sunlight-serve-").expect("folder in log");
        let start = log[..at].rfind(' ').map_or(0, |i| i + 1);
        let end = log[at..]
            .find(char::is_whitespace)
            .map_or(log.len(), |i| at + i);
        PathBuf::from(&log[start..end])
    }

    fn get(&self, path: &str) -> Response {
        get(self.port, path)
    }

    /// A page of the site, by its path below the base path.
    fn page(&self, rel: &str) -> String {
        let r = self.get(&format!("{}{rel}", self.base));
        assert_eq!(r.status, 200, "{rel}: {}\n{}", r.body, self.log());
        r.body
    }

    fn events(&self) -> Events {
        Events::connect(self.port)
    }

    /// Stops with SIGINT and returns whether it exited successfully.
    fn interrupt(&mut self) -> bool {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.interrupt();
        }
    }
}

struct Response {
    status: u16,
    headers: String,
    body: String,
}

fn get(port: u16, path: &str) -> Response {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(PATIENCE)).expect("timeout");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read response");
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").expect("head and body");
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    Response {
        status,
        headers: head.to_string(),
        body: body.to_string(),
    }
}

/// A client of the reload stream, as the injected script is.
struct Events {
    reader: BufReader<TcpStream>,
    last: u64,
}

impl Events {
    fn connect(port: u16) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .expect("timeout");
        write!(
            s,
            "GET /__sunlight/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
        )
        .expect("send");
        let mut e = Events {
            reader: BufReader::new(s),
            last: 0,
        };
        e.last = e.next(PATIENCE).expect("the stream announces the build");
        e
    }

    /// The next build number announced, if one comes within `wait`.
    fn next(&mut self, wait: Duration) -> Option<u64> {
        let deadline = Instant::now() + wait;
        let mut line = String::new();
        while Instant::now() < deadline {
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) => {
                    if !line.ends_with('\n') {
                        continue;
                    }
                    if let Some(n) = line.trim().strip_prefix("data: ") {
                        let n = n.parse().expect("build number");
                        self.last = n;
                        return Some(n);
                    }
                    line.clear();
                }
                Err(_) => continue,
            }
        }
        None
    }

    /// Waits for reloads until `shown` holds. How many rebuilds an edit takes is not what these tests check (a
    /// slow machine may see one save as two), only that the open page reloads onto the change.
    fn reload_until(&mut self, what: &str, shown: impl Fn() -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let before = self.last;
            let n = self.next(deadline.saturating_duration_since(Instant::now()));
            assert!(n.is_some_and(|n| n > before), "no reload showing {what}");
            if shown() {
                return;
            }
        }
    }

    /// Waits for the reload after a change.
    fn reload(&mut self) {
        let before = self.last;
        let n = self
            .next(PATIENCE)
            .expect("a reload event after the change");
        assert!(n > before);
    }
}

/// Writes the file through a temporary file and a rename, as many editors save.
fn save(path: &Path, text: &str) {
    let tmp = path.with_file_name(format!(
        ".{}.swp",
        path.file_name().expect("name").to_string_lossy()
    ));
    fs::write(&tmp, text).expect("write temp");
    fs::rename(&tmp, path).expect("rename into place");
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    save(path, &text.replacen(from, to, 1));
}

/// The served folder holds exactly what a full build for the same address writes.
fn assert_same_as_a_full_build(site: &Path, server: &Server) {
    let out = sunlight(
        site,
        &[
            "build",
            "--out",
            "full",
            "--base-url",
            &format!("http://127.0.0.1:{}{}", server.port, server.base),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut full = tree(&site.join("full"));
    // The marker of a build's output folder (see README, "The output folder"); a preview folder is not one.
    full.remove(".sunlight-output");
    let served = tree(&server.folder());
    assert_eq!(
        served.keys().collect::<Vec<_>>(),
        full.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (k, v) in &full {
        assert!(served[k] == *v, "{k} differs from a full build");
    }
    fs::remove_dir_all(site.join("full")).expect("remove full build");
}

#[test]
fn serves_the_site_under_its_base_path() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    assert_eq!(server.base, "/mzj/");
    let root = server.get("/");
    assert_eq!(root.status, 302);
    assert!(root.headers.contains("Location: /mzj/"), "{}", root.headers);
    assert_eq!(server.get("/mzj").status, 302);

    let home = server.get("/mzj/");
    assert_eq!(home.status, 200);
    assert!(
        home.headers
            .contains("Content-Type: text/html; charset=utf-8")
    );
    assert!(
        home.body
            .contains("<script src=\"/__sunlight/reload.js\" data-built=")
    );
    let script = server.get("/__sunlight/reload.js");
    assert!(script.headers.contains("Content-Type: text/javascript"));
    assert!(
        script
            .body
            .contains("new EventSource(\"/__sunlight/events\")")
    );
    assert!(!home.body.contains("sunlight-overlay"));

    let page = server.page("news/first/");
    assert!(page.contains(">3815户</a>"));
    assert!(
        page.contains("href=\"/mzj/data/assistance/"),
        "links carry the base path"
    );
    let bare = server.get("/mzj/news/first");
    assert_eq!(bare.status, 302);
    assert!(bare.headers.contains("Location: /mzj/news/first/"));

    let css = server.get("/mzj/css/site.css");
    assert_eq!(css.status, 200);
    assert!(css.headers.contains("Content-Type: text/css"));
    assert!(
        !css.body.contains("__sunlight"),
        "only HTML gets the script"
    );
    let csv = server.get("/mzj/data/assistance.csv");
    assert!(csv.headers.contains("Content-Type: text/csv"));

    let missing = server.get("/mzj/no/such/page/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("/__sunlight/reload.js"),
        "the 404 page reloads too"
    );
    for outside in [
        "/mzj/../site.yaml",
        "/mzj/%2e%2e/site.yaml",
        "/other/",
        "/mzj/..%2fsite.yaml",
    ] {
        let r = server.get(outside);
        assert_eq!(r.status, 404, "{outside}");
        assert!(!r.body.contains("base_url"), "{outside} leaked a source");
    }
    assert!(!site.path().join("public").exists(), "never public/");
}

#[test]
fn edits_to_pages_datasets_and_templates_reload_open_pages() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();

    edit(
        &site.path().join("content/news/second.md"),
        "第二篇正文",
        "改过的第二篇正文",
    );
    events.reload_until("the edited page", || {
        server.page("news/second/").contains("改过的第二篇正文")
    });

    edit(
        &site.path().join("data/assistance.yaml"),
        "households: 3815",
        "households: 3900",
    );
    events.reload_until("the new figure", || {
        server.page("news/first/").contains(">3900户</a>")
    });
    let first = server.page("news/first/");
    assert!(first.contains(">3900户</a>"), "value() follows the dataset");
    assert!(
        server.page("data/assistance/").contains("3,900")
            || server.page("data/assistance/").contains("3900")
    );
    // Before the template edit renders everything again: the search index kept from earlier rebuilds must match a
    // full build already (the page's text there carries the new figure).
    assert_same_as_a_full_build(site.path(), &server);

    edit(
        &site.path().join("themes/default/templates/page.html"),
        "{% block main %}",
        "{% block main %}<p class=\"serve-test\">模板已改</p>",
    );
    events.reload_until("the edited template", || {
        server.page("news/second/").contains("模板已改")
    });

    edit(
        &site.path().join("content/news/first.md"),
        "title: 第一篇",
        "title: 第一篇（修订）",
    );
    events.reload_until("the new title", || {
        server.page("news/").contains("第一篇（修订）")
    });
    assert!(
        server.page("news/").contains("第一篇（修订）"),
        "the section lists the new title"
    );
    assert!(
        server.page("news/second/").contains("第一篇（修订）"),
        "the neighbour links to it"
    );
    assert_same_as_a_full_build(site.path(), &server);
}

#[test]
fn a_change_rebuilds_only_what_it_touches() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();
    let wrote = |log: &str| -> Vec<String> {
        log.lines()
            .filter(|l| l.starts_with("sunlight: wrote"))
            .map(str::to_string)
            .collect()
    };
    let before = wrote(&server.log()).len();
    edit(
        &site.path().join("content/news/second.md"),
        "删除线",
        "删掉的字",
    );
    events.reload();
    // The reload is announced before the line is printed.
    let deadline = Instant::now() + PATIENCE;
    while wrote(&server.log()).len() == before && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(10));
    }
    let log = server.log();
    let lines = wrote(&log);
    assert_eq!(lines.len(), before + 1, "{log}");
    // The page, and in the search index the page's text (for snippets) and the one shard a site this small has.
    assert!(
        lines[before].starts_with("sunlight: wrote 3 files"),
        "a body edit writes one page and its search index entries: {log}"
    );
    assert_same_as_a_full_build(site.path(), &server);
}

#[test]
fn a_broken_file_shows_an_overlay_until_it_is_fixed() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();
    let page = site.path().join("content/news/second.md");
    let good = fs::read_to_string(&page).expect("read");

    save(&page, &good.replacen("title: 第二篇", "titel: <第二篇>", 1));
    events.reload_until("the overlay", || {
        server.page("news/second/").contains("sunlight-overlay")
    });
    let shown = server.page("news/second/");
    assert!(shown.contains("id=\"sunlight-overlay\""), "{shown}");
    let style = server.get("/__sunlight/overlay.css");
    assert!(style.headers.contains("Content-Type: text/css"));
    assert!(style.body.contains("#sunlight-overlay"));
    assert!(
        shown.contains("content/news/second.md:2:1"),
        "file:line:col: {shown}"
    );
    assert!(
        shown.contains("第二篇正文"),
        "the last good page stays underneath"
    );
    assert!(
        !shown.contains("titel: <第二篇>"),
        "diagnostics are escaped"
    );
    assert!(
        server.page("").contains("sunlight-overlay"),
        "every page shows it"
    );
    assert!(server.log().contains("content/news/second.md:2:1: error"));

    save(&page, &good);
    events.reload_until("no overlay", || {
        !server.page("news/second/").contains("sunlight-overlay")
    });
    assert!(!server.page("").contains("sunlight-overlay"));

    let data = site.path().join("data/assistance.yaml");
    edit(&data, "households: 3815", "households: many");
    events.reload_until("the dataset's error", || {
        server.page("news/first/").contains("sunlight-overlay")
    });
    let shown = server.page("news/first/");
    assert!(shown.contains("data/assistance.yaml:10:34"), "{shown}");
    assert!(shown.contains(">3815户</a>"), "the last good figure stays");
    edit(&data, "households: many", "households: 3815");
    events.reload_until("no overlay", || {
        !server.page("news/first/").contains("sunlight-overlay")
    });
    assert_same_as_a_full_build(site.path(), &server);
}

#[test]
fn the_egress_scan_guards_the_preview_too() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();
    let template = site.path().join("themes/default/templates/page.html");
    edit(
        &template,
        "{% block main %}",
        "{% block main %}<p>联系电话13912345678</p>",
    );
    events.reload_until("the egress error", || {
        server.page("news/second/").contains("sunlight-overlay")
    });
    let shown = server.page("news/second/");
    assert!(shown.contains("still contains personal data"), "{shown}");
    assert!(!shown.contains("13912345678"), "the leak is never served");
    edit(&template, "<p>联系电话13912345678</p>", "");
    events.reload_until("no overlay", || {
        !server.page("news/second/").contains("sunlight-overlay")
    });
    assert_same_as_a_full_build(site.path(), &server);
}

#[test]
fn deleted_and_renamed_files_leave_the_site() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();
    let news = site.path().join("content/news");

    fs::rename(news.join("second.md"), news.join("third.md")).expect("rename");
    events.reload_until("the renamed page", || {
        server.get("/mzj/news/second/").status == 404
    });
    assert!(server.page("news/third/").contains("第二篇正文"));
    assert!(server.page("news/").contains("/mzj/news/third/"));

    fs::remove_file(news.join("third.md")).expect("delete");
    events.reload_until("the deletion", || {
        server.get("/mzj/news/third/").status == 404
    });
    assert!(!server.page("news/").contains("第二篇"));

    fs::rename(
        site.path().join("content/news"),
        site.path().join("content/updates"),
    )
    .expect("rename a section");
    events.reload_until("the renamed section", || {
        server.get("/mzj/news/first/").status == 404
    });
    assert!(server.page("updates/first/").contains("3815户"));

    fs::create_dir_all(site.path().join("static/files")).expect("static folder");
    fs::write(site.path().join("static/files/note.txt"), "说明").expect("static file");
    events.reload_until("the new static file", || {
        server.get("/mzj/files/note.txt").status == 200
    });
    assert_eq!(server.get("/mzj/files/note.txt").body, "说明");
    assert_same_as_a_full_build(site.path(), &server);
}

#[test]
fn a_new_base_url_moves_the_site() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();
    edit(
        &site.path().join("site.yaml"),
        "https://example.gov.cn/mzj/",
        "https://example.gov.cn/portal/",
    );
    events.reload_until("the new base path", || {
        server.get("/portal/news/first/").status == 200
    });
    assert!(
        server
            .get("/portal/news/first/")
            .body
            .contains("href=\"/portal/data/assistance/")
    );
    assert_eq!(server.get("/mzj/news/first/").status, 404);
    let root = server.get("/");
    assert!(
        root.headers.contains("Location: /portal/"),
        "{}",
        root.headers
    );
}

#[test]
fn rapid_saves_never_leave_a_half_built_site() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();
    let page = site.path().join("content/news/second.md");
    let data = site.path().join("data/assistance.yaml");
    let good_page = fs::read_to_string(&page).expect("read");
    let good_data = fs::read_to_string(&data).expect("read");
    for i in 0..12 {
        save(
            &page,
            &good_page.replace("第二篇正文", &format!("第{i}次保存")),
        );
        save(&data, &good_data.replace("3815", &format!("{}", 4000 + i)));
        let r = server.get("/mzj/news/first/");
        assert_eq!(r.status, 200);
        assert!(r.body.trim_end().ends_with("</html>"), "a whole page");
        thread::sleep(Duration::from_millis(7 * (i % 4)));
    }
    let deadline = Instant::now() + PATIENCE;
    loop {
        let body = server.page("news/first/");
        if body.contains(">4011户</a>") && server.page("news/second/").contains("第11次保存") {
            break;
        }
        assert!(Instant::now() < deadline, "the last save never showed");
        events.next(Duration::from_millis(200));
    }
    assert_same_as_a_full_build(site.path(), &server);
}

#[test]
fn ctrl_c_stops_cleanly_and_removes_the_preview_folder() {
    let site = fixture("basic");
    let mut server = Server::start(site.path());
    let folder = server.folder();
    assert!(folder.join("index.html").is_file());
    assert!(server.interrupt(), "exit status 0: {}", server.log());
    assert!(!folder.exists(), "the preview folder is removed");
    assert!(!site.path().join("public").exists());
}

#[test]
fn a_taken_port_is_an_error_when_asked_for() {
    let site = fixture("basic");
    let taken = std::net::TcpListener::bind(("127.0.0.1", 0)).expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let out = sunlight(site.path(), &["serve", "--port", &port]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("cannot listen on 127.0.0.1:{port}")));
}

#[test]
fn a_site_that_never_built_shows_its_errors() {
    let site = fixture("basic");
    let yaml = site.path().join("site.yaml");
    let good = fs::read_to_string(&yaml).expect("read");
    fs::write(&yaml, good.replace("title:", "tittle:")).expect("break");
    let server = Server::start(site.path());
    let mut events = server.events();
    let r = server.get("/anything/");
    assert_eq!(r.status, 500);
    assert!(
        r.body.contains("sunlight-overlay") && r.body.contains("site.yaml:1:1"),
        "{}",
        r.body
    );
    save(&yaml, &good);
    events.reload_until("the built site", || server.get("/mzj/").status == 200);
    let home = server.get("/mzj/");
    assert_eq!(home.status, 200);
    assert!(!home.body.contains("sunlight-overlay"));
}

#[test]
fn build_output_never_carries_the_reload_script() {
    let site = fixture("basic");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (path, bytes) in tree(&site.path().join("public")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("__sunlight")
                && !text.contains("EventSource")
                && !text.contains("sunlight-overlay"),
            "{path} carries serve-only markup"
        );
    }
}

#[test]
fn a_new_site_from_init_previews_and_reloads_each_kind_of_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = sunlight(dir.path(), &["init", "s"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let site = dir.path().join("s");
    let server = Server::start(&site);
    assert_eq!(server.base, "/portal/");
    let mut events = server.events();
    assert!(server.page("report/assistance/").contains(">1865人</a>"));

    edit(
        &site.join("content/report/assistance.md"),
        "截至2023年10月底",
        "截至2023年10月31日",
    );
    events.reload_until("the Markdown edit", || {
        server
            .page("report/assistance/")
            .contains("截至2023年10月31日")
    });
    edit(
        &site.join("data/assistance.yaml"),
        "persons: 1865",
        "persons: 1870",
    );
    events.reload_until("the dataset edit", || {
        server.page("report/assistance/").contains(">1870人</a>")
    });
    edit(
        &site.join("themes/default/templates/base.html"),
        "</footer>",
        "<p>模板改动</p></footer>",
    );
    events.reload_until("the template edit", || {
        server
            .page("report/assistance/")
            .contains("<p>模板改动</p>")
    });
    assert_same_as_a_full_build(&site, &server);
}

/// Save-to-reload time on the repository's example site: the median over 20 edits of a Markdown page, of the time
/// from writing the file to receiving the reload event, and to having the reloaded page. Run with
/// `cargo test --release --test serve -- --ignored --nocapture save_to_reload`.
#[test]
#[ignore = "a measurement, not a check: run it by name"]
fn save_to_reload_latency_on_the_example_site() {
    let dir = tempfile::tempdir().expect("temp dir");
    for d in ["content", "data", "charts", "themes"] {
        copy_dir(&repo().join(d), &dir.path().join(d));
    }
    fs::copy(repo().join("site.yaml"), dir.path().join("site.yaml")).expect("site.yaml");
    let server = Server::start(dir.path());
    let mut events = server.events();
    let mut report = |label: &str,
                      file: &str,
                      from: &str,
                      to: &dyn Fn(usize) -> String,
                      page: &str,
                      shown: &dyn Fn(usize) -> String| {
        let path = dir.path().join(file);
        let original = fs::read_to_string(&path).expect("read");
        assert!(original.contains(from), "{file} lacks {from}");
        let (mut event, mut reloaded) = (Vec::new(), Vec::new());
        for i in 0..20 {
            let started = Instant::now();
            fs::write(&path, original.replacen(from, &to(i), 1)).expect("write");
            events.reload();
            event.push(started.elapsed());
            let body = server.page(page);
            reloaded.push(started.elapsed());
            assert!(body.contains(&shown(i)), "{page} shows edit {i}");
            thread::sleep(Duration::from_millis(60));
        }
        fs::write(&path, original).expect("restore");
        events.reload();
        event.sort();
        reloaded.sort();
        println!(
            "{label:9} save→event median {:>5.1} ms (min {:.1}, max {:.1}); save→reloaded page median {:>5.1} ms",
            event[10].as_secs_f64() * 1000.0,
            event[0].as_secs_f64() * 1000.0,
            event[19].as_secs_f64() * 1000.0,
            reloaded[10].as_secs_f64() * 1000.0
        );
    };
    report(
        "markdown",
        "content/report/assistance.md",
        "\n\n",
        &|i| format!("\n\n第{i}次编辑。\n\n"),
        "report/assistance/",
        &|i| format!("第{i}次编辑。"),
    );
    report(
        "dataset",
        "data/assistance-coverage.yaml",
        "3815",
        &|i| format!("{}", 3815 + i + 1),
        "report/assistance/",
        &|i| format!(">{}户</a>", 3815 + i + 1),
    );
    report(
        "template",
        "themes/default/templates/page.html",
        "{% block main %}",
        &|i| format!("{{% block main %}}<i hidden>edit {i}</i>"),
        "report/assistance/",
        &|i| format!("<i hidden>edit {i}</i>"),
    );
}

/// The same measurement on a large site, for `scripts/bench.sh`: `SUNLIGHT_BENCH_SITE=DIR cargo test --release
/// --test serve -- --ignored --nocapture save_to_reload_latency_on_a_synthetic_site`, with DIR a site written by
/// `examples/synth.rs`. It edits one page's body 20 times.
#[test]
#[ignore = "a measurement, not a check: run it by name with SUNLIGHT_BENCH_SITE set"]
fn save_to_reload_latency_on_a_synthetic_site() {
    let Some(site) = std::env::var_os("SUNLIGHT_BENCH_SITE").map(PathBuf::from) else {
        panic!("set SUNLIGHT_BENCH_SITE to a site written by examples/synth.rs");
    };
    let started = Instant::now();
    let server = Server::start(&site);
    println!(
        "first build and serve: {} ms",
        started.elapsed().as_millis()
    );
    let mut events = server.events();
    let path = site.join("content/elderly/p000001.md");
    let original = fs::read_to_string(&path).expect("read");
    let (mut event, mut reloaded) = (Vec::new(), Vec::new());
    for i in 0..20 {
        let started = Instant::now();
        fs::write(&path, format!("{original}\n\n第{i}次编辑。\n")).expect("write");
        events.reload();
        event.push(started.elapsed());
        let body = server.page("elderly/p000001/");
        reloaded.push(started.elapsed());
        assert!(body.contains(&format!("第{i}次编辑。")), "edit {i} shown");
        thread::sleep(Duration::from_millis(60));
    }
    fs::write(&path, original).expect("restore");
    event.sort();
    reloaded.sort();
    println!(
        "markdown  save→event median {:>5.1} ms (min {:.1}, max {:.1}); save→reloaded page median {:>5.1} ms",
        event[10].as_secs_f64() * 1000.0,
        event[0].as_secs_f64() * 1000.0,
        event[19].as_secs_f64() * 1000.0,
        reloaded[10].as_secs_f64() * 1000.0
    );
}

/// The privacy report of the last run, as the preview writes it beside the sources.
fn privacy_report(site: &Path) -> serde_json::Value {
    let text =
        fs::read_to_string(site.join(".sunlight/privacy-report.json")).expect("privacy report");
    serde_json::from_str(&text).expect("report is JSON")
}

#[test]
fn strict_serve_shows_warnings_as_errors_and_writes_the_privacy_report() {
    let site = fixture("basic");
    // The fixture's first page carries an editing marker: a warning for `serve`, an error for `serve --strict`.
    let mut server = Server::start_with(site.path(), &["--strict"]);
    let mut events = server.events();
    // Nothing built yet, so every address shows the errors; the site will be served under its base path.
    assert_eq!(server.base, "/");
    server.base = "/mzj/".into();
    let shown = server.get("/").body;
    assert!(shown.contains("sunlight-overlay"), "{shown}");
    assert!(
        shown.contains("content/news/first.md:6") && shown.contains("personal data found"),
        "{shown}"
    );
    assert_eq!(privacy_report(site.path())["detections"], 1);

    let first = site.path().join("content/news/first.md");
    edit(&first, "##paidbegin##", "");
    events.reload_until("the site", || {
        let r = server.get(&format!("{}news/first/", server.base));
        r.status == 200 && !r.body.contains("sunlight-overlay")
    });
    assert_eq!(privacy_report(site.path())["detections"], 0);

    // A page edited alone takes the same rule: a personal value in it fails the preview under --strict.
    let second = site.path().join("content/news/second.md");
    edit(&second, "第二篇正文", "第二篇正文，联系人电话13800138000");
    events.reload_until("the strict error", || {
        server.page("news/second/").contains("sunlight-overlay")
    });
    let shown = server.page("news/second/");
    assert!(shown.contains("content/news/second.md:7"), "{shown}");
    assert!(!shown.contains("13800138000"), "the value is never served");
    assert!(
        shown.contains("第二篇正文"),
        "the last good page stays underneath"
    );
    assert!(!server.log().contains("13800138000"), "nor printed");
    edit(&second, "，联系人电话13800138000", "");
    events.reload_until("no overlay", || {
        !server.page("news/second/").contains("sunlight-overlay")
    });
    assert_same_as_a_full_build(site.path(), &server);
}

#[test]
fn serve_speaks_the_language_asked_for() {
    let site = fixture("basic");
    let server = Server::start_with(site.path(), &["--lang", "zh"]);
    let mut events = server.events();
    let log = server.log_with("警告：发现并已替换个人信息");
    assert!(log.contains("警告：发现并已替换个人信息"), "{log}");
    let page = site.path().join("content/news/second.md");
    edit(&page, "title: 第二篇", "titel: 第二篇");
    events.reload_until("the overlay", || {
        server.page("news/second/").contains("sunlight-overlay")
    });
    let log = server.log_with("content/news/second.md:2:1: 错误：");
    assert!(log.contains("content/news/second.md:2:1: 错误："), "{log}");
    let shown = server.page("news/second/");
    let message = log
        .lines()
        .find_map(|l| l.strip_prefix("content/news/second.md:2:1: 错误："))
        .expect("the error line");
    assert!(
        shown.contains(message.split('`').next().unwrap_or(message)),
        "the overlay shows the message in Chinese: {shown}"
    );
}

#[test]
fn a_page_edited_alone_updates_every_list_that_shows_it() {
    let site = fixture("basic");
    let server = Server::start(site.path());
    let mut events = server.events();
    let page = site.path().join("content/news/second.md");
    assert!(server.page("news/").contains("第二篇"));

    edit(&page, "title: 第二篇", "title: 改过的标题");
    events.reload_until("the new title in the section", || {
        server.page("news/").contains("改过的标题")
    });
    assert!(server.page("news/second/").contains("改过的标题"));
    assert!(
        server.page("news/first/").contains("改过的标题"),
        "the neighbour link shows it"
    );
    assert!(server.page("sitemap/").contains("改过的标题"));
    assert_same_as_a_full_build(site.path(), &server);

    // A date that moves the page before its sibling reorders the section.
    edit(&page, "date: 2023-12-01", "date: 2022-01-01");
    edit(&page, "weight: 2", "weight: 0");
    events.reload_until("the new order", || {
        let list = server.page("news/");
        list.find("改过的标题") < list.find("第一篇")
    });
    assert_same_as_a_full_build(site.path(), &server);

    // A personal value typed into the body is redacted, reported by file and kind, and never served or printed.
    edit(&page, "第二篇正文", "第二篇正文，联系人电话13800138000");
    events.reload_until("the redacted page", || {
        server.page("news/second/").contains("〔已隐去〕")
    });
    assert!(!server.page("news/second/").contains("13800138000"));
    // The reload is announced before the warnings are printed.
    let warned = "content/news/second.md:7: warning: personal data found and replaced";
    let deadline = Instant::now() + PATIENCE;
    while !server.log().contains(warned) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(10));
    }
    assert!(server.log().contains(warned), "{}", server.log());
    assert!(!server.log().contains("13800138000"));
    let report = privacy_report(site.path());
    assert_eq!(
        report["files"]["content/news/second.md"]["detections"]["mobile"], 1,
        "{report}"
    );
    assert_same_as_a_full_build(site.path(), &server);
    let search = tree(&server.folder())
        .into_iter()
        .filter(|(k, _)| k.starts_with("search/index/"))
        .any(|(_, v)| String::from_utf8_lossy(&v).contains("13800138000"));
    assert!(!search, "nor indexed");

    edit(&page, "，联系人电话13800138000", "");
    events.reload_until("the clean page", || {
        !server.page("news/second/").contains("〔已隐去〕")
    });
    assert!(
        privacy_report(site.path())["files"]["content/news/second.md"].is_null(),
        "the report forgets what was removed"
    );
    assert_same_as_a_full_build(site.path(), &server);
}
