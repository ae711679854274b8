//! A small HTTP/1.1 server for the preview: every response closes its connection, except the event stream that
//! tells open pages to reload. It binds 127.0.0.1 only, answers only requests whose `Host` names it (no DNS
//! rebinding), and serves nothing outside the preview folder, following no symbolic link. How connections arrive,
//! and the limits on them, is [`super::accept`]. A preview needs no more, and a general web server would bring far
//! more code than this.

use std::io::{self, Write};
use std::net::TcpStream;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard, TryLockError};
use std::thread;
use std::time::{Duration, Instant};

use super::inject::{self, EVENTS, SCRIPT, STYLE};
use crate::diagnostics::Diagnostic;
use crate::messages::{Arg, Lang, Message, msg};

/// What the server shows. The engine holds the write lock while it changes the folder, and every response is read
/// under the read lock, so no response mixes two builds.
pub struct State {
    pub dir: PathBuf,
    /// The path of `base_url`; the site is served under it, as it will be once published.
    pub base_path: String,
    /// Errors of the last build; empty when it succeeded.
    pub errors: Vec<Diagnostic>,
    /// Whether any build has succeeded: until then there is no site to show under the errors.
    pub built: bool,
    /// The language the overlay speaks.
    pub lang: Lang,
}

/// The state, with a build counter that open pages compare against to know when to reload.
pub struct Shared {
    state: RwLock<State>,
    generation: Mutex<u64>,
    bumped: Condvar,
    /// The language of the preview's own replies, read without the lock a rebuild holds.
    lang: Lang,
}

impl Shared {
    pub fn new(dir: PathBuf, lang: Lang) -> Shared {
        Shared {
            state: RwLock::new(State {
                dir,
                base_path: "/".into(),
                errors: Vec::new(),
                built: false,
                lang,
            }),
            generation: Mutex::new(0),
            bumped: Condvar::new(),
            lang,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    // A panic while holding a lock ends the whole process (the server has no way to recover a half-written folder
    // anyway), so a poisoned lock is simply taken over.
    pub fn write(&self) -> RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(|e| e.into_inner())
    }

    /// The write lock for a stop: waits at most `wait` for a rebuild that is writing the folder to finish, so the
    /// folder is not removed under it; `None` when it did not (the process ends anyway).
    pub fn write_before_exit(&self, wait: Duration) -> Option<RwLockWriteGuard<'_, State>> {
        let deadline = Instant::now() + wait;
        loop {
            match self.state.try_write() {
                Ok(g) => return Some(g),
                Err(TryLockError::Poisoned(e)) => return Some(e.into_inner()),
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    thread::sleep(Duration::from_millis(5));
                }
                Err(TryLockError::WouldBlock) => return None,
            }
        }
    }

    fn read(&self) -> RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a build has succeeded since the start.
    pub fn built(&self) -> bool {
        self.read().built
    }

    pub fn generation(&self) -> u64 {
        *self.generation.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells every open page to reload.
    pub fn bump(&self) {
        let mut g = self.generation.lock().unwrap_or_else(|e| e.into_inner());
        *g += 1;
        self.bumped.notify_all();
    }

    /// Waits until the generation differs from `seen`, or the timeout passes; returns the generation then.
    fn wait(&self, seen: u64, timeout: Duration) -> u64 {
        let g = self.generation.lock().unwrap_or_else(|e| e.into_inner());
        let (g, _) = self
            .bumped
            .wait_timeout_while(g, timeout, |g| *g == seen)
            .unwrap_or_else(|e| e.into_inner());
        *g
    }
}

/// What every worker needs: the state, the port that `Host` must name, and the count of open event streams.
pub struct Server {
    pub shared: Arc<Shared>,
    pub port: u16,
    streams: AtomicUsize,
}

impl Server {
    pub fn new(shared: Arc<Shared>, port: u16) -> Server {
        Server {
            shared,
            port,
            streams: AtomicUsize::new(0),
        }
    }
}

/// Event streams open at once (each open page holds one, each on a thread of its own); past that a page gets 503
/// and no live reload.
pub const MAX_STREAMS: usize = 32;

/// How long one response may take to send, so a client that stops reading cannot hold a worker.
const SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// The parts of a request head that the preview uses.
#[derive(Debug, PartialEq)]
struct Request {
    method: String,
    target: String,
    host: Option<String>,
}

