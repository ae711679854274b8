//! The `sunlight` command: parses arguments and hands them to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sunlight::{Mode, Options, build};

#[derive(Parser)]
#[command(name = "sunlight", version, about = "Builds a public transparency portal from YAML datasets and Markdown", long_about = None)]
struct Cli {
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
    },
    /// Create a new site folder (not available in this version).
    Init { dir: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let opts = match cli.command {
        Command::Build {
            root,
            out,
            base_url,
            strict,
        } => Options {
            out,
            base_url,
            strict,
            ..Options::new(root)
        },
        Command::Check { root, strict } => Options {
            strict,
            mode: Mode::Check,
            ..Options::new(root)
        },
        Command::Serve { root, port } => {
            return match sunlight::serve::serve(&root, port) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("sunlight: {e}");
                    ExitCode::from(1)
                }
            };
        }
        Command::Init { .. } => {
            eprintln!(
                "sunlight: `serve` and `init` are not available in this version yet; use `sunlight build` and open public/index.html"
            );
            return ExitCode::from(2);
        }
    };
    match build(&opts) {
        Ok(report) => {
            for d in &report.diagnostics.0 {
                eprintln!("{d}");
            }
            eprintln!("{}", report.summary(opts.mode));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            for d in &diags.0 {
                eprintln!("{d}");
            }
            eprintln!("sunlight: {} error(s); nothing was written", diags.errors());
            ExitCode::from(1)
        }
    }
}
