//! The command line's own words in the language of the run: `--help` of every command, and the errors of arguments
//! that do not parse. clap writes its help from the texts a [`Command`] carries, so they are replaced from the
//! catalogue (`locales/*/cli.ftl`) before parsing: the about lines and the help of each argument, the help flags
//! and the `help` command clap adds, the headings and the usage line (by a help template). The language is
//! [`Lang::detect`] of `--lang`, read from the raw arguments, since it must be known before they are parsed.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command};
use sunlight::messages::{Lang, Message, word};
use sunlight::msg;

/// The catalogue's words of each command: `(command, argument, id)`, the command `""` being `sunlight` itself and
/// the argument `""` the command's own description.
const WORDS: &[(&str, &str, &str)] = &[
    ("", "", "cli-about"),
    ("build", "", "cli-build"),
    ("build", "root", "cli-root"),
    ("build", "out", "cli-out"),
    ("build", "base_url", "cli-base-url"),
    ("build", "strict", "cli-build-strict"),
    ("build", "force", "cli-build-force"),
    ("check", "", "cli-check"),
    ("check", "root", "cli-root"),
    ("check", "strict", "cli-check-strict"),
    ("serve", "", "cli-serve"),
    ("serve", "root", "cli-root"),
    ("serve", "port", "cli-port"),
    ("serve", "strict", "cli-serve-strict"),
    ("init", "", "cli-init"),
    ("init", "dir", "cli-init-dir"),
    ("init", "force", "cli-init-force"),
    ("help", "", "cli-help-command"),
];

/// What stands for an argument's value in the usage line and the options: `(argument, id)`.
const VALUES: &[(&str, &str)] = &[
    ("root", "cli-value-folder"),
    ("out", "cli-value-folder"),
    ("dir", "cli-value-folder"),
    ("base_url", "cli-value-address"),
    ("port", "cli-value-port"),
];

/// The language `--lang` asks for, else the locale's, from the raw arguments (`--lang zh`, `--lang=zh`).
pub fn language(args: &[OsString]) -> Lang {
    let mut flag = None;
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            flag = args.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            flag = Some(v.to_string());
        }
    }
    Lang::detect(flag.as_deref())
}

/// `cmd` with its words in `lang`. clap's own help and version flags and `help` command carry English words, so
/// they are replaced by the same flags and command with the catalogue's.
pub fn localised(cmd: Command, lang: Lang) -> Command {
    let cmd = words(cmd, "", lang)
        .after_long_help(word("cli-privacy", lang))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(word("cli-help", lang)),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(word("cli-version", lang)),
        )
        .mut_arg("lang", |a| {
            a.help(word("cli-lang", lang)).hide_possible_values(true)
        });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let cmd = names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |sub| words(sub, name, lang))
    });
    let help = Command::new("help").arg(
        Arg::new("command")
            .value_name(word("cli-value-command", lang))
            .help(word("cli-help-command-name", lang)),
    );
    cmd.subcommand(words(help, "help", lang))
}

/// The words of one command.
fn words(mut cmd: Command, name: &str, lang: Lang) -> Command {
    for &(_, arg, id) in WORDS.iter().filter(|(c, _, _)| *c == name) {
        if arg.is_empty() {
            cmd = cmd.about(word(id, lang));
        } else if cmd.get_arguments().any(|a| a.get_id() == arg) {
            cmd = cmd.mut_arg(arg, |a| a.help(word(id, lang)));
        }
    }
    for &(arg, id) in VALUES {
        if cmd.get_arguments().any(|a| a.get_id() == arg) {
            // The default is said in the help's own words.
            cmd = cmd.mut_arg(arg, |a| {
                a.value_name(word(id, lang)).hide_default_value(true)
            });
        }
    }
    let usage = usage(&cmd, name, lang);
    let template = template(&cmd, lang);
    cmd.override_usage(usage).help_template(template)
}

