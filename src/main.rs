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
        Command::Init { dir, force } => {
            return match sunlight::init::init(&dir, force) {
                Ok(n) => {
                    eprintln!(
                        "sunlight: wrote a new site ({n} files) to {0}\nnext: cd {0} && sunlight serve",
                        dir.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(sunlight::init::Refusal::NotEmpty(e)) => {
                    eprintln!("sunlight: {e}");
                    ExitCode::from(2)
                }
                Err(sunlight::init::Refusal::Io(e)) => {
                    eprintln!("sunlight: {e}");
                    ExitCode::from(1)
                }
            };
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
