//! Input that must not take over a build: symbolic links (nothing outside the site folder is ever read), folders and
//! files that cannot be read, empty templates, runaway and huge templates, oversized pages and files, and the
//! translation of a draft. Each ends in a clear message and exit status 1 (or a warning where the input can simply
//! be left out), with the previous `public/` untouched.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{fixture, stderr, sunlight, tree};

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(path, text).expect("write fixture file");
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let text = fs::read_to_string(root.join(rel)).expect("read fixture file");
    assert!(text.contains(from), "{rel} has no `{from}`");
    fs::write(root.join(rel), text.replacen(from, to, 1)).expect("write fixture file");
}

/// A fixture built once, so a failing second build can be checked against the output it must leave alone.
fn built(
    name: &str,
) -> (
    tempfile::TempDir,
    std::collections::BTreeMap<String, Vec<u8>>,
) {
    let site = fixture(name);
    let first = sunlight(site.path(), &["build"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = tree(&site.path().join("public"));
    (site, before)
}

/// The second build failed with exit status 1, said `words` about `location`, and left `public/` as it was.
fn failed_cleanly(
    site: &Path,
    before: &std::collections::BTreeMap<String, Vec<u8>>,
    out: &Output,
    location: &str,
    words: &str,
) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(location), "expected `{location}` in:\n{err}");
    assert!(err.contains(words), "expected `{words}` in:\n{err}");
    assert!(err.contains("hint:"), "every error says what to do:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        tree(&site.join("public")) == *before,
        "the previous public/ must be untouched"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Symbolic links

/// A folder outside the site with a page, a dataset, a static file and a template in it, as an attacker (or a
/// careless `ln -s`) would offer it.
#[cfg(unix)]
fn outside() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "secret.md",
        "---\ntitle: 外部页面\n---\n外部机密正文\n",
    );
    write(dir.path(), "secret.txt", "外部机密文件\n");
    write(
        dir.path(),
        "secret.yaml",
        "title: 外部数据\ncolumns:\n  - {key: n, label: 名称}\n  - {key: v, label: 数值, type: integer}\nrows:\n  - {n: 外部机密行, v: 1}\n",
    );
    dir
}

#[cfg(unix)]
fn link(target: &Path, at: &Path) {
    if let Some(parent) = at.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    std::os::unix::fs::symlink(target, at).expect("symlink");
}

/// No output file carries any of `secrets`.
fn published_nothing_of(site: &Path, secrets: &[&str]) {
    for (path, bytes) in tree(&site.join("public")) {
        let text = String::from_utf8_lossy(&bytes);
        for s in secrets {
            assert!(!text.contains(s), "public/{path} carries `{s}`");
        }
    }
}

/// The first line of the build machine's /etc/passwd: what `static -> /etc` used to publish.
#[cfg(unix)]
fn passwd_line() -> String {
    fs::read_to_string("/etc/passwd")
        .ok()
        .and_then(|t| t.lines().next().map(str::to_string))
        .unwrap_or_else(|| "root:x:0:0".to_string())
}

