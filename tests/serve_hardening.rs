//! `sunlight serve` as an attacker meets it: requests for another host name (DNS rebinding), floods of idle and slow
//! connections, paths that try to leave the preview folder, symbolic links in it, and every way of stopping it.
//! The real binary runs on a fixture copy on a free port; every wait is bounded.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::fixture;

const PATIENCE: Duration = Duration::from_secs(20);

/// A running `sunlight serve`, killed when dropped.
struct Serve {
    child: Child,
    log: Arc<Mutex<String>>,
    port: u16,
    /// The base path, e.g. `/mzj/`.
    base: String,
}

impl Serve {
    /// Starts serve and waits until it is serving (`ready`) or only until it has named its preview folder.
    fn start(site: &Path, ready: bool) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sunlight"))
            .args(["serve", "--port", "0"])
            .current_dir(site)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start sunlight serve");
        let log = Arc::new(Mutex::new(String::new()));
        for pipe in [
            Box::new(child.stderr.take().expect("stderr")) as Box<dyn Read + Send>,
            Box::new(child.stdout.take().expect("stdout")),
        ] {
            let sink = Arc::clone(&log);
            thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    let mut l = sink.lock().expect("log");
                    l.push_str(&line);
                    l.push('\n');
                }
            });
        }
        let mut s = Serve {
            child,
            log,
            port: 0,
            base: String::new(),
        };
        let wanted = if ready {
            "Serving "
        } else {
            "building into the preview folder"
        };
        let deadline = Instant::now() + PATIENCE;
        while !s.log().contains(wanted) {
            assert!(
                Instant::now() < deadline,
                "serve never said {wanted:?}: {}",
                s.log()
            );
            thread::sleep(Duration::from_millis(10));
        }
        if ready {
            let log = s.log();
            let url = log
                .split_whitespace()
                .find(|w| w.starts_with("http://127.0.0.1:"))
                .expect("address")
                .to_string();
            let after = &url["http://127.0.0.1:".len()..];
            let slash = after.find('/').expect("path after the port");
            s.port = after[..slash].parse().expect("port");
            s.base = after[slash..].to_string();
        }
        s
    }

    fn log(&self) -> String {
        self.log.lock().expect("log").clone()
    }

    fn folder(&self) -> PathBuf {
        let log = self.log();
        let line = log
            .lines()
            .find(|l| l.contains("building into the preview folder "))
            .expect("folder line");
        PathBuf::from(line.rsplit(' ').next().expect("folder"))
    }

    /// Sends `signal` with `kill` and waits for the exit; `None` if it did not end within `wait`.
    fn signal(&mut self, signal: &str, wait: Duration) -> Option<std::process::ExitStatus> {
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success());
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            thread::sleep(Duration::from_millis(10));
        }
        None
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.signal("INT", PATIENCE);
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Sends `head` as it is and reads the whole response: (status, body).
fn raw(port: u16, head: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(PATIENCE)).expect("timeout");
    s.write_all(head.as_bytes()).expect("send");
    let mut bytes = Vec::new();
    let _ = s.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {text:?}"));
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn get(port: u16, path: &str, host: &str) -> (u16, String) {
    raw(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    )
}

#[test]
fn only_requests_for_the_loopback_names_are_answered() {
    let site = fixture("basic");
    let s = Serve::start(site.path(), true);
    let p = s.port;
    for good in [
        format!("127.0.0.1:{p}"),
        format!("localhost:{p}"),
        format!("LocalHost:{p}"),
        format!("[::1]:{p}"),
    ] {
        let (status, body) = get(p, &s.base, &good);
        assert_eq!(status, 200, "Host: {good}");
        assert!(body.contains("</html>"));
    }
    for bad in [
        format!("evil.example:{p}"),
        "evil.example".to_string(),
        "127.0.0.1".to_string(),
        format!("127.0.0.1:{}", p.wrapping_add(1)),
        format!("127.0.0.1.evil.example:{p}"),
        String::new(),
    ] {
        for path in [s.base.as_str(), "/__sunlight/events"] {
            let (status, body) = get(p, path, &bad);
            assert_eq!(status, 421, "Host: {bad:?} for {path}");
            assert!(
                body.len() < 200 && !body.contains('<'),
                "a short plain body: {body}"
            );
        }
    }
    let (status, _) = raw(p, &format!("GET {} HTTP/1.1\r\n\r\n", s.base));
    assert_eq!(status, 421, "no Host at all");
    let (status, _) = raw(p, &format!("GET {} HTTP/1.0\r\n\r\n", s.base));
    assert_eq!(status, 421, "HTTP/1.0 without Host");
    let two = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nHost: evil.example:{p}\r\n\r\n",
        s.base,
        s.host()
    );
    assert_eq!(raw(p, &two).0, 400, "two Host headers");
    let absolute = format!(
        "GET http://evil.example{} HTTP/1.1\r\nHost: {}\r\n\r\n",
        s.base,
        s.host()
    );
    assert_eq!(raw(p, &absolute).0, 400, "a full address as the target");
}

