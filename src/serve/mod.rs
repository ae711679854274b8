//! `sunlight serve`: a live preview on 127.0.0.1. The site is built into a temporary folder (never `public/`, which
//! only `build` replaces, after its checks), served under the path of its `base_url` as it will be once published,
//! and rebuilt on every save by the build session it keeps ([`crate::session`]): only what the change touched is
//! read, checked and rendered again, and open pages reload through server-sent events. A change that does not build
//! leaves the last good site in place under an overlay naming each error. `--strict` and `--lang` mean what they
//! mean for `build`, and each rebuild writes the privacy report.

mod accept;
mod http;
pub mod inject;

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{EventKind, MetadataKind, ModifyKind};
use notify::{RecursiveMode, Watcher};

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::messages::{Arg, Lang, Message, io_reason};
use crate::session::{Outcome, Session};
use http::{Server, Shared};

/// Tried first; when it is taken the next few are tried, then any free port.
pub const DEFAULT_PORT: u16 = 8000;

/// The folders a site is made from; `site.yaml` is watched through the root.
const SOURCES: [&str; 5] = ["content", "data", "charts", "themes", "static"];

/// How long the site folder must be quiet before a rebuild. One save is often several events (a temporary file
/// written, renamed over the original, its metadata set); they come within a few milliseconds, so waiting for a
/// quiet spell over all paths, not per path, makes one save one rebuild. It is short, as it adds to every reload.
const QUIET: Duration = Duration::from_millis(10);

/// A stream of events that never pauses (a tool rewriting files in a loop) still gets a rebuild this often.
const LONGEST_WAIT: Duration = Duration::from_millis(500);

/// How long a stop waits for a rebuild that is writing the preview folder before it removes the folder anyway.
const STOP_WAIT: Duration = Duration::from_secs(5);

enum Msg {
    Changed(Vec<PathBuf>),
    WatchFailed,
}

/// How a preview runs, as given on the command line.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Port to listen on (0: any free one); `None` tries [`DEFAULT_PORT`] and the next few first.
    pub port: Option<u16>,
    /// Warnings and privacy detections are errors, shown in the overlay, as `build --strict` fails on them.
    pub strict: bool,
    /// The language of messages on the console and in the overlay.
    pub lang: Lang,
}

/// Runs until Ctrl-C, SIGTERM or SIGHUP. An `Err` is a message for the console: the preview could not start.
pub fn serve(root: &Path, settings: Settings) -> Result<(), Message> {
    let Settings { port, strict, lang } = settings;
    let root = root.canonicalize().map_err(|e| {
        msg!(
            "serve-no-folder",
            folder = root.display().to_string(),
            reason = io_reason(&e)
        )
    })?;
    if !root.join("site.yaml").is_file() {
        return Err(msg!(
            "serve-no-site-yaml",
            folder = root.display().to_string()
        ));
    }
    let listener = bind(port)?;
    let port = listener
        .local_addr()
        .map_err(|e| msg!("serve-no-address", reason = io_reason(&e)))?
        .port();
    let folder = preview_folder()?;
    let dir = folder.path().to_path_buf();
    let shared = Arc::new(Shared::new(dir.clone(), lang));

    // The stop happens in the handler's own thread, not in the loop below, which may be inside a rebuild that does
    // not end (a runaway template): Ctrl-C must end the preview whatever it is doing.
    let doomed = Arc::clone(&shared);
    let gone = dir.clone();
    ctrlc::set_handler(move || stop(&doomed, &gone, lang)).map_err(|_| msg!("serve-no-ctrlc"))?;
    let (events, rx) = mpsc::channel::<Msg>();
    let mut watcher = notify::recommended_watcher(move |r: notify::Result<notify::Event>| {
        let msg = match r {
            // Reading a file is no change (and the rebuild itself reads files).
            Ok(e)
                if matches!(
                    e.kind,
                    EventKind::Access(_)
                        | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
                ) =>
            {
                return;
            }
            Ok(e) => Msg::Changed(e.paths),
            Err(_) => Msg::WatchFailed,
        };
        let _ = events.send(msg);
    })
    .map_err(|_| msg!("serve-no-watch", folder = root.display().to_string()))?;
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|_| msg!("serve-no-watch", folder = root.display().to_string()))?;
    let mut watched = BTreeSet::new();
    rewatch(&mut watcher, &root, &mut watched, &[], lang);

    let mut session = Session::for_preview(
        root.clone(),
        strict,
        format!("http://127.0.0.1:{port}"),
        dir.clone(),
    );
    let console = Console { root: &root, lang };
    console.line(msg!("serve-building", folder = dir.display().to_string()));
    rebuild(&mut session, &shared, Vec::new(), port, &console);
    accept::run(listener, Arc::new(Server::new(Arc::clone(&shared), port)))
        .map_err(|e| msg!("serve-no-server", reason = io_reason(&e)))?;
    println!(
        "{}",
        msg!(
            "serve-serving",
            folder = root.display().to_string(),
            address = format!("http://127.0.0.1:{port}{}", session.base_path())
        )
        .text(lang)
    );

    while let Ok(first) = rx.recv() {
        let mut changed = BTreeSet::new();
        let started = Instant::now();
        let mut next = Some(first);
        while let Some(msg) = next {
            match msg {
                Msg::Changed(paths) => changed.extend(paths),
                Msg::WatchFailed => console.line(msg!("serve-watch-failed")),
            }
            next = if started.elapsed() < LONGEST_WAIT {
                rx.recv_timeout(QUIET).ok()
            } else {
                None
            };
        }
        let relevant: Vec<PathBuf> = changed
            .iter()
            .filter_map(|p| p.strip_prefix(&root).ok())
            .filter(|rel| is_source(rel))
            .map(Path::to_path_buf)
            .collect();
        if relevant.is_empty() {
            continue;
        }
        rewatch(&mut watcher, &root, &mut watched, &relevant, lang);
        rebuild(&mut session, &shared, relevant, port, &console);
    }
    drop(watcher);
    let _ = folder.close();
    Err(msg!("serve-watch-ended"))
}

