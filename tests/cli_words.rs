//! The command line's own words follow the language of the run: `--help` of every command, the `help` command,
//! errors in the arguments and `init`'s lines are Chinese under a Chinese locale (or `--lang zh`) and English
//! otherwise. Only clap's layout, option names and code stay as they are.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `sunlight ARGS` in `dir` with exactly the locale variables given.
fn run(dir: &Path, args: &[&str], locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sunlight"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", locale)
        .output()
        .expect("run sunlight")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The first run of three or more ASCII words joined by single spaces outside backticks: an English sentence left
/// in Chinese text. Option names (`--base-url`), lists and paths are not runs.
fn english_run(line: &str) -> Option<String> {
    let mut plain = String::new();
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
            plain.push(' ');
        } else if !in_code {
            plain.push(c);
        }
    }
    let chars: Vec<char> = plain.chars().collect();
    let mut run: Vec<String> = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            run.push(std::mem::take(&mut word));
        }
        let joins = c == ' '
            && i > 0
            && chars[i - 1].is_ascii_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic());
        if !joins {
            if run.len() >= 3 {
                return Some(run.join(" "));
            }
            run.clear();
        }
    }
    if !word.is_empty() {
        run.push(word);
    }
    (run.len() >= 3).then(|| run.join(" "))
}

fn assert_no_english(case: &str, out: &str) {
    for line in out.lines() {
        assert!(
            english_run(line).is_none(),
            "{case}: English left in `{line}`:\n{out}"
        );
    }
}

const HELP: &[&[&str]] = &[
    &["--help"],
    &["-h"],
    &["help"],
    &["help", "build"],
    &["build", "--help"],
    &["check", "--help"],
    &["serve", "--help"],
    &["init", "--help"],
];

#[test]
fn help_is_chinese_under_a_chinese_locale() {
    let dir = tempfile::tempdir().expect("temp dir");
    for args in HELP {
        let out = run(dir.path(), args, "zh_CN.UTF-8");
        let all = text(&out);
        assert!(out.status.success(), "{args:?}: {all}");
        assert!(all.contains("用法：sunlight"), "{args:?}: {all}");
        assert!(all.contains("选项："), "{args:?}: {all}");
        assert!(all.contains("显示帮助"), "{args:?}: {all}");
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "[default:",
            "[possible values",
        ] {
            assert!(!all.contains(english), "{args:?}: `{english}` in\n{all}");
        }
        assert_no_english(&format!("{args:?}"), &all);
    }
    let long = text(&run(dir.path(), &["--help"], "zh_CN.UTF-8"));
    assert!(long.contains("隐私保护承诺"), "{long}");
    let init = text(&run(dir.path(), &["init", "--help"], "zh_CN.UTF-8"));
    assert!(init.contains("参数：\n  <文件夹>"), "{init}");
}

#[test]
fn help_is_english_under_another_locale_and_the_flag_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = text(&run(dir.path(), &["--help"], "en_US.UTF-8"));
    assert!(
        root.contains("Usage: sunlight [OPTIONS] <COMMAND>"),
        "{root}"
    );
    assert!(
        root.contains("Commands:\n  build  Build the site"),
        "{root}"
    );
    assert!(root.contains("Privacy guarantee:"), "{root}");
    assert!(!root.contains("用法"), "{root}");
    let build = text(&run(dir.path(), &["build", "--help"], "C"));
    assert!(
        build.contains("--strict")
            && build.contains("Treat warnings and privacy detections as errors"),
        "{build}"
    );
    let flag = text(&run(
        dir.path(),
        &["--lang", "en", "init", "-h"],
        "zh_CN.UTF-8",
    ));
    assert!(
        flag.contains("Usage: sunlight init [OPTIONS] <FOLDER>"),
        "{flag}"
    );
    let flag = text(&run(
        dir.path(),
        &["check", "-h", "--lang=zh"],
        "en_US.UTF-8",
    ));
    assert!(flag.contains("用法：sunlight check [选项]"), "{flag}");
}