/// Answers one request whose head has been read; the connection closes after it, except an event stream.
pub fn handle(mut stream: TcpStream, head: &[u8], server: &Arc<Server>) -> io::Result<()> {
    stream.set_write_timeout(Some(Duration::from_secs(10)))?;
    let request = match parse_head(head) {
        Ok(r) => r,
        Err(problem) => {
            let text = problem.text(server.shared.lang());
            return send(&mut stream, &Reply::text(400, &text), false);
        }
    };
    let head_only = request.method == "HEAD";
    if !request
        .host
        .as_deref()
        .is_some_and(|h| allowed_host(h, server.port))
    {
        // The check that stops DNS rebinding: a page on another site whose name now points at 127.0.0.1 sends its own
        // name here, and must not read the unpublished preview.
        let message = msg!(
            "serve-wrong-host",
            port = Arg::Figure(server.port.to_string())
        );
        let text = message.text(server.shared.lang());
        return send(&mut stream, &Reply::text(421, &text), head_only);
    }
    if request.method != "GET" && !head_only {
        let text = msg!("serve-wrong-method").text(server.shared.lang());
        return send(&mut stream, &Reply::text(405, &text), head_only);
    }
    let path = request.target.split(['?', '#']).next().unwrap_or("");
    if path == EVENTS {
        return open_stream(stream, server);
    }
    let own = |content_type, text: &str| Reply {
        status: 200,
        content_type,
        body: text.as_bytes().to_vec(),
        location: None,
    };
    if path == SCRIPT {
        let reply = own("text/javascript; charset=utf-8", inject::RELOAD_JS);
        return send(&mut stream, &reply, head_only);
    }
    if path == STYLE {
        let reply = own("text/css; charset=utf-8", inject::OVERLAY_CSS);
        return send(&mut stream, &reply, head_only);
    }
    let lang = server.shared.lang();
    let reply = match percent_decode(path) {
        Some(path) if path.chars().any(char::is_control) => {
            Reply::text(400, &msg!("serve-bad-address-control").text(lang))
        }
        Some(path) => lookup(&server.shared, &path),
        None => Reply::text(400, &msg!("serve-bad-address-utf8").text(lang)),
    };
    send(&mut stream, &reply, head_only)
}

/// The request line and the `Host` header. Only paths are accepted as targets (`GET /x`), not full addresses, so
/// the name a request is for is always its `Host`; two `Host` headers are an error.
fn parse_head(head: &[u8]) -> Result<Request, Message> {
    let text = std::str::from_utf8(head).map_err(|_| msg!("serve-bad-head-utf8"))?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let line = lines.next().unwrap_or("");
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(msg!("serve-bad-request-line"));
    };
    if !version.starts_with("HTTP/1.") || method.is_empty() {
        return Err(msg!("serve-bad-version"));
    }
    if !target.starts_with('/') {
        return Err(msg!("serve-bad-target"));
    }
    let mut host = None;
    for header in lines.take_while(|l| !l.is_empty()) {
        let Some((name, value)) = header.split_once(':') else {
            return Err(msg!("serve-bad-header"));
        };
        if name.eq_ignore_ascii_case("host") {
            if host.is_some() {
                return Err(msg!("serve-two-hosts"));
            }
            host = Some(value.trim().to_string());
        }
    }
    Ok(Request {
        method: method.to_string(),
        target: target.to_string(),
        host,
    })
}

/// Whether `host` names this server: the loopback address or `localhost`, with its port.
fn allowed_host(host: &str, port: u16) -> bool {
    let host = host.to_ascii_lowercase();
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|name| host == format!("{name}:{port}"))
}

/// An event stream gets a thread of its own (it lasts as long as the page is open), within [`MAX_STREAMS`].
fn open_stream(mut stream: TcpStream, server: &Arc<Server>) -> io::Result<()> {
    let taken = server
        .streams
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
            (n < MAX_STREAMS).then_some(n + 1)
        });
    if taken.is_err() {
        let text = msg!("serve-too-many-pages").text(server.shared.lang());
        return send(&mut stream, &Reply::text(503, &text), false);
    }
    let server = Arc::clone(server);
    thread::spawn(move || {
        let _ = events(stream, &server.shared);
        server.streams.fetch_sub(1, Ordering::SeqCst);
    });
    Ok(())
}

/// A whole response with a short plain-text body in the preview's language, for the intake to send before it drops
/// a connection.
pub fn plain(status: u16, body: Message, lang: Lang) -> Vec<u8> {
    let reply = Reply::text(status, &body.text(lang));
    let mut out = head_of(&reply).into_bytes();
    out.extend_from_slice(&reply.body);
    out
}

struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    location: Option<String>,
}