/// clap's layout, with headings in `lang`: the lists are written by clap, each under a heading of the catalogue.
fn template(cmd: &Command, lang: Lang) -> String {
    let mut t = format!(
        "{{about-with-newline}}\n{}{{usage}}\n",
        word("cli-heading-usage", lang)
    );
    let sections = [
        (
            cmd.has_subcommands(),
            "cli-heading-commands",
            "{subcommands}",
        ),
        (
            cmd.get_positionals().next().is_some(),
            "cli-heading-arguments",
            "{positionals}",
        ),
        // Every command has options: `--help` and `--lang` are given to all.
        (true, "cli-heading-options", "{options}"),
    ];
    for (shown, heading, list) in sections {
        if shown {
            t.push_str(&format!("\n{}\n{list}\n", word(heading, lang)));
        }
    }
    t.push_str("{after-help}");
    t
}

/// `sunlight build [OPTIONS]`, `sunlight init [OPTIONS] <FOLDER>`, `sunlight [OPTIONS] <COMMAND>`.
fn usage(cmd: &Command, name: &str, lang: Lang) -> String {
    let mut parts = vec!["sunlight".to_string()];
    if !name.is_empty() {
        parts.push(name.to_string());
    }
    parts.push(word("cli-usage-options", lang));
    for a in cmd.get_positionals() {
        let value = a
            .get_value_names()
            .and_then(|v| v.first())
            .map(|v| v.to_string())
            .unwrap_or_else(|| a.get_id().to_string());
        parts.push(if a.is_required_set() {
            format!("<{value}>")
        } else {
            format!("[{value}]")
        });
    }
    if cmd.has_subcommands() {
        parts.push(word("cli-usage-command", lang));
    }
    parts.join(" ")
}

/// The arguments parsed by `cmd`; when they do not parse, the reason in `lang` and exit status 2 (help and version
/// are printed by clap, from the words above, with status 0).
pub fn parse(cmd: Command, args: Vec<OsString>, lang: Lang) -> ArgMatches {
    let mut cmd = cmd;
    match cmd.try_get_matches_from_mut(args) {
        Ok(m) => match m.subcommand() {
            Some(("help", h)) => help(cmd, h.get_one::<String>("command"), lang),
            _ => m,
        },
        Err(e) => {
            let Some((problem, suggestion)) = problem(&e) else {
                e.exit()
            };
            eprintln!("{}", problem.text(lang));
            if let Some(s) = suggestion {
                eprintln!("  {}", s.text(lang));
            }
            eprintln!();
            eprintln!("{}", msg!("cli-error-more").text(lang));
            std::process::exit(2)
        }
    }
}

/// `sunlight help [COMMAND]`: the long help of `sunlight` or of the command, then exit status 0 (2 when there is no
/// such command).
fn help(mut cmd: Command, name: Option<&String>, lang: Lang) -> ! {
    let target = match name {
        None => Some(&mut cmd),
        Some(n) if n != "help" => cmd.find_subcommand_mut(n),
        Some(_) => None,
    };
    match target {
        Some(c) => {
            let _ = c.print_long_help();
            std::process::exit(0)
        }
        None => {
            let command = name.cloned().unwrap_or_default();
            eprintln!(
                "{}",
                msg!("cli-error-unknown-command", command = command).text(lang)
            );
            std::process::exit(2)
        }
    }
}

