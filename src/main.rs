//! The `sunlight` command: parses arguments and hands them to the command that runs them ([`cmd`]).

mod cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sunlight::Options;
use sunlight::messages::Lang;

/// The privacy guarantee and its limits, for `sunlight --help` (README.md has the full text).
const PRIVACY_HELP: &str = "\
Privacy guarantee:
  1. Record-level datasets (kind: records) are never published: only their `publish` aggregates, with cells made
     from fewer than privacy.min_cell records withheld (*), plus enough other cells that none can be worked out.
  2. Every published string passes a detector for resident ID numbers (GB 11643 check), mobile and landline numbers,
     bank cards (Luhn), passports and travel permits, e-mail, passwords and tokens, the privacy.strip markers, and
     every value of a personal column of any records dataset. Full-width digits, spaces, hyphens and line breaks
     inside a number do not hide it. A finding is replaced by privacy.replacement and reported as file:line and
     kind, never with the value; with --strict it is an error and nothing is written.
  3. The output is scanned again before it replaces public/; a hit fails the build. Every file is read by its
     content: text in any encoding, PDF, DOCX/XLSX/PPTX, ODF, ZIP and gzip, image metadata. A hit inside an
     attachment fails the build (it cannot be redacted in place); a file that cannot be read in full (an image,
     a scanned page, an encrypted or unknown file) is refused unless listed in privacy.reviewed with its SHA-256.
  Configure it under `privacy:` in site.yaml (min_cell, replacement, allow for public hotlines, strip, reviewed).
  Limits: it cannot recognise a name that is in no records dataset, an address, or a number written in Chinese
  numerals, nor read a photo or a scanned document (refused until reviewed). The report of each build is
  .sunlight/privacy-report.json (counts only).";

#[derive(Parser)]
#[command(
    name = "sunlight",
    version,
    about = "Builds a public transparency portal from YAML datasets and Markdown",
    after_long_help = PRIVACY_HELP
)]
struct Cli {
    /// Language of messages: zh (中文) or en. Default: from LC_ALL, LC_MESSAGES or LANG (zh_* locales get Chinese).
    #[arg(long, global = true, value_name = "zh|en", value_parser = ["zh", "en"])]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or --out). The previous output is replaced only if the build succeeds.
    Build {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
        /// Publish under this address instead of site.yaml's base_url (links carry its path).
        #[arg(long)]
        base_url: Option<String>,
        /// Treat warnings and privacy detections as errors (for publishing pipelines).
        #[arg(long)]
        strict: bool,
        /// Replace an --out folder that is not empty and was not made by Sunlight (everything in it is deleted).
        /// Never the site, a folder containing it, the home folder or a system folder.
        #[arg(long)]
        force: bool,
    },
    /// Check the site as a build would, writing nothing.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        strict: bool,
    },
    /// Preview the site on 127.0.0.1, rebuilding and reloading open pages on every save. Ctrl-C stops.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (0: any free port). Without it, 8000 or the next free port is used.
        #[arg(long)]
        port: Option<u16>,
        /// Treat warnings and privacy detections as errors, shown over the preview, as `build --strict` fails.
        #[arg(long)]
        strict: bool,
    },
    /// Create a small site that builds at once, to start from.
    Init {
        dir: PathBuf,
        /// Write into a folder that is not empty (files of the same names are replaced).
        #[arg(long)]
        force: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
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