#[test]
fn argument_errors_are_said_in_the_runs_language_with_status_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (args, zh, en) in [
        (
            &["--lang", "xx", "build"][..],
            "可用的值为 zh、en",
            "it takes zh, en",
        ),
        (&["buid"][..], "是不是要写 `build`", "did you mean `build`"),
        (
            &["build", "--bogus"][..],
            "没有 `--bogus` 这个选项或参数",
            "`--bogus` is not an option",
        ),
        (
            &["build", "extra"][..],
            "没有 `extra` 这个选项或参数",
            "`extra` is not an option",
        ),
        (
            &["build", "--lang"][..],
            "--lang <zh|en> 后面要写一个值：zh、en",
            "needs a value: zh, en",
        ),
        (
            &["serve", "--port", "abc"][..],
            "不接受 `abc`",
            "`abc` is not a value",
        ),
        (&["init"][..], "缺少 <文件夹>", "<FOLDER> is missing"),
        (
            &["help", "nope"][..],
            "没有 `nope` 这个命令",
            "no command `nope`",
        ),
    ] {
        let out = run(dir.path(), args, "zh_CN.UTF-8");
        let all = text(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {all}");
        assert!(all.contains(zh), "{args:?}: {all}");
        assert_no_english(&format!("{args:?}"), &all);
        let out = run(dir.path(), args, "en_US.UTF-8");
        let all = text(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {all}");
        assert!(all.contains(en), "{args:?}: {all}");
    }
}

/// The rarer kinds of argument error clap can raise for `sunlight`'s arguments: each is said from the catalogue
/// (status 2), never in clap's English, and no hint ends in an empty list.
#[test]
fn every_kind_of_argument_error_is_said_in_the_runs_language() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let not_utf8 = OsStr::from_bytes(b"\xffsite");
    let cases: Vec<(Vec<&OsStr>, &str, &str)> = vec![
        // MissingSubcommand (`--lang` is the only option without a command; `zh` becomes `en` in the English run)
        (
            vec!["--lang".as_ref(), "zh".as_ref()],
            "请写明要运行的命令",
            "name a command",
        ),
        // InvalidValue without a list of valid values
        (
            vec!["build".as_ref(), "--out".as_ref()],
            "--out <文件夹> 后面要写一个值",
            "--out <FOLDER> needs a value",
        ),
        // TooManyValues: a switch given a value
        (
            vec!["check".as_ref(), "--strict=yes".as_ref()],
            "--strict 不带值，但写了 `yes`",
            "--strict takes no value, but was given `yes`",
        ),
        (
            vec!["build".as_ref(), "--force=".as_ref()],
            "--force 不带值",
            "--force takes no value",
        ),
        // ArgumentConflict: an option given twice
        (
            vec![
                "build".as_ref(),
                "--root".as_ref(),
                "a".as_ref(),
                "--root".as_ref(),
                "b".as_ref(),
            ],
            "写了不止一次",
            "given more than once",
        ),
        // InvalidUtf8
        (
            vec!["build".as_ref(), "--base-url".as_ref(), not_utf8],
            "不是有效的 UTF-8 文本",
            "not valid UTF-8 text",
        ),
        // UnknownArgument after `--`
        (
            vec!["build".as_ref(), "--".as_ref(), "--strict".as_ref()],
            "没有 `--strict` 这个选项或参数",
            "`--strict` is not an option",
        ),
    ];
    for (args, zh, en) in &cases {
        for (locale, words) in [("zh_CN.UTF-8", zh), ("en_US.UTF-8", en)] {
            let english = locale.starts_with("en");
            let args: Vec<&OsStr> = args
                .iter()
                .map(|a| {
                    if english && *a == "zh" {
                        "en".as_ref()
                    } else {
                        *a
                    }
                })
                .collect();
            let out = Command::new(env!("CARGO_BIN_EXE_sunlight"))
                .args(&args)
                .current_dir(dir.path())
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", locale)
                .output()
                .expect("run sunlight");
            let all = text(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?} {locale}: {all}");
            assert!(all.contains(words), "{args:?} {locale}: {all}");
            for clap in ["error:", "Usage:", "For more information, try"] {
                assert!(
                    !all.contains(clap),
                    "{args:?} {locale}: clap's `{clap}` in {all}"
                );
            }
            assert!(
                !all.lines().any(|l| l.trim_end().ends_with(['：', ':'])),
                "{args:?} {locale}: a line ends in an empty list: {all}"
            );
            if locale.starts_with("zh") {
                assert_no_english(&format!("{args:?}"), &all);
            }
        }
    }
}

#[test]
fn init_speaks_the_runs_language_and_writes_paths_plainly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let new = dir.path().join("new-site");
    let target = new.to_string_lossy().into_owned();
    let out = run(dir.path(), &["init", &target], "zh_CN.UTF-8");
    let all = text(&out);
    assert!(out.status.success(), "{all}");
    assert!(all.contains("下一步"), "{all}");
    assert_no_english("init", &all);
    let again = run(dir.path(), &["init", &target], "zh_CN.UTF-8");
    let all = text(&again);
    assert_eq!(again.status.code(), Some(2), "{all}");
    assert!(all.contains(&format!("{target} 不是空文件夹")), "{all}");
    assert!(!all.contains("//"), "{all}");
    assert_no_english("init into a full folder", &all);
    let english = run(dir.path(), &["init", &target], "en_US.UTF-8");
    assert!(
        text(&english).contains("is not empty"),
        "{}",
        text(&english)
    );
}
