//! A small HTTP/1.1 server for the preview: one thread per connection, every response closes its connection, except
//! the event stream that tells open pages to reload. It binds 127.0.0.1 only and serves nothing outside the preview
//! folder. A preview needs no more, and a general web server would bring far more code than this.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::thread;
use std::time::Duration;

use super::inject::{self, EVENTS};
use crate::diagnostics::Diagnostic;

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
}

/// The state, with a build counter that open pages compare against to know when to reload.
pub struct Shared {
    state: RwLock<State>,
    generation: Mutex<u64>,
    bumped: Condvar,
}

impl Shared {
    pub fn new(dir: PathBuf) -> Shared {
        Shared {
            state: RwLock::new(State {
                dir,
                base_path: "/".into(),
                errors: Vec::new(),
                built: false,
            }),
            generation: Mutex::new(0),
            bumped: Condvar::new(),
        }
    }

    // A panic while holding a lock ends the whole process (the server has no way to recover a half-written folder
    // anyway), so a poisoned lock is simply taken over.
    pub fn write(&self) -> RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(|e| e.into_inner())
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

/// Accepts connections until the process ends.
pub fn run(listener: TcpListener, shared: Arc<Shared>) {
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let shared = Arc::clone(&shared);
            thread::spawn(move || {
                let _ = handle(stream, &shared);
            });
        }
    });
}

fn handle(mut stream: TcpStream, shared: &Shared) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let Some((method, target)) = read_request(&stream)? else {
        return Ok(());
    };
    let head = method == "HEAD";
    if method != "GET" && !head {
        return respond(
            &mut stream,
            Reply::text(405, "only GET and HEAD are served"),
            head,
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    if path == EVENTS {
        return events(stream, shared);
    }
    let reply = match percent_decode(path) {
        Some(path) => lookup(shared, &path),
        None => Reply::text(400, "the address is not valid UTF-8"),
    };
    respond(&mut stream, reply, head)
}

/// Reads the request line and skips the headers; `None` when the client closed without asking anything.
fn read_request(stream: &TcpStream) -> io::Result<Option<(String, String)>> {
    let mut reader = BufReader::new(stream.take(64 * 1024));
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("/").to_string();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
    }
    Ok(Some((method, target)))
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

    fn redirect(to: String) -> Reply {
        Reply {
            location: Some(to),
            ..Reply::text(302, "moved")
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
        return html(500, inject::error_page(generation, &state.errors));
    }
    let base = state.base_path.as_str();
    let Some(rel) = path.strip_prefix(base) else {
        if path == "/" || base.strip_suffix('/') == Some(path) {
            return Reply::redirect(base.to_string());
        }
        return not_found(&state, generation);
    };
    let Some(mut file) = inside(&state.dir, rel) else {
        return not_found(&state, generation);
    };
    if rel.is_empty() || rel.ends_with('/') {
        file.push("index.html");
    } else if file.is_dir() {
        return Reply::redirect(format!("{}/", crate::render::links::encode_path(path)));
    }
    match std::fs::read(&file) {
        Ok(bytes) => {
            let content_type = content_type(&file);
            if content_type.starts_with("text/html") {
                let text = String::from_utf8_lossy(&bytes);
                html(200, inject::inject(&text, generation, &state.errors))
            } else {
                Reply {
                    status: 200,
                    content_type,
                    body: bytes,
                    location: None,
                }
            }
        }
        Err(_) => not_found(&state, generation),
    }
}

fn not_found(state: &State, generation: u64) -> Reply {
    let text = std::fs::read_to_string(state.dir.join("404.html"))
        .unwrap_or_else(|_| "<!DOCTYPE html><title>404</title><body></body>".into());
    Reply {
        status: 404,
        content_type: "text/html; charset=utf-8",
        body: inject::inject(&text, generation, &state.errors).into_bytes(),
        location: None,
    }
}

/// The file for a site-relative path, refusing anything that would leave the folder.
fn inside(dir: &Path, rel: &str) -> Option<PathBuf> {
    let mut out = dir.to_path_buf();
    for part in rel.split('/').filter(|p| !p.is_empty()) {
        let mut c = Path::new(part).components();
        match (c.next(), c.next()) {
            (Some(Component::Normal(n)), None) if !part.contains('\\') => out.push(n),
            _ => return None,
        }
    }
    Some(out)
}

fn respond(stream: &mut TcpStream, reply: Reply, head: bool) -> io::Result<()> {
    let reason = match reply.status {
        200 => "OK",
        302 => "Found",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    };
    let mut out = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        reply.status,
        reply.content_type,
        reply.body.len()
    );
    if let Some(l) = &reply.location {
        out.push_str(&format!("Location: {l}\r\n"));
    }
    out.push_str("\r\n");
    stream.write_all(out.as_bytes())?;
    if !head {
        stream.write_all(&reply.body)?;
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
        let dir = Path::new("/srv/preview");
        assert_eq!(
            inside(dir, "news/first/"),
            Some(PathBuf::from("/srv/preview/news/first"))
        );
        assert_eq!(inside(dir, "../etc/passwd"), None);
        assert_eq!(inside(dir, "a/../../x"), None);
        assert_eq!(inside(dir, "./x"), None);
        assert_eq!(inside(dir, "a\\..\\x"), None);
        assert_eq!(
            inside(dir, "//etc"),
            Some(PathBuf::from("/srv/preview/etc"))
        );
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