impl Reply {
    fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: format!("{body}\n").into_bytes(),
            location: None,
        }
    }

    fn redirect(to: String, lang: Lang) -> Reply {
        Reply {
            location: Some(to),
            ..Reply::text(302, &msg!("serve-moved").text(lang))
        }
    }
}

fn lookup(shared: &Shared, path: &str) -> Reply {
    let state = shared.read();
    let generation = shared.generation();
    let html = |status: u16, text: String| Reply {
        status,
        content_type: "text/html; charset=utf-8",
        body: text.into_bytes(),
        location: None,
    };
    if !state.built {
        return html(
            500,
            inject::error_page(generation, &state.errors, state.lang),
        );
    }
    let base = state.base_path.as_str();
    let Some(rel) = path.strip_prefix(base) else {
        if path == "/" || base.strip_suffix('/') == Some(path) {
            return Reply::redirect(base.to_string(), state.lang);
        }
        return not_found(&state, generation);
    };
    let Some(mut file) = inside(&state.dir, rel) else {
        return not_found(&state, generation);
    };
    match kind(&file) {
        Kind::Dir if rel.is_empty() || rel.ends_with('/') => file.push("index.html"),
        Kind::Dir => {
            let to = format!("{}/", crate::html::url::encode_path(path));
            return Reply::redirect(to, state.lang);
        }
        Kind::File if !rel.ends_with('/') => {}
        _ => return not_found(&state, generation),
    }
    match read_file(&file) {
        Some(bytes) => {
            let content_type = content_type(&file);
            if content_type.starts_with("text/html") {
                let text = String::from_utf8_lossy(&bytes);
                html(
                    200,
                    inject::inject(&text, generation, &state.errors, state.lang),
                )
            } else {
                Reply {
                    status: 200,
                    content_type,
                    body: bytes,
                    location: None,
                }
            }
        }
        None => not_found(&state, generation),
    }
}

fn not_found(state: &State, generation: u64) -> Reply {
    let text = read_file(&state.dir.join("404.html"))
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_else(|| "<!DOCTYPE html><title>404</title><body></body>".into());
    Reply {
        status: 404,
        content_type: "text/html; charset=utf-8",
        body: inject::inject(&text, generation, &state.errors, state.lang).into_bytes(),
        location: None,
    }
}

/// The file for a site-relative path, refusing anything that would leave the folder: `..`, `.`, backslashes, and
/// any folder on the way that is a symbolic link.
fn inside(dir: &Path, rel: &str) -> Option<PathBuf> {
    let mut out = dir.to_path_buf();
    for part in rel.split('/').filter(|p| !p.is_empty()) {
        let mut c = Path::new(part).components();
        match (c.next(), c.next()) {
            (Some(Component::Normal(n)), None) if !part.contains('\\') => {
                if kind(&out) != Kind::Dir {
                    return None;
                }
                out.push(n);
            }
            _ => return None,
        }
    }
    Some(out)
}

#[derive(Debug, PartialEq)]
enum Kind {
    File,
    Dir,
    /// Missing, a symbolic link (never followed), or anything else.
    Other,
}

fn kind(path: &Path) -> Kind {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_file() => Kind::File,
        Ok(m) if m.file_type().is_dir() => Kind::Dir,
        _ => Kind::Other,
    }
}

/// A regular file's bytes; `None` for a symbolic link or anything that cannot be read.
fn read_file(path: &Path) -> Option<Vec<u8>> {
    (kind(path) == Kind::File)
        .then(|| std::fs::read(path).ok())
        .flatten()
}

fn head_of(reply: &Reply) -> String {
    let reason = match reply.status {
        200 => "OK",
        302 => "Found",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    };
    let mut out = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        reply.status,
        reply.content_type,
        reply.body.len()
    );
    if let Some(l) = &reply.location {
        out.push_str(&format!("Location: {l}\r\n"));
    }
    out.push_str("\r\n");
    out
}

/// Sends a reply within [`SEND_TIMEOUT`] in all.
fn send(stream: &mut TcpStream, reply: &Reply, head_only: bool) -> io::Result<()> {
    let started = Instant::now();
    stream.write_all(head_of(reply).as_bytes())?;
    if !head_only {
        for chunk in reply.body.chunks(64 * 1024) {
            if started.elapsed() > SEND_TIMEOUT {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the client reads too slowly",
                ));
            }
            stream.write_all(chunk)?;
        }
    }
    stream.flush()
}

