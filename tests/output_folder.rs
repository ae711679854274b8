//! The output folder, run through the real binary: what `--out` refuses (with and without `--force`), the adoption
//! of an unmarked `public/` from an earlier version, the atomic swap (a reader never misses `public/index.html`, and
//! `kill -9` at any moment leaves the complete old tree or the complete new one), the cleaning of what killed builds
//! left, and the lock that stops a second build of the same output.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use common::{copy_dir, fixture, repo, stderr, tree};

const MARKER: &str = ".sunlight-output";

fn command(dir: &Path, args: &[&str], home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sunlight"));
    c.args(args)
        .current_dir(dir)
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

/// `sunlight ARGS` in `dir`, with `HOME` set to `home` so no test can come near the real home folder.
fn run(dir: &Path, args: &[&str], home: &Path) -> Output {
    command(dir, args, home).output().expect("run sunlight")
}

fn spawn(dir: &Path, args: &[&str], home: &Path) -> Child {
    command(dir, args, home)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn sunlight")
}

/// A folder of someone's own files.
fn foreign_folder(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::create_dir_all(dir.join("letters")).unwrap();
    fs::write(dir.join("budget.xlsx"), "not Sunlight's").unwrap();
    fs::write(dir.join("letters/2024.txt"), "keep me").unwrap();
    tree(dir)
}

/// The example site at the repository root, which takes about a second to build (debug), for the kill and lock
/// tests.
fn example_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "data", "charts", "themes", "static"] {
        if repo().join(part).is_dir() {
            copy_dir(&repo().join(part), &dir.path().join(part));
        }
    }
    fs::copy(repo().join("site.yaml"), dir.path().join("site.yaml")).unwrap();
    dir
}

fn leftovers(parent: &Path) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(parent)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.building-") || n.starts_with(".public.old-"))
        .collect();
    found.sort();
    found
}

#[test]
fn a_foreign_folder_is_refused_and_replaced_only_with_force() {
    let site = fixture("basic");
    let home = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("www");
    let before = foreign_folder(&target);
    let out = target.to_str().unwrap();

    let o = run(site.path(), &["build", "--out", out], home.path());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains(out), "the message names the folder: {err}");
    assert!(err.contains("--force"), "the message offers --force: {err}");
    assert_eq!(tree(&target), before, "the refused folder is untouched");
    assert!(
        !elsewhere.path().join(".www.lock").exists(),
        "a refused build leaves nothing beside the folder"
    );

    let o = run(
        site.path(),
        &["build", "--out", out, "--force"],
        home.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!target.join("budget.xlsx").exists());
    assert!(target.join("index.html").is_file());
    assert!(target.join(MARKER).is_file());

    // Now marked as Sunlight's, it is replaced without asking.
    let o = run(site.path(), &["build", "--out", out], home.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(leftovers(elsewhere.path()).is_empty());
}

#[test]
fn an_empty_or_missing_folder_needs_no_force() {
    let site = fixture("basic");
    let home = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    fs::create_dir(elsewhere.path().join("empty")).unwrap();
    for name in ["empty", "new/deeper"] {
        let target = elsewhere.path().join(name);
        let o = run(
            site.path(),
            &["build", "--out", target.to_str().unwrap()],
            home.path(),
        );
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(target.join("index.html").is_file(), "{name}");
    }
}

#[test]
fn the_site_its_parents_its_sources_and_home_are_refused_even_with_force() {
    let base = tempfile::tempdir().unwrap();
    let site = base.path().join("portal");
    copy_dir(&repo().join("tests/fixtures/basic"), &site);
    copy_dir(&repo().join("themes/default"), &site.join("themes/default"));
    let home = base.path().join("home");
    fs::create_dir_all(home.join(".ssh")).unwrap();
    fs::write(home.join(".ssh/id_ed25519"), "fictional key").unwrap();
    // The home folder holding the site is the commonest real case: `--out ~` from inside it.
    let nested_home = tempfile::tempdir().unwrap();
    let home_site = nested_home.path().join("site");
    copy_dir(&site, &home_site);

    let cases: [(&Path, &Path, String); 6] = [
        (&site, &home, ".".into()),
        (&site, &home, "..".into()),
        (&site, &home, site.display().to_string()),
        (&site, &home, "content".into()),
        (&site, &home, home.display().to_string()),
        (&home_site, nested_home.path(), "~".into()),
    ];
    let before_base = tree(base.path());
    let before_nested = tree(nested_home.path());
    for (root, home, out) in &cases {
        let out = if out == "~" {
            home.display().to_string()
        } else {
            out.clone()
        };
        for force in [false, true] {
            let mut args = vec!["build", "--out", out.as_str()];
            if force {
                args.push("--force");
            }
            let o = run(root, &args, home);
            let err = stderr(&o);
            assert_eq!(
                o.status.code(),
                Some(1),
                "--out {out} (force {force}): {err}"
            );
            assert!(err.contains("refusing"), "--out {out}: {err}");
            assert!(
                err.contains("--force does not change this"),
                "--out {out}: {err}"
            );
        }
    }
    assert_eq!(tree(base.path()), before_base, "nothing was touched");
    assert_eq!(tree(nested_home.path()), before_nested);
    assert!(leftovers(base.path()).is_empty());
}