#[test]
fn idle_and_slow_connections_do_not_stop_a_normal_request() {
    let site = fixture("basic");
    let s = Serve::start(site.path(), true);
    // More silent connections than the server keeps waiting, and slow ones that never finish their head.
    let mut idle: Vec<TcpStream> = (0..300)
        .map(|_| TcpStream::connect(("127.0.0.1", s.port)).expect("connect"))
        .collect();
    for _ in 0..40 {
        let mut c = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
        c.write_all(format!("GET {} HTTP/1.1\r\nHost: {}\r\n", s.base, s.host()).as_bytes())
            .expect("send part of a head");
        idle.push(c);
    }
    let started = Instant::now();
    let (status, body) = get(s.port, &s.base, &s.host());
    assert_eq!(status, 200);
    assert!(body.contains("</html>"));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "answered in {:?}",
        started.elapsed()
    );
    // Many requests at once are all answered.
    let port = s.port;
    let (base, host) = (s.base.clone(), s.host());
    let many: Vec<_> = (0..40)
        .map(|_| {
            let (base, host) = (base.clone(), host.clone());
            thread::spawn(move || get(port, &base, &host).0)
        })
        .collect();
    for t in many {
        assert_eq!(t.join().expect("request thread"), 200);
    }
    drop(idle);
}

#[test]
fn a_client_that_never_sends_its_request_is_dropped() {
    let site = fixture("basic");
    let s = Serve::start(site.path(), true);
    let mut c = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    c.set_read_timeout(Some(PATIENCE)).expect("timeout");
    c.write_all(b"GET / HTTP/1.1\r\n").expect("send");
    let started = Instant::now();
    let mut rest = Vec::new();
    let _ = c.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(
        waited < Duration::from_secs(15),
        "the connection was held for {waited:?}"
    );
    assert!(String::from_utf8_lossy(&rest).starts_with("HTTP/1.1 408"));
}

#[test]
fn an_oversized_request_head_is_refused() {
    let site = fixture("basic");
    let s = Serve::start(site.path(), true);
    let filler = "a".repeat(20 * 1024);
    let head = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nX-Filler: {filler}\r\n\r\n",
        s.base,
        s.host()
    );
    let mut c = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    c.set_read_timeout(Some(PATIENCE)).expect("timeout");
    // The server may close before all of it is sent; what matters is the answer and that it is not a page.
    let _ = c.write_all(head.as_bytes());
    let mut bytes = Vec::new();
    let _ = c.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.is_empty() || text.starts_with("HTTP/1.1 431"),
        "got {text:?}"
    );
    assert_eq!(get(s.port, &s.base, &s.host()).0, 200, "still serving");
}

#[test]
fn paths_that_leave_the_preview_folder_are_never_served() {
    let site = fixture("basic");
    let s = Serve::start(site.path(), true);
    let folder = s.folder();
    let outside = folder.parent().expect("parent").join(format!(
        "sunlight-hardening-secret-{}.txt",
        std::process::id()
    ));
    fs::write(&outside, "SECRET-OUTSIDE-THE-PREVIEW").expect("write secret");
    let name = outside
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let b = &s.base;
    let attempts = [
        format!("{b}../{name}"),
        format!("{b}../../../../etc/passwd"),
        "/../../etc/passwd".to_string(),
        format!("{b}%2e%2e/{name}"),
        format!("{b}%2E%2E%2F{name}"),
        format!("{b}..%2f..%2f..%2fetc%2fpasswd"),
        format!("{b}..%5c{name}"),
        format!("{b}..\\{name}"),
        format!("{b}%2e%2e%5c%2e%2e%5cetc%5cpasswd"),
        format!("{b}index.html%00.png"),
        format!("{b}%00"),
        format!("{b}%0d%0aSet-Cookie:%20x=1"),
        format!("{b}./index.html/../../{name}"),
        format!("{b}%c0%ae%c0%ae/{name}"),
        format!("{b}%252e%252e/{name}"),
        "//etc/passwd".to_string(),
    ];
    for path in &attempts {
        let (status, body) = get(s.port, path, &s.host());
        assert!(
            status == 400 || status == 404 || status == 302,
            "{path}: status {status}"
        );
        assert!(!body.contains("SECRET-OUTSIDE"), "{path} served the file");
        assert!(!body.contains("root:"), "{path} served /etc/passwd");
    }
    let _ = fs::remove_file(&outside);
}