/// Server-sent events: the current build number at once, then each new one. A comment every 15 s finds clients
/// that went away, so their threads end.
fn events(mut stream: TcpStream, shared: &Shared) -> io::Result<()> {
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 300\n\n",
    )?;
    let mut seen = shared.generation();
    stream.write_all(format!("data: {seen}\n\n").as_bytes())?;
    stream.flush()?;
    loop {
        let now = shared.wait(seen, Duration::from_secs(15));
        if now == seen {
            stream.write_all(b": still here\n\n")?;
        } else {
            seen = now;
            stream.write_all(format!("data: {seen}\n\n").as_bytes())?;
        }
        stream.flush()?;
    }
}

fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "csv" => "text/csv; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "webmanifest" => "application/manifest+json",
        "zip" => "application/zip",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    }
}

/// Decodes `%XX` escapes; `None` if the result is not UTF-8 or an escape is malformed.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_folder() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path();
        std::fs::create_dir_all(dir.join("news/first")).expect("folders");
        assert_eq!(
            inside(dir, "news/first/"),
            Some(dir.join("news").join("first"))
        );
        assert_eq!(inside(dir, "../etc/passwd"), None);
        assert_eq!(inside(dir, "a/../../x"), None);
        assert_eq!(inside(dir, "./x"), None);
        assert_eq!(inside(dir, "news\\..\\x"), None);
        assert_eq!(inside(dir, "//news"), Some(dir.join("news")));
        // A name below something that is not a folder.
        assert_eq!(inside(dir, "missing/x"), None);
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_are_not_followed() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path();
        std::fs::create_dir(dir.join("real")).expect("folder");
        std::fs::write(dir.join("real/a.txt"), "a").expect("file");
        std::os::unix::fs::symlink(dir.join("real"), dir.join("link")).expect("link");
        std::os::unix::fs::symlink(dir.join("real/a.txt"), dir.join("b.txt")).expect("link");
        assert_eq!(inside(dir, "link/a.txt"), None);
        assert_eq!(read_file(&dir.join("b.txt")), None);
        assert_eq!(read_file(&dir.join("real/a.txt")), Some(b"a".to_vec()));
    }

    #[test]
    fn the_head_gives_method_target_and_one_host() {
        let r = parse_head(b"GET /a?b HTTP/1.1\r\nhOST:  localhost:8000 \r\nX: y\r\n\r\n");
        assert_eq!(
            r,
            Ok(Request {
                method: "GET".into(),
                target: "/a?b".into(),
                host: Some("localhost:8000".into()),
            })
        );
        assert!(parse_head(b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n").is_err());
        assert!(parse_head(b"GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n").is_err());
        assert!(parse_head(b"GET /\r\n\r\n").is_err());
        assert!(parse_head(b"\xff / HTTP/1.1\r\n\r\n").is_err());
        assert_eq!(
            parse_head(b"GET / HTTP/1.0\r\n\r\n").map(|r| r.host),
            Ok(None)
        );
    }

    #[test]
    fn a_stop_waits_for_a_rebuild_that_is_writing_but_not_forever() {
        let shared = Arc::new(Shared::new(PathBuf::from("/nonexistent"), Lang::En));
        assert!(shared.write_before_exit(Duration::ZERO).is_some());
        let writing = shared.write();
        let other = Arc::clone(&shared);
        let started = Instant::now();
        let held =
            thread::spawn(move || other.write_before_exit(Duration::from_millis(50)).is_some());
        assert!(
            !held.join().unwrap_or(true),
            "gave up while the rebuild held the lock"
        );
        assert!(started.elapsed() >= Duration::from_millis(50));
        drop(writing);
        assert!(
            shared
                .write_before_exit(Duration::from_millis(50))
                .is_some()
        );
    }

    #[test]
    fn only_loopback_names_with_the_port_are_allowed() {
        assert!(allowed_host("127.0.0.1:8000", 8000));
        assert!(allowed_host("LOCALHOST:8000", 8000));
        assert!(allowed_host("[::1]:8000", 8000));
        assert!(!allowed_host("127.0.0.1", 8000));
        assert!(!allowed_host("127.0.0.1:8001", 8000));
        assert!(!allowed_host("evil.example:8000", 8000));
        assert!(!allowed_host("localhost.evil.example:8000", 8000));
        assert!(!allowed_host("", 8000));
    }

    #[test]
    fn percent_escapes_decode_to_utf8() {
        assert_eq!(
            percent_decode("/%E6%B0%91%E6%94%BF/").as_deref(),
            Some("/民政/")
        );
        assert_eq!(percent_decode("/%zz"), None);
        assert_eq!(percent_decode("/%ff"), None);
    }
}