#[cfg(unix)]
#[test]
fn linked_top_level_folders_are_left_out_with_a_warning_naming_the_link() {
    let away = outside();
    let site = fixture("basic");
    let root = site.path();
    fs::remove_dir_all(root.join("static")).expect("remove static");
    link(Path::new("/etc"), &root.join("static"));
    // content/ linked whole: the site's own pages move out, a linked copy stands in.
    let content = tempfile::tempdir().expect("temp dir");
    common::copy_dir(&root.join("content"), content.path());
    fs::copy(
        away.path().join("secret.md"),
        content.path().join("secret.md"),
    )
    .expect("copy");
    fs::remove_dir_all(root.join("content")).expect("remove content");
    link(content.path(), &root.join("content"));
    link(away.path(), &root.join("charts"));
    fs::remove_dir_all(root.join("themes/default/static")).expect("remove theme static");
    link(away.path(), &root.join("themes/default/static"));

    let out = sunlight(root, &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    for name in ["static", "content", "charts", "themes/default/static"] {
        assert!(
            err.contains(&format!("{name}: warning: this is a symbolic link")),
            "a warning names `{name}`:\n{err}"
        );
    }
    assert!(
        !err.contains("/etc") && !err.contains(&away.path().display().to_string()),
        "the warning names the link, never its target:\n{err}"
    );
    let files = tree(&root.join("public"));
    assert!(!files.contains_key("passwd") && !files.contains_key("secret.txt"));
    assert!(!files.keys().any(|k| k.starts_with("secret")));
    published_nothing_of(root, &[&passwd_line(), "外部页面", "外部机密"]);
    assert!(
        files.contains_key("index.html"),
        "the home page is still built"
    );

    let strict = sunlight(root, &["build", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
    assert!(stderr(&strict).contains("static: error: this is a symbolic link"));
}

#[cfg(unix)]
#[test]
fn a_linked_data_folder_is_never_read() {
    let away = outside();
    let (site, before) = built("basic");
    let root = site.path();
    fs::remove_dir_all(root.join("data")).expect("remove data");
    link(away.path(), &root.join("data"));
    // The pages quote the site's own dataset, which is gone with the real data/: the build must fail for that, not
    // read the linked folder's dataset instead.
    let out = sunlight(root, &["build"]);
    let err = stderr(&out);
    assert!(
        err.contains("data: warning: this is a symbolic link"),
        "{err}"
    );
    assert!(
        !err.contains("外部数据") && !err.contains("secret"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(tree(&root.join("public")) == before);
}

#[cfg(unix)]
#[test]
fn linked_files_inside_the_site_are_left_out() {
    let away = outside();
    let (site, _) = built("basic");
    let root = site.path();
    link(
        &away.path().join("secret.md"),
        &root.join("content/news/linked.md"),
    );
    link(
        &away.path().join("secret.txt"),
        &root.join("static/linked.txt"),
    );
    link(
        &away.path().join("secret.txt"),
        &root.join("themes/default/static/linked.txt"),
    );
    link(
        &away.path().join("secret.yaml"),
        &root.join("data/linked.yaml"),
    );
    link(Path::new("/etc/passwd"), &root.join("static/passwd"));

    let out = sunlight(root, &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    for name in [
        "content/news/linked.md",
        "static/linked.txt",
        "themes/default/static/linked.txt",
        "data/linked.yaml",
        "static/passwd",
    ] {
        assert!(
            err.contains(&format!("{name}: warning: this is a symbolic link")),
            "a warning names `{name}`:\n{err}"
        );
    }
    let files = tree(&root.join("public"));
    assert!(!files.keys().any(|k| k.contains("linked") || k == "passwd"));
    published_nothing_of(root, &[&passwd_line(), "外部页面", "外部机密", "外部数据"]);

    let strict = sunlight(root, &["build", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
}

#[cfg(unix)]
#[test]
fn a_linked_site_yaml_or_theme_is_an_error() {
    let away = outside();
    let (site, before) = built("basic");
    let root = site.path();
    fs::rename(root.join("site.yaml"), away.path().join("site.yaml")).expect("move");
    link(&away.path().join("site.yaml"), &root.join("site.yaml"));
    let out = sunlight(root, &["build"]);
    failed_cleanly(root, &before, &out, "site.yaml: error", "symbolic link");
    assert!(!stderr(&out).contains(&away.path().display().to_string()));

    fs::remove_file(root.join("site.yaml")).expect("remove link");
    fs::rename(away.path().join("site.yaml"), root.join("site.yaml")).expect("move back");
    fs::rename(root.join("themes"), away.path().join("themes")).expect("move");
    link(&away.path().join("themes"), &root.join("themes"));
    let out = sunlight(root, &["build"]);
    failed_cleanly(root, &before, &out, "themes: error", "symbolic link");
}

/// The folder given as `--root` is the user's choice and may itself be a link; links below it are still not
/// followed.
#[cfg(unix)]
#[test]
fn a_root_given_as_a_link_builds() {
    let site = fixture("basic");
    let away = outside();
    link(
        &away.path().join("secret.txt"),
        &site.path().join("static/linked.txt"),
    );
    let holder = tempfile::tempdir().expect("temp dir");
    link(site.path(), &holder.path().join("site"));
    let out = sunlight(holder.path(), &["build", "--root", "site"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(site.path().join("public/index.html").is_file());
    assert!(
        err.contains("static/linked.txt: warning: this is a symbolic link"),
        "{err}"
    );
    assert!(!site.path().join("public/linked.txt").exists());
}

// ---------------------------------------------------------------------------------------------------------------
// Unreadable input

/// Runs `sunlight ARGS` in `dir` as a user for whom permissions count. Root reads everything whatever the mode, so
/// as root the site is handed to `nobody` and the binary run as that user (`setpriv`, from util-linux); `None` when
/// that cannot be done here.
#[cfg(unix)]
fn as_unprivileged(dir: &Path, args: &[&str]) -> Option<Output> {
    let root_user = Command::new("id")
        .arg("-u")
        .output()
        .ok()
        .is_some_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root_user {
        return Some(sunlight(dir, args));
    }
    let mut cmd = Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_sunlight"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.output().ok().filter(|o| {
        // setpriv itself failing (not installed, not permitted) is not the build's answer.
        !String::from_utf8_lossy(&o.stderr).starts_with("setpriv:")
    })
}

/// A fixture that `nobody` can build as root hands it over: owned by that user, below a folder it can enter.
#[cfg(unix)]
fn site_for_nobody(name: &str) -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let site = fixture(name);
    fs::set_permissions(site.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let _ = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(site.path())
        .status();
    site
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

#[cfg(unix)]
#[test]
fn an_unreadable_folder_or_file_fails_the_build() {
    let site = site_for_nobody("basic");
    let root = site.path();
    let Some(first) = as_unprivileged(root, &["build"]) else {
        eprintln!("skipped: running as root and `setpriv` cannot drop to nobody here");
        return;
    };
    assert!(first.status.success(), "{}", stderr(&first));
    let before = tree(&root.join("public"));

    chmod(&root.join("content/news"), 0o000);
    let out = as_unprivileged(root, &["build"]).expect("ran before");
    chmod(&root.join("content/news"), 0o755);
    failed_cleanly(
        root,
        &before,
        &out,
        "content/news: error",
        "this folder cannot be read (permission denied)",
    );

    chmod(&root.join("content/news/first.md"), 0o000);
    let out = as_unprivileged(root, &["build"]).expect("ran before");
    chmod(&root.join("content/news/first.md"), 0o644);
    failed_cleanly(
        root,
        &before,
        &out,
        "content/news/first.md: error",
        "cannot be read (permission denied)",
    );
}

#[test]
fn an_empty_template_is_an_error_naming_it() {
    let (site, before) = built("basic");
    let root = site.path();
    write(root, "themes/default/templates/page.html", " \n\t\n");
    let out = sunlight(root, &["build"]);
    failed_cleanly(
        root,
        &before,
        &out,
        "themes/default/templates/page.html: error",
        "this template is empty",
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_left_out_without_waiting_on_it() {
    let site = fixture("basic");
    let root = site.path();
    let made = Command::new("mkfifo")
        .arg(root.join("static/pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let out = run_with_deadline(root, &["build"], Duration::from_secs(60));
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("static/pipe.txt: warning: this is not a regular file"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Runaway and huge templates, oversized input

/// Runs the binary, killing it if it has not finished by `deadline` (so a hang fails the test instead of stalling it).
fn run_with_deadline(dir: &Path, args: &[&str], deadline: Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sunlight"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sunlight");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("sunlight {args:?} still running after {deadline:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().expect("collect output")
}

#[test]
fn a_runaway_template_loop_is_stopped_within_seconds() {
    let (site, before) = built("basic");
    let root = site.path();
    edit(
        root,
        "themes/default/templates/page.html",
        "{% block main %}",
        "{% block main %}\n{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}",
    );
    let started = Instant::now();
    let out = run_with_deadline(root, &["build"], Duration::from_secs(120));
    let took = started.elapsed();
    failed_cleanly(
        root,
        &before,
        &out,
        "themes/default/templates/page.html:",
        "the template did not finish within 10 million steps",
    );
    // Ten billion iterations would take hours; the limit ends it in about a second (a debug build on a shared
    // machine is given more).
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn a_template_with_huge_output_fails_without_aborting() {
    let (site, before) = built("basic");
    let root = site.path();
    // Ten GB of output in pieces: the output limit stops it.
    edit(
        root,
        "themes/default/templates/page.html",
        "{% block main %}",
        "{% block main %}{% for i in range(100000) %}{{ \"x\" * 100000 }}{% endfor %}",
    );
    let out = run_with_deadline(root, &["build"], Duration::from_secs(120));
    failed_cleanly(
        root,
        &before,
        &out,
        "themes/default/templates/page.html: error",
        "would be larger than 100 MB (limits.output_mb in site.yaml)",
    );

    // 24 GB in one value: refused before it is made, as the step budget cannot pay for it.
    edit(
        root,
        "themes/default/templates/page.html",
        "{% for i in range(100000) %}{{ \"x\" * 100000 }}{% endfor %}",
        "{{ \"x\" * 24000000000 }}",
    );
    let out = run_with_deadline(root, &["build"], Duration::from_secs(120));
    failed_cleanly(
        root,
        &before,
        &out,
        "themes/default/templates/page.html:",
        "the template did not finish within",
    );
}

#[test]
fn a_lower_output_limit_from_site_yaml_is_applied() {
    let (site, before) = built("basic");
    let root = site.path();
    edit(
        root,
        "themes/default/templates/page.html",
        "{% block main %}",
        "{% block main %}{% for i in range(30) %}{{ \"x\" * 100000 }}{% endfor %}",
    );
    fs::OpenOptions::new()
        .append(true)
        .open(root.join("site.yaml"))
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"limits:\n  output_mb: 2\n"))
        .expect("append to site.yaml");
    let out = sunlight(root, &["build"]);
    failed_cleanly(
        root,
        &before,
        &out,
        "themes/default/templates/page.html: error",
        "would be larger than 2 MB",
    );
}

#[test]
fn a_page_over_the_size_limit_is_refused_unread() {
    let (site, before) = built("basic");
    let root = site.path();
    // 21 MB: over the default 20 MB. The file is sparse, so it costs no disk, and refusing it must not read it.
    let page = root.join("content/news/huge.md");
    fs::write(&page, "---\ntitle: 大文件\n---\n").expect("write");
    fs::OpenOptions::new()
        .write(true)
        .open(&page)
        .and_then(|f| f.set_len(21 * 1024 * 1024))
        .expect("grow the page");
    let out = sunlight(root, &["build"]);
    failed_cleanly(
        root,
        &before,
        &out,
        "content/news/huge.md: error",
        "this file is 21.0 MB, more than the 20.0 MB limit (limits.page_mb in site.yaml)",
    );
}

#[test]
fn a_static_file_over_the_configured_limit_is_refused() {
    let (site, before) = built("basic");
    let root = site.path();
    fs::write(root.join("static/big.bin"), vec![7u8; 3 * 1024 * 1024]).expect("write");
    fs::OpenOptions::new()
        .append(true)
        .open(root.join("site.yaml"))
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"limits: {file_mb: 2}\n"))
        .expect("append to site.yaml");
    let out = sunlight(root, &["build"]);
    failed_cleanly(
        root,
        &before,
        &out,
        "static/big.bin: error",
        "more than the 2.0 MB limit (limits.file_mb in site.yaml)",
    );
}

#[test]
fn a_zero_limit_is_an_error() {
    let (site, before) = built("basic");
    let root = site.path();
    fs::OpenOptions::new()
        .append(true)
        .open(root.join("site.yaml"))
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"limits:\n  page_mb: 0\n"))
        .expect("append to site.yaml");
    let out = sunlight(root, &["build"]);
    failed_cleanly(
        root,
        &before,
        &out,
        "site.yaml:9:3: error",
        "limits.page_mb must be at least 1",
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Drafts

#[test]
fn the_translation_of_a_draft_is_not_published() {
    let site = fixture("bilingual");
    let root = site.path();
    let out = sunlight(root, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(root.join("public/en/news/first/index.html").is_file());

    edit(
        root,
        "content/news/first.md",
        "title: 第一篇",
        "title: 第一篇\ndraft: true",
    );
    let out = sunlight(root, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = tree(&root.join("public"));
    assert!(!files.contains_key("news/first/index.html"));
    assert!(!files.contains_key("en/news/first/index.html"));
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains("The first") && !text.contains("news/first/"),
            "public/{path} still shows the draft's translation"
        );
    }
}

#[test]
fn a_draft_translation_of_a_section_withholds_only_its_own_language() {
    let site = fixture("bilingual");
    let root = site.path();
    edit(
        root,
        "content/news/_index.en.md",
        "---\n",
        "---\ndraft: true\n",
    );
    let out = sunlight(root, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = tree(&root.join("public"));
    assert!(files.contains_key("news/index.html"));
    assert!(files.contains_key("news/first/index.html"));
    assert!(!files.contains_key("en/news/index.html"));
    assert!(!files.contains_key("en/news/first/index.html"));
}

/// `serve` rebuilds on every save: a runaway loop saved into a template must end that rebuild with its error, and the
/// preview must keep answering meanwhile and after.
#[cfg(unix)]
#[test]
fn serve_stops_a_runaway_template_and_keeps_answering() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::sync::{Arc, Mutex};

    let site = fixture("basic");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sunlight"))
        .args(["serve", "--port", "0"])
        .current_dir(site.path())
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sunlight serve");
    let log = Arc::new(Mutex::new(String::new()));
    let sink = Arc::clone(&log);
    let err = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            sink.lock().expect("log").push_str(&(line + "\n"));
        }
    });
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("the address line");
    std::thread::spawn(move || {
        let _ = out.read_to_string(&mut String::new());
    });
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let hostport = url["http://".len()..]
        .split('/')
        .next()
        .expect("host and port")
        .to_string();
    let answers = || -> bool {
        let Ok(mut s) = std::net::TcpStream::connect(&hostport) else {
            return false;
        };
        let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
        let sent = write!(
            s,
            "GET /mzj/ HTTP/1.1\r\nHost: {hostport}\r\nConnection: close\r\n\r\n"
        );
        let mut head = [0u8; 12];
        sent.is_ok() && s.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 ")
    };
    assert!(answers(), "serves before the edit");

    edit(
        site.path(),
        "themes/default/templates/page.html",
        "{% block main %}",
        "{% block main %}{% for i in range(100000) %}{% for j in range(100000) %}{{ j }}{% endfor %}{% endfor %}",
    );
    let started = Instant::now();
    let stopped = loop {
        if log
            .lock()
            .expect("log")
            .contains("the template did not finish within")
        {
            break true;
        }
        if started.elapsed() > Duration::from_secs(60) {
            break false;
        }
        assert!(answers(), "keeps answering during the rebuild");
        std::thread::sleep(Duration::from_millis(100));
    };
    let after = stopped && answers();
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        stopped,
        "the runaway rebuild was not stopped:\n{}",
        log.lock().expect("log")
    );
    assert!(after, "answers after the rebuild was stopped");
}

#[test]
fn a_page_whose_shortcodes_fill_it_past_the_output_limit_is_refused() {
    let (site, before) = built("basic");
    let root = site.path();
    write(
        root,
        "content/news/tables.md",
        &format!(
            "---\ntitle: 表格\n---\n{}",
            "{{ table(\"assistance\") }}\n\n".repeat(2000)
        ),
    );
    fs::OpenOptions::new()
        .append(true)
        .open(root.join("site.yaml"))
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"limits: {output_mb: 1}\n"))
        .expect("append to site.yaml");
    let out = run_with_deadline(root, &["build"], Duration::from_secs(120));
    failed_cleanly(
        root,
        &before,
        &out,
        "content/news/tables.md: error",
        "this page would be larger than 1 MB once its tables, charts and figures are filled in",
    );
}

#[test]
fn a_download_over_the_output_limit_is_refused() {
    let (site, before) = built("basic");
    let root = site.path();
    let rows: String = (0..40_000)
        .map(|i| format!("  - {{n: 项目名称较长的一项{i}, v: {}}}\n", i % 97))
        .collect();
    write(
        root,
        "data/big.yaml",
        &format!(
            "title: 大表\ncolumns:\n  - {{key: n, label: 项目}}\n  - {{key: v, label: 数量, type: integer}}\nrows:\n{rows}"
        ),
    );
    fs::OpenOptions::new()
        .append(true)
        .open(root.join("site.yaml"))
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"limits: {output_mb: 1}\n"))
        .expect("append to site.yaml");
    let out = run_with_deadline(root, &["build"], Duration::from_secs(120));
    failed_cleanly(
        root,
        &before,
        &out,
        "data/big.yaml: error",
        "the output file data/big.csv would be larger than 1 MB",
    );
}

#[cfg(unix)]
#[test]
fn the_privacy_report_is_never_written_through_a_link() {
    let away = outside();
    let site = fixture("basic");
    let root = site.path();
    link(away.path(), &root.join(".sunlight"));
    let out = sunlight(root, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!away.path().join("privacy-report.json").exists());

    fs::remove_file(root.join(".sunlight")).expect("remove link");
    fs::create_dir(root.join(".sunlight")).expect("create folder");
    fs::write(away.path().join("precious.txt"), "keep me").expect("write");
    link(
        &away.path().join("precious.txt"),
        &root.join(".sunlight/privacy-report.json"),
    );
    let out = sunlight(root, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(away.path().join("precious.txt")).expect("read"),
        "keep me"
    );
}
