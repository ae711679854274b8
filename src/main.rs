//! The `sunlight` command: parses arguments and hands them to the command that runs them ([`cmd`]).

mod cmd;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use sunlight::Options;
use sunlight::messages::Lang;

/// The arguments. Their help texts are the catalogue's (`cmd::help`, `locales/*/cli.ftl`), in the run's language.
#[derive(Parser)]
#[command(name = "sunlight", version)]
struct Cli {
    #[arg(long, global = true, value_name = "zh|en", value_parser = ["zh", "en"])]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Build {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        base_url: Option<String>,
        #[arg(long)]
        strict: bool,
        #[arg(long)]
        force: bool,
    },
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        strict: bool,
    },
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        port: Option<u16>,
        #[arg(long)]
        strict: bool,
    },
    Init {
        dir: PathBuf,
        #[arg(long)]
        force: bool,
    },
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let words = cmd::help::language(&args);
    let matches = cmd::help::parse(cmd::help::localised(Cli::command(), words), args, words);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let lang = Lang::detect(cli.lang.as_deref());
    match cli.command {
        Command::Build {
            root,
            out,
            base_url,
            strict,
            force,
        } => cmd::build::run(
            Options {
                out,
                base_url,
                strict,
                force,
                ..Options::new(root)
            },
            lang,
        ),
        Command::Check { root, strict } => cmd::check::run(
            Options {
                strict,
                ..Options::new(root)
            },
            lang,
        ),
        Command::Serve { root, port, strict } => {
            cmd::serve::run(&root, sunlight::serve::Settings { port, strict, lang })
        }
        Command::Init { dir, force } => cmd::init::run(&dir, force, lang),
    }
}