#[test]
fn a_public_folder_from_an_earlier_version_is_adopted_only_when_it_looks_like_one() {
    let site = fixture("basic");
    let home = tempfile::tempdir().unwrap();
    let root = site.path();
    let o = run(root, &["build"], home.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let public = root.join("public");

    // What Sunlight before the marker left: the same tree, unmarked.
    fs::remove_file(public.join(MARKER)).unwrap();
    let o = run(root, &["build"], home.path());
    assert!(o.status.success(), "adopted: {}", stderr(&o));
    assert!(public.join(MARKER).is_file());

    // An unmarked public/ holding a file no build writes is someone's: refused, and kept.
    fs::remove_file(public.join(MARKER)).unwrap();
    fs::write(public.join("budget.xlsx"), "mine").unwrap();
    let before = tree(&public);
    let o = run(root, &["build"], home.path());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("budget.xlsx") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(tree(&public), before);

    // A site never built by Sunlight (no .sunlight/) with a public/ of its own: refused.
    fs::remove_file(public.join("budget.xlsx")).unwrap();
    fs::remove_dir_all(root.join(".sunlight")).unwrap();
    let o = run(root, &["build"], home.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!public.join(MARKER).exists());
}

#[test]
fn a_reader_never_misses_index_html_during_100_builds() {
    let site = fixture("basic");
    let home = tempfile::tempdir().unwrap();
    let o = run(site.path(), &["build"], home.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let index = site.path().join("public/index.html");
    let complete = fs::read(&index).unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let poller = {
        let (stop, reads, index) = (stop.clone(), reads.clone(), index.clone());
        thread::spawn(move || {
            let mut bad = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                match fs::read(&index) {
                    Ok(bytes) if bytes == complete => {}
                    Ok(bytes) => {
                        bad.push(format!("a different index.html ({} bytes)", bytes.len()))
                    }
                    Err(e) => bad.push(e.to_string()),
                }
                reads.fetch_add(1, Ordering::Relaxed);
            }
            bad
        })
    };
    for i in 0..100 {
        let o = run(site.path(), &["build"], home.path());
        assert!(o.status.success(), "build {i}: {}", stderr(&o));
    }
    stop.store(true, Ordering::Relaxed);
    let bad = poller.join().unwrap();
    assert!(reads.load(Ordering::Relaxed) > 100, "the poller ran");
    assert!(bad.is_empty(), "{} bad reads, first: {}", bad.len(), bad[0]);
    assert!(leftovers(site.path()).is_empty());
}

#[test]
fn kill_9_at_any_moment_leaves_the_old_tree_or_the_new_one() {
    let site = example_site();
    let home = tempfile::tempdir().unwrap();
    let root = site.path();
    let page = root.join("content/_index.md");
    let original = fs::read_to_string(&page).unwrap();
    let variant = format!("{original}\n\nA sentence only the second tree has.\n");

    // The two trees a build can leave, and how long a build takes here.
    let mut trees = Vec::new();
    let mut took = Duration::ZERO;
    for (text, out) in [(&original, "tree-a"), (&variant, "tree-b")] {
        fs::write(&page, text).unwrap();
        let started = Instant::now();
        let o = run(root, &["build", "--out", out], home.path());
        took = took.max(started.elapsed());
        assert!(o.status.success(), "{}", stderr(&o));
        trees.push(tree(&root.join(out)));
    }
    assert_ne!(trees[0], trees[1]);
    fs::write(&page, &original).unwrap();
    let o = run(root, &["build"], home.path());
    assert!(o.status.success(), "{}", stderr(&o));

    // How long the write stage takes: from the staging folder's appearance to the end of the build.
    let mut toggle = 0usize;
    let mut next_sources = || {
        toggle += 1;
        fs::write(&page, if toggle % 2 == 1 { &variant } else { &original }).unwrap();
    };
    next_sources();
    let mut child = spawn(root, &["build"], home.path());
    let staging = root.join(format!(".public.building-{}", child.id()));
    assert!(appears(&staging, &mut child), "no staging folder seen");
    let started = Instant::now();
    assert!(child.wait().unwrap().success());
    let write_stage = started.elapsed();

    // Kills while loading and rendering, then at moments spread over the write stage, the swap included.
    let mut moments: Vec<(bool, Duration)> = vec![(false, took / 10), (false, took / 2)];
    moments.extend((0..=10).map(|k| (true, write_stage.mul_f64(f64::from(k) / 8.0))));
    let mut killed = 0;
    for (in_write, delay) in &moments {
        next_sources();
        let mut child = spawn(root, &["build"], home.path());
        let staging = root.join(format!(".public.building-{}", child.id()));
        if *in_write {
            appears(&staging, &mut child);
        }
        thread::sleep(*delay);
        let _ = child.kill();
        let status = child.wait().unwrap();
        if !status.success() {
            killed += 1;
        }
        let now = tree(&root.join("public"));
        assert!(
            now == trees[0] || now == trees[1],
            "after a kill {delay:?} into the {} stage, public/ is neither tree ({} files)",
            if *in_write { "write" } else { "build" },
            now.len()
        );
    }
    assert!(
        killed > moments.len() / 2,
        "only {killed} builds were killed"
    );

    // Leftovers of killed builds are removed by the next build; a folder of that name that is not Sunlight's stays.
    let fake = root.join(".public.building-4000000");
    fs::create_dir_all(fake.join("news")).unwrap();
    fs::write(fake.join(MARKER), "").unwrap();
    let theirs = root.join(".public.old-1");
    fs::create_dir(&theirs).unwrap();
    fs::write(theirs.join("notes.txt"), "mine").unwrap();
    let o = run(root, &["build"], home.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(leftovers(root), vec![".public.old-1".to_string()]);
    assert_eq!(tree(&root.join("public")), trees[toggle % 2]);
}

/// Waits until `path` exists, or `child` has ended (then false).
fn appears(path: &Path, child: &mut Child) -> bool {
    loop {
        if path.exists() {
            return true;
        }
        if child.try_wait().ok().flatten().is_some() {
            return false;
        }
        thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn a_second_build_of_the_same_output_stops_and_names_the_first() {
    let site = example_site();
    let home = tempfile::tempdir().unwrap();
    let other = fixture("basic");
    let root = site.path();
    let mut first = spawn(root, &["build"], home.path());
    let lock = root.join(".public.lock");
    let pid = format!("process {}", first.id());
    let deadline = Instant::now() + Duration::from_secs(60);
    while !fs::read_to_string(&lock).is_ok_and(|s| s.contains(&pid)) {
        assert!(
            Instant::now() < deadline,
            "the first build never took the lock"
        );
        thread::sleep(Duration::from_millis(5));
    }
    let public = root.join("public");
    let second = run(root, &["build"], home.path());
    let from_elsewhere = run(
        other.path(),
        &["build", "--out", public.to_str().unwrap()],
        home.path(),
    );
    let still_running = first.try_wait().unwrap().is_none();
    let done = first.wait_with_output().unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
    assert!(
        still_running,
        "the first build ended before the others tried; the test proves nothing on this machine"
    );
    for o in [&second, &from_elsewhere] {
        let err = stderr(o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("another build is already writing to"), "{err}");
        assert!(
            err.contains(&pid),
            "the message names the first build: {err}"
        );
    }
    assert!(public.join("index.html").is_file());
    let again = run(root, &["build"], home.path());
    assert!(again.status.success(), "{}", stderr(&again));
}

/// The lock file lives beside the output, and a build whose output is elsewhere leaves the site folder clean.
#[test]
fn the_lock_sits_beside_the_output() {
    let site = fixture("basic");
    let home = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target: PathBuf = elsewhere.path().join("www");
    let o = run(
        site.path(),
        &["build", "--out", target.to_str().unwrap()],
        home.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(elsewhere.path().join(".www.lock").is_file());
    assert!(!site.path().join(".public.lock").exists());
}