/// The folder the preview is built into: a new temporary folder that only this user can read (the preview may hold
/// what is not yet published).
fn preview_folder() -> Result<tempfile::TempDir, Message> {
    let mut builder = tempfile::Builder::new();
    builder.prefix("sunlight-serve-");
    #[cfg(unix)]
    let owner_only = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(0o700)
    };
    #[cfg(unix)]
    builder.permissions(owner_only);
    builder
        .tempdir()
        .map_err(|e| msg!("serve-no-temp", reason = io_reason(&e)))
}

/// Removes the preview folder and ends the process. The state's write lock is taken first and never released, so
/// a rebuild cannot be writing into the folder while it goes, nor recreate it after.
fn stop(shared: &Shared, dir: &Path, lang: Lang) {
    let held = shared.write_before_exit(STOP_WAIT);
    let _ = std::fs::remove_dir_all(dir);
    eprintln!("{}", msg!("serve-stopped").text(lang));
    std::mem::forget(held);
    std::process::exit(0);
}

fn bind(port: Option<u16>) -> Result<TcpListener, Message> {
    match port {
        Some(p) => TcpListener::bind(("127.0.0.1", p)).map_err(|e| {
            msg!(
                "serve-no-port",
                port = Arg::Figure(p.to_string()),
                reason = io_reason(&e)
            )
        }),
        None => (DEFAULT_PORT..DEFAULT_PORT + 10)
            .chain([0])
            .find_map(|p| TcpListener::bind(("127.0.0.1", p)).ok())
            .ok_or_else(|| msg!("serve-no-free-port")),
    }
}

fn is_source(rel: &Path) -> bool {
    rel == Path::new("site.yaml")
        || rel
            .components()
            .next()
            .is_some_and(|c| SOURCES.iter().any(|s| c.as_os_str() == *s))
}

/// Watches each source folder that exists. A folder created, deleted or replaced after the start (`static/` added,
/// `themes/` restored from a backup) is watched anew, since a watch follows the folder it was placed on.
fn rewatch(
    watcher: &mut impl Watcher,
    root: &Path,
    watched: &mut BTreeSet<&'static str>,
    changed: &[PathBuf],
    lang: Lang,
) {
    for name in SOURCES {
        let dir = root.join(name);
        if changed.iter().any(|c| c == Path::new(name)) && watched.remove(name) {
            let _ = watcher.unwatch(&dir);
        }
        if dir.is_dir() && !watched.contains(name) {
            match watcher.watch(&dir, RecursiveMode::Recursive) {
                Ok(()) => {
                    watched.insert(name);
                }
                Err(_) => eprintln!("{}", msg!("serve-cannot-watch", folder = name).text(lang)),
            }
        }
    }
}

/// Where messages go: the console, in the chosen language, quoting the source line as `build` does.
struct Console<'a> {
    root: &'a Path,
    lang: Lang,
}

impl Console<'_> {
    fn print(&self, d: &Diagnostic) {
        eprintln!("{}", d.render(self.root, self.lang));
    }

    fn line(&self, msg: Message) {
        eprintln!("{}", msg.text(self.lang));
    }
}

fn rebuild(
    session: &mut Session,
    shared: &Shared,
    changed: Vec<PathBuf>,
    port: u16,
    console: &Console,
) {
    let before: Vec<Diagnostic> = session.warnings().to_vec();
    let base_before = shared.built().then(|| session.base_path().to_string());
    let outcome = session.preview(changed, |base_path, apply| {
        let mut state = shared.write();
        apply()?;
        state.errors.clear();
        state.built = true;
        state.base_path = base_path.to_string();
        shared.bump();
        Ok(())
    });
    match outcome {
        Outcome::Updated {
            written,
            deleted,
            elapsed,
        } => {
            print_warnings(&before, session.warnings(), console);
            if base_before.is_some_and(|b| b != session.base_path()) {
                println!(
                    "{}",
                    msg!(
                        "serve-base-moved",
                        address = format!("http://127.0.0.1:{port}{}", session.base_path())
                    )
                    .text(console.lang)
                );
            }
            console.line(msg!(
                "serve-rebuilt",
                written = written,
                deleted = deleted,
                ms = elapsed.as_millis()
            ));
        }
        Outcome::Unchanged => {
            print_warnings(&before, session.warnings(), console);
            let mut state = shared.write();
            if !state.errors.is_empty() {
                state.errors.clear();
                shared.bump();
                console.line(msg!("serve-fixed"));
            }
        }
        Outcome::Failed(errors) => {
            for d in &errors {
                console.print(d);
            }
            console.line(msg!("serve-failed", errors = errors.len()));
            let mut state = shared.write();
            if state.errors != errors {
                state.errors = errors;
                shared.bump();
            }
        }
    }
}

/// Warnings are printed when they change, not after every save.
fn print_warnings(before: &[Diagnostic], now: &[Diagnostic], console: &Console) {
    if before != now {
        for d in now {
            console.print(d);
        }
    }
}