#[cfg(unix)]
#[test]
fn symbolic_links_in_the_preview_folder_are_not_followed() {
    use std::os::unix::fs::symlink;
    let site = fixture("basic");
    let s = Serve::start(site.path(), true);
    let folder = s.folder();
    let secret_dir = tempfile::tempdir().expect("temp dir");
    fs::write(secret_dir.path().join("secret.txt"), "SECRET-BEHIND-A-LINK").expect("write");
    symlink(
        secret_dir.path().join("secret.txt"),
        folder.join("linked.txt"),
    )
    .expect("link a file");
    symlink(secret_dir.path(), folder.join("linked-dir")).expect("link a folder");
    for path in [
        "linked.txt",
        "linked-dir/secret.txt",
        "linked-dir/",
        "linked-dir",
    ] {
        let (status, body) = get(s.port, &format!("{}{path}", s.base), &s.host());
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("SECRET-BEHIND"), "{path} followed the link");
    }
}

#[cfg(unix)]
#[test]
fn the_preview_folder_is_private_and_removed_by_each_stop_signal() {
    use std::os::unix::fs::PermissionsExt;
    for signal in ["TERM", "INT", "HUP"] {
        let site = fixture("basic");
        let mut s = Serve::start(site.path(), true);
        let folder = s.folder();
        let mode = fs::metadata(&folder).expect("folder").permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "mode of {}", folder.display());
        assert!(folder.join("index.html").is_file());
        let status = s.signal(signal, PATIENCE).expect("serve ended");
        assert!(status.success(), "SIG{signal}: {status:?}\n{}", s.log());
        assert!(!folder.exists(), "SIG{signal} left {}", folder.display());
        assert!(s.log().contains("the preview folder was removed"));
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_ends_serve_during_a_build_that_does_not_end() {
    let site = fixture("basic");
    // A loop of ten billion empty steps: without a limit on template work it runs for hours.
    let page = site.path().join("themes/default/templates/page.html");
    let text = fs::read_to_string(&page).expect("read template");
    fs::write(
        &page,
        format!(
            "{{% for i in range(100000) %}}{{% for j in range(100000) %}}{{% endfor %}}{{% endfor %}}{text}"
        ),
    )
    .expect("write template");
    let mut s = Serve::start(site.path(), false);
    let folder = s.folder();
    thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let status = s
        .signal("INT", Duration::from_secs(10))
        .unwrap_or_else(|| panic!("Ctrl-C did not end serve: {}", s.log()));
    assert!(status.success(), "{status:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(!folder.exists(), "the preview folder is removed");
}

#[cfg(unix)]
#[test]
fn the_preview_answers_while_a_runaway_rebuild_spins_and_ctrl_c_ends_it() {
    let site = fixture("basic");
    let mut s = Serve::start(site.path(), true);
    let folder = s.folder();
    let page = site.path().join("themes/default/templates/page.html");
    let text = fs::read_to_string(&page).expect("read template");
    fs::write(
        &page,
        format!(
            "{{% for i in range(100000) %}}{{% for j in range(100000) %}}{{% endfor %}}{{% endfor %}}{text}"
        ),
    )
    .expect("write template");
    // Give the watcher time to start the rebuild, then check the last good site is still served promptly.
    thread::sleep(Duration::from_millis(800));
    for _ in 0..5 {
        let started = Instant::now();
        let (status, body) = get(s.port, &format!("{}news/first/", s.base), &s.host());
        assert_eq!(status, 200);
        assert!(body.contains("</html>"));
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );
    }
    assert_eq!(
        s.log().matches("sunlight: wrote").count(),
        1,
        "the runaway rebuild wrote nothing: {}",
        s.log()
    );
    let status = s
        .signal("INT", Duration::from_secs(10))
        .unwrap_or_else(|| panic!("Ctrl-C did not end serve: {}", s.log()));
    assert!(status.success(), "{status:?}");
    assert!(!folder.exists(), "the preview folder is removed");
}