/// A context of several values, as a list the language joins.
fn list(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// What is wrong with the arguments, as the catalogue says it, and clap's suggestion if it has one; `None` for help
/// and version, which clap prints from the words above. Every other kind of error is said from the catalogue, so
/// none of clap's English reaches a Chinese run.
fn problem(e: &clap::Error) -> Option<(Message, Option<Message>)> {
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(", "),
        _ => String::new(),
    };
    let argument = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let valid = list(e, ContextKind::ValidValue);
    let problem = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        | ErrorKind::DisplayVersion => return None,
        ErrorKind::InvalidValue if value.is_empty() && valid.is_empty() => {
            msg!("cli-error-needs-value", argument = argument)
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            msg!("cli-error-no-value", argument = argument, valid = valid)
        }
        ErrorKind::InvalidValue => msg!(
            "cli-error-invalid-value",
            value = value,
            argument = argument,
            valid = valid
        ),
        ErrorKind::ValueValidation => msg!(
            "cli-error-refused-value",
            value = value,
            argument = argument
        ),
        ErrorKind::UnknownArgument => msg!("cli-error-unknown-argument", argument = argument),
        ErrorKind::InvalidSubcommand => msg!(
            "cli-error-unknown-command",
            command = context(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => {
            msg!("cli-error-missing-argument", argument = argument)
        }
        ErrorKind::MissingSubcommand => msg!("cli-error-missing-command"),
        ErrorKind::ArgumentConflict => {
            let prior = context(ContextKind::PriorArg);
            if prior.is_empty() || prior == argument {
                msg!("cli-error-conflict", argument = argument)
            } else {
                msg!(
                    "cli-error-conflict-with",
                    argument = argument,
                    other = prior
                )
            }
        }
        // `--strict=yes`: a switch takes no value.
        ErrorKind::TooManyValues if !value.is_empty() => msg!(
            "cli-error-too-many-values",
            argument = argument,
            value = value
        ),
        ErrorKind::TooManyValues => msg!("cli-error-takes-no-value", argument = argument),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues | ErrorKind::NoEquals => {
            msg!("cli-error-value-count", argument = argument)
        }
        ErrorKind::InvalidUtf8 => msg!("cli-error-not-utf8"),
        // Printing failed (a closed terminal) or a kind a later clap adds: said without clap's English.
        _ => msg!("cli-error-other"),
    };
    let suggestion = [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg]
        .into_iter()
        .map(context)
        .find(|s| !s.is_empty())
        .map(|s| msg!("cli-error-did-you-mean", suggestion = s));
    Some((problem, suggestion))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Every command and argument `sunlight` has, with its words in `lang`.
    fn each(lang: Lang) -> Vec<(String, String, String)> {
        let mut cmd = localised(crate::Cli::command(), lang);
        cmd.build();
        let mut out = Vec::new();
        let mut all = vec![cmd.clone()];
        all.extend(cmd.get_subcommands().cloned());
        for c in &all {
            let name = c.get_name().to_string();
            let about = c.get_about().map(|s| s.to_string()).unwrap_or_default();
            out.push((name.clone(), String::new(), about));
            for a in c.get_arguments() {
                let help = a.get_help().map(|s| s.to_string()).unwrap_or_default();
                out.push((name.clone(), a.get_id().to_string(), help));
            }
        }
        out
    }

    #[test]
    fn every_command_and_argument_has_words_in_both_languages() {
        let en = each(Lang::En);
        let zh = each(Lang::Zh);
        assert_eq!(en.len(), zh.len());
        for ((c, a, e), (_, _, z)) in en.iter().zip(&zh) {
            assert!(!e.is_empty() && !z.is_empty(), "{c} {a}: no help");
            assert_ne!(e, z, "{c} {a}: the Chinese is the English");
        }
        assert!(en.iter().any(|(c, a, _)| c == "init" && a == "dir"));
    }

    #[test]
    fn the_language_comes_from_the_flag_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            language(&args(&["sunlight", "--lang", "zh", "build"])),
            Lang::Zh
        );
        assert_eq!(
            language(&args(&["sunlight", "build", "--lang=en"])),
            Lang::En
        );
        assert_eq!(
            language(&args(&["sunlight", "init", "--", "--lang=zh"])),
            Lang::detect(None)
        );
    }

    #[test]
    fn the_usage_line_names_options_command_and_arguments() {
        let cmd = localised(crate::Cli::command(), Lang::En);
        assert_eq!(usage(&cmd, "", Lang::En), "sunlight [OPTIONS] <COMMAND>");
        let zh = localised(crate::Cli::command(), Lang::Zh);
        let init = zh.find_subcommand("init").expect("init");
        assert_eq!(
            usage(init, "init", Lang::Zh),
            "sunlight init [选项] <文件夹>"
        );
    }
}
