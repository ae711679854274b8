//! `sunlight serve`: a live preview on 127.0.0.1. The site is built into a temporary folder (never `public/`, which
//! only `build` replaces, after its checks), served under the path of its `base_url` as it will be once published,
//! and rebuilt on every save: only what the change touched is rendered again ([`engine`]), and open pages reload
//! through server-sent events. A change that does not build leaves the last good site in place under an overlay
//! naming each error.

pub mod engine;
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
use engine::{Engine, Outcome};
use http::Shared;

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

enum Msg {
    Changed(Vec<PathBuf>),
    WatchFailed(String),
    Stop,
}

/// Runs until Ctrl-C. An `Err` is a message for the console: the preview could not start.
pub fn serve(root: &Path, port: Option<u16>) -> Result<(), String> {
    let root = root
        .canonicalize()
        .map_err(|e| format!("cannot open the site folder {}: {e}", root.display()))?;
    if !root.join("site.yaml").is_file() {
        return Err(format!(
            "{} has no site.yaml; run `sunlight serve` in a site folder (or pass --root), or create one with `sunlight init DIR`",
            root.display()
        ));
    }
    let listener = bind(port)?;
    let port = listener
        .local_addr()
        .map_err(|e| format!("cannot read the server's address: {e}"))?
        .port();
    let folder = tempfile::Builder::new()
        .prefix("sunlight-serve-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary folder for the preview: {e}"))?;
    let dir = folder.path().to_path_buf();

    let (tx, rx) = mpsc::channel::<Msg>();
    let stop = tx.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Msg::Stop);
    })
    .map_err(|e| format!("cannot handle Ctrl-C: {e}"))?;
    let events = tx.clone();
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
            Err(e) => Msg::WatchFailed(e.to_string()),
        };
        let _ = events.send(msg);
    })
    .map_err(|e| format!("cannot watch the site folder: {e}"))?;
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
    let mut watched = BTreeSet::new();
    rewatch(&mut watcher, &root, &mut watched, &[]);

    let shared = Arc::new(Shared::new(dir.clone()));
    let mut engine = Engine::new(
        root.clone(),
        format!("http://127.0.0.1:{port}"),
        dir.clone(),
    );
    eprintln!(
        "sunlight: building into the preview folder {}",
        dir.display()
    );
    rebuild(&mut engine, &shared, Vec::new(), port);
    http::run(listener, Arc::clone(&shared));
    println!(
        "Serving {} at http://127.0.0.1:{port}{} (Ctrl-C stops)",
        root.display(),
        engine.base_path()
    );

    while let Ok(first) = rx.recv() {
        let mut changed = BTreeSet::new();
        let mut stopping = false;
        let started = Instant::now();
        let mut next = Some(first);
        while let Some(msg) = next {
            match msg {
                Msg::Changed(paths) => changed.extend(paths),
                Msg::WatchFailed(e) => eprintln!("sunlight: watching the site folder: {e}"),
                Msg::Stop => {
                    stopping = true;
                    break;
                }
            }
            next = if started.elapsed() < LONGEST_WAIT {
                rx.recv_timeout(QUIET).ok()
            } else {
                None
            };
        }
        if stopping {
            break;
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
        rewatch(&mut watcher, &root, &mut watched, &relevant);
        rebuild(&mut engine, &shared, relevant, port);
    }
    drop(watcher);
    let _ = folder.close();
    eprintln!("sunlight: stopped; the preview folder was removed");
    Ok(())
}

fn bind(port: Option<u16>) -> Result<TcpListener, String> {
    match port {
        Some(p) => TcpListener::bind(("127.0.0.1", p)).map_err(|e| {
            format!("cannot listen on 127.0.0.1:{p}: {e}; choose another --port, or leave it out to have a free port found")
        }),
        None => (DEFAULT_PORT..DEFAULT_PORT + 10)
            .chain([0])
            .find_map(|p| TcpListener::bind(("127.0.0.1", p)).ok())
            .ok_or_else(|| "cannot listen on any port of 127.0.0.1".to_string()),
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
                Err(e) => eprintln!("sunlight: cannot watch {name}/: {e}"),
            }
        }
    }
}

fn rebuild(engine: &mut Engine, shared: &Shared, changed: Vec<PathBuf>, port: u16) {
    let before: Vec<Diagnostic> = engine.warnings().to_vec();
    let base_before = shared.built().then(|| engine.base_path().to_string());
    let outcome = engine.rebuild(changed, |base_path, apply| {
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
            print_warnings(&before, engine.warnings());
            if base_before.is_some_and(|b| b != engine.base_path()) {
                println!(
                    "The base path changed: now serving at http://127.0.0.1:{port}{}",
                    engine.base_path()
                );
            }
            let gone = if deleted > 0 {
                format!(", deleted {deleted}")
            } else {
                String::new()
            };
            eprintln!(
                "sunlight: wrote {written} files{gone} in {} ms",
                elapsed.as_millis()
            );
        }
        Outcome::Unchanged => {
            print_warnings(&before, engine.warnings());
            let mut state = shared.write();
            if !state.errors.is_empty() {
                state.errors.clear();
                shared.bump();
                eprintln!("sunlight: fixed; nothing else changed");
            }
        }
        Outcome::Failed(errors) => {
            for d in &errors {
                eprintln!("{d}");
            }
            eprintln!(
                "sunlight: {} error(s); still serving the last version that built",
                errors.len()
            );
            let mut state = shared.write();
            if state.errors != errors {
                state.errors = errors;
                shared.bump();
            }
        }
    }
}

/// Warnings are printed when they change, not after every save.
fn print_warnings(before: &[Diagnostic], now: &[Diagnostic]) {
    if before != now {
        for d in now {
            eprintln!("{d}");
        }
    }
}
